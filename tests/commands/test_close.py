"""`python -m app close`: the end of the Lab from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Area, RoundTarget, SessionStatus
from app.core.workshop import Workshop


def _session(db_path: Path, *, open_round: bool) -> int:
    workshop = Workshop.open(db_path)
    try:
        session = workshop.sessions.create("Lab", "2026-11-14")
        if open_round:
            notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}")
                     for n in range(2)]
            vote = workshop.voting.create(session.id, "Priorités", RoundTarget.NOTES,
                                          [n.id for n in notes])
            workshop.voting.open(vote.id)
        return session.id
    finally:
        workshop.close()


def _status(db_path: Path, session_id: int) -> SessionStatus:
    workshop = Workshop.open(db_path)
    try:
        return workshop.sessions.get(session_id).status
    finally:
        workshop.close()


def test_close_a_session(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session_id = _session(db_path, open_round=False)
    assert main(["close", "--db", str(db_path), "--session", str(session_id)]) == 0
    assert "is closed" in capsys.readouterr().out
    assert _status(db_path, session_id) is SessionStatus.CLOSED
    assert main(["close", "--db", str(db_path), "--session", str(session_id)]) == 0
    assert "already closed" in capsys.readouterr().out


def test_close_is_refused_while_a_round_is_open(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session_id = _session(db_path, open_round=True)
    assert main(["close", "--db", str(db_path), "--session", str(session_id)]) == 1
    error = capsys.readouterr().err
    assert "was not closed" in error
    assert "“Priorités” is still open" in error
    assert _status(db_path, session_id) is SessionStatus.DRAFT


def test_closing_leaves_a_checked_backup_and_its_anchor(db_path: Path) -> None:
    from app.storage.anchors import anchors_path_of, latest
    from app.storage.backups import backup_folder, kept_copies

    session_id = _session(db_path, open_round=False)
    assert main(["close", "--db", str(db_path), "--session", str(session_id)]) == 0
    [copy] = kept_copies(backup_folder(db_path), db_path.stem)
    workshop = Workshop.open(db_path)
    try:
        uid = workshop.sessions.get(session_id).uid
        anchor = latest(anchors_path_of(db_path), uid)
        assert anchor is not None
        assert (anchor.events, anchor.head, anchor.source) == (
            *workshop.sessions.audit_head(session_id), copy.name)
    finally:
        workshop.close()
