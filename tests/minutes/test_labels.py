"""Every label exists in every language of the minutes, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from app.minutes.labels import CATALOGUE, Labels


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", sorted(CATALOGUE))
def test_no_label_is_missing(language: str) -> None:
    assert set(CATALOGUE[language]) == set(CATALOGUE["en"])


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_placeholders_match_english(language: str) -> None:
    for key, text in CATALOGUE["en"].items():
        assert _placeholders(CATALOGUE[language][key]) == _placeholders(text), key


@pytest.mark.parametrize("language", sorted(CATALOGUE))
def test_no_label_is_empty_or_left_in_english(language: str) -> None:
    for key, text in CATALOGUE[language].items():
        assert text.strip(), key
    if language != "en":
        same = [k for k, v in CATALOGUE[language].items()
                if v == CATALOGUE["en"][k] and any(ch.isalpha() for ch in v)]
        # Only proper names and technical words may stay as they are.
        assert set(same) <= {"page.footer", "agenda.minutes", "cover.date", "attendance.total",
                             "agenda.total", "section.signature", "action.no_date",
                             "notes.count"}, same


def test_arabic_is_right_to_left_and_unknown_language_refused() -> None:
    assert Labels("ar").rtl
    assert not Labels("fr").rtl
    with pytest.raises(ValueError, match="de"):
        Labels("de")
