"""Kill -9 at random moments: every acknowledged write survives, nothing is duplicated,
the file stays intact and the audit chain verifies."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.model import Area, Group, RoundTarget
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.storage import open_database

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


def prepare(db_path: Path) -> tuple[int, int]:
    workshop = Workshop.open(db_path)
    try:
        session = workshop.sessions.create("Crash Lab", "2026-11-01")
        people = workshop.roster.add_many(session.id, [NewParticipant(Group.NEWCOMER)] * 8)
        for person in people:  # only the people in the room vote
            workshop.roster.check_in(person.id)
        notes = [workshop.board.add_note(session.id, Area.EXPECTATIONS, f"item {n}")
                 for n in range(4)]
        vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES,
                                      [n.id for n in notes], dots_per_person=2, cap_per_item=1)
        workshop.voting.open(vote.id)
        return session.id, vote.id
    finally:
        workshop.close()


def run_until_killed(db_path: Path, session_id: int, round_id: int, first: int,
                     rng: random.Random) -> list[int]:
    """Start the child, let it acknowledge a random number of writes, SIGKILL it mid-flight."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(db_path), str(session_id),
         str(round_id), str(first)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    acked: list[int] = []
    wanted = rng.randint(1, 40)
    deadline = time.monotonic() + 30
    try:
        while len(acked) < wanted and time.monotonic() < deadline:
            ready, _, _ = select.select([child.stdout], [], [], 1.0)
            if ready:
                line = child.stdout.readline()
                if not line:
                    break
                acked.append(int(line.split()[1]))
        # A random extra moment, so the kill lands anywhere inside the next write.
        spin_until = time.perf_counter() + rng.uniform(0, 0.004)
        while time.perf_counter() < spin_until:
            pass
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if child.stderr is not None:
            errors = child.stderr.read()
            child.stderr.close()
            assert "Traceback" not in errors, errors
    return acked


@pytest.mark.slow
def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    db_path = tmp_path / "crash.sqlite"
    session_id, round_id = prepare(db_path)
    rng = random.Random(20261122)
    acknowledged: list[int] = []
    next_index = 0
    for _ in range(KILLS):
        acked = run_until_killed(db_path, session_id, round_id, next_index, rng)
        acknowledged += acked
        if acked:
            next_index = acked[-1] + 1  # retry the unacknowledged one with the same key

        database = open_database(db_path)
        try:
            assert database.scalar("PRAGMA integrity_check") == "ok"
            texts = [row[0] for row in database.conn.execute(
                "SELECT text FROM note WHERE text LIKE 'note %'")]
            assert len(texts) == len(set(texts)), "a note was stored twice"
            for index in acknowledged:
                if index % 3 != 2:
                    assert f"note {index}" in texts, f"acknowledged note {index} lost"
            # Every acknowledged ballot's receipt is there (so its dots are recorded once).
            receipts = database.scalar("SELECT COUNT(*) FROM receipt")
            assert receipts >= len(acknowledged)
            assert database.scalar(
                "SELECT MAX(total) FROM (SELECT SUM(count) AS total FROM dot GROUP BY ballot)"
            ) in (None, 1, 2)
        finally:
            database.close()
        check = Workshop.open(db_path)
        try:
            assert check.sessions.verify_audit(session_id).ok
        finally:
            check.close()
    assert len(acknowledged) >= KILLS
    print(f"crash test: {KILLS} kills, {len(acknowledged)} acknowledged writes, all present once")
