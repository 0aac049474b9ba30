"""What the facilitator sees of the store's troubles: a full disk met by the portal's thread is
told once in the window, in their language; an emptied file is started afresh only if they
choose so."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.storage import StoreError
from app.storage.faults import TROUBLES
from app.ui.application import _open_store, main_window
from app.ui.store_trouble import StoreFailureHook, StoreTroubleNotice


def trouble_boxes(window: QWidget) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "store-trouble") if box.isVisible()]


def report_from_another_thread(error: StoreError) -> None:
    thread = threading.Thread(target=TROUBLES.report, args=(error,))
    thread.start()
    thread.join()


def test_a_full_disk_met_by_the_portal_is_told_once(qtbot: QtBot, qapp: QApplication,
                                                    db_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    StoreTroubleNotice(window)
    i18n.install(qapp, "fr")
    try:
        for _ in range(20):  # every phone's refused write meets it again
            report_from_another_thread(StoreError("disk_full", db_path))
        qtbot.waitUntil(lambda: len(trouble_boxes(window)) == 1)
        box = trouble_boxes(window)[0]
        assert box.text().startswith(f"Le disque qui contient {db_path} est plein")
        assert not box.isModal()  # the desk goes on working meanwhile
        qapp.processEvents()
        assert len(trouble_boxes(window)) == 1
    finally:
        i18n.install(qapp, "en")


def test_the_window_shows_a_trouble_met_before_it_was_built(qtbot: QtBot, db_path: Path) -> None:
    from app.core.workshop import Workshop

    workshop = Workshop.open(db_path)
    TROUBLES.report(StoreError("damaged_text", db_path))
    window = main_window(workshop, reopen=False)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: len(trouble_boxes(window)) == 1)
        assert "unreadable letters are shown as \N{REPLACEMENT CHARACTER}" in (
            trouble_boxes(window)[0].text())
    finally:
        window.close()
        workshop.close()


def _answer_empty_file_question(qtbot: QtBot, choice: str, seen: list[str]) -> None:
    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "empty-database":
                seen.append(widget.text())
                for button in widget.findChildren(QPushButton):
                    if button.text() == choice:
                        button.click()
                        return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)


def test_an_emptied_file_is_kept_unless_the_facilitator_starts_afresh(
        qtbot: QtBot, db_path: Path) -> None:
    db_path.write_bytes(b"")
    seen: list[str] = []
    _answer_empty_file_question(qtbot, "Cancel", seen)
    assert _open_store(db_path, ask=True) is None
    assert seen[0].startswith(f"{db_path} is empty (0 bytes)")
    assert db_path.stat().st_size == 0
    _answer_empty_file_question(qtbot, "Start a new, empty database", seen)
    workshop = _open_store(db_path, ask=True)
    assert workshop is not None
    try:
        assert workshop.sessions.all() == []
        assert db_path.stat().st_size > 0
    finally:
        if workshop.backups is not None:
            workshop.backups.wait()
        workshop.close()


def test_a_refused_write_no_view_caught_is_a_message_not_a_traceback(
        qtbot: QtBot, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    StoreTroubleNotice(window)
    hook = StoreFailureHook(window, db_path)
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"
    for _ in range(3):  # the desk writes again and again
        hook(type(full), full, None)
    qtbot.waitUntil(lambda: len(trouble_boxes(window)) == 1)
    assert trouble_boxes(window)[0].text().startswith(f"The disk holding {db_path} is full")
    locked = sqlite3.OperationalError("database is locked")
    hook(type(locked), locked, None)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "error-message")))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("roundtable: database or disk is full") == 3


def test_a_damaged_session_reopened_at_start_is_named(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.model import Area
    from app.core.workshop import Workshop
    from app.ui.main_window import MainWindow
    from tests.storage.faulty_files import flip_inside

    workshop = Workshop.open(db_path)
    session = workshop.sessions.create("Housing Lab", "2026-11-22")
    workshop.board.add_note(session.id, Area.PARKING_LOT, "a demand for the region")
    workshop.close()
    flip_inside(db_path, b"parking", at=1)  # the note's area is no longer a known one
    workshop = Workshop.open(db_path)
    monkeypatch.setattr(MainWindow, "reopen_last",
                        lambda self: self.open_session(session.id) or True)
    window = main_window(workshop)
    qtbot.addWidget(window)
    try:
        named = "The database is damaged: a stored note holds a value Roundtable cannot read."
        qtbot.waitUntil(lambda: any(box.text().startswith(named)
                                    for box in trouble_boxes(window)))
    finally:
        window.close()
        workshop.close()


def test_a_journal_deleted_while_the_desk_is_idle_is_noticed(qtbot: QtBot, db_path: Path) -> None:
    from app.core.model import Area
    from app.core.workshop import Workshop

    workshop = Workshop.open(db_path)
    session = workshop.sessions.create("Housing Lab", "2026-11-22")
    workshop.board.add_note(session.id, Area.IDEAS, "acknowledged")
    window = QWidget()
    qtbot.addWidget(window)
    StoreTroubleNotice(window, workshop.database)
    try:
        Path(f"{db_path}-wal").unlink()
        qtbot.waitUntil(lambda: len(trouble_boxes(window)) == 1, timeout=10_000)
        assert "(ending in -wal) was deleted while Roundtable was running" in (
            trouble_boxes(window)[0].text())
        crashed = db_path.with_name("after-crash.sqlite")
        crashed.write_bytes(db_path.read_bytes())  # only the database file survives a crash
    finally:
        workshop.close()
    reopened = Workshop.open(crashed)
    try:
        assert [n.text for n in reopened.board.notes(session.id)] == ["acknowledged"]
    finally:
        reopened.close()
