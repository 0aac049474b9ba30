"""Events from other threads reach the views at most once per frame, runs merged."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.core.events import Change, ChangeEvent, EventHub, Subject
from app.core.model import Channel
from app.ui.live import LiveEvents, merged


def note_event(*ids: int, change: Change = Change.ADDED, session: int = 1) -> ChangeEvent:
    return ChangeEvent(session, Subject.NOTE, change, ids, "add_note", Channel.PHONE)


def test_a_run_of_the_same_change_becomes_one_event_naming_every_row() -> None:
    events = [note_event(1), note_event(2), note_event(2, 3),
              note_event(1, change=Change.REMOVED), note_event(4), note_event(5, session=2)]
    assert [(e.session_id, e.change, e.ids) for e in merged(events)] == [
        (1, Change.ADDED, (1, 2, 3)), (1, Change.REMOVED, (1,)), (1, Change.ADDED, (4,)),
        (2, Change.ADDED, (5,))]


def test_check_ins_of_a_room_become_one_event_of_each_kind() -> None:
    events = []
    for person in (1, 2, 3):
        events += [ChangeEvent(1, Subject.PARTICIPANT, Change.ADDED, (person,), "check_in",
                               Channel.PHONE),
                   ChangeEvent(1, Subject.ATTENDANCE, Change.CHANGED, (person,), "check_in",
                               Channel.PHONE)]
    assert [(e.subject, e.ids) for e in merged(events)] == [
        (Subject.PARTICIPANT, (1, 2, 3)), (Subject.ATTENDANCE, (1, 2, 3))]


def test_an_event_naming_no_rows_is_never_merged() -> None:
    everything = note_event()
    assert merged([note_event(1), everything, note_event(2)]) == [
        note_event(1), everything, note_event(2)]


def test_a_burst_from_another_thread_reaches_a_view_as_a_few_events(qtbot: QtBot) -> None:
    hub = EventHub()
    live = LiveEvents(hub)
    heard: list[ChangeEvent] = []
    live.changed.connect(heard.append)

    def room_of_phones() -> None:
        for note_id in range(1, 201):
            hub.publish([note_event(note_id)])

    writer = threading.Thread(target=room_of_phones)
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: sum(len(e.ids) for e in heard) == 200)
    assert [i for e in heard for i in e.ids] == list(range(1, 201))  # in order, each once
    assert len(heard) < 20  # 200 commits, handed out a frame at a time


def test_a_change_made_at_the_desk_is_heard_at_once_after_what_came_before() -> None:
    hub = EventHub()
    live = LiveEvents(hub)
    heard: list[ChangeEvent] = []
    live.changed.connect(heard.append)
    writer = threading.Thread(target=lambda: hub.publish([note_event(1)]))
    writer.start()
    writer.join()
    hub.publish([note_event(2, change=Change.CHANGED)])  # on this (the GUI) thread
    # the desk's own change is there before publish returns, the phone's before it
    assert [e.ids for e in heard] == [(1,), (2,)]
