"""Counts read as each language counts: Qt picks the plural form from the number."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.ui.counts import counts


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")


def test_english_says_one_participant_and_two_participants(speak: Callable[[str], str]) -> None:
    speak("en")
    assert [counts().participants(n) for n in (0, 1, 2)] == [
        "0 participants", "1 participant", "2 participants"]
    assert counts().exported(1).format(path="x.csv") == "1 person exported to x.csv"


def test_french_counts_zero_and_one_as_singular(speak: Callable[[str], str]) -> None:
    speak("fr")
    assert [counts().imported(n) for n in (0, 1, 2)] == [
        "0 participant importé.", "1 participant importé.", "2 participants importés."]


def test_arabic_has_six_forms(speak: Callable[[str], str]) -> None:
    speak("ar")
    assert [counts().participants(n) for n in (0, 1, 2, 3, 11, 100)] == [
        "لا مشاركين", "مشارك واحد", "مشاركان", "3 مشاركين", "11 مشاركًا", "100 مشارك"]
    assert counts().dots_per_person(12).format(cap=2) == "12 نقطة لكل شخص، 2 كحدّ أقصى لكل عنصر"
