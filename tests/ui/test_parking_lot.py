from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.model import Area, Competence
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.live import LiveEvents, for_session
from app.ui.parking_lot import COMPETENCE, FORWARDED, ParkingLotPanel


def make_panel(demo: Workshop, qtbot: QtBot) -> ParkingLotPanel:
    panel = ParkingLotPanel(demo, 1)
    qtbot.addWidget(panel)
    live = LiveEvents(demo.hub, panel)
    live.changed.connect(for_session(1, panel.on_change))
    return panel


def test_each_item_shows_its_competence_and_forwarding(demo: Workshop, qtbot: QtBot) -> None:
    model = make_panel(demo, qtbot).model
    assert model.rowCount() == 3
    assert model.index(0, COMPETENCE).data() == "National"
    assert "Préfecture" in model.index(0, FORWARDED).data()


def test_both_are_editable(demo: Workshop, qtbot: QtBot) -> None:
    model = make_panel(demo, qtbot).model
    note_id = model.index(1, 0).data(Qt.ItemDataRole.UserRole)
    assert model.setData(model.index(1, COMPETENCE), Competence.EU.value)
    assert model.setData(model.index(1, FORWARDED), "Commission européenne")
    note = demo.board.note(note_id)
    assert (note.competence, note.forwarded_to) == (Competence.EU, "Commission européenne")
    assert model.index(1, COMPETENCE).data() == "European Union"


def test_new_parking_items_appear(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    demo.board.add_note(1, Area.PARKING_LOT, "Droit au travail des demandeurs d'asile")
    assert panel.model.rowCount() == 4
    assert panel.model.index(3, COMPETENCE).data() == "Other"
    assert unnamed_controls(panel) == []
