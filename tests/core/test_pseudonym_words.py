"""A pseudonym in the reader's language and script, with its picture."""

from __future__ import annotations

import pytest

from app.core.pseudonym_words import LANGUAGES, picture, readable, words
from app.core.pseudonyms import WORDS as GENERATED
from app.core.pseudonyms import new_pseudonym


def test_every_generated_word_has_a_picture_and_a_name_in_every_language() -> None:
    assert set(GENERATED) == set(words())
    for word, shown in words().items():
        assert shown["picture"], word
        assert all(shown[language].strip() for language in LANGUAGES), word


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "Cedar-42"), ("fr", "Cèdre-42"), ("ar", "أرز-42"), ("fa", "سدر-۴۲"),
    ("uk", "Кедр-42"), ("es", "Cedro-42"), ("it", "Cedro-42"), ("de", "Zeder-42"),
    ("sw", "Cedar-42"),
])
def test_cedar_42_in_each_language(language: str, shown: str) -> None:
    assert readable("Cedar-42", language) == shown
    assert picture("Cedar-42") == "🌲"


def test_a_name_that_was_not_generated_is_left_alone() -> None:
    assert readable("Nour", "ar") == "Nour"
    assert readable("Cedar-a1b2c3", "fr") == "Cèdre-a1b2c3"
    assert picture("Nour") == ""


def test_the_same_person_has_the_same_picture_whatever_the_language() -> None:
    made = new_pseudonym(set())
    assert picture(made) == words()[made.split("-")[0]]["picture"]
    assert {readable(made, lang).split("-")[-1].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹",
            "0123456789")) for lang in LANGUAGES} == {made.split("-")[1]}
