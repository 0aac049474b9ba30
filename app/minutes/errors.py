"""Why making, signing or checking minutes failed: a stable code and its English text.

The desktop translates the codes through Qt (app/ui/minutes); the CLI prints the English.
"""

from __future__ import annotations

from app.core.errors import fill

MESSAGES: dict[str, str] = {
    "no_identity": "No signing identity yet. Create one first (name, title and passphrase).",
    "identity_exists": "A signing identity already exists in {path}; it is kept as it is.",
    "wrong_passphrase": "The passphrase does not open the signing identity.",
    "short_passphrase": "The passphrase must have at least {minimum} characters.",
    "no_passphrase": "A passphrase is needed to sign: give --passphrase-file or set "
    "ROUNDTABLE_PASSPHRASE.",
    "empty_name": "The signer's name is empty.",
    "identity_unreadable": "The signing identity file {path} cannot be read.",
    "not_closed": "Close the session before signing its minutes.",
    "privacy_warnings": "Some notes look like they hold personal details (phone, e-mail or ID "
    "numbers). Redact them, or confirm that they may be signed as they are.",
    "not_signed_pdf": "This file has no signature to add to: sign the minutes first.",
    "cosign_broken": "The signatures already in this file do not check out; it cannot be "
    "co-signed.",
    "unreadable_pdf": "This file cannot be read as a PDF: {detail}",
    "cannot_write": "The file {path} cannot be written: {detail}",
    "unknown_language": "The minutes can be made in en, fr or ar, not {language}.",
    "changed_while_signing": "The session changed while its minutes were being made; nothing "
    "was signed. Export the minutes again.",
    "audit_findings": "The audit check found {count} row(s) that differ from the session's "
    "log (first: {first}); nothing was signed. See them in the audit screen, or with "
    "`python -m app audit --session ID`.",
    "layout_failed": "The pages of the minutes could not be laid out ({detail}); nothing was "
    "written or signed.",
    "sign_failed": "The minutes could not be signed ({detail}); nothing was written.",
    "results_failed": "The results could not be made as CSV and JSON ({detail}); nothing was "
    "written.",
}


def short_detail(error: BaseException) -> str:
    """What went wrong in a few words, for a message (never a traceback)."""
    text = " ".join(str(error).split())[:120]
    kind = type(error).__name__
    return f"{kind}: {text}" if text else kind


class MinutesError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(fill(MESSAGES.get(code, code), params))
