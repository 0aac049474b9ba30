"""Expectations against outcomes: at closing, each expectation is marked met, partly met,
not met, or out of the city's competence (then linked to its parking-lot item).

The table "What people came for / What this Lab did / Where the rest went" counts the
expectations by outcome and by the group of who wrote them, small groups suppressed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import Area, Competence
from app.core.operations import Operations, Result, Txn
from app.core.tally import SUPPRESS_BELOW

UNSAID = "unsaid"  # notes sent anonymously: no group is known


class Outcome(StrEnum):
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    OUT_OF_COMPETENCE = "out_of_competence"


@dataclass(frozen=True)
class MarkedExpectation:
    note_id: int
    text: str
    outcome: Outcome | None
    parking_note_id: int | None
    parking_text: str
    competence: Competence | None
    forwarded_to: str


@dataclass(frozen=True)
class OutcomeTable:
    expectations: tuple[MarkedExpectation, ...]
    counts: dict[str, int]  # outcome ("" = not marked yet) → expectations
    by_group: dict[str, dict[str, int]]  # outcome → shown group → expectations
    shown_groups: tuple[str, ...]
    suppressed_groups: tuple[str, ...]
    did: tuple[str, ...]  # what this Lab did: its actions and commitments
    rest: tuple[MarkedExpectation, ...]  # out of competence, with where it went


class Expectations:
    def __init__(self, ops: Operations) -> None:
        self.ops = ops
        self.database = ops.database

    def mark(self, session_id: int, note_id: int, outcome: Outcome | None,
             parking_note_id: int | None = None) -> None:
        """Mark one expectation (None: unmark). Out of competence needs its parking-lot item."""
        if outcome is Outcome.OUT_OF_COMPETENCE and parking_note_id is None:
            raise RuleError("out_needs_parking")

        def body(txn: Txn) -> Result:
            if txn.one("SELECT 1 FROM note WHERE id = ? AND session_id = ? AND area = ? "
                       "AND deleted = 0", (note_id, session_id, Area.EXPECTATIONS.value)) is None:
                raise RuleError("not_found", what="expectation")
            linked = parking_note_id if outcome is Outcome.OUT_OF_COMPETENCE else None
            if linked is not None and txn.one(
                    "SELECT 1 FROM note WHERE id = ? AND session_id = ? AND area = ? "
                    "AND deleted = 0", (linked, session_id, Area.PARKING_LOT.value)) is None:
                raise RuleError("not_found", what="parking_lot")
            if outcome is None:
                txn.conn.execute("DELETE FROM expectation_mark WHERE note_id = ?", (note_id,))
            else:
                txn.conn.execute(
                    "INSERT INTO expectation_mark (note_id, outcome, parking_note_id) "
                    "VALUES (?, ?, ?) ON CONFLICT (note_id) DO UPDATE SET "
                    "outcome = excluded.outcome, parking_note_id = excluded.parking_note_id",
                    (note_id, outcome.value, linked))
            txn.audit("mark_expectation", {"note": note_id,
                                           "outcome": outcome.value if outcome else None,
                                           "parking": linked})
            txn.emit(Subject.EXPECTATION, Change.CHANGED, note_id)
            return {}

        self.ops.run(session_id, body)

    def marked(self, session_id: int) -> list[MarkedExpectation]:
        rows = self.database.rows(
            "SELECT n.id, n.text, m.outcome, m.parking_note_id, p.text AS parking_text, "
            "p.competence, p.forwarded_to FROM note n "
            "LEFT JOIN expectation_mark m ON m.note_id = n.id "
            "LEFT JOIN note p ON p.id = m.parking_note_id "
            "WHERE n.session_id = ? AND n.area = ? AND n.deleted = 0 AND n.status = 'shown' "
            "ORDER BY n.id", (session_id, Area.EXPECTATIONS.value))
        return [MarkedExpectation(
            r["id"], r["text"], Outcome(r["outcome"]) if r["outcome"] else None,
            r["parking_note_id"], r["parking_text"] or "",
            Competence(r["competence"]) if r["competence"] else None,
            r["forwarded_to"] or "") for r in rows]

    def table(self, session_id: int) -> OutcomeTable:
        marked = self.marked(session_id)
        authors = {r["id"]: (r["grp"] or UNSAID, r["author_id"]) for r in self.database.rows(
            "SELECT n.id, n.author_id, p.grp FROM note n LEFT JOIN participant p "
            "ON p.id = n.author_id WHERE n.session_id = ? AND n.area = ?",
            (session_id, Area.EXPECTATIONS.value))}
        people: dict[str, set[int]] = defaultdict(set)
        for group, author in authors.values():
            if author is not None:
                people[group].add(author)
        counts: dict[str, int] = defaultdict(int)
        raw: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for item in marked:
            key = item.outcome.value if item.outcome else ""
            counts[key] += 1
            raw[key][authors.get(item.note_id, (UNSAID, None))[0]] += 1
        groups = sorted({g for per in raw.values() for g in per} - {UNSAID})
        suppressed = {g for g in groups if len(people.get(g, set())) < SUPPRESS_BELOW}
        shown = [g for g in groups if g not in suppressed]
        if len(suppressed) == 1 and shown:  # one hidden group would be total minus the others
            shown.sort(key=lambda g: (len(people.get(g, set())), g))
            suppressed.add(shown.pop(0))
        by_group = {key: {g: per.get(g, 0) for g in sorted(shown)} for key, per in raw.items()}
        did = [r["title"] for r in self.database.rows(
            "SELECT title FROM action WHERE session_id = ? AND deleted = 0 ORDER BY id",
            (session_id,))]
        did += [r["text"] for r in self.database.rows(
            "SELECT text FROM commitment WHERE session_id = ? AND deleted = 0 ORDER BY id",
            (session_id,))]
        return OutcomeTable(
            tuple(marked), dict(counts), by_group, tuple(sorted(shown)),
            tuple(sorted(suppressed)), tuple(did),
            tuple(m for m in marked if m.outcome is Outcome.OUT_OF_COMPETENCE))
