from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QWidget
from pytestqt.qtbot import QtBot

from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Area, Channel, NoteStatus
from app.core.workshop import Workshop
from app.ui.board.geometry import NOTE_H, NOTE_W
from app.ui.board.items import is_rtl_text
from app.ui.board.panel import BoardPanel


def test_the_board_shows_every_shown_note_and_theme(panel: BoardPanel, demo: Workshop) -> None:
    notes = [n for n in demo.board.notes(1) if n.status is NoteStatus.SHOWN]
    assert set(panel.scene.notes) == {n.id for n in notes}
    assert set(panel.scene.themes) == {t.id for t in demo.board.themes(1)}


def test_a_note_is_plain_text_even_when_it_holds_html(panel: BoardPanel,
                                                      demo: Workshop) -> None:
    note = demo.board.add_note(1, Area.IDEAS, "<b>bold</b> & <i>more</i>")
    item = panel.scene.notes[note.id]
    assert item.note.text == "<b>bold</b> & <i>more</i>"
    assert not any(isinstance(i, QGraphicsTextItem) for i in panel.scene.items())
    panel.scene.focus_note(note.id)
    assert "<b>bold</b>" in panel.status.text()


def test_a_note_from_a_phone_appears_by_itself(panel: BoardPanel, demo: Workshop,
                                               qtbot: QtBot) -> None:
    made: list[int] = []

    def from_phone() -> None:
        phone = demo.sibling()
        try:
            made.append(phone.board.add_note(1, Area.IDEAS, "Bus de nuit le samedi",
                                             origin=Channel.PHONE).id)
        finally:
            phone.close()

    thread = threading.Thread(target=from_phone)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(made) and made[0] in panel.scene.notes)


def test_dropping_notes_on_a_theme_puts_them_in_it(panel: BoardPanel, demo: Workshop) -> None:
    free = next(n for n in panel.scene.notes.values() if n.note.theme_id is None
                and n.note.area is Area.IDEAS)
    theme = next(iter(panel.scene.themes.values()))
    centre = theme.sceneBoundingRect().center()
    free.setPos(centre - QPointF(NOTE_W / 2, NOTE_H / 2))
    panel.scene.drop([free], centre)
    assert demo.board.note(free.note_id).theme_id == theme.theme_id
    assert free in panel.scene.members(theme.theme_id)
    assert theme.sceneBoundingRect().contains(free.sceneBoundingRect().center())


def test_dragging_a_note_out_of_its_theme_and_into_the_parking_lot(
        panel: BoardPanel, demo: Workshop) -> None:
    themed = next(n for n in panel.scene.notes.values() if n.note.theme_id is not None)
    parking = panel.scene.areas[Area.PARKING_LOT].sceneBoundingRect()
    target = QPointF(parking.left() + 300, parking.top() + 400)
    themed.setPos(target)
    panel.scene.drop([themed], target)
    moved = demo.board.note(themed.note_id)
    assert moved.area is Area.PARKING_LOT
    assert moved.theme_id is None
    assert panel.scene.geometry.to_scene(Area.PARKING_LOT, moved.x, moved.y) == target


def test_dragging_a_theme_moves_it_and_its_notes(panel: BoardPanel, demo: Workshop) -> None:
    theme = next(iter(panel.scene.themes.values()))
    member = panel.scene.members(theme.theme_id)[0]
    before = member.pos()
    theme.setPos(theme.pos() + QPointF(0, 300))
    panel.scene.drop([theme], theme.pos())
    assert demo.board.theme(theme.theme_id).y == panel.scene.geometry.from_scene(
        Area.IDEAS, theme.pos(), theme.shape_rect().width())[1]
    assert member.pos() == before + QPointF(0, 300)


def test_a_refused_change_is_reported_and_the_note_goes_back(
        panel: BoardPanel, demo: Workshop, qtbot: QtBot) -> None:
    item = next(iter(panel.scene.notes.values()))
    before = item.pos()
    demo.board.delete_notes([item.note_id])
    item_gone = item.note_id not in panel.scene.notes
    assert item_gone
    with qtbot.waitSignal(panel.scene.failed):
        panel.scene.run(lambda: demo.board.edit_text(item.note_id, "x"))
    assert before is not None


def test_search_highlights_matches_and_fades_the_rest(panel: BoardPanel) -> None:
    panel.search.setText("guichet")
    matched = [i for i in panel.scene.notes.values() if i.matched]
    assert matched
    assert all("guichet" in i.note.text.casefold() for i in matched)
    assert all(i.dimmed for i in panel.scene.notes.values() if not i.matched)
    assert panel.found.text().startswith(str(len(matched)))
    panel.search.clear()
    assert not any(i.matched or i.dimmed for i in panel.scene.notes.values())


def test_pending_notes_show_and_rejected_notes_leave(panel: BoardPanel,
                                                     demo: Workshop) -> None:
    demo.sessions.update(1, moderation=True)
    note = demo.board.add_note(1, Area.IDEAS, "En attente", origin=Channel.PHONE)
    assert panel.scene.notes[note.id].note.status is NoteStatus.PENDING
    demo.board.moderate(note.id, approve=False)
    assert note.id not in panel.scene.notes


def test_arabic_text_reads_from_the_right() -> None:
    assert is_rtl_text("مواعيد عبر الهاتف")
    assert not is_rtl_text("Bus de nuit")
    assert is_rtl_text("  «مواعيد»")


def test_a_new_note_matching_the_search_lights_up(panel: BoardPanel, demo: Workshop) -> None:
    panel.search.setText("vélo")
    note = demo.board.add_note(1, Area.IDEAS, "Des vélos en prêt")
    assert panel.scene.notes[note.id].matched
    assert not panel.scene.notes[note.id].dimmed


