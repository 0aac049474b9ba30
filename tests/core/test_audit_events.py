"""Another program's changes, read back from the audit chain, name what the operations told."""

from __future__ import annotations

import json

from app.core.audit_events import events_of
from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Channel
from app.core.workshop import Workshop
from app.demo import create_demo


def test_every_event_of_a_whole_lab_is_told_again_from_its_audit_links(
        workshop: Workshop) -> None:
    told: list[ChangeEvent] = []
    workshop.hub.subscribe(told.append)
    session = create_demo(workshop)
    links = workshop.database.rows("SELECT op, data FROM audit WHERE session_id = ? "
                                   "ORDER BY seq", (session.id,))
    again = [e for link in links for e in events_of(session.id, link["op"],
                                                      json.loads(link["data"]))]
    kinds = {(e.subject, e.change) for e in again}
    for event in told:
        assert (event.subject, event.change) in kinds, event
        if event.subject in (Subject.NOTE, Subject.THEME) and event.ids:
            # Every note or theme it named is named again, or the event names every one.
            same = [e for e in again if (e.subject, e.change) == (event.subject, event.change)]
            named = {i for e in same for i in e.ids}
            assert set(event.ids) <= named or any(not e.ids for e in same), event


def test_an_operation_not_in_the_table_is_a_change_of_everything() -> None:
    events = events_of(3, "a_new_kind_of_change", {})
    assert {e.subject for e in events} == set(Subject)
    assert all(e.ids == () and e.change is Change.CHANGED for e in events)


def test_a_phone_ballot_is_a_change_of_the_rounds_dots_from_a_phone() -> None:
    (event,) = events_of(3, "ballot", {"round": 7, "participant": 4, "channel": "phone",
                                       "dots": {"5": 2}})
    assert (event.subject, event.ids, event.origin) == (Subject.DOTS, (7,), Channel.PHONE)
