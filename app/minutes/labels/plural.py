"""Which plural form a number takes in each language of the minutes (Unicode CLDR's rules).

Arabic has six: "no notes", "one note", "two notes" each have words of their own, 3 to 10 take
the plural, 11 to 99 the singular in the accusative, and 100, 101, 102… the singular again.
French counts 0 and 1 as singular; English only 1.
"""

from __future__ import annotations


def category(language: str, n: int) -> str:
    """CLDR's category of the whole number ``n``: zero, one, two, few, many or other."""
    if language == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        rest = n % 100
        if 3 <= rest <= 10:
            return "few"
        if 11 <= rest <= 99:
            return "many"
        return "other"
    if language == "fr":
        if n in (0, 1):
            return "one"
        return "many" if n % 1_000_000 == 0 else "other"
    return "one" if n == 1 else "other"


CATEGORIES = {"ar": ("zero", "one", "two", "few", "many", "other"),
              "fr": ("one", "many", "other"), "en": ("one", "other")}
