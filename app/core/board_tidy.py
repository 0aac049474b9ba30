"""Board work at workshop scale: paper notes typed in at once, duplicates merged, the board
arranged, and the area new notes go to following the phase.

Each is one operation (one transaction, one audit event) and one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.core import records
from app.core.board_places import BoardPlaces, stamp
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import NOTE_COLOURS, Area, Competence, Note, PhaseKind
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import NOTE_LIMIT, clean_text
from app.core.undo import Step, UndoStack
from app.storage.database import Database

PHASE_AREAS = {PhaseKind.EXPECTATIONS: Area.EXPECTATIONS, PhaseKind.IDEATION: Area.IDEAS}
MERGE_JOINER = "\n"

def area_for_phase(kind: PhaseKind | None) -> Area | None:
    """Where notes written during a phase belong (None: the phase does not say)."""
    return PHASE_AREAS.get(kind) if kind is not None else None


def merged_text(first: str, second: str) -> str:
    """Two duplicate notes' texts joined, the second left out when it says nothing more."""
    a, b = first.strip(), second.strip()
    if b.casefold() in a.casefold():
        return a
    if a.casefold() in b.casefold():
        return b
    return a + MERGE_JOINER + b


def pasted_lines(text: str) -> list[str]:
    """Each non-empty line of pasted text, trimmed (bullets and numbering stay as typed)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class BoardTidying(BoardPlaces):
    """Operations of the board that touch many notes at once (mixed into ``Board``)."""

    ops: Operations
    database: Database
    undo: UndoStack

    if TYPE_CHECKING:
        def note(self, note_id: int) -> Note: ...

        def notes_by_id(self, note_ids: Iterable[int]) -> dict[int, Note]: ...

        def delete_notes(self, note_ids: list[int]) -> None: ...

        def _restore(self, note_ids: list[int]) -> None: ...

        def _flag_deleted(self, session_id: int, note_ids: list[int], deleted: bool) -> None: ...

    # --- quick capture -------------------------------------------------------------------
    def add_notes(self, session_id: int, area: Area, texts: Sequence[str],
                  places: Sequence[tuple[float, float]] | None = None) -> list[Note]:
        """Several notes written at the desk at once (paper notes typed or pasted): all or
        none are kept, and one undo takes them all away."""
        cleaned = [clean_text(text, NOTE_LIMIT) for text in texts]
        if not cleaned:
            raise RuleError("empty_text")
        if places is not None and len(places) != len(cleaned):
            raise RuleError("bad_value", field="notes", value=len(places))
        colour = NOTE_COLOURS[list(Area).index(area)]
        competence = Competence.OTHER.value if area is Area.PARKING_LOT else None

        def body(txn: Txn) -> Result:
            before = stamp(txn)
            spots = list(places) if places is not None else \
                self.free_places(txn, session_id, area).take(len(cleaned))
            ids: list[int] = []
            for text, (x, y) in zip(cleaned, spots, strict=True):
                ids.append(txn.insert(
                    "INSERT INTO note (session_id, area, text, language, colour, x, y, "
                    "channel, status, competence, created_at) "
                    "VALUES (?, ?, ?, '', ?, ?, ?, 'desk', 'shown', ?, ?)",
                    (session_id, area.value, text, colour, float(x), float(y), competence,
                     txn.at)))
            txn.audit("add_notes", {"notes": ids, "area": area.value, "texts": cleaned})
            txn.emit(Subject.NOTE, Change.ADDED, *ids)
            self._placed(txn, before, session_id, area, spots if places is not None else ())
            return {"ids": ids}

        ids = [int(i) for i in self.ops.value(session_id, body)["ids"]]
        self.undo.push(Step("add notes", lambda: self.delete_notes(ids),
                            lambda: self._restore(ids)))
        rows = self.database.rows(
            f"SELECT * FROM note WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id",
            tuple(ids))
        return [records.note(row) for row in rows]

    # --- merging duplicates --------------------------------------------------------------
    def merge_notes(self, keep_id: int, other_id: int, text: str | None = None) -> Note:
        """Two notes that say the same become one: ``keep_id`` stays with ``text`` (by
        default both texts joined), the other leaves the board. The kept note keeps its area
        and theme (else takes the other's theme); a note already voted on cannot leave."""
        if keep_id == other_id:
            raise RuleError("bad_value", field="notes", value=keep_id)
        keep, other = self.note(keep_id), self.note(other_id)
        if keep.session_id != other.session_id:
            raise RuleError("not_found", what="note")
        joined = clean_text(text if text is not None else merged_text(keep.text, other.text),
                            NOTE_LIMIT)
        theme_id = keep.theme_id if keep.theme_id is not None else other.theme_id
        if keep.area is Area.PARKING_LOT and keep.theme_id is None:
            theme_id = None
        before: dict[str, object] = {"text": keep.text, "theme_id": keep.theme_id}
        after: dict[str, object] = {"text": joined, "theme_id": theme_id}

        def write(values: dict[str, object], removed: bool) -> None:
            def body(txn: Txn) -> Result:
                if removed:
                    _move_round_items(txn, other_id, keep_id)
                txn.conn.execute("UPDATE note SET text = ?, theme_id = ? WHERE id = ?",
                                 (values["text"], values["theme_id"], keep_id))
                txn.conn.execute("UPDATE note SET deleted = ? WHERE id = ?",
                                 (int(removed), other_id))
                txn.audit("merge_notes" if removed else "unmerge_notes",
                          {"kept": keep_id, "removed": other_id, "text": values["text"]})
                txn.emit(Subject.NOTE, Change.CHANGED, keep_id)
                txn.emit(Subject.NOTE, Change.REMOVED if removed else Change.ADDED, other_id)
                return {}

            self.ops.run(keep.session_id, body)

        # the kept note takes the other's theme only when the other leaves it: no theme
        # grows, so no note comes to be covered
        write(after, True)
        self.undo.push(Step("merge notes", lambda: write(before, False),
                            lambda: write(after, True)))
        return self.note(keep_id)

    # --- arranging -----------------------------------------------------------------------
    def arrange(self, session_id: int, notes: dict[int, tuple[float, float]],
                themes: dict[int, tuple[float, float]]) -> None:
        """Put notes and themes at tidy places (worked out by the board) in one step."""
        found = self.notes_by_id(notes)
        if len(found) != len(notes):
            raise RuleError("not_found", what="note")
        old_notes = {i: (n.x, n.y) for i, n in found.items()}
        rows = self.database.rows(
            "SELECT id, x, y FROM theme WHERE session_id = ? AND deleted = 0", (session_id,))
        old_themes = {int(r["id"]): (float(r["x"]), float(r["y"])) for r in rows
                      if int(r["id"]) in themes}
        if len(old_themes) != len(themes):
            raise RuleError("not_found", what="theme")

        def write(note_places: dict[int, tuple[float, float]],
                  theme_places: dict[int, tuple[float, float]]) -> None:
            def body(txn: Txn) -> Result:
                for note_id, (x, y) in note_places.items():
                    txn.conn.execute(
                        "UPDATE note SET x = ?, y = ? WHERE id = ? AND session_id = ?",
                        (float(x), float(y), note_id, session_id))
                for theme_id, (x, y) in theme_places.items():
                    txn.conn.execute(
                        "UPDATE theme SET x = ?, y = ? WHERE id = ? AND session_id = ?",
                        (float(x), float(y), theme_id, session_id))
                txn.audit("arrange_board", {"notes": len(note_places),
                                            "themes": len(theme_places)})
                if theme_places:
                    txn.emit(Subject.THEME, Change.CHANGED, *theme_places)
                if note_places:
                    txn.emit(Subject.NOTE, Change.CHANGED, *note_places)
                return {}

            self.ops.run(session_id, body)

        write(notes, themes)
        self.undo.push(Step("arrange board", lambda: write(old_notes, old_themes),
                            lambda: write(notes, themes)))


def _move_round_items(txn: Txn, from_note: int, to_note: int) -> None:
    """A merged-away note hands its place in draft rounds to the note that stays; once a
    round has opened, its items (and the dots on them) cannot change."""
    rounds = txn.conn.execute(
        "SELECT r.id, r.status FROM round_item i JOIN vote_round r ON r.id = i.round_id "
        "WHERE i.item_id = ? AND r.target = 'notes' AND r.session_id = ?",
        (from_note, txn.session_id)).fetchall()
    for round_id, status in rounds:
        if status != "draft":
            raise RuleError("round_not_draft")
        txn.conn.execute("UPDATE OR IGNORE round_item SET item_id = ? "
                         "WHERE round_id = ? AND item_id = ?", (to_note, round_id, from_note))
        txn.conn.execute("DELETE FROM round_item WHERE round_id = ? AND item_id = ?",
                         (round_id, from_note))
        txn.emit(Subject.ROUND, Change.CHANGED, round_id)
