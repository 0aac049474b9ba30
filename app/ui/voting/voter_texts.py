"""The kiosk's voter texts in the phone pages' other languages (Dari/Farsi, Ukrainian,
Spanish, Italian, German), worded as on the phone pages (resources/portal/strings.js): the
same words for a dot, the same form of address. They live in resources/kiosk/voter_texts.json
({language: {English source: text}}, for the contexts "Kiosk" and "VoterMessages"). English,
French and Arabic come from Qt's translations (i18n/voting_*.ts); a text missing from the file
is shown in English.
"""

from __future__ import annotations

import json
from functools import cache

from app.resources import resource

EXTRA_LANGUAGES = ("fa", "uk", "es", "it", "de")
CONTEXTS = frozenset({"Kiosk", "VoterMessages"})


@cache
def texts() -> dict[str, dict[str, str]]:
    with resource("kiosk", "voter_texts.json").open(encoding="utf-8") as file:
        found: dict[str, dict[str, str]] = json.load(file)
    return found


def extra_text(language: str, context: str, text: str) -> str | None:
    """``text`` in one of ``EXTRA_LANGUAGES``, or None when there is no such translation."""
    if language not in EXTRA_LANGUAGES or context not in CONTEXTS:
        return None
    return texts().get(language, {}).get(text)
