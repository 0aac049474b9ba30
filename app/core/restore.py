"""Putting a backup back: list the copies, check one, put it in place keeping the current aside.

The current file is never deleted: before anything is written it is copied (with SQLite's
backup API) to ``backups/set-aside/<stem>-before-restore-<stamp>.sqlite``, a folder the
rotation never touches. The chosen copy is then written into the live file through the
backup API too, so a window or portal that has it open reads the restored content next.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.audit_replay import replay
from app.storage import anchors, audit
from app.storage.backups import backup_folder, kept_copies
from app.storage.database import BUSY_TIMEOUT_MS, open_database
from app.storage.errors import StoreError


@dataclass(frozen=True)
class SessionCount:
    uid: str
    title: str
    notes: int
    dots: int  # dots cast (phones, kiosk, desk) plus paper dots
    events: int


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: datetime  # UTC
    sessions: tuple[SessionCount, ...]
    readable: bool


@dataclass(frozen=True)
class SessionCheck:
    title: str
    events: int
    chain_ok: bool
    differences: int


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    integrity: str  # "ok", or SQLite's first complaint
    sessions: tuple[SessionCheck, ...]


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    set_aside: Path  # where the file that was in place is kept


def set_aside_folder(db_path: Path) -> Path:
    return backup_folder(db_path) / "set-aside"


def _made_at(path: Path) -> datetime:
    stamp = path.stem.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _counts(path: Path) -> tuple[SessionCount, ...]:
    conn = _read_only(path)
    try:
        rows = conn.execute(
            "SELECT s.uid, s.title, "
            "(SELECT COUNT(*) FROM note n WHERE n.session_id = s.id AND n.deleted = 0), "
            "(SELECT COALESCE(SUM(d.count), 0) FROM dot d JOIN vote_round r "
            " ON r.id = d.round_id WHERE r.session_id = s.id) + "
            "(SELECT COALESCE(SUM(p.count), 0) FROM paper_dots p JOIN vote_round r "
            " ON r.id = p.round_id WHERE r.session_id = s.id), "
            "(SELECT COUNT(*) FROM audit a WHERE a.session_id = s.id) "
            "FROM session s ORDER BY s.date DESC, s.id DESC").fetchall()
    finally:
        conn.close()
    return tuple(SessionCount(str(u), str(t), int(n), int(d), int(e)) for u, t, n, d, e in rows)


def list_backups(db_path: Path) -> list[BackupEntry]:
    """The kept backups of the database at ``db_path``, newest first."""
    entries = []
    for path in reversed(kept_copies(backup_folder(db_path), db_path.stem)):
        try:
            sessions, readable = _counts(path), True
        except (sqlite3.Error, UnicodeDecodeError):
            sessions, readable = (), False
        entries.append(BackupEntry(path, _made_at(path), sessions, readable))
    return entries


def check_backup(path: Path) -> BackupCheck:
    """The copy's integrity (SQLite's full check), then each session's audit chain and rows."""
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        return BackupCheck(False, str(exc), ())
    try:
        integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        if integrity != "ok":
            return BackupCheck(False, integrity, ())
        checks = []
        for session_id, uid, title in conn.execute(
                "SELECT id, uid, title FROM session ORDER BY id").fetchall():
            verdict = audit.verify(conn, session_id, uid)
            checks.append(SessionCheck(str(title), verdict.events, verdict.ok,
                                       len(replay(conn, session_id))))
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return BackupCheck(False, str(exc), ())
    finally:
        conn.close()
    ok = all(c.chain_ok and c.differences == 0 for c in checks)
    return BackupCheck(ok, integrity, tuple(checks))


def _copy_with_api(source_path: Path, target: Path, *, read_only: bool = True) -> None:
    source = _read_only(source_path) if read_only else sqlite3.connect(str(source_path))
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    finally:
        source.close()


def _set_aside(db_path: Path) -> Path:
    folder = set_aside_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder / f"{db_path.stem}-before-restore-{stamp}.sqlite"
    if not db_path.exists():
        return kept
    try:
        _copy_with_api(db_path, kept, read_only=False)
    except sqlite3.DatabaseError:
        # A damaged file cannot be read page by page: keep its bytes, log beside it.
        kept.unlink(missing_ok=True)
        shutil.copy2(db_path, kept)
        for suffix in ("-wal", "-shm"):
            extra = db_path.with_name(db_path.name + suffix)
            if extra.exists():
                shutil.copy2(extra, kept.with_name(kept.name + suffix))
    return kept


def put_in_place(db_path: Path, backup: Path) -> Restored:
    """Check ``backup``, keep the current file aside, then put the backup in its place."""
    checked = check_backup(backup)
    if checked.integrity != "ok":
        raise StoreError("corrupt", backup, checked.integrity)
    kept = _set_aside(db_path)
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite", dir=db_path.parent)
    os.close(fd)
    staged = Path(name)
    try:
        _copy_with_api(backup, staged)
        open_database(staged).close()  # brings an older schema up to date, refuses a newer
        try:
            _write_into(staged, db_path)
        except sqlite3.DatabaseError:
            # The file in place cannot take pages (damaged): it is kept aside; replace it.
            for suffix in ("-wal", "-shm"):
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            os.replace(staged, db_path)
        with contextlib.suppress(OSError, sqlite3.Error):
            anchors.record(anchors.anchors_path_of(db_path), anchors.heads_of(db_path),
                           source=backup.name, restore=True)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    return Restored(backup, kept)


def _write_into(staged: Path, db_path: Path) -> None:
    source = _read_only(staged)
    try:
        destination = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            destination.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
