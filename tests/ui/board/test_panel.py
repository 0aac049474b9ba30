from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.core.model import Area, Competence, NoteStatus
from app.core.workshop import Workshop
from app.ui.action_dialog import ActionDialog
from app.ui.board.dialogs import ThemeDialog, ThemePicker
from app.ui.board.editor import NoteEditor
from app.ui.board.items import TITLE_BAND
from app.ui.board.panel import BoardPanel
from app.ui.parking_lot import ParkingDialog


def focus_board(panel: BoardPanel, qtbot: QtBot) -> None:
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)


def test_arrow_keys_walk_the_notes_in_reading_order(panel: BoardPanel, qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    order = panel.scene.notes_in_order()
    QTest.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.scene.focused_note() is order[0]
    QTest.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.scene.focused_note() is order[1]
    QTest.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.scene.focused_note() is order[0]
    QTest.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.scene.focused_note() is order[-1]
    assert "Note" in panel.status.text()
    assert panel.view.accessibleDescription() == panel.status.text()


def test_edit_a_note_from_the_keyboard(panel: BoardPanel, demo: Workshop,
                                       qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    focused = panel.scene.focused_note()
    assert focused is not None
    note_id = focused.note_id
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.selectAll()
    QTest.keyClicks(editor, "Permanence le samedi")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert demo.board.note(note_id).text == "Permanence le samedi"
    assert panel.scene.notes[note_id].note.text == "Permanence le samedi"


def test_escape_leaves_a_note_unchanged(panel: BoardPanel, demo: Workshop,
                                        qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    item = panel.scene.focused_note()
    assert item is not None
    before = item.note.text
    panel.edit_note()
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    QTest.keyClicks(editor, " changed")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert demo.board.note(item.note_id).text == before


def test_new_note_by_shortcut_and_by_double_click(panel: BoardPanel, demo: Workshop,
                                                  qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    before = len(demo.board.notes(1))
    QTest.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("Une idée au clavier")  # QTest types ASCII only
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.findChild(NoteEditor) is None)
    added = demo.board.notes(1)[-1]
    assert (len(demo.board.notes(1)), added.text, added.area) == (
        before + 1, "Une idée au clavier", Area.IDEAS)
    assert panel.scene.focused_note() is panel.scene.notes[added.id]

    area = panel.scene.areas[Area.EXPECTATIONS].sceneBoundingRect()
    spot = QPointF(area.left() + 500, area.top() + TITLE_BAND + 300)  # an empty place
    panel.view.centerOn(spot)
    QTest.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=panel.view.mapFromScene(spot))
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("Être écouté")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    written = demo.board.notes(1)[-1]
    assert (written.text, written.area) == ("Être écouté", Area.EXPECTATIONS)


def test_move_to_theme_from_the_keyboard(panel: BoardPanel, demo: Workshop,
                                         qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    free = next(n for n in panel.scene.notes_in_order() if n.note.theme_id is None)
    panel.scene.setFocusItem(free)
    QTest.keyClick(panel.view, Qt.Key.Key_Space)
    assert free.isSelected()
    QTest.keyClick(panel.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = panel.findChild(ThemePicker)
    assert picker is not None
    assert picker.isVisible()
    theme = demo.board.themes(1)[1]
    picker.choices.setCurrentRow(1)
    picker.accept()
    assert demo.board.note(free.note_id).theme_id == theme.id
    assert free in panel.scene.members(theme.id)


def test_delete_then_undo_through_the_core(panel: BoardPanel, demo: Workshop,
                                           qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    focused = panel.scene.focused_note()
    assert focused is not None
    note_id = focused.note_id
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert note_id not in panel.scene.notes
    demo.undo.undo()
    assert note_id in panel.scene.notes


def test_new_theme_takes_the_selected_notes(panel: BoardPanel, demo: Workshop) -> None:
    chosen = [n for n in panel.scene.notes.values() if n.note.area is Area.EXPECTATIONS]
    for item in chosen:
        item.setSelected(True)
    panel.new_theme()
    dialog = panel.findChild(ThemeDialog)
    assert dialog is not None
    dialog.name.setText("Être écouté")
    dialog.accept()
    theme = demo.board.themes(1)[-1]
    assert theme.name == "Être écouté"
    assert {n.id for n in demo.board.notes(1) if n.theme_id == theme.id} == {
        i.note_id for i in chosen}


def test_rename_and_delete_a_theme(panel: BoardPanel, demo: Workshop) -> None:
    theme = next(iter(panel.scene.themes.values()))
    theme.setSelected(True)
    panel.edit_theme()
    dialog = panel.findChild(ThemeDialog)
    assert dialog is not None
    dialog.name.setText("Guichets")
    dialog.accept()
    assert demo.board.theme(theme.theme_id).name == "Guichets"
    members = [n.note_id for n in panel.scene.members(theme.theme_id)]
    panel.delete_theme()
    assert theme.theme_id not in panel.scene.themes
    assert all(demo.board.note(i).theme_id is None for i in members)


def test_colour_and_area_commands(panel: BoardPanel, demo: Workshop) -> None:
    item = next(n for n in panel.scene.notes.values() if n.note.area is Area.IDEAS)
    panel.scene.setFocusItem(item)
    panel.actions_by_name["colour_#8FD3F5"].trigger()
    assert demo.board.note(item.note_id).colour == "#8FD3F5"
    panel.actions_by_name["area_parking_lot"].trigger()
    assert demo.board.note(item.note_id).area is Area.PARKING_LOT


def test_parking_lot_note_gets_competence_and_forwarding(panel: BoardPanel,
                                                         demo: Workshop) -> None:
    item = next(n for n in panel.scene.notes.values() if n.note.area is Area.PARKING_LOT)
    panel.scene.setFocusItem(item)
    assert panel.actions_by_name["parking"].isEnabled()
    panel.edit_parking()
    dialog = panel.findChild(ParkingDialog)
    assert dialog is not None
    dialog.level.setCurrentIndex(list(Competence).index(Competence.REGIONAL))
    dialog.forwarded.setText("Région Auvergne-Rhône-Alpes")
    dialog.accept()
    note = demo.board.note(item.note_id)
    assert (note.competence, note.forwarded_to) == (Competence.REGIONAL,
                                                    "Région Auvergne-Rhône-Alpes")


def test_make_an_action_from_a_note(panel: BoardPanel, demo: Workshop) -> None:
    item = next(n for n in panel.scene.notes.values() if n.note.area is Area.IDEAS)
    panel.scene.setFocusItem(item)
    panel.make_action()
    dialog = panel.findChild(ActionDialog)
    assert dialog is not None
    dialog.owner.setText("Mission égalité")
    dialog.accept()
    action = demo.actions.all(1)[-1]
    assert (action.source_note_id, action.owner_role) == (item.note_id, "Mission égalité")


def test_approve_a_pending_note(panel: BoardPanel, demo: Workshop) -> None:
    from app.core.model import Channel

    demo.sessions.update(1, moderation=True)
    note = demo.board.add_note(1, Area.IDEAS, "Par téléphone", origin=Channel.PHONE)
    panel.scene.focus_note(note.id)
    assert panel.actions_by_name["approve"].isVisible()
    panel.actions_by_name["approve"].trigger()
    assert demo.board.note(note.id).status is NoteStatus.SHOWN


def test_zoom_fit_and_actual_size(panel: BoardPanel) -> None:
    view = panel.view
    view.actual_size()
    view.zoom_in()
    assert view.scale_factor() > 1.0
    view.zoom_out()
    view.zoom_out()
    assert view.scale_factor() < 1.0
    view.fit_all()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(panel.scene.content_rect().adjusted(5, 5, -5, -5))


def test_every_board_control_has_an_accessible_name(panel: BoardPanel) -> None:
    from app.ui.accessibility import unnamed_controls

    assert unnamed_controls(panel) == []
    assert panel.view.accessibleName()


def test_an_empty_theme_can_be_renamed_from_the_keyboard(panel: BoardPanel,
                                                         demo: Workshop) -> None:
    empty = demo.board.add_theme(1, "Vide", x=40, y=2000)
    panel.scene.clearSelection()
    panel.scene.setFocusItem(None)
    panel.actions_by_name["edit_theme"].trigger()
    picker = panel.findChild(ThemePicker)
    assert picker is not None
    picker.choices.setCurrentRow(picker.choices.count() - 1)
    picker.accept()
    dialog = panel.findChild(ThemeDialog)
    assert dialog is not None
    dialog.name.setText("Logement")
    dialog.accept()
    assert demo.board.theme(empty.id).name == "Logement"


def test_select_all_then_move_to_an_area(panel: BoardPanel, demo: Workshop,
                                         qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    QTest.keyClick(panel.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert all(i.isSelected() for i in panel.scene.notes.values())
    panel.actions_by_name["area_ideas"].trigger()
    assert {n.area for n in demo.board.notes(1)} == {Area.IDEAS}


def test_board_dialogs_name_their_controls(panel: BoardPanel, demo: Workshop) -> None:
    from app.ui.accessibility import unnamed_controls

    panel.new_theme()
    theme_dialog = panel.findChild(ThemeDialog)
    assert theme_dialog is not None
    assert unnamed_controls(theme_dialog) == []
    theme_dialog.reject()
    item = next(n for n in panel.scene.notes.values() if n.note.area is Area.PARKING_LOT)
    panel.view.show_note(item)  # commands act on the current note only when it is in sight
    panel.scene.setFocusItem(item)
    panel.choose_theme()
    picker = panel.findChild(ThemePicker)
    assert picker is not None
    assert unnamed_controls(picker) == []
    picker.reject()
    panel.edit_parking()
    parking = panel.findChild(ParkingDialog)
    assert parking is not None
    assert unnamed_controls(parking) == []


def test_a_new_note_from_the_keyboard_takes_a_free_place(panel: BoardPanel,
                                                         demo: Workshop) -> None:
    panel.area.setCurrentIndex(0)  # Expectations: four notes on the first line
    panel.write_new_note_here()
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("Apprendre le français")
    editor.keep()
    added = demo.board.notes(1)[-1]
    item = panel.scene.notes[added.id]
    others = [n for n in panel.scene.notes.values() if n is not item]
    assert not any(item.sceneBoundingRect().intersects(o.sceneBoundingRect().adjusted(
        5, 5, -5, -5)) for o in others)
    assert (added.x, added.y) == (40.0 + 4 * 190.0, 60.0)


def test_ctrl_arrows_move_a_note_by_half_a_place(panel: BoardPanel, demo: Workshop,
                                                 qtbot: QtBot) -> None:
    focus_board(panel, qtbot)
    item = next(n for n in panel.scene.notes_in_order() if n.note.theme_id is None)
    panel.scene.setFocusItem(item)
    before = demo.board.note(item.note_id)
    QTest.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(panel.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    after = demo.board.note(item.note_id)
    assert (after.x, after.y) == (before.x + 95.0, before.y + 75.0)
    assert panel.scene.focused_note() is item


def test_a_second_editor_keeps_the_first_text(panel: BoardPanel, demo: Workshop,
                                              qtbot: QtBot) -> None:
    panel.write_new_note_here()
    first = panel.view.editor
    assert first is not None
    first.insertPlainText("Première")
    panel.write_new_note_here()  # the first one is kept, a second one opens
    second = panel.view.editor
    assert second is not None
    assert second is not first
    second.insertPlainText("Deuxième")
    second.keep()
    assert panel.view.editor is None
    texts = [n.text for n in demo.board.notes(1)]
    assert "Première" in texts
    assert "Deuxième" in texts


def test_new_notes_follow_the_phase_and_the_facilitator_may_choose(
        panel: BoardPanel, demo: Workshop, qtbot: QtBot) -> None:
    from app.core.model import PhaseKind

    phases = {p.kind: p for p in demo.agenda.phases(1)}
    demo.agenda.start(phases[PhaseKind.EXPECTATIONS].id)
    assert Area(panel.area.currentData()) is Area.EXPECTATIONS
    focus_board(panel, qtbot)
    QTest.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("Comprendre les démarches")
    editor.keep()
    assert demo.board.notes(1)[-1].area is Area.EXPECTATIONS
    panel.area.setCurrentIndex(2)  # the facilitator's choice holds within the phase
    demo.agenda.pause(1)
    assert Area(panel.area.currentData()) is Area.PARKING_LOT
    demo.agenda.start(phases[PhaseKind.IDEATION].id)
    assert Area(panel.area.currentData()) is Area.IDEAS
