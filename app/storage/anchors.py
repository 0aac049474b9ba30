"""Anchors: the head of each session's audit chain, kept outside the chain.

A chain checks itself only as far as it goes: deleting the newest events, or editing one and
recomputing every later hash, leaves a chain that verifies. So each head is also written down
elsewhere — beside each backup and when minutes are signed (whose PDF prints it too) — in
``<stem>-anchors.jsonl`` in the backups folder, one JSON object a line. The live chain must
still hold the latest anchor of each session: the same event number with the same hash.

Putting a backup back in place writes a ``restore`` line: anchors before it belonged to a
history that was left, and no longer count.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class Anchor:
    session_uid: str
    events: int
    head: str
    source: str  # the backup file's name, "minutes v2", "restore"
    at: str


def anchors_path(folder: Path, stem: str) -> Path:
    return folder / f"{stem}-anchors.jsonl"


def anchors_path_of(db_path: Path) -> Path:
    return anchors_path(db_path.parent / "backups", db_path.stem)


def heads_of(path: Path) -> list[tuple[str, int, str]]:
    """(session uid, events, head hash) of every session with events in the file at ``path``."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return heads(conn)
    finally:
        conn.close()


def heads(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    rows = conn.execute(
        "SELECT s.uid, a.seq, a.hash FROM session s JOIN audit a ON a.session_id = s.id "
        "AND a.seq = (SELECT MAX(seq) FROM audit WHERE session_id = s.id) ORDER BY s.id"
    ).fetchall()
    return [(str(uid), int(seq), str(digest)) for uid, seq, digest in rows]


def record(path: Path, found: list[tuple[str, int, str]], *, source: str,
           restore: bool = False) -> None:
    """Append one line: these heads, from ``source`` (a restore line when ``restore``)."""
    line = json.dumps({
        "kind": "restore" if restore else "anchor",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": source,
        "heads": [{"session": uid, "events": events, "head": head}
                  for uid, events, head in found],
    }, ensure_ascii=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
        out.flush()
        os.fsync(out.fileno())


def latest(path: Path, session_uid: str) -> Anchor | None:
    """The latest anchor of this session since the last restore (the longest chain anchored)."""
    best: Anchor | None = None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            kind = entry["kind"]
            found = [h for h in entry["heads"] if h["session"] == session_uid]
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line after a crash: the others still count
        if kind == "restore":
            best = None
        for head in found:
            anchor = Anchor(session_uid, int(head["events"]), str(head["head"]),
                            str(entry.get("source", "")), str(entry.get("at", "")))
            if best is None or anchor.events >= best.events:
                best = anchor
    return best
