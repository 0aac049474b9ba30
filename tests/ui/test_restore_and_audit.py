"""Session → Restore a backup… and Session → Audit check… on the desk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.restore import set_aside_folder
from app.core.workshop import Workshop
from app.storage.backups import BackupSchedule
from app.ui.audit_view import AuditView
from app.ui.main_window import MainWindow
from app.ui.restore_dialog import RestoreDialog


def make_window(workshop: Workshop, qtbot: QtBot) -> MainWindow:
    window = MainWindow(workshop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_restore_from_the_menu_lists_checks_and_puts_back(workshop: Workshop, qtbot: QtBot,
                                                          db_path: Path) -> None:
    session = workshop.sessions.create("Night buses", "2026-11-22")
    workshop.board.add_note(session.id, Area.IDEAS, "kept in the backup")
    assert BackupSchedule(db_path).now() is not None
    workshop.board.add_note(session.id, Area.IDEAS, "written after it")
    window = make_window(workshop, qtbot)
    trigger(window, "action-restore")
    dialog = window.findChild(RestoreDialog, "restore-dialog")
    assert dialog is not None
    table = dialog.findChild(QTableWidget, "restore-backups")
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["Night buses", "1", "0"]
    assert not dialog.put_button.isEnabled()  # checked first
    dialog.check_button.click()  # off the GUI thread
    qtbot.waitUntil(lambda: "Check passed" in dialog.verdict.text())
    assert "Night buses: audit log intact, every row matches" in dialog.verdict.text()
    dialog.put_button.click()
    box = dialog.findChild(QMessageBox, "confirm")
    assert box is not None
    assert "kept in the folder" in box.text()
    assert "not lost" in box.text()
    with qtbot.waitSignal(dialog.restored):
        box.button(QMessageBox.StandardButton.Yes).click()
    texts = [n.text for n in workshop.board.notes(session.id)]
    assert texts == ["kept in the backup"]
    [kept] = set_aside_folder(db_path).glob("*.sqlite")
    assert "kept at" in dialog.verdict.text()
    assert str(kept) in dialog.verdict.text()
    assert window.pages.currentWidget() is window.sessions


def test_the_audit_screen_shows_the_row_the_event_and_the_reason(
        workshop: Workshop, qtbot: QtBot, db_path: Path) -> None:
    session = workshop.sessions.create("Night buses", "2026-11-22")
    note = workshop.board.add_note(session.id, Area.IDEAS, "buses at night")
    window = make_window(workshop, qtbot)
    trigger(window, "action-audit")
    view = window.findChild(AuditView, "audit-view")
    assert view is not None
    assert view.table.rowCount() == 0
    assert "intact" in view.summary.text()
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("UPDATE note SET text = 'no buses' WHERE id = ?", (note.id,))
    conn.close()
    view.check()
    assert view.table.rowCount() == 1
    row = [view.table.item(0, c).text() for c in range(4)]
    assert row[0] == "Night buses"
    assert row[1] == f"Note {note.id}"
    assert row[2] == "text reads «no buses» but the log recorded «buses at night»"
    assert row[3].endswith("(add_note)")
    assert "1 row(s) differ" in view.summary.text()


def test_a_failed_backup_is_told_to_the_facilitator_once(
        workshop: Workshop, qtbot: QtBot, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(source: sqlite3.Connection, partial: Path) -> None:
        partial.touch()
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("app.storage.backups._write_copy", disk_full)
    schedule = BackupSchedule(db_path, every_seconds=0.0)
    desk = Workshop(workshop.database, backups=schedule)
    window = make_window(desk, qtbot)
    told: list[str] = []  # each time the backup's thread tells the window
    window.backup_notice.failed.connect(told.append, Qt.ConnectionType.DirectConnection)
    session = desk.sessions.create("Night buses", "2026-11-22")
    desk.board.add_note(session.id, Area.IDEAS, "a write schedules a backup, on its thread")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backup-failed") is not None)
    box = window.findChild(QMessageBox, "backup-failed")
    assert "database or disk is full" in box.text()
    schedule.wait()
    desk.board.add_note(session.id, Area.IDEAS, "fails again: not told twice")
    schedule.wait()
    assert told == ["database or disk is full"]
    assert len(window.findChildren(QMessageBox, "backup-failed")) == 1


def test_a_backup_that_fails_its_check_cannot_be_put_back(workshop: Workshop, qtbot: QtBot,
                                                          db_path: Path) -> None:
    session = workshop.sessions.create("Night buses", "2026-11-22")
    workshop.board.add_note(session.id, Area.IDEAS, "kept in the backup")
    copy = BackupSchedule(db_path).now()
    assert copy is not None
    conn = sqlite3.connect(str(copy), isolation_level=None)
    conn.execute("UPDATE note SET text = 'slipped in'")
    conn.close()
    dialog = RestoreDialog(workshop)
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Check found problems" in dialog.verdict.text())
    assert "Night buses: 1 row(s) differ from its audit log" in dialog.verdict.text()
    assert not dialog.put_button.isEnabled()
