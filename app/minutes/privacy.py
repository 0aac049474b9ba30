"""Before signing: personal details that slipped into what people wrote.

Patterns looked for in note text (never a field of ours): phone numbers, e-mail addresses,
ID-like numbers (long digit runs, official document numbers, IBANs) and the names, pseudonyms
or badge codes of participants who did not agree to be named, inside notes and other texts,
are listed with where they are, so the facilitator can redact them before the minutes are
signed. It warns; it never changes a note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.minutes.content import MinutesContent

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Digits with the separators people type in phone numbers; checked by digit count below.
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ().-]{6,}\d(?!\w)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
# An official document number in a note (never stored as a field): letters and 5+ digits.
CODE = re.compile(r"\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d{5})[A-Z0-9]{7,}\b")
DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


@dataclass(frozen=True)
class PrivacyWarning:
    where: str  # "note", "theme", "action", "next_steps"
    item_id: int | None  # the note's id when it is a note
    kind: str  # "phone", "email", "id_number", "name"
    found: str  # the matching text, to show the facilitator (never printed in the minutes)
    text: str  # the whole text it was found in


def findings(text: str) -> list[tuple[str, str]]:
    """(kind, matched text) for each personal detail in ``text``."""
    found: list[tuple[str, str]] = [("email", m.group()) for m in EMAIL.finditer(text)]
    rest = EMAIL.sub(" ", text)
    for match in IBAN.finditer(rest):
        found.append(("id_number", match.group()))
    rest = IBAN.sub(" ", rest)
    for match in CODE.finditer(rest):
        found.append(("id_number", match.group()))
    rest = CODE.sub(" ", rest)
    for match in PHONE.finditer(rest):
        candidate = match.group().strip()
        digits = sum(ch.isdigit() for ch in candidate)
        if DATE_LIKE.match(candidate) or digits < 8:
            continue
        lead = candidate[0]
        starts_zero = lead.isdigit() and unicodedata.digit(lead) == 0  # also U+0660
        phone_like = (lead == "+" or starts_zero) and 9 <= digits <= 15
        found.append(("phone" if phone_like else "id_number", candidate))
    return found


def _name_patterns(names: Iterable[str]) -> list[tuple[str, re.Pattern[str]]]:
    wanted = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    return [(name, re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE))
            for name in wanted]


def privacy_warnings(content: MinutesContent,
                     hidden_names: Iterable[str] = ()) -> list[PrivacyWarning]:
    """Every personal detail found; ``hidden_names`` are those who must not be named."""
    texts: list[tuple[str, int | None, str]] = []
    texts += [("note", n.id, n.text) for n in content.expectations]
    texts += [("note", n.id, n.text) for theme in content.themes for n in theme.notes]
    texts += [("note", n.id, n.text) for n in content.unthemed]
    texts += [("note", None, item.text) for item in content.parking_lot]
    texts += [("theme", None, theme.name) for theme in content.themes]
    for action in content.actions:
        texts += [("action", None, value) for value in (action.title, action.description,
                                                         action.owner_role)]
        texts += [("action", None, f"{c.indicator} {c.target} {c.how_measured}")
                  for c in action.criteria]
    texts.append(("next_steps", None, content.next_steps))
    names = _name_patterns(hidden_names)
    warnings = []
    for where, item_id, text in texts:
        for kind, found in findings(text):
            warnings.append(PrivacyWarning(where, item_id, kind, found, text))
        for name, pattern in names:
            if pattern.search(text):
                warnings.append(PrivacyWarning(where, item_id, "name", name, text))
    return warnings
