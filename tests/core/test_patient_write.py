"""A write from the window's thread while another program holds SQLite's write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from app.core.model import Area
from app.core.patient_write import wait_here
from app.core.workshop import Workshop
from app.storage.database import BUSY_TIMEOUT_MS


class Counting:
    """Lets the other program go after a few pauses; may write itself while pausing."""

    def __init__(self, let_go: threading.Event, after: int) -> None:
        self.let_go = let_go
        self.after = after
        self.pauses = 0
        self.done_calls = 0

    def pause(self, waited: float) -> None:
        self.pauses += 1
        if self.pauses == self.after:
            self.let_go.set()

    def done(self) -> None:
        self.done_calls += 1


def hold_the_lock(db_path: Path, let_go: threading.Event) -> threading.Thread:
    """Another connection (another program) takes the write lock until ``let_go``."""
    held = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        let_go.wait(30)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(10)
    return thread


def test_a_patient_write_pauses_until_the_lock_is_free_and_is_saved(
        workshop: Workshop, db_path: Path) -> None:
    session = workshop.sessions.create("Patient", "2026-11-22")
    let_go = threading.Event()
    waiting = Counting(let_go, after=3)
    undo = wait_here(waiting)
    holder = hold_the_lock(db_path, let_go)
    try:
        note = workshop.board.add_note(session.id, Area.IDEAS, "Kept while waiting")
    finally:
        undo()
        let_go.set()
        holder.join(10)
    assert waiting.pauses >= 3
    assert waiting.done_calls == 1
    assert workshop.board.note(note.id).text == "Kept while waiting"
    # The connection's long busy timeout is back for everything else.
    assert workshop.database.scalar("PRAGMA busy_timeout") == BUSY_TIMEOUT_MS


def test_a_write_made_while_pausing_is_saved_before_the_waiting_one(
        workshop: Workshop, db_path: Path) -> None:
    """A timer of the window may write while a write of the window waits: both are saved."""
    session = workshop.sessions.create("Patient", "2026-11-22")
    let_go = threading.Event()
    made: list[int] = []

    class Nesting(Counting):
        def pause(self, waited: float) -> None:
            super().pause(waited)
            if self.pauses == 1:
                made.append(workshop.board.add_note(session.id, Area.IDEAS, "From a timer").id)

    waiting = Nesting(let_go, after=3)
    undo = wait_here(waiting)
    holder = hold_the_lock(db_path, let_go)
    try:
        note = workshop.board.add_note(session.id, Area.IDEAS, "Typed first")
    finally:
        undo()
        let_go.set()
        holder.join(10)
    texts = [n.text for n in workshop.board.notes(session.id)]
    assert texts == ["From a timer", "Typed first"]
    assert made[0] < note.id
