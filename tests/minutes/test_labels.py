"""Every label exists in every language of the minutes, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from app.minutes.labels import CATALOGUE, PLURALS, Labels, counted
from app.minutes.labels.plural import CATEGORIES, category


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
                             "notes.count", "vote.settings", "cover.person",
                         "programme.date", "programme.total"}, same


def test_arabic_is_right_to_left_and_unknown_language_refused() -> None:
    assert Labels("ar").rtl
    assert not Labels("fr").rtl
    with pytest.raises(ValueError, match="de"):
        Labels("de")


@pytest.mark.parametrize(("language", "numbers"), [
    ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
            100: "other", 102: "other", 103: "few", 111: "many", 1000: "other"}),
    ("fr", {0: "one", 1: "one", 2: "other", 1_000_000: "many"}),
    ("en", {0: "other", 1: "one", 2: "other"}),
])
def test_plural_categories_follow_each_languages_rules(language: str,
                                                       numbers: dict[int, str]) -> None:
    assert {n: category(language, n) for n in numbers} == numbers


@pytest.mark.parametrize("language", sorted(CATALOGUE))
def test_plural_forms_count_with_their_labels_one_number(language: str) -> None:
    for key, forms in PLURALS[language].items():
        base = CATALOGUE[language][key]
        number = counted(base)  # fails unless the label has exactly one placeholder
        assert set(forms) <= set(CATEGORIES[language]), key
        for form in forms.values():  # a form may spell the number out ("ملاحظتان")
            assert _placeholders(form) <= {number}, key


def test_arabic_counts_read_as_arabic_counts() -> None:
    said = Labels("ar")
    assert said("notes.count", count=1) == "ملاحظة واحدة"
    assert said("notes.count", count=2) == "ملاحظتان"
    assert said("notes.count", count=7) == "7 ملاحظات"
    assert said("notes.count", count=40) == "40 ملاحظة"
    assert said("vote.voters", voters=14) == "صوّت 14 شخصًا عبر شاشة التصويت أو الهاتف."
    assert said("agenda.minutes", minutes=2) == "دقيقتان"
    assert Labels("en")("vote.paper_entered", paper=1) == "1 dot was entered from paper."
    assert Labels("fr")("notes.count", count=0) == "0 note"
