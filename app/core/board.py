"""The board: sticky notes in three areas, themes that cluster them, the parking lot.

Every board change made at the desk can be undone; undo and redo are operations too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core import records
from app.core.board_places import stamp
from app.core.board_tidy import BoardTidying
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import (
    NOTE_COLOURS,
    THEME_COLOURS,
    Area,
    Channel,
    Competence,
    Note,
    NoteStatus,
    ParkingLotItem,
    Theme,
)
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import NOTE_LIMIT, clean_line, clean_text
from app.core.undo import Step, UndoStack

LANGUAGE_TAG_LIMIT = 8


def _colour(value: str) -> str:
    if len(value) == 7 and value.startswith("#"):
        try:
            int(value[1:], 16)
            return value.upper()
        except ValueError:
            pass
    raise RuleError("bad_value", field="colour", value=value)


def _language(value: str) -> str:
    value = value.strip().lower()
    if len(value) > LANGUAGE_TAG_LIMIT or (not value.replace("-", "").isalpha() and value):
        raise RuleError("bad_value", field="language", value=value)
    return value


class Board(BoardTidying):
    def __init__(self, ops: Operations, undo: UndoStack) -> None:
        self.ops = ops
        self.database = ops.database
        self.undo = undo
        self._place_cache = {}

    # --- reading -------------------------------------------------------------------------
    def notes(self, session_id: int, *, area: Area | None = None,
              include_pending: bool = True) -> list[Note]:
        sql = "SELECT * FROM note WHERE session_id = ? AND deleted = 0"
        params: list[object] = [session_id]
        if area is not None:
            sql += " AND area = ?"
            params.append(area.value)
        if not include_pending:
            sql += " AND status = 'shown'"
        rows = self.database.rows(sql + " ORDER BY id", tuple(params))
        return [records.note(row) for row in rows]

    def newest_notes(self, session_id: int, count: int) -> tuple[list[Note], list[int]]:
        """What a board of any size draws: the session's ``count`` newest notes that are not
        rejected (in id order), and the ids of the older ones (not read: a file of 20,000
        notes costs the board what it draws)."""
        rows = self.database.rows(
            "SELECT * FROM note WHERE session_id = ? AND deleted = 0 AND status != 'rejected' "
            "ORDER BY id DESC LIMIT ?", (session_id, count))
        notes = [records.note(row) for row in reversed(rows)]
        older: list[int] = []
        if len(notes) == count:
            older = [int(row["id"]) for row in self.database.rows(
                "SELECT id FROM note WHERE session_id = ? AND deleted = 0 "
                "AND status != 'rejected' AND id < ? ORDER BY id", (session_id, notes[0].id))]
        return notes, older

    def note(self, note_id: int) -> Note:
        row = self.database.row("SELECT * FROM note WHERE id = ? AND deleted = 0", (note_id,))
        if row is None:
            raise RuleError("not_found", what="note")
        return records.note(row)

    def notes_by_id(self, note_ids: Iterable[int]) -> dict[int, Note]:
        """The notes still on the board among ``note_ids``, read at once (a change event of
        a whole arranged board names them all)."""
        return {int(row["id"]): records.note(row) for row in self._by_id("note", note_ids)}

    def pending_notes(self, session_id: int) -> list[Note]:
        """The notes from phones waiting for the facilitator's approval (read through the
        index of statuses: not every note of the session)."""
        rows = self.database.rows(
            "SELECT * FROM note WHERE session_id = ? AND status = 'pending' AND deleted = 0 "
            "ORDER BY id", (session_id,))
        return [records.note(row) for row in rows]

    def themes_by_id(self, theme_ids: Iterable[int]) -> dict[int, Theme]:
        """The themes still on the board among ``theme_ids``."""
        return {int(row["id"]): records.theme(row) for row in self._by_id("theme", theme_ids)}

    def _by_id(self, table: str, ids: Iterable[int]) -> list[Any]:
        wanted = list(dict.fromkeys(ids))
        found: list[Any] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found += self.database.rows(
                f"SELECT * FROM {table} WHERE deleted = 0 AND id IN ({','.join('?' * len(chunk))})",
                tuple(chunk))
        return found

    def themes(self, session_id: int) -> list[Theme]:
        rows = self.database.rows(
            "SELECT * FROM theme WHERE session_id = ? AND deleted = 0 ORDER BY id", (session_id,)
        )
        return [records.theme(row) for row in rows]

    def theme(self, theme_id: int) -> Theme:
        row = self.database.row("SELECT * FROM theme WHERE id = ? AND deleted = 0", (theme_id,))
        if row is None:
            raise RuleError("not_found", what="theme")
        return records.theme(row)

    def parking_lot(self, session_id: int) -> list[ParkingLotItem]:
        return [item for n in self.notes(session_id, area=Area.PARKING_LOT,
                                         include_pending=False)
                if (item := parking_item(n)) is not None]

    def search(self, session_id: int, words: str) -> list[int]:
        """Ids of notes whose text contains every word (case-insensitive)."""
        if not words.split():
            return []
        return [n.id for n in self.notes(session_id) if text_matches(n.text, words)]

    def _session_of_notes(self, note_ids: Iterable[int]) -> tuple[int, list[Note]]:
        notes = [self.note(note_id) for note_id in note_ids]
        if not notes:
            raise RuleError("not_found", what="note")
        sessions = {n.session_id for n in notes}
        if len(sessions) != 1:
            raise RuleError("bad_value", field="notes", value="several sessions")
        return sessions.pop(), notes

    # --- notes ---------------------------------------------------------------------------
    def add_note(self, session_id: int, area: Area, text: str, *, language: str = "",
                 colour: str | None = None, x: float | None = None, y: float | None = None,
                 theme_id: int | None = None, author_id: int | None = None,
                 origin: Channel = Channel.DESK, key: str | None = None,
                 key_scope: str = "") -> Note:
        text = clean_text(text, NOTE_LIMIT)
        language = _language(language)
        colour = _colour(colour) if colour else NOTE_COLOURS[list(Area).index(area)]

        def body(txn: Txn) -> Result:
            before = stamp(txn)
            moderated = txn.one("SELECT moderation FROM session WHERE id = ?", (session_id,))
            status = NoteStatus.SHOWN
            if origin is not Channel.DESK and moderated and moderated[0]:
                status = NoteStatus.PENDING
            if theme_id is not None:
                _require_theme(txn, session_id, theme_id)
            if x is not None and y is not None:
                px, py = x, y
            else:  # from a phone, the kiosk or a script: the first free place of the area
                px, py = self.free_places(txn, session_id, area).take(1)[0]
            note_id = txn.insert(
                "INSERT INTO note (session_id, area, text, language, colour, x, y, theme_id, "
                "author_id, channel, status, competence, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, area.value, text, language, colour, px, py, theme_id, author_id,
                 origin.value, status.value,
                 Competence.OTHER.value if area is Area.PARKING_LOT else None, txn.at),
            )
            txn.audit("add_note", {"note": note_id, "area": area.value, "text": text,
                                   "language": language, "channel": origin.value})
            txn.emit(Subject.NOTE, Change.ADDED, note_id)
            self._placed(txn, before, session_id, area,
                         [(px, py)] if x is not None and y is not None else ())
            return {"id": note_id, "status": status.value}

        outcome = self.ops.run(session_id, body, origin=origin, key=key, key_scope=key_scope)
        note_id = int(outcome.result["id"])
        if origin is Channel.DESK and not outcome.duplicate:
            self.undo.push(Step("add note", lambda: self.delete_notes([note_id]),
                                lambda: self._restore([note_id])))
        row = self.database.row("SELECT * FROM note WHERE id = ?", (note_id,))
        assert row is not None
        return records.note(row)

    def _set_fields(self, op: str, note_ids: list[int], values: dict[int, dict[str, object]],
                    *, label: str, undoable: bool = True) -> None:
        """Write per-note column values, remembering the old ones for undo."""
        session_id, notes = self._session_of_notes(note_ids)
        old = {n.id: {name: _note_value(n, name) for name in values[n.id]} for n in notes}

        def body(txn: Txn) -> Result:
            for note_id, columns in values.items():
                assignments = ", ".join(f"{name} = ?" for name in columns)
                txn.conn.execute(f"UPDATE note SET {assignments} WHERE id = ?",
                                 (*columns.values(), note_id))
            txn.audit(op, {"notes": {str(k): v for k, v in values.items()}})
            txn.emit(Subject.NOTE, Change.CHANGED, *values)
            return {}

        self.ops.run(session_id, body)
        if undoable:
            self.undo.push(Step(
                label,
                lambda: self._set_fields(op, note_ids, old, label=label, undoable=False),
                lambda: self._set_fields(op, note_ids, values, label=label, undoable=False),
            ))

    def edit_text(self, note_id: int, text: str) -> None:
        text = clean_text(text, NOTE_LIMIT)
        self._set_fields("edit_note", [note_id], {note_id: {"text": text}}, label="edit note")

    def set_colour(self, note_ids: list[int], colour: str) -> None:
        colour = _colour(colour)
        self._set_fields("colour_notes", note_ids, {i: {"colour": colour} for i in note_ids},
                         label="colour notes")

    def move_notes(self, positions: dict[int, tuple[float, float]]) -> None:
        values: dict[int, dict[str, object]] = {
            i: {"x": float(x), "y": float(y)} for i, (x, y) in positions.items()
        }
        self._set_fields("move_notes", list(positions), values, label="move notes")

    def set_area(self, note_ids: list[int], area: Area, *,
                 positions: dict[int, tuple[float, float]] | None = None) -> None:
        """Move notes to an area (by keyboard, menu or drag: the same rule). A note that leaves
        its area leaves its theme too; one that enters the parking lot gets a competence."""
        self.place_notes({i: (area, *(positions or {}).get(i, (None, None))) for i in note_ids},
                         op="move_to_area", label="move to area")

    def place_notes(self, places: dict[int, tuple[Area, float | None, float | None]], *,
                    leave_theme: bool = False, op: str = "place_notes",
                    label: str = "move notes") -> None:
        """Put each note in an area at a stored (x, y) (None: where it is) in ONE step: a drag
        that changes area, leaves a theme and moves is undone at once."""
        values: dict[int, dict[str, object]] = {}
        for note_id, (area, x, y) in places.items():
            note = self.note(note_id)
            columns: dict[str, object] = {}
            if area is not note.area:
                columns["area"] = area.value
            if note.theme_id is not None and (leave_theme or area is not note.area):
                columns["theme_id"] = None
            if area is Area.PARKING_LOT and note.competence is None:
                columns["competence"] = Competence.OTHER.value
            if x is not None and y is not None:
                columns["x"], columns["y"] = float(x), float(y)
            if columns:
                values[note_id] = columns
        if values:
            self._set_fields(op, list(values), values, label=label)

    def set_theme(self, note_ids: list[int], theme_id: int | None) -> None:
        """Put notes into a theme (None: take them out) — by drag or by menu, same operation.
        Themes live among the ideas: a parked note that joins one comes back to the ideas."""
        values: dict[int, dict[str, object]] = {i: {"theme_id": theme_id} for i in note_ids}
        if theme_id is not None:
            theme = self.theme(theme_id)
            session_id, notes = self._session_of_notes(note_ids)
            if theme.session_id != session_id:
                raise RuleError("not_found", what="theme")
            for note in notes:
                if note.area is Area.PARKING_LOT:
                    values[note.id]["area"] = Area.IDEAS.value
            # the grown box never hides a loose idea: one it would cover moves aside (and
            # comes back with the same undo)
            for note_id, (x, y) in self.clear_of_themes(
                    session_id, dict.fromkeys(note_ids, theme_id)).items():
                values.setdefault(note_id, {}).update(x=x, y=y)
        self._set_fields("set_theme", list(values), values, label="move to theme")

    def set_parking(self, note_id: int, competence: Competence, forwarded_to: str) -> None:
        forwarded = clean_line(forwarded_to, 200, required=False)
        self._set_fields("set_parking", [note_id],
                         {note_id: {"competence": competence.value, "forwarded_to": forwarded}},
                         label="edit parking lot item")

    def moderate(self, note_id: int, approve: bool) -> None:
        status = NoteStatus.SHOWN if approve else NoteStatus.REJECTED
        self._set_fields("moderate_note", [note_id], {note_id: {"status": status.value}},
                         label="moderate note", undoable=False)

    def delete_notes(self, note_ids: list[int]) -> None:
        session_id, _ = self._session_of_notes(note_ids)
        self._flag_deleted(session_id, note_ids, True)
        self.undo.push(Step("delete notes", lambda: self._restore(note_ids),
                            lambda: self.delete_notes(note_ids)))

    def _restore(self, note_ids: list[int]) -> None:
        rows = self.database.rows(
            f"SELECT DISTINCT session_id FROM note WHERE id IN ({','.join('?' * len(note_ids))})",
            tuple(note_ids),
        )
        if len(rows) != 1:
            raise RuleError("not_found", what="note")
        self._flag_deleted(rows[0]["session_id"], note_ids, False)

    def _flag_deleted(self, session_id: int, note_ids: list[int], deleted: bool) -> None:
        def body(txn: Txn) -> Result:
            for note_id in note_ids:
                txn.conn.execute("UPDATE note SET deleted = ? WHERE id = ? AND session_id = ?",
                                 (int(deleted), note_id, session_id))
            txn.audit("delete_notes" if deleted else "restore_notes", {"notes": note_ids})
            txn.emit(Subject.NOTE, Change.REMOVED if deleted else Change.ADDED, *note_ids)
            return {}

        self.ops.run(session_id, body)

    # --- themes --------------------------------------------------------------------------
    def add_theme(self, session_id: int, name: str, *, colour: str | None = None,
                  x: float = 0.0, y: float = 0.0) -> Theme:
        name = clean_line(name, 80)

        def body(txn: Txn) -> Result:
            count_row = txn.one("SELECT COUNT(*) FROM theme WHERE session_id = ?", (session_id,))
            count = int(count_row[0]) if count_row else 0
            chosen = _colour(colour) if colour else THEME_COLOURS[count % len(THEME_COLOURS)]
            theme_id = txn.insert(
                "INSERT INTO theme (session_id, name, colour, x, y) VALUES (?, ?, ?, ?, ?)",
                (session_id, name, chosen, x, y),
            )
            txn.audit("add_theme", {"theme": theme_id, "name": name})
            txn.emit(Subject.THEME, Change.ADDED, theme_id)
            return {"id": theme_id}

        theme_id = int(self.ops.value(session_id, body)["id"])
        self.undo.push(Step("add theme", lambda: self._flag_theme(theme_id, True),
                            lambda: self._flag_theme(theme_id, False)))
        return self.theme(theme_id)

    def update_theme(self, theme_id: int, *, name: str | None = None,
                     colour: str | None = None, x: float | None = None,
                     y: float | None = None) -> Theme:
        theme = self.theme(theme_id)
        changes: dict[str, object] = {}
        if name is not None:
            changes["name"] = clean_line(name, 80)
        if colour is not None:
            changes["colour"] = _colour(colour)
        if x is not None:
            changes["x"] = float(x)
        if y is not None:
            changes["y"] = float(y)
        before = {k: getattr(theme, k) for k in changes}
        self._write_theme(theme.session_id, theme_id, changes)
        self.undo.push(Step(
            "edit theme",
            lambda: self._write_theme(theme.session_id, theme_id, before),
            lambda: self._write_theme(theme.session_id, theme_id, changes),
        ))
        return self.theme(theme_id)

    def _write_theme(self, session_id: int, theme_id: int, changes: dict[str, object]) -> None:
        def body(txn: Txn) -> Result:
            if changes:
                assignments = ", ".join(f"{k} = ?" for k in changes)
                txn.conn.execute(f"UPDATE theme SET {assignments} WHERE id = ?",
                                 (*changes.values(), theme_id))
            txn.audit("update_theme", {"theme": theme_id, **changes})
            txn.emit(Subject.THEME, Change.CHANGED, theme_id)
            return {}

        self.ops.run(session_id, body)

    def delete_theme(self, theme_id: int) -> None:
        """Remove a theme; its notes stay on the board, ungrouped (undo regroups them)."""
        theme = self.theme(theme_id)
        members = [n.id for n in self.notes(theme.session_id) if n.theme_id == theme_id]
        if members:
            self._set_fields("set_theme", members, {i: {"theme_id": None} for i in members},
                             label="ungroup", undoable=False)
        self._flag_theme(theme_id, True)

        def undo() -> None:
            self._flag_theme(theme_id, False)
            if members:
                self._set_fields("set_theme", members,
                                 {i: {"theme_id": theme_id} for i in members},
                                 label="regroup", undoable=False)

        self.undo.push(Step("delete theme", undo, lambda: self.delete_theme(theme_id)))

    def _flag_theme(self, theme_id: int, deleted: bool) -> None:
        row = self.database.row("SELECT session_id FROM theme WHERE id = ?", (theme_id,))
        if row is None:
            raise RuleError("not_found", what="theme")

        def body(txn: Txn) -> Result:
            txn.conn.execute("UPDATE theme SET deleted = ? WHERE id = ?", (int(deleted), theme_id))
            txn.audit("delete_theme" if deleted else "restore_theme", {"theme": theme_id})
            txn.emit(Subject.THEME, Change.REMOVED if deleted else Change.ADDED, theme_id)
            return {}

        self.ops.run(row["session_id"], body)


def text_matches(text: str, words: str) -> bool:
    """Whether ``text`` holds every one of ``words`` (case-insensitive); no words: no."""
    wanted = [w.casefold() for w in words.split()]
    folded = text.casefold()
    return bool(wanted) and all(w in folded for w in wanted)


def parking_item(note: Note) -> ParkingLotItem | None:
    """The note as an item of the parking lot; None if it is not one (another area, or not
    shown: waiting for approval or rejected)."""
    if note.area is not Area.PARKING_LOT or note.status is not NoteStatus.SHOWN:
        return None
    return ParkingLotItem(note.id, note.text, note.language,
                          note.competence or Competence.OTHER, note.forwarded_to)


def _note_value(note: Note, column: str) -> object:
    value = getattr(note, column)
    return value.value if hasattr(value, "value") else value


def _require_theme(txn: Txn, session_id: int, theme_id: int) -> None:
    found = txn.one("SELECT 1 FROM theme WHERE id = ? AND session_id = ? AND deleted = 0",
                    (theme_id, session_id))
    if found is None:
        raise RuleError("not_found", what="theme")
