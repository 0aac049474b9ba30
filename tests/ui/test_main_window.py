from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.board.panel import BoardPanel
from app.ui.main_window import MainWindow
from app.ui.projector.window import Show
from app.ui.settings import saved_language


def make_window(workshop: Workshop, qtbot: QtBot) -> MainWindow:
    window = MainWindow(workshop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def board_of(window: MainWindow) -> BoardPanel:
    assert window.workspace is not None
    board = window.workspace.panel(BoardPanel)
    assert isinstance(board, BoardPanel)
    return board


def test_opening_a_session_builds_its_workspace(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    assert window.pages.currentWidget() is window.sessions
    window.sessions.open_current()
    assert window.workspace is not None
    assert window.pages.currentWidget() is window.workspace
    titles = [window.workspace.tabs.tabText(i) for i in range(window.workspace.tabs.count())]
    assert titles == ["Board", "Agenda", "Roster", "Parking lot", "Actions", "Commitments",
                      "Experiments", "Outcomes"]
    assert unnamed_controls(window) == []


def test_registered_panels_are_rebuilt_for_each_session(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    built: list[int] = []

    def voting(workshop: Workshop, session_id: int) -> QWidget:
        built.append(session_id)
        return QLabel(f"vote {session_id}")

    window.register_panel("Voting", voting)
    window.open_session(1)
    other = demo.sessions.create("Autre", "2026-12-01")
    window.open_session(other.id)
    assert built == [1, other.id]
    assert window.workspace is not None
    assert window.workspace.tabs.tabText(window.workspace.tabs.count() - 1) == "Voting"
    window.register_panel("Attendance", lambda w, s: QLabel("here"))
    assert window.workspace.tabs.tabText(window.workspace.tabs.count() - 1) == "Attendance"


def test_events_from_elsewhere_reach_board_and_projector(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    projector = window.projector_window()
    projector.set_show(Show.BOARD)
    projector.show_on(None)
    qtbot.waitExposed(projector)
    note = demo.board.add_note(1, Area.IDEAS, "Un local pour les associations")
    assert note.id in board_of(window).scene.notes
    assert any(n.id == note.id for n in projector.board.notes)


def test_undo_and_redo_with_the_keyboard(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    note = demo.board.add_note(1, Area.IDEAS, "À défaire")
    qtbot.waitUntil(window.undo_action.isEnabled)
    assert window.undo_action.text() == "Undo add note"
    window.undo_action.trigger()
    assert note.id not in board_of(window).scene.notes
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert note.id in board_of(window).scene.notes
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_switching_to_arabic_turns_everything_right_to_left(demo: Workshop, qtbot: QtBot,
                                                            qapp: QApplication) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    window.switch_language("ar")
    assert i18n.current_language() == "ar"
    assert saved_language() == "ar"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert board_of(window).scene.geometry.rtl
    assert window.projector is not None
    assert window.projector.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace is not None
    assert window.workspace.tabs.tabText(0) == "اللوحة"
    window.switch_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not board_of(window).scene.geometry.rtl


def test_a_session_change_from_elsewhere_updates_the_list(demo: Workshop,
                                                          qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    demo.sessions.create("Nouvelle", "2030-01-01", territory="Lyon")
    assert any(s.title == "Nouvelle" for s in window.sessions.model.sessions)


def test_a_language_switch_keeps_registered_panels_and_retitles_them(
        demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    built: list[QWidget] = []

    def portal(workshop: Workshop, session_id: int) -> QWidget:
        panel = QLabel("portal running")
        built.append(panel)
        panel.setObjectName("portal")
        window.projector_window().set_join_address("10.0.0.2", 8080)
        return panel

    window.register_panel(lambda: QApplication.translate("MainWindow", "Board") + "+", portal)
    window.open_session(1)
    window.switch_language("fr")
    assert len(built) == 1
    assert window.workspace is not None
    assert window.workspace.extra_panels == built
    assert window.workspace.tabs.tabText(window.workspace.tabs.count() - 1) == "Tableau+"
    window.sessions.open_current()  # the same session again: nothing rebuilt
    assert len(built) == 1
    assert window.projector is not None
    assert window.projector.join.short.text() == "10.0.0.2:8080"


def test_phases_and_projector_from_function_keys(workshop: Workshop, qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest

    session = workshop.sessions.create("Atelier", "2026-12-01")
    window = make_window(workshop, qtbot)
    window.open_session(session.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F5)
    current = workshop.agenda.current(session.id)
    assert current is not None
    assert current.position == 0
    QTest.keyClick(window, Qt.Key.Key_F8)
    current = workshop.agenda.current(session.id)
    assert current is not None
    assert current.position == 1
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.projector is not None
    assert window.projector.frozen
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert not window.projector.frozen


def test_a_rebuilt_menu_leaves_one_undo_shortcut(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    window.switch_language("fr")
    window.switch_language("en")
    note = demo.board.add_note(1, Area.IDEAS, "Une fois")
    qtbot.waitUntil(window.undo_action.isEnabled)
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.id not in board_of(window).scene.notes


def test_a_broken_panel_or_page_does_not_take_the_window_down(demo: Workshop,
                                                             qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)

    def broken(workshop: Workshop, session_id: int) -> QWidget:
        raise ValueError("no camera")

    def never(workshop: Workshop, session_id: int) -> bool:
        raise RuntimeError("no round")

    window.register_panel("Attendance", broken)
    window.open_session(1)
    assert window.workspace is not None
    last = window.workspace.panels[-1]
    assert isinstance(last, QLabel)
    assert "no camera" in last.text()
    window.projector_window().register_page("vote", broken, never)
    demo.agenda.start(demo.agenda.phases(1)[0].id)
    assert window.projector_window().current_name == "join"


def test_a_tab_failing_on_an_event_does_not_stop_the_others(demo: Workshop,
                                                           qtbot: QtBot) -> None:
    class Fragile(QLabel):
        def on_change(self, event: object) -> None:
            raise RuntimeError("fragile")

    window = make_window(demo, qtbot)
    window.register_panel("Fragile", lambda w, s: Fragile("x"))
    window.open_session(1)
    projector = window.projector_window()
    projector.set_show(Show.BOARD)
    projector.show_on(None)
    qtbot.waitExposed(projector)
    note = demo.board.add_note(1, Area.IDEAS, "Toujours là")
    assert note.id in board_of(window).scene.notes
    assert any(n.id == note.id for n in projector.board.notes)  # heard after the tabs


def test_closing_the_window_keeps_a_note_being_typed(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    board = board_of(window)
    board.write_new_note_here()
    editor = board.view.editor
    assert editor is not None
    editor.insertPlainText("Pas perdue")
    window.close()
    assert "Pas perdue" in [n.text for n in demo.board.notes(1)]


def test_another_session_keeps_a_note_being_typed(demo: Workshop, qtbot: QtBot) -> None:
    window = make_window(demo, qtbot)
    window.open_session(1)
    board = board_of(window)
    board.write_new_note_here()
    assert board.view.editor is not None
    board.view.editor.insertPlainText("Gardée")
    other = demo.sessions.create("Autre", "2026-12-01")
    window.open_session(other.id)
    assert "Gardée" in [n.text for n in demo.board.notes(1)]


def test_the_last_open_session_opens_again_at_start(demo: Workshop, qtbot: QtBot) -> None:
    first = make_window(demo, qtbot)
    assert not first.reopen_last()  # nothing was open before
    first.open_session(1)
    first.close()
    again = make_window(demo, qtbot)
    assert again.reopen_last()
    assert again.session_id == 1
    assert again.pages.currentWidget() is again.workspace


def test_another_database_s_session_of_the_same_number_is_not_opened(
    demo: Workshop, qtbot: QtBot, tmp_path: Path
) -> None:
    first = make_window(demo, qtbot)
    first.open_session(1)
    first.close()
    other = Workshop.open(tmp_path / "other.sqlite")
    try:
        other.sessions.create("Another Lab", "2026-11-20")  # also session 1, in its own file
        again = make_window(other, qtbot)
        assert not again.reopen_last()
        assert again.session_id is None
    finally:
        other.close()


def test_the_closing_bar_leads_to_next_steps(workshop: Workshop, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    from app.ui.action_plans import ActionsPanel

    session = workshop.sessions.create("Lab", "2026-11-14")
    for _phase in workshop.agenda.phases(session.id):
        workshop.agenda.next(session.id)  # up to the Closing phase
    window = make_window(workshop, qtbot)
    window.open_session(session.id)
    assert window.workspace is not None
    button = window.workspace.findChild(QPushButton, "timer-next-steps")
    assert button is not None
    assert button.isVisible()
    button.click()
    assert isinstance(window.workspace.tabs.currentWidget().widget(), ActionsPanel)
