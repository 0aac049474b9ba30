"""A room writing does not freeze the desk: every view of the window reads again only what a
change event names, so what one event costs does not grow with the notes on the board.

The cost is counted, not timed: the SQL statements the views run and the steps SQLite's
engine takes for them (steps grow with the rows a statement reads)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Area, Channel, Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.ui.areas import add_areas
from app.ui.main_window import MainWindow

STEP = 100  # SQLite steps per count


@dataclass
class Cost:
    statements: int = 0
    steps: int = 0


@contextmanager
def counted(workshop: Workshop) -> Iterator[Cost]:
    cost = Cost()
    conn = workshop.database.conn

    def statement(_sql: str) -> None:
        cost.statements += 1

    def step() -> int:
        cost.steps += STEP
        return 0

    conn.set_trace_callback(statement)
    conn.set_progress_handler(step, STEP)
    try:
        yield cost
    finally:
        conn.set_trace_callback(None)
        conn.set_progress_handler(None, 0)


def desk(workshop: Workshop, qtbot: QtBot, notes: int) -> tuple[MainWindow, int]:
    """The whole window, every tab shown once, on a session holding ``notes`` ideas and a
    parking lot (a round form offers them all, the projector shows them)."""
    session = workshop.sessions.create("Lab", "2026-11-22", languages=("fr", "en"))
    workshop.board.add_notes(session.id, Area.IDEAS, [f"idée {i}" for i in range(notes)])
    workshop.board.add_notes(session.id, Area.PARKING_LOT, [f"titre {i}" for i in range(20)])
    window = MainWindow(workshop)
    qtbot.addWidget(window)
    add_areas(window)
    window.open_session(session.id)
    assert window.workspace is not None
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
    return window, session.id


def event_cost(workshop: Workshop, event: ChangeEvent) -> Cost:
    """What the views spend on hearing ``event`` again (the write itself is not counted)."""
    with counted(workshop) as cost:
        workshop.hub.publish([event])
    return cost


def costs(workshop: Workshop, qtbot: QtBot, notes: int) -> dict[str, Cost]:
    _, session_id = desk(workshop, qtbot, notes)
    board, roster = workshop.board, workshop.roster
    found: dict[str, Cost] = {}

    def heard(name: str, write: Callable[[], ChangeEvent]) -> None:
        found[name] = event_cost(workshop, write())

    def phone_note() -> ChangeEvent:
        note = board.add_note(session_id, Area.IDEAS, "Une idée du fond de la salle",
                              origin=Channel.PHONE)
        return ChangeEvent(session_id, Subject.NOTE, Change.ADDED, (note.id,), "add_note",
                           Channel.PHONE)

    def moved() -> ChangeEvent:
        note = board.notes(session_id)[3]
        board.move_notes({note.id: (note.x, note.y + 150)})
        return ChangeEvent(session_id, Subject.NOTE, Change.CHANGED, (note.id,), "move_notes",
                           Channel.DESK)

    def parked() -> ChangeEvent:
        note = board.notes(session_id)[5]
        board.set_area([note.id], Area.PARKING_LOT)
        return ChangeEvent(session_id, Subject.NOTE, Change.CHANGED, (note.id,),
                           "move_to_area", Channel.DESK)

    def checked_in() -> ChangeEvent:
        person = roster.add(session_id, NewParticipant(Group.NEWCOMER, display_name="Amina"),
                            origin=Channel.PHONE)
        return ChangeEvent(session_id, Subject.PARTICIPANT, Change.ADDED, (person.id,),
                           "add_participant", Channel.PHONE)

    heard("a note from a phone", phone_note)
    heard("a note moved", moved)
    heard("a note parked", parked)
    heard("a phone checked in", checked_in)
    return found


def test_what_an_event_costs_the_views_does_not_grow_with_the_board(
        workshop: Workshop, qtbot: QtBot) -> None:
    small = costs(workshop, qtbot, 60)
    large = costs(workshop, qtbot, 1200)  # another session, twenty times the notes
    for name, cost in small.items():
        grown = large[name]
        assert grown.statements == cost.statements, name
        # steps vary a little with the depth of the indexes, not with the notes read
        assert grown.steps <= cost.steps * 1.5 + 20 * STEP, (name, cost, grown)


def test_a_note_from_a_phone_reads_that_note_not_the_board(
        workshop: Workshop, qtbot: QtBot) -> None:
    large = costs(workshop, qtbot, 1200)
    # reading the 1,200 notes again took about 500 counts of steps
    assert large["a note from a phone"].steps < 20 * STEP

