"""The hub: every listener hears every event of a commit, a broken one spoils nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.events import Change, ChangeEvent, EventHub, Subject
from app.core.model import Channel


def event(note_id: int) -> ChangeEvent:
    return ChangeEvent(1, Subject.NOTE, Change.ADDED, (note_id,), "add_note", Channel.PHONE)


def test_a_batch_listener_hears_a_commits_events_at_once() -> None:
    hub = EventHub()
    heard: list[list[ChangeEvent]] = []
    hub.subscribe_batches(heard.append)
    hub.publish([event(1), event(2)])
    hub.publish([])  # nothing committed: nobody is bothered
    assert heard == [[event(1), event(2)]]


def test_a_listener_hears_them_one_by_one() -> None:
    hub = EventHub()
    heard: list[ChangeEvent] = []
    hub.subscribe(heard.append)
    hub.publish([event(1), event(2)])
    assert heard == [event(1), event(2)]


def test_a_broken_listener_spoils_neither_the_next_event_nor_other_listeners(
        caplog: pytest.LogCaptureFixture) -> None:
    hub = EventHub()
    heard: list[ChangeEvent] = []

    def broken(found: ChangeEvent) -> None:
        if found.ids == (1,):
            raise ValueError("a view failed")
        heard.append(found)

    def broken_batch(events: list[ChangeEvent]) -> None:
        raise ValueError("another view failed")

    hub.subscribe(broken)
    hub.subscribe_batches(broken_batch)
    hub.subscribe(heard.append)
    hub.publish([event(1), event(2)])
    assert heard == [event(2), event(1), event(2)]
    assert caplog.text.count("listener failed") == 2


def test_unsubscribing_while_publishing_is_safe() -> None:
    hub = EventHub()
    heard: list[ChangeEvent] = []
    stops: list[Callable[[], None]] = []

    def once(found: ChangeEvent) -> None:
        heard.append(found)
        for stop in stops:
            stop()

    stops.append(hub.subscribe(once))
    hub.publish([event(1), event(2)])  # the whole commit is heard; then no more
    hub.publish([event(3)])
    assert heard == [event(1), event(2)]
