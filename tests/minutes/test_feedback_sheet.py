"""The printed Review sheet, per language: what was said, what was done, where it stands."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.minutes.feedback_sheet import write_feedback_sheet
from tests.review_fixture import next_lab_with_review

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["You said, we did", "In progress · 60 % done", "Why: Pas d'agents disponibles",
            "Answer received: Un créneau dédié ouvre en janvier", "Recommendation: scale up",
            "2026-11-17: 14"]),
    ("fr", ["Vous avez dit, nous avons fait", "Refusé", "Recommandation\u00a0: étendre"]),
])
def test_the_sheet_says_what_became_of_each_idea(demo: Workshop, tmp_path: Path, language: str,
                                                 words: list[str]) -> None:
    session_id = next_lab_with_review(demo)
    path = tmp_path / f"review-{language}.pdf"
    write_feedback_sheet(path, demo, session_id, language)
    text = " ".join(_text(path).split())
    for word in words:
        assert " ".join(word.split()) in text, word
    assert "Resilient Cities — Lyon 2026" in text


def test_the_arabic_sheet_carries_the_typed_translation(demo: Workshop, tmp_path: Path) -> None:
    session_id = next_lab_with_review(demo)
    path = tmp_path / "review-ar.pdf"
    write_feedback_sheet(path, demo, session_id, "ar")
    png = tmp_path / "review-ar"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(png)],
                   check=True)
    assert list(tmp_path.glob("review-ar*.png"))
    text = _text(path)
    # pdftotext gives the drawn (visual) order of Arabic letters: look for a word of it,
    # shaped; and the French words people wrote, as written.
    assert "Un guichet unique avec interprètes" in text
    assert "Préfecture du Rhône" in text
