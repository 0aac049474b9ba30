"""`python -m app audit`: each row changed outside the app is named, with its event."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Area
from app.core.workshop import Workshop


def test_audit_names_an_edited_note_and_fails(db_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    workshop = Workshop.open(db_path)
    session = workshop.sessions.create("Night buses", "2026-11-22")
    note = workshop.board.add_note(session.id, Area.IDEAS, "buses at night")
    workshop.close()
    assert main(["audit", "--db", str(db_path)]) == 0
    assert f"Session {session.id} (Night buses): 2 events, intact" in capsys.readouterr().out
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("UPDATE note SET text = 'no buses' WHERE id = ?", (note.id,))
    conn.close()
    assert main(["audit", "--db", str(db_path), "--session", str(session.id)]) == 1
    out = capsys.readouterr().out
    assert "1 problem(s)" in out
    assert (f"note {note.id} (text) reads «no buses» but the log recorded «buses at night» "
            "— event 2 (add_note)") in out
