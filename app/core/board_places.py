"""Where notes go on the board: its grid in stored coordinates (from an area's reading-side
edge, so the same in every language), the theme boxes as the board stacks them, and the free
cells of an area — for notes that come without a place (from a phone, the kiosk), for notes
typed or pasted at the desk, and for ideas a growing theme would cover.

The board's view uses the same rules (app/ui/board), so what the core finds free is free on
the screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from app.core.model import Area
from app.core.operations import Txn
from app.storage.database import Database

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
        col = max(0, round((x - MARGIN) / STEP_X))
        row = max(0, round((y - GRID_TOP) / STEP_Y))
        if self.cell(col, row)[:2] == (x, y) and (col, row) not in self.blocked:
            return self._claim(x, y)  # a cell of the grid that nothing touches
        if self.is_free(x, y):
            return self._claim(x, y)
        reach = 0
        while True:
            ring = [(c, r) for c, r in _ring(col, row, reach)
                    if c >= 0 and r >= 0 and (c, r) not in self.blocked]
            if ring:
                c, r = min(ring, key=lambda cell: (abs(cell[1] - row) + abs(cell[0] - col),
                                                   cell[1], cell[0]))
                return self._claim(*self.cell(c, r)[:2])
            reach += 1


def _ring(col: int, row: int, reach: int) -> list[tuple[int, int]]:
    """The cells at ``reach`` steps around (col, row) — its edge only, not the square inside
    (a board full for a hundred cells around is searched in a blink, not in seconds)."""
    if reach == 0:
        return [(col, row)]
    across = range(col - reach, col + reach + 1)
    down = range(row - reach + 1, row + reach)
    return ([(c, row - reach) for c in across] + [(c, row + reach) for c in across]
            + [(col - reach, r) for r in down] + [(col + reach, r) for r in down])


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


class BoardPlaces:
    """Free places of the board (mixed into ``Board``)."""

    database: Database
    _place_cache: dict[tuple[int, Area], tuple[tuple[int, int], FreePlaces]]

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


def stamp(txn: Txn) -> tuple[int, int]:
    """What changes when anything is written: by another connection (SQLite's data
    version) or by this one (its count of changed rows)."""
    version = txn.conn.execute("PRAGMA data_version").fetchone()[0]
    return int(version), txn.conn.total_changes
