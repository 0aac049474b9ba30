"""Board work at workshop scale: paper notes typed in at once, duplicates merged, the board
arranged, and the area new notes go to following the phase.

Each is one operation (one transaction, one audit event) and one undo step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.core import records
from app.core.errors import RuleError
from app.core.events import Change, Subject
from app.core.model import NOTE_COLOURS, Area, Competence, Note, PhaseKind
from app.core.operations import Operations, Result, Txn
from app.core.text_rules import NOTE_LIMIT, clean_text
from app.core.undo import Step, UndoStack
from app.storage.database import Database

PHASE_AREAS = {PhaseKind.EXPECTATIONS: Area.EXPECTATIONS, PhaseKind.IDEATION: Area.IDEAS}
MERGE_JOINER = "\n"

# The board's grid, in stored coordinates (from an area's reading-side edge): the same in
# every language, so the core and the board agree on which places are free.
NOTE_W = 170.0
NOTE_H = 130.0
STEP_X = 190.0
STEP_Y = 150.0
MARGIN = 40.0  # between an area's edge and what it holds
GRID_TOP = 60.0
THEME_AREA = Area.IDEAS
THEME_COLUMNS = 3
THEME_MAX_COLUMNS = 8
THEME_HEADER = 56.0
THEME_GAP = 30.0
Box = tuple[float, float, float, float]  # x, y, width, height


def theme_columns(members: int) -> int:
    """Three columns, then as many as keep the theme about as wide as it is tall."""
    return max(THEME_COLUMNS, min(THEME_MAX_COLUMNS, math.ceil(math.sqrt(members))))


def theme_width(members: int) -> float:
    return 10.0 + theme_columns(members) * STEP_X


def theme_height(members: int) -> float:
    rows = max(1, -(-members // theme_columns(members)))
    return THEME_HEADER + rows * STEP_Y


def grid_columns(count: int) -> int:
    """Columns of loose notes in an area holding ``count``: six, then a square-ish grid, so
    136 ideas make a block the overview can show, not one tall column."""
    return max(6, math.ceil(math.sqrt(count)))


def _overlap(a: Box, b: Box, gap: float = 0.0) -> bool:
    return (a[0] - gap < b[0] + b[2] and b[0] < a[0] + a[2] + gap
            and a[1] - gap < b[1] + b[3] and b[1] < a[1] + a[3] + gap)


def stack_themes(themes: Iterable[tuple[int, Box]]) -> dict[int, Box]:
    """Theme boxes where they do not overlap: in reading order (top to bottom, then along
    the line), a box that would overlap one already placed goes below it."""
    placed: list[Box] = []
    result: dict[int, Box] = {}
    for key, box in sorted(themes, key=lambda b: (b[1][1], b[1][0], b[0])):
        x, y, w, h = box
        while True:
            hits = [p for p in placed if _overlap(p, (x, y, w, h), THEME_GAP)]
            if not hits:
                break
            y = max(p[1] + p[3] for p in hits) + THEME_GAP
        placed.append((x, y, w, h))
        result[key] = (x, y, w, h)
    return result


class FreePlaces:
    """The cells of an area's note grid that nothing covers, found through an index of what
    covers the area (no walk over every note for every cell): where a new note may go."""

    PAD = 8.0  # a new note keeps this much air around it

    def __init__(self, taken: Iterable[Box], loose: int) -> None:
        self.loose = loose
        self.blocked: set[tuple[int, int]] = set()  # grid cells something covers
        self.boxes: list[Box] = []
        self._buckets: dict[tuple[int, int], list[Box]] | None = None  # built when asked
        self._full_rows = (0, 0)  # (grid width, rows above this one are full)
        for box in taken:
            self.block(box)

    @staticmethod
    def cell(col: int, row: int) -> Box:
        return (MARGIN + col * STEP_X, GRID_TOP + row * STEP_Y, NOTE_W, NOTE_H)

    def block(self, box: Box) -> None:
        """Cover the cells that ``box`` (with air around it) touches: a note on the grid
        covers one cell, a theme box the cells under it."""
        x, y, w, h = box
        col, row = (x - MARGIN) / STEP_X, (y - GRID_TOP) / STEP_Y
        if w == NOTE_W and h == NOTE_H and col.is_integer() and row.is_integer():
            self.blocked.add((int(col), int(row)))  # a note on the grid: its own cell
            self.boxes.append(box)
            if self._buckets is not None:
                self._file(box)
            return
        pad = self.PAD
        cols = range(math.floor((x - NOTE_W - pad - MARGIN) / STEP_X) + 1,
                     math.ceil((x + w + pad - MARGIN) / STEP_X))
        rows = range(math.floor((y - NOTE_H - pad - GRID_TOP) / STEP_Y) + 1,
                     math.ceil((y + h + pad - GRID_TOP) / STEP_Y))
        if len(cols) == 1 and len(rows) == 1:
            self.blocked.add((cols[0], rows[0]))
        else:
            self.blocked.update((col, row) for col in cols for row in rows)
        self.boxes.append(box)
        if self._buckets is not None:
            self._file(box)

    @staticmethod
    def _bucket_span(box: Box) -> list[tuple[int, int]]:
        x, y, w, h = box
        return [(bx, by) for bx in range(math.floor(x / STEP_X), math.floor((x + w) / STEP_X) + 1)
                for by in range(math.floor(y / STEP_Y), math.floor((y + h) / STEP_Y) + 1)]

    def _file(self, box: Box) -> None:
        assert self._buckets is not None
        for key in self._bucket_span(box):
            self._buckets.setdefault(key, []).append(box)

    def is_free(self, x: float, y: float) -> bool:
        """Whether a note at (x, y) would cover nothing."""
        if self._buckets is None:
            self._buckets = {}
            for other in self.boxes:
                self._file(other)
        box = (x, y, NOTE_W, NOTE_H)
        return not any(_overlap(other, box) for key in self._bucket_span(box)
                       for other in self._buckets.get(key, ()))

    def _claim(self, x: float, y: float) -> tuple[float, float]:
        self.block((x, y, NOTE_W, NOTE_H))
        self.loose += 1
        return x, y

    def take(self, count: int) -> list[tuple[float, float]]:
        """``count`` free cells, line by line, in a grid that widens as the area fills (the
        area widens with it); each is covered for the next call."""
        columns = grid_columns(self.loose + count)
        # cells are only ever covered, never freed: rows found full stay full for as long
        # as the grid keeps its width
        row = self._full_rows[1] if self._full_rows[0] == columns else 0
        free: list[tuple[int, int]] = []
        while len(free) < count:
            free += [(col, row) for col in range(columns) if (col, row) not in self.blocked]
            if not free:
                self._full_rows = (columns, row + 1)
            row += 1
        return [self._claim(*self.cell(col, row)[:2]) for col, row in free[:count]]

    def nearest(self, x: float, y: float) -> tuple[float, float]:
        """(x, y) when a note there covers nothing, else the nearest free cell."""
        if self.is_free(x, y):
            return self._claim(x, y)
        col = max(0, round((x - MARGIN) / STEP_X))
        row = max(0, round((y - GRID_TOP) / STEP_Y))
        reach = 0
        while True:
            ring = [(c, r) for c in range(col - reach, col + reach + 1)
                    for r in range(row - reach, row + reach + 1)
                    if max(abs(c - col), abs(r - row)) == reach and c >= 0 and r >= 0
                    and (c, r) not in self.blocked]
            if ring:
                c, r = min(ring, key=lambda cell: (abs(cell[1] - row) + abs(cell[0] - col),
                                                   cell[1], cell[0]))
                return self._claim(*self.cell(c, r)[:2])
            reach += 1


def area_boxes(notes: Iterable[tuple[float, float, int | None]],
               themes: Iterable[tuple[int, float, float, int]],
               area: Area) -> tuple[list[Box], int]:
    """What covers ``area`` in stored coordinates — its loose notes, and (among the ideas)
    the theme boxes as the board stacks them — and how many loose notes it holds.
    ``notes``: (x, y, theme id) of the area's notes on the board; ``themes``: (id, x, y,
    members) of the session's themes."""
    live = {t[0]: t for t in themes}
    boxes: list[Box] = [(x, y, NOTE_W, NOTE_H) for x, y, theme_id in notes
                        if theme_id is None or theme_id not in live]
    loose = len(boxes)
    if area is THEME_AREA and live:
        stacked = stack_themes(
            (i, (x, y, theme_width(n), theme_height(n))) for i, x, y, n in live.values())
        boxes.extend(stacked.values())
    return boxes, loose


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


