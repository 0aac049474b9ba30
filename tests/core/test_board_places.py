"""Free places of the board's grid: a note without a place (from a phone, the kiosk) takes
one that nothing covers, and so does the next, whoever writes it."""

from __future__ import annotations

import itertools
import random

from app.core.board_places import (
    NOTE_H,
    NOTE_W,
    FreePlaces,
    area_boxes,
    stack_themes,
    theme_height,
    theme_width,
)
from app.core.model import Area, Channel
from app.core.workshop import Workshop


def touching(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < NOTE_W and abs(a[1] - b[1]) < NOTE_H


def test_free_places_never_cover_what_is_there() -> None:
    shuffle = random.Random(7)
    for _ in range(200):
        boxes = [(shuffle.uniform(0, 1500), shuffle.uniform(50, 1500),
                  shuffle.choice([NOTE_W, 580.0]), shuffle.choice([NOTE_H, 356.0]))
                 for _ in range(shuffle.randint(0, 30))]
        places = FreePlaces(boxes, len(boxes))
        taken = places.take(shuffle.randint(1, 12))
        taken.append(places.nearest(shuffle.uniform(0, 1500), shuffle.uniform(50, 1500)))
        for x, y in taken:
            assert not any(x < bx + bw and bx < x + NOTE_W and y < by + bh and by < y + NOTE_H
                           for bx, by, bw, bh in boxes)
        assert not any(touching(a, b) for a, b in itertools.combinations(taken, 2))


def test_a_place_that_is_free_is_kept_and_one_that_is_not_moves_to_the_nearest() -> None:
    places = FreePlaces([(40.0, 60.0, NOTE_W, NOTE_H)], 1)
    assert places.nearest(500.0, 700.0) == (500.0, 700.0)
    assert places.nearest(60.0, 70.0) in {(230.0, 60.0), (40.0, 210.0)}


def test_themes_stack_and_cover_their_cells() -> None:
    boxes, loose = area_boxes([(40.0, 60.0, None), (230.0, 60.0, 9)],
                              [(9, 40.0, 60.0, 4), (8, 40.0, 100.0, 0)], Area.IDEAS)
    assert loose == 1  # the other note sits in its theme
    stacked = stack_themes([(9, (40.0, 60.0, 580.0, 356.0)), (8, (40.0, 100.0, 580.0, 206.0))])
    assert stacked[8][1] >= 60.0 + 356.0
    assert (40.0, 60.0) not in FreePlaces(boxes, loose).take(10)


def test_notes_from_phones_and_the_desk_never_share_a_place(demo: Workshop) -> None:
    desk = demo.board
    phone = demo.sibling()
    try:
        for index in range(30):
            phone.board.add_note(1, Area.IDEAS, f"téléphone {index}", origin=Channel.PHONE)
            desk.add_note(1, Area.IDEAS, f"bureau {index}")
            desk.add_notes(1, Area.IDEAS, [f"collée {index}"])
    finally:
        phone.close()
    themes = {t.id for t in desk.themes(1)}
    loose = [(n.x, n.y) for n in desk.notes(1, area=Area.IDEAS) if n.theme_id not in themes]
    assert not [(a, b) for a, b in itertools.combinations(loose, 2) if touching(a, b)]


def covered(demo: Workshop, note_id: int) -> bool:
    """Whether a theme box (as the board stacks them) covers the note."""
    note = demo.board.note(note_id)
    counts = {t.id: 0 for t in demo.board.themes(1)}
    for other in demo.board.notes(1):
        if other.theme_id in counts:
            counts[other.theme_id] += 1
    boxes = stack_themes((t.id, (t.x, t.y, theme_width(counts[t.id]),
                                 theme_height(counts[t.id]))) for t in demo.board.themes(1))
    return any(note.x < x + w and x < note.x + NOTE_W and note.y < y + h and y < note.y + NOTE_H
               for x, y, w, h in boxes.values())


def test_a_growing_theme_moves_the_idea_it_would_cover_aside_and_undo_brings_it_back(
        demo: Workshop) -> None:
    theme = demo.board.add_theme(1, "Transport", x=40.0, y=5000.0)
    below = demo.board.add_note(1, Area.IDEAS, "Juste dessous", x=40.0, y=5000.0 + 216.0)
    assert not covered(demo, below.id)
    joining = [n.id for n in demo.board.add_notes(1, Area.IDEAS, ["a", "b", "c", "d"])]
    demo.board.set_theme(joining, theme.id)  # two rows now: the box reaches below
    moved = demo.board.note(below.id)
    assert (moved.x, moved.y) != (below.x, below.y)
    assert not covered(demo, below.id)
    demo.undo.undo()
    back = demo.board.note(below.id)
    assert (back.x, back.y, back.theme_id) == (below.x, below.y, None)



def test_the_search_for_the_nearest_free_cell_walks_each_ring_once() -> None:
    from app.core.board_places import _ring

    for reach in range(5):
        ring = _ring(10, 10, reach)
        assert len(ring) == len(set(ring)) == max(1, 8 * reach)  # the edge, not the square
        assert all(max(abs(c - 10), abs(r - 10)) == reach for c, r in ring)


def test_on_a_full_board_the_nearest_free_cell_is_found_past_the_edge() -> None:
    cells = [(40.0 + c * 190.0, 60.0 + r * 150.0, NOTE_W, NOTE_H)
             for c in range(120) for r in range(120)]  # 14,400 notes, every cell covered
    places = FreePlaces(cells, len(cells))
    x, y = places.nearest(40.0 + 60 * 190.0, 60.0 + 60 * 150.0)  # in the middle
    # sixty cells away whichever way: beside them all, on the same line
    assert (x, y) == (40.0 + 120 * 190.0, 60.0 + 60 * 150.0)