def test_the_area_grows_with_its_notes(panel: BoardPanel, demo: Workshop) -> None:
    before = panel.scene.areas[Area.EXPECTATIONS].boundingRect().height()
    demo.board.add_note(1, Area.EXPECTATIONS, "Tout en bas", x=40, y=before + 400)
    assert panel.scene.areas[Area.EXPECTATIONS].boundingRect().height() > before + 400
    assert panel.scene.sceneRect().contains(
        panel.scene.areas[Area.EXPECTATIONS].sceneBoundingRect())


def test_far_away_one_overview_paints_all_notes(panel: BoardPanel, demo: Workshop) -> None:
    view = panel.view
    view.actual_size()
    assert not panel.scene.overview.isVisible()
    view.zoom_by(0.01)  # as far as it goes: below where even a small board paints cards
    assert panel.scene.overview.isVisible()
    assert not any(item.isVisible() for item in panel.scene.notes.values())
    image = view.grab()  # paints without error
    assert not image.isNull()
    cards = sum(len(rects) for _, rects in panel.scene.overview.cards())
    assert cards == len(panel.scene.notes)
    added = demo.board.add_note(1, Area.IDEAS, "Vue de loin", colour="#123456")
    item = panel.scene.notes[added.id]
    assert not item.isVisible()  # far away, a new note is a card of the overview
    by_colour = {colour.name().upper(): rects for colour, rects in panel.scene.overview.cards()}
    assert by_colour["#123456"] == [QRectF(item.pos(), QSizeF(NOTE_W, NOTE_H))]
    first = panel.scene.notes_in_order()[0]
    view.show_note(first)
    assert not panel.scene.overview.isVisible()
    assert first.isVisible()


def _mouse(view_port: QWidget, kind: QEvent.Type, at: QPoint,
           buttons: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    event = QMouseEvent(kind, QPointF(at), QPointF(at), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view_port, event)


def test_a_real_mouse_drag_onto_a_theme(panel: BoardPanel, demo: Workshop) -> None:
    view = panel.view
    view.actual_size()
    free = next(n for n in panel.scene.notes.values()
                if n.note.theme_id is None and n.note.area is Area.IDEAS)
    theme = next(iter(panel.scene.themes.values()))
    view.centerOn(free)
    start = view.mapFromScene(free.sceneBoundingRect().center())
    end = view.mapFromScene(theme.sceneBoundingRect().center())
    port = view.viewport()
    _mouse(port, QEvent.Type.MouseButtonPress, start)
    for step in range(1, 11):
        _mouse(port, QEvent.Type.MouseMove, start + (end - start) * step / 10)
    _mouse(port, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert demo.board.note(free.note_id).theme_id == theme.theme_id


def test_right_to_left_drop_keeps_the_stored_place(demo: Workshop, qtbot: QtBot) -> None:
    from app.ui.board.scene import BoardScene

    scene = BoardScene(demo, 1, rtl=True)
    item = next(n for n in scene.notes.values()
                if n.note.area is Area.IDEAS and n.note.theme_id is None)
    parking = scene.areas[Area.PARKING_LOT].sceneBoundingRect()
    target = QPointF(parking.right() - 400, parking.top() + 300)  # near the reading side
    item.setPos(target)
    scene.drop([item], target)
    moved = demo.board.note(item.note_id)
    assert moved.area is Area.PARKING_LOT
    assert moved.x == 400.0 - NOTE_W  # measured from the right edge, the reading side
    assert scene.geometry.to_scene(Area.PARKING_LOT, moved.x, moved.y) == target


def test_a_drag_into_the_parking_lot_is_undone_in_one_step(panel: BoardPanel,
                                                           demo: Workshop) -> None:
    themed = next(n for n in panel.scene.notes.values() if n.note.theme_id is not None)
    before = demo.board.note(themed.note_id)
    parking = panel.scene.areas[Area.PARKING_LOT].sceneBoundingRect()
    target = QPointF(parking.left() + 300, parking.top() + 400)
    themed.setPos(target)
    panel.scene.drop([themed], target)
    assert demo.undo.undo_label == "move notes"
    demo.undo.undo()
    back = demo.board.note(themed.note_id)
    assert (back.area, back.theme_id, back.x, back.y) == (
        before.area, before.theme_id, before.x, before.y)
    assert themed in panel.scene.members(before.theme_id or 0)


def test_the_found_note_becomes_the_selection(panel: BoardPanel) -> None:
    """Enter in the search goes to a match and selects it alone: Ctrl+T or Alt+3 then act on
    the note the facilitator found, not on notes selected before the search."""
    others = [i for i in panel.scene.notes.values() if "guichet" not in i.note.text.casefold()]
    others[0].setSelected(True)
    panel.search.setText("guichet")
    panel.next_match()
    selected = panel.scene.selected_note_ids()
    assert len(selected) == 1
    assert "guichet" in panel.scene.notes[selected[0]].note.text.casefold()


def test_a_board_change_naming_no_note_reads_the_whole_board_again(
        panel: BoardPanel, demo: Workshop) -> None:
    """Another program arranged the board: its event names no note, every note is read."""
    outside = demo.sibling()  # stands for the other program's connection; nothing is told
    try:
        note = next(n for n in demo.board.notes(1) if n.status is NoteStatus.SHOWN)
        outside.database.conn.execute("UPDATE note SET text = 'Rewritten elsewhere' "
                                      "WHERE id = ?", (note.id,))
    finally:
        outside.close()
    assert panel.scene.notes[note.id].note.text != "Rewritten elsewhere"
    panel.scene.apply(ChangeEvent(1, Subject.NOTE, Change.CHANGED, (), "arrange_board",
                                  Channel.DESK))
    assert panel.scene.notes[note.id].note.text == "Rewritten elsewhere"
