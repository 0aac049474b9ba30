"""What a piece of text written by a person must be before it is stored."""

from __future__ import annotations

import unicodedata

from app.core.errors import RuleError

NOTE_LIMIT = 280
NAME_LIMIT = 60
FIELD_LIMIT = 2000

_ALLOWED_CONTROL = {"\n", "\t"}


def clean_text(text: str, limit: int, *, required: bool = True) -> str:
    """NFC-normalised, control characters removed, trimmed; refuses empty or too long text.

    Text is stored as written: HTML stays literal and every face shows it as plain text.
    """
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        ch for ch in text if ch in _ALLOWED_CONTROL or unicodedata.category(ch) != "Cc"
    ).strip()
    if required and not text:
        raise RuleError("empty_text")
    if len(text) > limit:
        raise RuleError("text_too_long", length=len(text), limit=limit)
    return text


def clean_line(text: str, limit: int = NAME_LIMIT, *, required: bool = True) -> str:
    """One line of text (a name, a title): inner white space folded to single spaces."""
    line = " ".join(clean_text(text, limit * 4 + 64, required=required).split())
    if len(line) > limit:
        raise RuleError("text_too_long", length=len(line), limit=limit)
    return line
