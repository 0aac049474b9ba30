"""Replaying the audit log against the stored rows: what was changed outside the app.

The chain proves the log was not altered; this proves the rows still say what the log says.
Each event that wrote a note, a dot, a paper-dot count or an attendance row is replayed into
the state it left; every stored row that differs, that no event made, or that an event made
and is gone is named with the event that last set it. What a log does not hold is not
checked: a secret ballot's dots are checked through the totals recorded at the round's close.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.storage.audit import Finding

Key = tuple[int | str, ...]
# A replayed value, with the event (seq, op) that set it.
Set = tuple[Any, int, str]


@dataclass
class _State:
    notes: dict[int, dict[str, Set]] = field(default_factory=dict)
    secret: set[int] = field(default_factory=set)
    rounds: set[int] = field(default_factory=set)
    ballots: dict[tuple[int, int], Set] = field(default_factory=dict)  # (round, pid) → dots
    totals: dict[int, Set] = field(default_factory=dict)  # round → {item: total} at close
    paper: dict[tuple[int, int, str], Set] = field(default_factory=dict)
    attendance: dict[int, dict[str, Set]] = field(default_factory=dict)
    purged: bool = False


def _replay(state: _State, seq: int, at: str, op: str, data: dict[str, Any]) -> None:
    def note(note_id: Any, name: str, value: Any) -> None:
        state.notes.setdefault(int(note_id), {})[name] = (value, seq, op)

    if op == "add_note":
        note(data["note"], "text", data["text"])
        note(data["note"], "deleted", 0)
    elif op == "add_notes":
        for note_id, text in zip(data["notes"], data["texts"], strict=False):
            note(note_id, "text", text)
            note(note_id, "deleted", 0)
    elif isinstance(data.get("notes"), dict):  # edit, colour, move, theme, parking, moderate
        for note_id, columns in data["notes"].items():
            if isinstance(columns, dict) and "text" in columns:
                note(note_id, "text", columns["text"])
    elif op in ("delete_notes", "restore_notes"):
        for note_id in data["notes"]:
            note(note_id, "deleted", int(op == "delete_notes"))
    elif op in ("merge_notes", "unmerge_notes"):
        note(data["kept"], "text", data["text"])
        note(data["removed"], "deleted", int(op == "merge_notes"))
    elif op == "create_round":
        state.rounds.add(int(data["round"]))
        if data.get("secret"):
            state.secret.add(int(data["round"]))
    elif op == "ballot":
        dots = {int(k): int(v) for k, v in data["dots"].items()}
        state.ballots[(int(data["round"]), int(data["participant"]))] = (dots, seq, op)
    elif op == "withdraw_dots":
        state.ballots[(int(data["round"]), int(data["participant"]))] = ({}, seq, op)
    elif op in ("closed_round", "close_interrupted_round") and "dots" in data:
        totals = {int(k): int(v) for k, v in data["dots"].items()}
        state.totals[int(data["round"])] = (totals, seq, op)
    elif op == "paper_dots":
        key = (int(data["round"]), int(data["item"]), str(data["group"]))
        state.paper[key] = (int(data["count"]), seq, op)
    elif op == "restart_interrupted_round":
        old, new = int(data["round"]), int(data["new_round"])
        state.rounds.discard(old)
        state.rounds.add(new)
        if old in state.secret:
            state.secret.add(new)
        for ballot in [k for k in state.ballots if k[0] == old]:
            del state.ballots[ballot]
        for (round_id, item, grp), (count, _, _) in list(state.paper.items()):
            if round_id == old:
                del state.paper[(round_id, item, grp)]
                state.paper[(new, item, grp)] = (count, seq, op)
    elif op == "check_in":
        pid = int(data["participant"])
        row = state.attendance.get(pid)
        if row is None:
            state.attendance[pid] = {"arrived_at": (at, seq, op), "channel": (data["channel"],
                                     seq, op), "left_at": (None, seq, op)}
        else:
            row["left_at"] = (None, seq, op)
    elif op == "check_out":
        row = state.attendance.get(int(data["participant"]))
        if row is not None:
            row["left_at"] = (at, seq, op)
    elif op == "purge_raw_data":
        state.purged = True


def replay(conn: sqlite3.Connection, session_id: int) -> list[Finding]:
    """Every row of notes, dots, paper dots and attendance that differs from the log."""
    state = _State()
    for seq, at, op, data_json in conn.execute(
            "SELECT seq, at, op, data FROM audit WHERE session_id = ? ORDER BY seq",
            (session_id,)):
        try:
            data = json.loads(data_json)
            if isinstance(data, dict):
                _replay(state, int(seq), str(at), str(op), data)
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # the chain check names an event that cannot be read
    found: list[Finding] = []
    found += _notes(conn, session_id, state)
    found += _dots(conn, session_id, state)
    found += _paper(conn, session_id, state)
    found += _attendance(conn, session_id, state)
    return found


def _differs(table: str, key: Key, name: str, expected: Set, stored: Any) -> Finding:
    return Finding(table, key, name, "changed", _text(expected[0]), _text(stored),
                   expected[1], expected[2])


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    return str(value)


def _notes(conn: sqlite3.Connection, session_id: int, state: _State) -> list[Finding]:
    found: list[Finding] = []
    stored = {int(r[0]): (r[1], int(r[2])) for r in conn.execute(
        "SELECT id, text, deleted FROM note WHERE session_id = ?", (session_id,))}
    for note_id, (text, deleted) in sorted(stored.items()):
        replayed = state.notes.get(note_id)
        if replayed is None or "text" not in replayed:
            found.append(Finding("note", (note_id,), "text", "added", "", _text(text)))
            continue
        expected = replayed["text"]
        if text != expected[0] and not (state.purged and text == ""):
            found.append(_differs("note", (note_id,), "text", expected, text))
        if "deleted" in replayed and deleted != replayed["deleted"][0]:
            found.append(_differs("note", (note_id,), "deleted", replayed["deleted"], deleted))
    for note_id in sorted(set(state.notes) - set(stored)):
        if "text" in state.notes[note_id]:
            value, seq, op = state.notes[note_id]["text"]
            found.append(Finding("note", (note_id,), "text", "missing", _text(value), "",
                                 seq, op))
    return found


def _dots(conn: sqlite3.Connection, session_id: int, state: _State) -> list[Finding]:
    found: list[Finding] = []
    rows = conn.execute(
        "SELECT d.round_id, d.ballot, d.item_id, d.count FROM dot d "
        "JOIN vote_round r ON r.id = d.round_id WHERE r.session_id = ?", (session_id,)
    ).fetchall()
    totals: dict[int, dict[int, int]] = {}
    ballots: dict[tuple[int, int], dict[int, int]] = {}
    for round_id, ballot, item, count in rows:
        per_round = totals.setdefault(int(round_id), {})
        per_round[int(item)] = per_round.get(int(item), 0) + int(count)
        if round_id in state.secret or state.purged:
            continue
        if isinstance(ballot, str) and ballot.startswith("p") and ballot[1:].isdigit():
            ballots.setdefault((int(round_id), int(ballot[1:])), {})[int(item)] = int(count)
        else:
            found.append(Finding("dot", (int(round_id), int(item), str(ballot)), "count",
                                 "added", "", str(count)))
    if not state.purged:
        for key in sorted(set(ballots) | set(state.ballots)):
            round_id, pid = key
            if round_id in state.secret:
                continue
            expected: tuple[dict[int, int], int | None, str] = \
                state.ballots.get(key, ({}, None, ""))
            have = ballots.get(key, {})
            for item in sorted(set(have) | set(expected[0])):
                want, got = expected[0].get(item), have.get(item)
                if want == got:
                    continue
                reason = "added" if want is None else "missing" if got is None else "changed"
                found.append(Finding("dot", (round_id, item, pid), "count", reason,
                                     _text(want), _text(got), expected[1], expected[2]))
    for round_id, (recorded, seq, op) in sorted(state.totals.items()):
        have = totals.get(round_id, {})
        for item in sorted(set(have) | set(recorded)):
            if have.get(item, 0) != recorded.get(item, 0):
                found.append(Finding("round_total", (round_id, item), "count", "changed",
                                     str(recorded.get(item, 0)), str(have.get(item, 0)),
                                     seq, op))
    return found


def _paper(conn: sqlite3.Connection, session_id: int, state: _State) -> list[Finding]:
    found: list[Finding] = []
    stored = {(int(r), int(i), str(g)): int(c) for r, i, g, c in conn.execute(
        "SELECT p.round_id, p.item_id, p.grp, p.count FROM paper_dots p "
        "JOIN vote_round r ON r.id = p.round_id WHERE r.session_id = ?", (session_id,))}
    for key in sorted(set(stored) | set(state.paper)):
        expected = state.paper.get(key)
        got = stored.get(key)
        if expected is None:
            found.append(Finding("paper_dots", key, "count", "added", "", _text(got)))
        elif got is None:
            found.append(Finding("paper_dots", key, "count", "missing", _text(expected[0]), "",
                                 expected[1], expected[2]))
        elif got != expected[0]:
            found.append(_differs("paper_dots", key, "count", expected, got))
    return found


def _attendance(conn: sqlite3.Connection, session_id: int, state: _State) -> list[Finding]:
    found: list[Finding] = []
    stored = {int(p): {"arrived_at": a, "left_at": left, "channel": c}
              for p, a, left, c in conn.execute(
                  "SELECT participant_id, arrived_at, left_at, channel FROM attendance "
                  "WHERE session_id = ?", (session_id,))}
    for pid in sorted(set(stored) | set(state.attendance)):
        expected, got = state.attendance.get(pid), stored.get(pid)
        if expected is None:
            found.append(Finding("attendance", (pid,), "arrived_at", "added", "",
                                 _text(got["arrived_at"] if got else "")))
        elif got is None:
            value, seq, op = expected["arrived_at"]
            found.append(Finding("attendance", (pid,), "arrived_at", "missing", _text(value),
                                 "", seq, op))
        else:
            for name in ("arrived_at", "left_at", "channel"):
                if got[name] != expected[name][0]:
                    found.append(_differs("attendance", (pid,), name, expected[name],
                                          got[name]))
    return found
