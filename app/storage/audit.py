"""The append-only, hash-chained audit log.

``h_i = SHA-256(h_{i-1} ‖ canonical JSON of event_i)`` where ``h_0`` is the session's uid and
hashes are chained as their hex text. The head hash is printed in the signed minutes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.storage.own_writes import OWN_WRITES


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(previous: str, event: dict[str, Any]) -> str:
    return hashlib.sha256((previous + canonical_json(event)).encode("utf-8")).hexdigest()


# ``canonical_json`` of a str (ensure_ascii=False), without json.dumps's set-up for each call.
_json_string = json.encoder.encode_basestring


def _event(seq: int, at: str, op: str, data_json: str) -> dict[str, Any]:
    return {"seq": seq, "at": at, "op": op, "data": json.loads(data_json)}


def event_json(seq: int, at: str, op: str, data: Any, data_json: str) -> str:
    """``canonical_json(_event(seq, at, op, data_json))`` — what ``verify`` hashes — without
    parsing ``data_json`` back when that cannot change it (every key already a string)."""
    if type(seq) is int and type(at) is str and type(op) is str and _string_keys(data):
        return (f'{{"at":{_json_string(at)},"data":{data_json},"op":{_json_string(op)},'
                f'"seq":{seq}}}')
    return canonical_json(_event(seq, at, op, data_json))


def _string_keys(value: Any) -> bool:
    """Whether JSON text of ``value`` reads back to the same canonical text: dictionary keys
    that are not strings are turned into strings, which can change their sorted order."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return False
            if isinstance(item, dict | list | tuple) and not _string_keys(item):
                return False
        return True
    if isinstance(value, list | tuple):
        return all(_string_keys(item) for item in value if isinstance(item, dict | list | tuple))
    return True


def append(
    conn: sqlite3.Connection, session_id: int, genesis: str, at: str, op: str, data: dict[str, Any]
) -> str:
    """Append one event inside the caller's transaction; returns the new head hash."""
    return append_after(conn, session_id, head(conn, session_id, genesis), at, op, data)[1]


def append_after(
    conn: sqlite3.Connection, session_id: int, last: tuple[int, str], at: str, op: str,
    data: dict[str, Any],
) -> tuple[int, str]:
    """Append one event after the head ``last`` (events, hash), read by the caller inside the
    same write transaction; returns the new head."""
    seq, previous = last[0] + 1, last[1]
    data_json = canonical_json(data)
    digest = hashlib.sha256(
        (previous + event_json(seq, at, op, data, data_json)).encode("utf-8")).hexdigest()
    conn.execute(
        "INSERT INTO audit (session_id, seq, at, op, data, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (session_id, seq, at, op, data_json, digest),
    )
    OWN_WRITES.wrote(session_id, seq, digest)
    return seq, digest


def head(conn: sqlite3.Connection, session_id: int, genesis: str) -> tuple[int, str]:
    """(number of events, head hash) — the genesis when there is no event yet."""
    last = conn.execute(
        "SELECT seq, hash FROM audit WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
        (session_id,),
    ).fetchone()
    return (last[0], last[1]) if last else (0, genesis)


@dataclass(frozen=True)
class Finding:
    """One thing the log and the store disagree on.

    ``table`` and ``key`` name the row (``("note", (12,))``, ``("dot", (round, item,
    participant))``, ``("paper_dots", (round, item, group))``, ``("attendance",
    (participant,))``, ``("round_total", (round, item))``, ``("audit", (seq,))``); ``field``
    the column; ``seq``/``op`` the event that last set it (None when no event did);
    ``reason`` a stable code: ``changed``, ``added`` (a row no event made), ``missing`` (a
    row an event made that is gone), ``events_deleted``, ``chain_rewritten``.
    """

    table: str
    key: tuple[int | str, ...]
    field: str
    reason: str
    expected: str = ""
    found: str = ""
    seq: int | None = None
    op: str = ""


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    events: int
    head: str
    first_bad_seq: int | None = None
    reason: str = ""
    findings: tuple[Finding, ...] = ()


def verify(conn: sqlite3.Connection, session_id: int, genesis: str) -> AuditVerdict:
    """Recompute the chain; name the first event whose content or link does not match."""
    previous = genesis
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, at, op, data, hash FROM audit WHERE session_id = ? ORDER BY seq",
        (session_id,),
    )
    for seq, at, op, data_json, stored in rows:
        if seq != expected_seq:
            return AuditVerdict(False, seq - 1, previous, expected_seq, "an event is missing")
        try:
            digest = chain_hash(previous, _event(seq, at, op, data_json))
        except json.JSONDecodeError:
            return AuditVerdict(False, seq - 1, previous, seq, "the event is not valid JSON")
        if digest != stored:
            return AuditVerdict(False, seq - 1, previous, seq, "the event was changed")
        previous = stored
        expected_seq += 1
    return AuditVerdict(True, expected_seq - 1, previous)


def check_anchor(verdict: AuditVerdict, conn: sqlite3.Connection, session_id: int,
                 anchored_events: int, anchored_head: str) -> Finding | None:
    """Whether the chain still holds an anchored head (written outside the chain): None if so,
    else why not — events after it were deleted, or the chain was rewritten up to it."""
    if verdict.events < anchored_events and verdict.ok:
        return Finding("audit", (anchored_events,), "hash", "events_deleted",
                       expected=str(anchored_events), found=str(verdict.events),
                       seq=anchored_events)
    found = conn.execute("SELECT hash FROM audit WHERE session_id = ? AND seq = ?",
                         (session_id, anchored_events)).fetchone()
    if found is None:
        return Finding("audit", (anchored_events,), "hash", "events_deleted",
                       expected=str(anchored_events), found=str(verdict.events),
                       seq=anchored_events)
    if found[0] != anchored_head:
        return Finding("audit", (anchored_events,), "hash", "chain_rewritten",
                       expected=anchored_head, found=str(found[0]), seq=anchored_events)
    return None
