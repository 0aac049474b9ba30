"""The minutes' own words in English, French and Arabic, chosen at export.

The minutes are made without Qt (scripted exports, the CLI), so their labels live here rather
than in Qt's .ts files. Every language has every key, with the same placeholders (tested).
"""

from __future__ import annotations

from app.minutes.labels.ar import LABELS as ARABIC
from app.minutes.labels.en import LABELS as ENGLISH
from app.minutes.labels.fr import LABELS as FRENCH

CATALOGUE: dict[str, dict[str, str]] = {"en": ENGLISH, "fr": FRENCH, "ar": ARABIC}
LANGUAGES = tuple(CATALOGUE)
RIGHT_TO_LEFT = frozenset({"ar"})


class Labels:
    """The labels of one language: ``labels("cover.date", date=...)``."""

    def __init__(self, language: str) -> None:
        if language not in CATALOGUE:
            raise ValueError(f"no minutes labels for language {language!r}")
        self.language = language
        self.rtl = language in RIGHT_TO_LEFT
        self._table = CATALOGUE[language]

    def __call__(self, key: str, **params: object) -> str:
        text = self._table[key]
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in self._table
