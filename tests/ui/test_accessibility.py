"""Keyboard and screen-reader use of the whole window: Tab leaves every table, Ctrl+Tab goes
from tab to tab, every choice box has a label a reader uses, live labels are named by what
they show, and after a dialog the keyboard is back where the person was working."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.model import ActionKind
from app.core.workshop import Workshop
from app.ui.accessibility import SPEAKER, label_choice_boxes
from app.ui.action_dialog import ActionDialog
from app.ui.action_plans import ActionsPanel
from app.ui.application import main_window
from app.ui.main_window import MainWindow
from app.ui.phase_timer import PhaseTimerBar
from app.ui.session_dialog import SessionDialog


def full_window(demo: Workshop, qtbot: QtBot) -> MainWindow:
    window = main_window(demo, reopen=False)
    qtbot.addWidget(window)
    window.open_session(1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def tables_of(page: QWidget) -> list[QAbstractItemView]:
    return [v for v in page.findChildren(QAbstractItemView)
            if v.isVisible() and v.focusPolicy() != Qt.FocusPolicy.NoFocus]


def test_tab_leaves_every_table_and_ctrl_tab_changes_tab(demo: Workshop, qtbot: QtBot) -> None:
    window = full_window(demo, qtbot)
    tabs = window.workspace.tabs if window.workspace else None
    assert tabs is not None
    visited = 0
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        for view in tables_of(tabs.widget(index)):
            visited += 1
            view.setFocus()
            qtbot.waitUntil(lambda view=view: QApplication.focusWidget() is view)
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            after = QApplication.focusWidget()
            assert after is not view, f"Tab stays in a table of {tabs.tabText(index)}"
            assert after is not None
            assert not view.isAncestorOf(after)
            view.setFocus()
            qtbot.waitUntil(lambda view=view: QApplication.focusWidget() is view)
            qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            assert tabs.currentIndex() == (index + 1) % tabs.count()
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab,
                           Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
            assert tabs.currentIndex() == index
    assert visited >= 6  # agenda, roster, parking lot, actions, results, attendance …


def _label_of(box: QComboBox) -> QLabel | None:
    parent = box.parentWidget()
    found = parent.findChildren(QLabel) if parent is not None else []
    return next((label for label in found if label.buddy() is box and label.text()), None)


def unlabelled_boxes(root: QWidget) -> list[str]:
    boxes = [b for b in root.findChildren(QComboBox) if b.parentWidget() is not None
             and not isinstance(b.parentWidget().parentWidget(), QAbstractItemView)]
    return [b.objectName() or b.accessibleName() or repr(b) for b in boxes
            if _label_of(b) is None]


def test_every_choice_box_has_a_label_a_reader_uses(demo: Workshop, qtbot: QtBot) -> None:
    window = full_window(demo, qtbot)
    assert window.findChildren(QComboBox)
    assert unlabelled_boxes(window) == []
    dialog = SessionDialog(demo.sessions.get(1), ["Lyon"], window)
    qtbot.addWidget(dialog)
    assert unlabelled_boxes(dialog) == []


def test_a_reader_label_follows_the_boxs_name(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    box = QComboBox(holder)
    box.setAccessibleName("Vote rounds")
    box.addItem("Ideas")
    label_choice_boxes(holder)
    label = _label_of(box)
    assert label is not None
    assert label.text() == "Vote rounds"
    box.setAccessibleName("Tours de vote")  # after a change of language
    label_choice_boxes(holder)
    assert _label_of(box) is label
    assert label.text() == "Tours de vote"


def test_the_phase_and_the_time_are_in_the_labels_names(workshop: Workshop,
                                                         qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    bar = PhaseTimerBar(workshop, session.id)
    qtbot.addWidget(bar)
    heard: list[str] = []
    SPEAKER.announced.connect(heard.append)
    try:
        workshop.agenda.next(session.id)
        bar.refresh()
        phase = bar.phase.text()
        assert heard == [f"Now: {phase}"]
        assert bar.phase.accessibleName() == f"Current phase: {phase}"
        assert bar.clock.accessibleName() == f"Time left: {bar.clock.text()}"
        workshop.agenda.next(session.id)
        bar.refresh()
        assert heard == [f"Now: {phase}", f"Now: {bar.phase.text()}"]
        assert bar.phase.accessibleName().endswith(bar.phase.text())
    finally:
        SPEAKER.announced.disconnect(heard.append)


def test_after_editing_a_decision_the_keyboard_is_back_on_its_row(
    demo: Workshop, qtbot: QtBot
) -> None:
    window = full_window(demo, qtbot)
    assert window.workspace is not None
    panel = window.workspace.panel(ActionsPanel)
    assert isinstance(panel, ActionsPanel)
    window.workspace.show_panel(panel)
    assert panel.model.rowCount() >= 2
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    edited = panel.current()
    assert edited is not None
    dialog = panel.edit()
    assert isinstance(dialog, ActionDialog)
    dialog.accept()
    qtbot.waitUntil(lambda: window.focusWidget() is panel.table)
    assert panel.current() == panel.model.actions[1]
    assert panel.current().id == edited.id
    made = panel.new(ActionKind.DECISION)
    made.title.setText("Une permanence le samedi")
    made.accept()
    qtbot.waitUntil(lambda: panel.current() is not None
                    and panel.current().title == "Une permanence le samedi")
    assert window.focusWidget() is panel.table
