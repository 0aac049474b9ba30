"""The Review phase on the projector: "You said, we did", paged, read from the back row in
English, French and Arabic (and with a second language). Set ROUNDTABLE_PROJECTOR_SHOTS to a
folder to keep the pictures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.projector.window import ProjectorWindow
from tests.review_fixture import next_lab_with_review
from tests.ui.projector.back_row import problems

SECOND = {"en": "ar", "fr": "ar", "ar": "fr"}


def _keep(projector: ProjectorWindow, name: str) -> None:
    folder = os.environ.get("ROUNDTABLE_PROJECTOR_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        projector.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_review_pages_are_readable_at_the_back(demo: Workshop, qtbot: QtBot, qapp: QApplication,
                                               language: str) -> None:
    i18n.install(qapp, language)
    session_id = next_lab_with_review(demo)
    projector = ProjectorWindow(demo, session_id)
    qtbot.addWidget(projector)
    LiveEvents(demo.hub, projector).changed.connect(projector.on_change)
    projector.auto_page_seconds = 0
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.current_name == "review"
    assert projector.page_position() == (1, 4)  # three commitments and one experiment
    page = projector.review_page
    assert "guichet unique" in page.said[0].text()  # what people said, as they wrote it
    if language == "ar":  # what was done, in the translation the facilitator typed
        assert "شباك موحد" in page.did[0].text()
    if language == "en":
        assert "In progress · 60 %" in page.where[0].text()
        projector.next_page()
        assert "Pas d'agents disponibles" in page.where[0].text()
        projector.previous_page()
    for turn in range(4):
        QApplication.processEvents()
        _keep(projector, f"review-{language}-{turn + 1}")
        assert problems(projector, f"review page {turn + 1}") == []
        projector.next_page()
    assert "6 \N{RIGHTWARDS ARROW} 11 \N{RIGHTWARDS ARROW} 14" in page.where[0].text()
    projector.set_second_language(SECOND[language])
    QApplication.processEvents()
    _keep(projector, f"review-{language}-bilingual")
    assert problems(projector, "review (two languages)") == []
