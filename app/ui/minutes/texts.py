"""Translated words of the minutes tab that come from the Qt-free minutes package (codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import RuleError
from app.minutes.errors import MinutesError, short_detail
from app.storage import StoreError
from app.ui.messages import error_text


def minutes_templates() -> dict[str, str]:
    return {
        "no_identity": QCoreApplication.translate(
            "MinutesMessages",
            "No signing identity yet. Create one first (name, title and passphrase).",
        ),
        "identity_exists": QCoreApplication.translate(
            "MinutesMessages", "A signing identity already exists in {path}; it is kept as it is."
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "MinutesMessages", "The passphrase does not open the signing identity."
        ),
        "short_passphrase": QCoreApplication.translate(
            "MinutesMessages", "The passphrase must have at least {minimum} characters."
        ),
        "no_passphrase": QCoreApplication.translate(
            "MinutesMessages", "A passphrase is needed to sign."
        ),
        "empty_name": QCoreApplication.translate("MinutesMessages", "The signer's name is empty."),
        "identity_unreadable": QCoreApplication.translate(
            "MinutesMessages", "The signing identity file {path} cannot be read."
        ),
        "not_closed": QCoreApplication.translate(
            "MinutesMessages", "Close the session before signing its minutes."
        ),
        "privacy_warnings": QCoreApplication.translate(
            "MinutesMessages",
            "Some notes look like they hold personal details (phone, "
            "e-mail or ID numbers). Redact them, or confirm that they may "
            "be signed as they are.",
        ),
        "not_signed_pdf": QCoreApplication.translate(
            "MinutesMessages", "This file has no signature to add to: sign the minutes first."
        ),
        "cosign_broken": QCoreApplication.translate(
            "MinutesMessages",
            "The signatures already in this file do not check out; it cannot be co-signed.",
        ),
        "unreadable_pdf": QCoreApplication.translate(
            "MinutesMessages", "This file cannot be read as a PDF: {detail}"
        ),
        "cannot_write": QCoreApplication.translate(
            "MinutesMessages", "The file {path} cannot be written: {detail}"
        ),
        "unknown_language": QCoreApplication.translate(
            "MinutesMessages", "The minutes can be made in en, fr or ar, not {language}."
        ),
        "changed_while_signing": QCoreApplication.translate(
            "MinutesMessages",
            "The session changed while its minutes were being made; nothing was signed. "
            "Export the minutes again.",
        ),
        "audit_findings": QCoreApplication.translate(
            "MinutesMessages",
            "The audit check found {count} row(s) that differ from the session's log; "
            "nothing was signed. Open Session → Audit check… to see each one.",
        ),
        "layout_failed": QCoreApplication.translate(
            "MinutesMessages",
            "The pages of the minutes could not be laid out ({detail}); nothing was written "
            "or signed.",
        ),
        "sign_failed": QCoreApplication.translate(
            "MinutesMessages", "The minutes could not be signed ({detail}); nothing was written."
        ),
        "results_failed": QCoreApplication.translate(
            "MinutesMessages",
            "The results could not be made as CSV and JSON ({detail}); nothing was written.",
        ),
    }


def problem_texts() -> dict[str, str]:
    return {
        "unreadable": QCoreApplication.translate(
            "MinutesMessages", "The file cannot be read as a signed PDF."
        ),
        "no_signature": QCoreApplication.translate("MinutesMessages", "The file has no signature."),
        "not_intact": QCoreApplication.translate(
            "MinutesMessages", "The signed bytes were changed: the document digest does not match."
        ),
        "not_valid": QCoreApplication.translate(
            "MinutesMessages", "The signature itself is not valid for this certificate."
        ),
        "not_whole_file": QCoreApplication.translate(
            "MinutesMessages",
            "The signature does not cover the whole file: something was added after it.",
        ),
        "not_revision": QCoreApplication.translate(
            "MinutesMessages", "The signature does not cover a complete version of the file."
        ),
        "changed_after": QCoreApplication.translate(
            "MinutesMessages",
            "The document was changed after the first signature (not only by further "
            "signatures).",
        ),
        "not_trusted": QCoreApplication.translate(
            "MinutesMessages",
            "The signer's certificate is not one of the trusted certificates given.",
        ),
        "fingerprint_mismatch": QCoreApplication.translate(
            "MinutesMessages",
            "The signer's certificate is not the one whose fingerprint the signature page and "
            "its QR code show: someone else signed these minutes.",
        ),
        "fingerprint_not_printed": QCoreApplication.translate(
            "MinutesMessages",
            "The signature page does not show the signer's certificate fingerprint in words "
            "and in its QR code: these are not minutes signed by Roundtable.",
        ),
        "fewer_signatures": QCoreApplication.translate(
            "MinutesMessages",
            "Fewer signatures than expected: {expected} expected, {found} found.",
        ),
    }


def change_texts() -> dict[str, str]:
    """What a revision after the first signature changed (app/minutes/revisions.py)."""
    return {
        "catalog": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: the document catalogue was changed."
        ),
        "info": QCoreApplication.translate(
            "MinutesMessages",
            "Revision {revision}: the document information (title, author, keywords) was "
            "changed.",
        ),
        "metadata": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: the XMP metadata was changed."
        ),
        "page": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: page {page} was changed."
        ),
        "page_content": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: the content of page {page} was changed."
        ),
        "pages": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: pages were added, removed or reordered."
        ),
        "annotation": QCoreApplication.translate(
            "MinutesMessages",
            "Revision {revision}: an annotation was added or changed on page {page}.",
        ),
        "visible_signature": QCoreApplication.translate(
            "MinutesMessages",
            "Revision {revision}: a signature that can be seen (or with a malformed "
            "rectangle) was added on page {page}.",
        ),
        "signature_field": QCoreApplication.translate(
            "MinutesMessages",
            "Revision {revision}: a signature field was added without a signature.",
        ),
        "form": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: the form fields were changed."
        ),
        "deleted": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: objects were deleted."
        ),
        "object": QCoreApplication.translate(
            "MinutesMessages", "Revision {revision}: object {obj} was changed."
        ),
        "unreadable": QCoreApplication.translate(
            "MinutesMessages",
            "Revision {revision} cannot be followed: its changes cannot be checked.",
        ),
    }


def validation_info_text() -> str:
    return QCoreApplication.translate(
        "MinutesMessages",
        "Revision {revision}: validation information was added after signing (certificates "
        "and revocation data, as for long-term archiving); allowed.",
    )


def privacy_kinds() -> dict[str, str]:
    return {
        "phone": QCoreApplication.translate("MinutesMessages", "phone number"),
        "email": QCoreApplication.translate("MinutesMessages", "e-mail address"),
        "id_number": QCoreApplication.translate("MinutesMessages", "ID-like number"),
        "name": QCoreApplication.translate(
            "MinutesMessages", "name of someone who did not agree to be named"
        ),
    }


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
    detail = short_detail(error) if isinstance(error, BaseException) else str(error)[:120]
    return QCoreApplication.translate("MinutesMessages", "Something went wrong: {detail}").format(
        detail=detail
    )
