"""A board too large to draw at once: the newest notes are drawn, the board says how many of
how many, and draws older ones when asked; a note that comes is always drawn."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel
from app.core.workshop import Workshop
from app.ui.board import panel as board_panel
from app.ui.board import scene as board_scene
from app.ui.board.panel import BoardPanel
from app.ui.live import LiveEvents, for_session


@pytest.fixture
def large(workshop: Workshop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> BoardPanel:
    """A session of 250 notes on a board that draws 100 at once (2,000 in the app)."""
    for module in (board_scene, board_panel):
        monkeypatch.setattr(module, "SHOWN_AT_ONCE", 100)
    session = workshop.sessions.create("Lab", "2026-11-22")
    workshop.board.add_notes(session.id, Area.IDEAS, [f"idée {i}" for i in range(250)])
    board = BoardPanel(workshop, session.id)
    qtbot.addWidget(board)
    live = LiveEvents(workshop.hub, board)
    live.changed.connect(for_session(session.id, board.on_change))
    board.resize(1200, 800)
    board.show()
    qtbot.waitExposed(board)
    return board


def texts(board: BoardPanel) -> set[str]:
    return {item.note.text for item in board.scene.notes.values()}


def test_the_newest_notes_are_drawn_and_the_board_says_how_many(large: BoardPanel) -> None:
    assert texts(large) == {f"idée {i}" for i in range(150, 250)}
    assert large.shown.isVisible()
    assert large.shown.text() == "Showing the newest 100 of 250 notes"
    assert large.more.text() == "Show 100 older"


def test_older_notes_are_drawn_when_asked(large: BoardPanel) -> None:
    large.more.click()
    assert texts(large) == {f"idée {i}" for i in range(50, 250)}
    assert large.shown.text() == "Showing the newest 200 of 250 notes"
    assert large.more.text() == "Show 50 older"
    large.more.click()
    assert len(large.scene.notes) == 250
    assert not large.shown.isVisible()
    assert not large.more.isVisible()


def test_a_note_that_comes_is_drawn_and_counted(large: BoardPanel, workshop: Workshop,
                                                qtbot: QtBot) -> None:
    session_id = large.session_id
    workshop.board.add_note(session_id, Area.IDEAS, "Du fond de la salle", origin=Channel.PHONE)
    assert "Du fond de la salle" in texts(large)
    assert large.shown.text() == "Showing the newest 101 of 251 notes"


def test_an_older_note_deleted_elsewhere_leaves_the_count(large: BoardPanel,
                                                          workshop: Workshop) -> None:
    oldest = workshop.board.notes(large.session_id)[0]
    workshop.board.delete_notes([oldest.id])
    assert oldest.id not in large.scene.notes
    assert large.shown.text() == "Showing the newest 100 of 249 notes"


def test_a_board_that_fits_says_nothing(panel: BoardPanel) -> None:
    assert panel.scene.older == set()
    assert not panel.shown.isVisible()
    assert not panel.more.isVisible()
