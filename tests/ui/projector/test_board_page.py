"""Every note on the projector, page by page; the parking lot has its own page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.model import Area, Competence
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.projector.window import ProjectorWindow, Show


def shown_projector(workshop: Workshop, qtbot: QtBot) -> ProjectorWindow:
    projector = ProjectorWindow(workshop, 1)
    qtbot.addWidget(projector)
    LiveEvents(workshop.hub, projector).changed.connect(projector.on_change)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    return projector


def painted(projector: ProjectorWindow) -> list[str]:
    projector.board.grab()  # paints, and records what was written
    return [item.text for item in projector.board.drawn]


def test_every_idea_is_shown_page_by_page(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(11):
        demo.board.add_note(1, Area.IDEAS, f"Idée numéro {index}")
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.BOARD)
    assert projector.page_position() == (1, 4)  # 19 ideas, 6 a page
    seen: list[str] = []
    for page in range(1, 5):
        assert projector.page_position() == (page, 4)
        texts = painted(projector)
        assert f"Page {page} of 4" in texts
        seen += [t for t in texts if t.startswith("Idée numéro")]
        projector.next_page()
    assert seen == [f"Idée numéro {index}" for index in range(11)]
    assert projector.page_position() == (4, 4)  # the last page stays the last


def test_the_projector_turns_its_pages_by_itself(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(11):
        demo.board.add_note(1, Area.IDEAS, f"Idée {index}")
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.BOARD)
    projector.auto_page_seconds = 1
    with qtbot.waitSignal(projector.paging_changed, timeout=3000) as turned:
        pass  # the projector's own second-by-second ticker
    assert turned.args == [2, 4]
    projector.auto_page_seconds = 3
    for _ in range(6):  # the ticker's seconds, without waiting for them
        projector.tick()
    assert projector.page_position() == (4, 4)
    for _ in range(3):
        projector.tick()
    assert projector.page_position() == (1, 4)  # after the last, the first again
    projector.next_page()  # the facilitator turns a page: a full period before the next
    for _ in range(2):
        projector.tick()
    assert projector.page_position() == (2, 4)


def test_keys_on_the_projector_turn_pages(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(11):
        demo.board.add_note(1, Area.IDEAS, f"Idée {index}")
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.BOARD)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, key,
                                                    Qt.KeyboardModifier.NoModifier))
    assert projector.page_position() == (4, 4)
    QApplication.sendEvent(projector, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageUp,
                                                Qt.KeyboardModifier.NoModifier))
    assert projector.page_position() == (3, 4)


def test_themes_never_end_in_a_dead_end(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(7):
        theme = demo.board.add_theme(1, f"Thème {index}")
        note = demo.board.add_note(1, Area.IDEAS, f"Dans le thème {index}")
        demo.board.set_theme([note.id], theme.id)
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.THEMES)
    count = projector.page_position()[1]
    assert count >= 3
    seen: list[str] = []
    for _ in range(count):
        seen += painted(projector)
        projector.next_page()
    assert not any("more" in text for text in seen)
    for index in range(7):
        assert f"Thème {index}" in seen
        assert f"• Dans le thème {index}" in seen
    assert "Not in a theme yet" in seen  # the two demo ideas without a theme


def test_a_long_note_ends_with_an_ellipsis_at_a_word(demo: Workshop, qtbot: QtBot) -> None:
    words = " ".join(f"mot{index}" for index in range(40))
    demo.board.add_note(1, Area.IDEAS, words)
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.BOARD)
    projector.next_page()
    long_one = next(t for t in painted(projector) if t.startswith("mot0"))
    assert long_one.endswith("…")
    kept = long_one[:-1].replace("\n", " ").split(" ")
    assert kept == words.split(" ")[: len(kept)]  # whole words, in order


def test_the_parking_lot_page_says_who_can_act(demo: Workshop, qtbot: QtBot) -> None:
    projector = shown_projector(demo, qtbot)
    projector.set_show(Show.PARKING_LOT)
    assert projector.current_name == "parking_lot"
    texts = []
    for _ in range(projector.page_position()[1]):
        texts += painted(projector)
        projector.next_page()
    assert "Parking lot: for other levels of government" in texts
    assert "Metropolitan → \N{FIRST STRONG ISOLATE}SYTRAL Mobilités\N{POP DIRECTIONAL ISOLATE}" \
        in texts
    item = demo.board.add_note(1, Area.PARKING_LOT, "Permis de conduire étranger")
    demo.board.set_parking(item.id, Competence.REGIONAL, "")
    last = projector.page_position()[1]
    for _ in range(last):
        projector.next_page()
    assert "Regional" in painted(projector)