class BoardTidying:
    """Operations of the board that touch many notes at once (mixed into ``Board``)."""

    ops: Operations
    database: Database
    undo: UndoStack
    _place_cache: dict[tuple[int, Area], tuple[tuple[int, int], FreePlaces]]

    if TYPE_CHECKING:
        def note(self, note_id: int) -> Note: ...

        def notes_by_id(self, note_ids: Iterable[int]) -> dict[int, Note]: ...

        def delete_notes(self, note_ids: list[int]) -> None: ...

        def _restore(self, note_ids: list[int]) -> None: ...

        def _flag_deleted(self, session_id: int, note_ids: list[int], deleted: bool) -> None: ...

    # --- free places ---------------------------------------------------------------------
    def free_places(self, txn: Txn, session_id: int, area: Area) -> FreePlaces:
        """The free cells of ``area`` as the board shows it now (read in the transaction
        that writes, so a note from a phone and one from the desk never take the same).

        Kept between notes written one after another through this store: it is read again
        only when something else changed the store since (another connection — a phone —
        or any other write on this one), which SQLite tells at no cost."""
        now = stamp(txn)
        cached = self._place_cache.get((session_id, area))
        if cached is not None and cached[0] == now:
            return cached[1]
        notes = txn.conn.execute(
            "SELECT x, y, theme_id FROM note WHERE session_id = ? AND area = ? AND deleted = 0 "
            "AND status != 'rejected'", (session_id, area.value)).fetchall()
        themes: list[tuple[int, float, float, int]] = []
        if area is THEME_AREA:
            members = dict(txn.conn.execute(
                "SELECT theme_id, COUNT(*) FROM note WHERE session_id = ? AND deleted = 0 "
                "AND status != 'rejected' AND theme_id IS NOT NULL GROUP BY theme_id",
                (session_id,)).fetchall())
            themes = [(i, x, y, members.get(i, 0)) for i, x, y in txn.conn.execute(
                "SELECT id, x, y FROM theme WHERE session_id = ? AND deleted = 0",
                (session_id,)).fetchall()]
        boxes, loose = area_boxes(notes, themes, area)
        places = FreePlaces(boxes, loose)
        self._place_cache[(session_id, area)] = (now, places)
        return places

    def _placed(self, txn: Txn, before: tuple[int, int], session_id: int, area: Area,
                given: Sequence[tuple[float, float]] = ()) -> None:
        """At the end of a write whose only change is new notes in ``area`` (``before``: the
        stamp when it began): free places known then stay known, with the places ``given``
        by the caller covered (those taken from ``free_places`` already are)."""
        after = stamp(txn)
        for key, (known, places) in list(self._place_cache.items()):
            if known == before:
                if key == (session_id, area):
                    for x, y in given:
                        places.block((x, y, NOTE_W, NOTE_H))
                        places.loose += 1
                self._place_cache[key] = (after, places)

    def clear_of_themes(self, session_id: int,
                        joining: dict[int, int]) -> dict[int, tuple[float, float]]:
        """Loose ideas that the theme boxes, grown by the notes ``joining`` them (note id →
        theme id), would cover — each with the nearest free place to go to, so a growing
        theme never hides a note."""
        themes = {int(r["id"]): (float(r["x"]), float(r["y"])) for r in self.database.rows(
            "SELECT id, x, y FROM theme WHERE session_id = ? AND deleted = 0", (session_id,))}
        members: dict[int, int] = {}
        loose: list[tuple[int, float, float]] = []
        for row in self.database.rows(
                "SELECT id, area, x, y, theme_id FROM note WHERE session_id = ? "
                "AND deleted = 0 AND status != 'rejected'", (session_id,)):
            theme_id = joining.get(row["id"], row["theme_id"])
            if theme_id in themes:
                members[theme_id] = members.get(theme_id, 0) + 1
            elif row["area"] == THEME_AREA.value:
                loose.append((int(row["id"]), float(row["x"]), float(row["y"])))
        boxes = list(stack_themes(
            (i, (x, y, theme_width(members.get(i, 0)), theme_height(members.get(i, 0))))
            for i, (x, y) in themes.items()).values())
        covered = [(i, x, y) for i, x, y in loose
                   if any(_overlap((x, y, NOTE_W, NOTE_H), box) for box in boxes)]
        if not covered:
            return {}
        moving = {i for i, _, _ in covered}
        staying = [(x, y, NOTE_W, NOTE_H) for i, x, y in loose if i not in moving]
        places = FreePlaces([*staying, *boxes], len(staying))
        return {i: places.nearest(x, y) for i, x, y in covered}

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


def stamp(txn: Txn) -> tuple[int, int]:
    """What changes when anything is written: by another connection (SQLite's data
    version) or by this one (its count of changed rows)."""
    version = txn.conn.execute("PRAGMA data_version").fetchone()[0]
    return int(version), txn.conn.total_changes


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
