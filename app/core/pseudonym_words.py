"""A pseudonym a person can read: its nature word in the reader's language and script, with
a picture, the same person everywhere ("Cedar-42" is "Cèdre-42" in French, "أرز-42" in Arabic,
"سدر-۴۲" in Dari/Farsi, always with 🌲).

The stored pseudonym stays the English word and its number (it is what a roster file, an
export or the minutes name); this is only how it is shown. The words and pictures are in
resources/names/pseudonym_words.json ({word: {"picture": …, language: word, …}}).
"""

from __future__ import annotations

import json
from functools import cache

from app.resources import resource

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
LANGUAGES = ("fr", "ar", "fa", "uk", "es", "it", "de")


@cache
def words() -> dict[str, dict[str, str]]:
    with resource("names", "pseudonym_words.json").open(encoding="utf-8") as file:
        found: dict[str, dict[str, str]] = json.load(file)
    return found


def _parts(pseudonym: str) -> tuple[str, str]:
    word, _, number = pseudonym.partition("-")
    return word, number


def picture(pseudonym: str) -> str:
    """The picture of a pseudonym's word ("" for a name that is not a generated pseudonym)."""
    found = words().get(_parts(pseudonym)[0])
    return found["picture"] if found else ""


def readable(pseudonym: str, language: str) -> str:
    """``pseudonym`` in ``language``'s word and digits; unchanged for English, for a language
    without a table, or for a name that was not generated."""
    word, number = _parts(pseudonym)
    found = words().get(word)
    if found is None or language not in LANGUAGES or not number:
        return pseudonym
    if language == "fa":
        number = number.translate(PERSIAN_DIGITS)
    return f"{found[language]}-{number}"
