"""A new note never covers another note or a theme: typed at the desk, pasted, from a phone,
double-clicked, moved to an area, merged — the dress rehearsal's sequence, in both reading
directions."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Area, Channel, PhaseKind
from app.core.workshop import Workshop
from app.ui.board.editor import NoteEditor
from app.ui.board.geometry import NOTE_H, NOTE_W
from app.ui.board.items import NoteItem
from app.ui.board.panel import BoardPanel
from app.ui.live import LiveEvents, for_session


def card(item: NoteItem) -> QRectF:
    return QRectF(item.pos(), QRectF(0, 0, NOTE_W, NOTE_H).size())


def overlaps(panel: BoardPanel) -> list[tuple[str, str]]:
    """Pairs of things on the board that cover each other: loose notes and theme boxes."""
    scene = panel.scene
    boxes = [(f"note {n.note_id} {n.note.x, n.note.y}", card(n)) for n in scene.notes.values()
             if n.note.theme_id not in scene.themes]
    boxes += [(f"theme {t.theme_id}", t.mapRectToScene(t.shape_rect()))
              for t in scene.themes.values()]
    # notes in a theme sit in their own cells of its box: they must not cover each other
    boxes_in_themes = [(f"note {n.note_id}", card(n)) for n in scene.notes.values()
                       if n.note.theme_id in scene.themes]
    pairs = [(a, b) for (a, ra), (b, rb) in itertools.combinations(boxes, 2)
             if ra.intersects(rb)]
    pairs += [(a, b) for (a, ra), (b, rb) in itertools.combinations(boxes_in_themes, 2)
              if ra.intersects(rb)]
    return pairs


@pytest.fixture(params=["en", "ar"])
def language_panel(request: pytest.FixtureRequest, demo: Workshop, qapp: QApplication,
                   qtbot: QtBot) -> Iterator[tuple[str, BoardPanel]]:
    i18n.install(qapp, request.param)
    board = BoardPanel(demo, 1)
    qtbot.addWidget(board)
    live = LiveEvents(demo.hub, board)
    live.changed.connect(for_session(1, board.on_change))
    board.resize(1200, 800)
    board.show()
    qtbot.waitExposed(board)
    yield request.param, board
    i18n.install(qapp, "en")


def type_note(panel: BoardPanel, text: str) -> None:
    panel.write_new_note_here()  # Ctrl+N
    editor = panel.view.editor
    assert isinstance(editor, NoteEditor)
    editor.insertPlainText(text)
    editor.keep()  # Enter


def test_the_rehearsal_sequence_leaves_no_note_over_another(
        language_panel: tuple[str, BoardPanel], demo: Workshop) -> None:
    language, panel = language_panel
    assert panel.scene.geometry.rtl == (language == "ar")
    word = "فكرة" if language == "ar" else "idée"
    ideation = next(p for p in demo.agenda.phases(1) if p.kind is PhaseKind.IDEATION)
    demo.agenda.start(ideation.id)
    assert Area(str(panel.area.currentData())) is Area.IDEAS
    for index in range(40):
        type_note(panel, f"{word} tapée {index}")
    assert overlaps(panel) == []
    dialog = panel.paste_notes()
    dialog.text.setPlainText("\n".join(f"{word} collée {i}" for i in range(40)))
    dialog.accept()
    assert overlaps(panel) == []
    for index in range(40):
        demo.board.add_note(1, Area.IDEAS, f"{word} du téléphone {index}", origin=Channel.PHONE)
    assert overlaps(panel) == []
    typed = [n for n in demo.board.notes(1) if "tapée" in n.text]
    assert len(typed) == 40
    # a double-click over a note: the new one takes the nearest free place
    over = panel.scene.notes[typed[5].id]
    panel.write_new_note(Area.IDEAS, over.pos() + QPointF(20, 20))
    editor = panel.view.editor
    assert editor is not None
    editor.insertPlainText(f"{word} double-clic")
    editor.keep()
    # Alt+3: ten ideas to the parking lot; then two notes merged
    panel.scene.clearSelection()
    for note in typed[10:20]:
        panel.scene.notes[note.id].setSelected(True)
    panel.move_to_area(Area.PARKING_LOT)
    assert {demo.board.note(n.id).area for n in typed[10:20]} == {Area.PARKING_LOT}
    demo.board.merge_notes(typed[0].id, typed[1].id)
    assert overlaps(panel) == []
    # a theme takes some ideas; later notes keep clear of its box
    x, y = panel.scene.free_spot(Area.IDEAS)  # where "New theme" puts it: below the rest
    theme = demo.board.add_theme(1, "Transport", x=x, y=y)
    demo.board.set_theme([n.id for n in typed[20:26]], theme.id)
    for index in range(5):
        type_note(panel, f"{word} après le thème {index}")
        demo.board.add_note(1, Area.IDEAS, f"{word} téléphone {index}", origin=Channel.PHONE)
    assert overlaps(panel) == []
    # a double-click just under the theme's box, then Ctrl+T: ten more ideas join the
    # theme; its box grows over the place below it, and the idea there moves aside
    box = panel.scene.themes[theme.id].sceneBoundingRect()
    corner = box.bottomLeft() if language == "en" else box.bottomRight() - QPointF(NOTE_W, 0)
    panel.write_new_note(Area.IDEAS, corner + QPointF(0, 20))
    editor = panel.view.editor
    assert editor is not None
    editor.insertPlainText(f"{word} sous le thème")
    editor.keep()
    under = demo.board.notes(1)[-1]
    assert panel.scene.notes[under.id].pos() == corner + QPointF(0, 20)
    demo.board.set_theme([n.id for n in typed[26:36]], theme.id)
    assert demo.board.note(under.id).y != under.y
    assert overlaps(panel) == []
    assert len(panel.scene.notes) == len(demo.board.notes(1))


def test_a_typed_note_whose_place_was_taken_meanwhile_goes_to_the_next(
        panel: BoardPanel, demo: Workshop) -> None:
    panel.area.setCurrentIndex(1)
    panel.write_new_note_here()
    editor = panel.view.editor
    assert editor is not None
    phone = demo.board.add_note(1, Area.IDEAS, "Depuis un téléphone", origin=Channel.PHONE)
    editor.insertPlainText("Écrit au bureau")
    editor.keep()
    typed = demo.board.notes(1)[-1]
    assert typed.text == "Écrit au bureau"
    assert (typed.x, typed.y) != (phone.x, phone.y)
    assert overlaps(panel) == []
