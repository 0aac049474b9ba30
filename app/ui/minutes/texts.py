"""Translated words of the minutes tab that come from the Qt-free minutes package (codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import RuleError
from app.minutes.errors import MinutesError
from app.storage import StoreError
from app.ui.messages import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("MinutesMessages", text)


def minutes_templates() -> dict[str, str]:
    return {
        "no_identity": _t("No signing identity yet. Create one first (name, title and "
                          "passphrase)."),
        "identity_exists": _t("A signing identity already exists in {path}; it is kept as "
                              "it is."),
        "wrong_passphrase": _t("The passphrase does not open the signing identity."),
        "short_passphrase": _t("The passphrase must have at least {minimum} characters."),
        "no_passphrase": _t("A passphrase is needed to sign."),
        "empty_name": _t("The signer's name is empty."),
        "identity_unreadable": _t("The signing identity file {path} cannot be read."),
        "not_closed": _t("Close the session before signing its minutes."),
        "privacy_warnings": _t("Some notes look like they hold personal details (phone, "
                               "e-mail or ID numbers). Redact them, or confirm that they may "
                               "be signed as they are."),
        "not_signed_pdf": _t("This file has no signature to add to: sign the minutes first."),
        "cosign_broken": _t("The signatures already in this file do not check out; it cannot "
                            "be co-signed."),
        "unreadable_pdf": _t("This file cannot be read as a PDF: {detail}"),
        "cannot_write": _t("The file {path} cannot be written: {detail}"),
        "unknown_language": _t("The minutes can be made in en, fr or ar, not {language}."),
    }


def problem_texts() -> dict[str, str]:
    return {
        "unreadable": _t("The file cannot be read as a signed PDF."),
        "no_signature": _t("The file has no signature."),
        "not_intact": _t("The signed bytes were changed: the document digest does not match."),
        "not_valid": _t("The signature itself is not valid for this certificate."),
        "not_whole_file": _t("The signature does not cover the whole file: something was "
                             "added after it."),
        "changed_after": _t("The document was changed after this signature (not only by "
                            "further signatures)."),
        "not_trusted": _t("The signer's certificate is not one of the trusted certificates "
                          "given."),
    }


def privacy_kinds() -> dict[str, str]:
    return {"phone": _t("phone number"), "email": _t("e-mail address"),
            "id_number": _t("ID-like number")}


def failure_text(error: object) -> str:
    """What to tell the facilitator when making or checking minutes failed."""
    if isinstance(error, RuleError | StoreError):
        return error_text(error)
    if isinstance(error, MinutesError):
        template = minutes_templates().get(error.code)
        if template is not None:
            try:
                return template.format(**{k: str(v) for k, v in error.params.items()})
            except (KeyError, IndexError, ValueError):
                return template
    return _t("Something went wrong: {detail}").format(detail=str(error))
