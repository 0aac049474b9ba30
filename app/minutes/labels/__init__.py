"""The minutes' own words in English, French and Arabic, chosen at export.

The minutes are made without Qt (scripted exports, the CLI), so their labels live here rather
than in Qt's .ts files. Every language has every key, with the same placeholders (tested).
A label about a number ("14 notes") may have forms for that number in each language's own
plural rules (``PLURALS``; Arabic has six), chosen when the label is filled.
"""

from __future__ import annotations

import string

from app.minutes.labels import ar, en, fr
from app.minutes.labels.plural import category

CATALOGUE: dict[str, dict[str, str]] = {"en": en.LABELS, "fr": fr.LABELS, "ar": ar.LABELS}
PLURALS: dict[str, dict[str, dict[str, str]]] = {"en": en.PLURALS, "fr": fr.PLURALS,
                                                 "ar": ar.PLURALS}
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
        self._plurals = PLURALS[language]

    def __call__(self, key: str, **params: object) -> str:
        text = self._table[key]
        forms = self._plurals.get(key)
        if forms:
            count = params[counted(text)]
            if isinstance(count, int):
                text = forms.get(category(self.language, count), text)
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        return key in self._table


def counted(text: str) -> str:
    """The one placeholder of a label that has plural forms: the number they depend on."""
    [name] = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    return name
