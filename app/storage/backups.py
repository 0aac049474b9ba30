"""Rotating backups with SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.storage.database import Database

KEEP = 10


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(database: Database, folder: Path | None = None, keep: int = KEEP) -> Path:
    """Write a consistent copy of the live database and keep only the newest ``keep`` copies."""
    folder = folder or backup_folder(database.path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{database.path.stem}-{stamp}.sqlite"
    destination = sqlite3.connect(str(target))
    try:
        database.conn.backup(destination)
    finally:
        destination.close()
    copies = sorted(folder.glob(f"{database.path.stem}-*.sqlite"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target
