"""Commands act on what is seen selected: the keyboard's selection, a new note, Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.board.editor import NoteEditor
from app.ui.board.panel import BoardPanel


def focus_board(panel: BoardPanel, qtbot: QtBot) -> None:
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)


def ctrl_click(panel: BoardPanel, note_id: int) -> None:
    item = panel.scene.notes[note_id]
    panel.view.show_note(item)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     panel.view.mapFromScene(item.sceneBoundingRect().center()))


def test_a_new_note_replaces_an_old_selection(panel: BoardPanel, demo: Workshop,
                                              qtbot: QtBot) -> None:
    """Ctrl+click two notes, Ctrl+N, Alt+3: only the new note goes to the parking lot."""
    focus_board(panel, qtbot)
    old = [n.note_id for n in panel.scene.notes_in_order() if n.note.area is Area.IDEAS][:2]
    for note_id in old:
        ctrl_click(panel, note_id)
    assert sorted(panel.scene.selected_note_ids()) == sorted(old)
    qtbot.waitUntil(lambda: panel.status.text().startswith("2"))  # "2 notes selected · …"
    QTest.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("Nouvelle idée")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.findChild(NoteEditor) is None)
    new = demo.board.notes(1)[-1]
    assert panel.scene.selected_note_ids() == [new.id]
    QTest.keyClick(panel.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert demo.board.note(new.id).area is Area.PARKING_LOT
    assert {demo.board.note(i).area for i in old} == {Area.IDEAS}


def test_escape_clears_the_selection(panel: BoardPanel, qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    panel.select_all()
    assert panel.scene.selectedItems()
    QTest.keyClick(panel.view, Qt.Key.Key_Escape)
    assert panel.scene.selectedItems() == []
    assert not panel.actions_by_name["clear_selection"].isEnabled()


def test_the_selection_follows_the_arrow_keys_and_shift_adds(panel: BoardPanel,
                                                             qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    order = panel.scene.notes_in_order()
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    QTest.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.scene.selected_note_ids() == [order[1].note_id]
    QTest.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert sorted(panel.scene.selected_note_ids()) == sorted(
        [order[1].note_id, order[2].note_id])
    QTest.keyClick(panel.view, Qt.Key.Key_Space)  # Space takes the current one out again
    assert panel.scene.selected_note_ids() == [order[1].note_id]


def test_alt_3_takes_a_note_out_of_its_theme_into_the_parking_lot(
        panel: BoardPanel, demo: Workshop, qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    themed = next(n for n in panel.scene.notes_in_order() if n.note.theme_id is not None)
    panel.view.go_to(themed)
    QTest.keyClick(panel.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    moved = demo.board.note(themed.note_id)
    assert (moved.area, moved.theme_id) == (Area.PARKING_LOT, None)
    parking = panel.scene.areas[Area.PARKING_LOT].sceneBoundingRect()
    assert parking.contains(panel.scene.notes[themed.note_id].sceneBoundingRect())
    others = [n for n in panel.scene.notes.values() if n.note_id != themed.note_id]
    box = panel.scene.notes[themed.note_id].sceneBoundingRect().adjusted(5, 5, -5, -5)
    assert not any(box.intersects(o.sceneBoundingRect()) for o in others)


def test_a_current_note_out_of_sight_is_not_moved(panel: BoardPanel, demo: Workshop) -> None:
    item = next(n for n in panel.scene.notes_in_order() if n.note.area is Area.IDEAS)
    panel.scene.clearSelection()
    panel.scene.setFocusItem(item)
    panel.view.centerOn(panel.scene.areas[Area.PARKING_LOT].sceneBoundingRect().bottomRight())
    panel.view.zoom_by(4.0)
    assert not panel.scene.in_sight(item)
    panel.actions_by_name["area_parking_lot"].trigger()
    assert demo.board.note(item.note_id).area is Area.IDEAS


def test_a_zoom_scales_pictures_and_rests_sharp(panel: BoardPanel, qtbot: QtBot) -> None:
    """While zooming, notes are drawn from scaled pictures (cheap steps); once the zoom
    rests they are drawn sharp again at the scale they are seen at."""
    notes = list(panel.scene.notes.values())
    panel.view.zoom_in()
    assert {n.cacheMode() for n in notes} == {QGraphicsItem.CacheMode.ItemCoordinateCache}
    qtbot.waitUntil(lambda: {n.cacheMode() for n in notes}
                    == {QGraphicsItem.CacheMode.DeviceCoordinateCache})


def test_far_away_notes_show_their_first_words_and_text_is_laid_out_when_idle(
        panel: BoardPanel, qtbot: QtBot) -> None:
    panel.view.actual_size()
    assert not any(n.far for n in panel.scene.notes.values())
    panel.view.zoom_by(0.3)
    assert all(n.far for n in panel.scene.notes.values())
    panel.view.actual_size()
    assert not any(n.far for n in panel.scene.notes.values())
    qtbot.waitUntil(lambda: all(n.laid_out for n in panel.scene.notes.values()))
