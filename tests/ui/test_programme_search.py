"""The search box above the sessions: results from every session, people's words isolated,
and a result opens its session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.session_list import SessionList

FSI, PDI = "\N{FIRST STRONG ISOLATE}", "\N{POP DIRECTIONAL ISOLATE}"


def test_typing_finds_notes_of_every_session_and_opens_one(workshop: Workshop,
                                                           qtbot: QtBot) -> None:
    lyon = workshop.sessions.create("Lyon", "2026-11-14")
    tunis = workshop.sessions.create("Tunis", "2026-10-02")
    workshop.board.add_note(lyon.id, Area.IDEAS, "Un guichet unique avec interprètes")
    workshop.board.add_note(tunis.id, Area.PARKING_LOT, "السَّكَنُ لِلْجَمِيعِ")
    sessions = SessionList(workshop)
    qtbot.addWidget(sessions)
    sessions.show()
    box = sessions.findChild(QLineEdit, "programmeSearch")
    results = sessions.findChild(QTableView, "programmeSearchResults")
    assert box is not None
    assert results is not None
    assert results.isHidden()
    qtbot.keyClicks(box, "interpretes")
    qtbot.waitUntil(results.isVisible)
    model = results.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == f"{FSI}Lyon{PDI}"
    assert model.index(0, 1).data() == "2026-11-14"
    assert model.index(0, 2).data() == "Ideas"
    assert model.index(0, 3).data() == f"{FSI}Un guichet unique avec interprètes{PDI}"
    box.setText("السكن")
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "Parking lot"
    assert model.index(0, 3).data() == f"{FSI}السَّكَنُ لِلْجَمِيعِ{PDI}"
    with qtbot.waitSignal(sessions.open_requested) as opened:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened.args == [tunis.id]
    box.setText("rien de tel")
    assert results.isHidden()
    assert sessions.search.summary.text() == "Nothing found."
