"""The change events an audit link stands for, for a change another program made.

A program hears its own changes from its operations; another program's reach it only as new
links of the audit chain in the shared file (``app.core.outside_changes``). Each link names its
operation and the rows it touched; this table turns it back into the events the operation
published in the other program. Where a link does not name every row (arranging the board, a
purge), the event names none: "all of this may have changed", and a view reads it all again.
An operation this table does not know is told as a change of everything in the session.
"""

from __future__ import annotations

from typing import Any

from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Channel

ADDED, CHANGED, REMOVED = Change.ADDED, Change.CHANGED, Change.REMOVED
SESSION = "=session"  # the rows named are the session itself
Told = tuple[tuple[Subject, Change, str], ...]  # subject, change, the data key naming its rows


def _each(ops: str, told: Told) -> dict[str, Told]:
    return dict.fromkeys(ops.split(), told)


_TOLD: dict[str, Told] = {
    "create_session": ((Subject.SESSION, ADDED, SESSION),),
    **_each("update_session set_status new_room_token reopen_session archive_session "
            "sign_minutes sign_minutes_copy reopen_minutes",
            ((Subject.SESSION, CHANGED, SESSION),)),
    "close_session": ((Subject.PHASE, CHANGED, ""), (Subject.SESSION, CHANGED, SESSION)),
    "add_phase": ((Subject.PHASE, ADDED, "phase"),),
    "remove_phase": ((Subject.PHASE, REMOVED, "phase"),),
    **_each("update_phase pause_phase finish_phase extend_phase",
            ((Subject.PHASE, CHANGED, "phase"),)),
    "move_phase": ((Subject.PHASE, CHANGED, ""),),
    "start_phase": ((Subject.PHASE, CHANGED, ""), (Subject.SESSION, CHANGED, SESSION)),
    "add_participant": ((Subject.PARTICIPANT, ADDED, "participant"),),
    "update_participant": ((Subject.PARTICIPANT, CHANGED, "participant"),),
    "issue_token": ((Subject.PARTICIPANT, CHANGED, "participant"),),
    "remove_participant": ((Subject.PARTICIPANT, REMOVED, "participant"),),
    "import_roster": ((Subject.PARTICIPANT, CHANGED, ""),),
    **_each("check_in check_out", ((Subject.ATTENDANCE, CHANGED, "participant"),)),
    "add_note": ((Subject.NOTE, ADDED, "note"),),
    **_each("add_notes restore_notes", ((Subject.NOTE, ADDED, "notes"),)),
    "delete_notes": ((Subject.NOTE, REMOVED, "notes"),),
    "merge_notes": ((Subject.NOTE, CHANGED, "kept"), (Subject.NOTE, REMOVED, "removed"),
                    (Subject.ROUND, CHANGED, "")),
    "unmerge_notes": ((Subject.NOTE, CHANGED, "kept"), (Subject.NOTE, ADDED, "removed"),
                      (Subject.ROUND, CHANGED, "")),
    "arrange_board": ((Subject.THEME, CHANGED, ""), (Subject.NOTE, CHANGED, "")),
    **_each("add_theme restore_theme", ((Subject.THEME, ADDED, "theme"),)),
    "update_theme": ((Subject.THEME, CHANGED, "theme"),),
    "delete_theme": ((Subject.THEME, REMOVED, "theme"),),
    "create_round": ((Subject.ROUND, ADDED, "round"),),
    "restart_interrupted_round": ((Subject.ROUND, REMOVED, "round"),
                                  (Subject.ROUND, ADDED, "new_round")),
    **_each("ballot ballot_replaced secret_ballot paper_dots withdraw_dots",
            ((Subject.DOTS, CHANGED, "round"),)),
    "add_action": ((Subject.ACTION, ADDED, "action"),),
    "update_action": ((Subject.ACTION, CHANGED, "action"),),
    "remove_action": ((Subject.ACTION, REMOVED, "action"),),
    "purge_raw_data": ((Subject.PARTICIPANT, CHANGED, ""), (Subject.NOTE, CHANGED, "")),
}


def _told(op: str, data: dict[str, Any]) -> Told:
    found = _TOLD.get(op)
    if found is not None:
        return found
    if op.endswith("_round") and "round" in data:  # opened, closed, revealed… a round
        return ((Subject.ROUND, CHANGED, "round"),)
    if isinstance(data.get("notes"), dict):  # a note moved, edited, parked, themed…
        return ((Subject.NOTE, CHANGED, "notes"),)
    return tuple((subject, CHANGED, "") for subject in Subject)


def _ids(value: Any) -> tuple[int, ...]:
    if isinstance(value, bool):
        return ()
    if isinstance(value, int):
        return (value,)
    if isinstance(value, dict | list):
        return tuple(int(x) for x in value if str(x).isdigit())
    return ()


def events_of(session_id: int, op: str, data: dict[str, Any]) -> list[ChangeEvent]:
    """The events of one audit link of ``session_id`` written by another program."""
    channel = data.get("channel")
    origin = Channel(channel) if channel in {c.value for c in Channel} else Channel.DESK
    events = []
    for subject, change, key in _told(op, data):
        ids = (session_id,) if key == SESSION else _ids(data.get(key)) if key else ()
        events.append(ChangeEvent(session_id, subject, change, ids, op, origin))
    return events
