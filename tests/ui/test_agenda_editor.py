from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import PhaseKind
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.agenda_editor import KIND, MINUTES, STARTED, TITLE, AgendaEditor
from app.ui.live import LiveEvents, for_session


def make_editor(workshop: Workshop, session_id: int, qtbot: QtBot) -> AgendaEditor:
    editor = AgendaEditor(workshop, session_id)
    qtbot.addWidget(editor)
    live = LiveEvents(workshop.hub, editor)
    live.changed.connect(for_session(session_id, editor.on_change))
    return editor


def test_phases_show_plan_and_actual_times(demo: Workshop, qtbot: QtBot) -> None:
    editor = make_editor(demo, 1, qtbot)
    model = editor.model
    assert model.rowCount() == 8
    assert model.index(0, KIND).data() == "Welcome and check-in"
    assert model.index(0, STARTED).data()
    assert "Planned: 2 h 50" in editor.total.text()


def test_add_edit_move_remove(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    editor = make_editor(workshop, session.id, qtbot)
    model = editor.model
    editor.table.selectRow(0)
    editor.kind.setCurrentIndex(list(PhaseKind).index(PhaseKind.BREAK))
    editor.add()
    assert model.phases[1].kind is PhaseKind.BREAK
    assert model.setData(model.index(1, MINUTES), 25)
    assert model.setData(model.index(1, TITLE), "Pause café")
    assert (model.phases[1].planned_minutes, model.phases[1].title) == (25, "Pause café")
    assert not model.setData(model.index(1, MINUTES), 0)
    editor.table.selectRow(1)
    editor.move_phase(1)
    assert model.phases[2].title == "Pause café"
    editor.table.selectRow(2)
    editor.remove()
    box = editor.findChild(QMessageBox, "confirm")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert all(p.title != "Pause café" for p in model.phases)
    assert unnamed_controls(editor) == []


def test_start_a_chosen_phase(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    editor = make_editor(workshop, session.id, qtbot)
    editor.table.selectRow(3)
    editor.start()
    current = workshop.agenda.current(session.id)
    assert current is not None
    assert current.kind is PhaseKind.IDEATION
    assert editor.model.index(3, STARTED).data()


def test_a_closed_session_says_so_instead_of_starting(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    workshop.sessions.close(session.id)
    editor = make_editor(workshop, session.id, qtbot)
    editor.table.selectRow(2)
    editor.start()
    said = [box.text() for box in editor.findChildren(QMessageBox)]
    assert "This session is closed. Reopen it to run a phase again." in said
    assert workshop.agenda.current(session.id) is None
