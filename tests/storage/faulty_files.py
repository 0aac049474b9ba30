"""Building files that are not what they seem, for real: a sample session on disk, then a
flipped byte, a read-only permission, folder or mount, an emptied file, a lost index."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.core.model import Area
from app.core.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def sample(path: Path, notes: int = 12) -> int:
    """A closed-down file (no journal beside it) holding one session with notes and audit
    events; returns the session's id."""
    workshop = Workshop.open(path)
    try:
        session = workshop.sessions.create("Housing Lab", "2026-11-22", venue="Town hall")
        for n in range(notes):
            workshop.board.add_note(session.id, Area.IDEAS, f"idea number {n:03d} about homes")
        return session.id
    finally:
        workshop.close()


def flip(path: Path, offset: int, value: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] = value
    path.write_bytes(bytes(data))


def flip_inside(path: Path, text: bytes, at: int = 2) -> None:
    """Put an invalid UTF-8 byte into the stored ``text`` (its first copy in the file)."""
    data = path.read_bytes()
    offset = data.find(text)
    assert offset >= 0, text
    flip(path, offset + at, 0xFF)


def hide_rows_from_index(path: Path, index: str, table_sql: str, extra_rows: str) -> None:
    """A real index that no longer matches its table: while the index claims to be partial
    (``WHERE 0``), rows are added (so the index never gets them); then its definition is put
    back. ``quick_check`` still says "ok"; ``integrity_check`` names the index."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (f"{table_sql} WHERE 0", index))
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(extra_rows)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (table_sql, index))
    conn.close()


def left_after_a_crash(source: Path, folder: Path) -> Path:
    """A copy of ``source`` as a crash leaves it: the database file and a journal (-wal)
    holding a committed write that was never checkpointed."""
    conn = sqlite3.connect(source, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO territory (name) VALUES ('after the last checkpoint')")
    folder.mkdir(exist_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{source}{suffix}", folder / f"{source.name}{suffix}")
    conn.close()
    return folder / source.name


def without_override() -> list[str]:
    """A command prefix under which file permissions apply even to root (its override of
    them dropped), so a read-only file really cannot be written."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return []
    caps = "-dac_override,-dac_read_search,-fowner"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def permissions_apply() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def on_read_only_mount(folder: Path, command: list[str]) -> list[str]:
    """``command`` run where ``folder`` is mounted read-only (a mount namespace of its own)."""
    quoted = " ".join(f"'{part}'" for part in command)
    script = (f"mount --bind '{folder}' '{folder}' && "
              f"mount -o remount,bind,ro '{folder}' && exec {quoted}")
    return ["unshare", "-m", "sh", "-c", script]


def read_only_mounts_possible(folder: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(on_read_only_mount(folder, ["true"]), capture_output=True)
    return probe.returncode == 0


def roundtable(*args: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real program, as a facilitator runs it from a terminal."""
    return subprocess.run([*(prefix or []), sys.executable, "-m", "app", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
