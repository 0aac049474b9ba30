"""The closing on the projector: what people came for, what this Lab did, where the rest went
and the bridging ideas, read from the back row in English, French and Arabic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.expectations import Outcome
from app.core.model import Area, Group, PhaseKind, SessionStatus
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.projector.window import ProjectorWindow
from tests.ui.projector.back_row import problems


def _closing_with_outcomes(demo: Workshop) -> None:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    people = [demo.roster.add(1, NewParticipant(Group.NEWCOMER)).id for _ in range(5)]
    for n, person in enumerate(people):
        note = demo.board.add_note(1, Area.EXPECTATIONS, f"Un travail {n}", author_id=person)
        demo.expectations.mark(1, note.id, Outcome.MET if n < 3 else Outcome.NOT_MET)
    demo.expectations.mark(1, 2, Outcome.OUT_OF_COMPETENCE, 14)
    closing = next(p for p in demo.agenda.phases(1) if p.kind is PhaseKind.CLOSING)
    demo.agenda.start(closing.id)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_closing_shows_expectations_against_outcomes(
        demo: Workshop, qtbot: QtBot, qapp: QApplication, language: str) -> None:
    i18n.install(qapp, language)
    projector = ProjectorWindow(demo, 1)
    qtbot.addWidget(projector)
    LiveEvents(demo.hub, projector).changed.connect(projector.on_change)
    projector.auto_page_seconds = 0
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    assert projector.current_name == "closing"  # nothing marked: thanks and next steps
    _closing_with_outcomes(demo)
    qtbot.waitUntil(lambda: projector.current_name == "outcomes")
    page = projector.outcomes_page
    headings = [heading for heading, _ in page.pages]
    assert headings == ["What people came for", "What this Lab did", "Where the rest went",
                        "Ideas that bridge the groups"]
    if language == "en":
        assert page.pages[0][1][0] == "Met: 3  (Newcomer 3)"
    folder = os.environ.get("ROUNDTABLE_PROJECTOR_SHOTS")
    for number in range(page.page_count()):
        projector.turn_page(0)
        QApplication.processEvents()
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            projector.grab().save(str(Path(folder) / f"outcomes-{language}-{number + 1}.png"))
        assert problems(projector, f"outcomes page {number + 1}") == []
        projector.next_page()
