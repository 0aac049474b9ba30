"""A desk write while another program holds the database's write lock: the window goes on."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.write_wait import SHOW_AFTER_SECONDS, DeskWait, wait_patiently

# The other program: takes the write lock, says so, and keeps it until told to let go.
HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""
FREEZE = 0.2  # seconds: far above a frame, far below the other program's hold


@pytest.fixture
def desk() -> Iterator[DeskWait]:
    found, undo = wait_patiently()
    yield found
    undo()


@pytest.fixture
def session_id(workshop: Workshop) -> int:
    return workshop.sessions.create("Two programs", "2026-11-22").id


@pytest.fixture
def other_program(db_path: Path, session_id: int) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    yield holder
    if holder.poll() is None:
        holder.communicate("\n", timeout=10)


def test_a_desk_write_waits_for_the_other_program_without_freezing(
        qtbot: QtBot, workshop: Workshop, desk: DeskWait, session_id: int,
        other_program: subprocess.Popen[str]) -> None:
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()

    def let_go_once_shown() -> None:  # the other program finishes once the wait is shown
        if desk.dialog is not None and desk.dialog.isVisible() and other_program.stdin:
            other_program.stdin.write("done\n")
            other_program.stdin.flush()
            watcher.stop()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(let_go_once_shown)
    watcher.start()
    started = time.monotonic()
    note = workshop.board.add_note(session_id, Area.IDEAS, "Typed while the portal wrote")
    finished = time.monotonic()
    heartbeat.stop()
    watcher.stop()

    assert finished - started >= SHOW_AFTER_SECONDS  # it did wait for the other program
    assert desk.shown == 1
    assert desk.dialog is None
    during = [started, *(b for b in beats if b <= finished), finished]
    assert len(during) > 20
    assert max(b - a for a, b in itertools.pairwise(during)) < FREEZE
    assert workshop.board.note(note.id).text == "Typed while the portal wrote"  # not lost


def test_quit_once_saved_closes_the_window_after_the_write(
        qtbot: QtBot, workshop: Workshop, desk: DeskWait, session_id: int,
        other_program: subprocess.Popen[str]) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def quit_then_let_go() -> None:
        if desk.dialog is not None and desk.dialog.isVisible() and other_program.stdin:
            desk.dialog.quit_button.click()
            other_program.stdin.write("done\n")
            other_program.stdin.flush()
            watcher.stop()

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(quit_then_let_go)
    watcher.start()
    note = workshop.board.add_note(session_id, Area.IDEAS, "Saved, then the window closes")
    assert workshop.board.note(note.id).text == "Saved, then the window closes"
    qtbot.waitUntil(lambda: not window.isVisible())
