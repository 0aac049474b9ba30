"""Gathering the minutes' content: counts from the store, names only of those who agreed."""

from __future__ import annotations

import json

from app.core.model import Area
from app.core.workshop import Workshop
from app.minutes.content import gather


def test_counts_equal_the_store(demo: Workshop) -> None:
    content = gather(demo, 1)
    people = demo.roster.participants(1)
    assert sum(c.registered for c in content.attendance) == len(people)
    assert content.attended == len(demo.roster.attendance(1))
    ideas = demo.board.notes(1, area=Area.IDEAS, include_pending=False)
    assert content.idea_count == len(ideas)
    assert len(content.expectations) == len(demo.board.notes(1, area=Area.EXPECTATIONS))
    assert len(content.parking_lot) == len(demo.board.parking_lot(1))
    assert len(content.actions) == len(demo.actions.all(1))
    (vote,) = content.rounds
    tally = demo.voting.tally(demo.voting.rounds(1)[0].id)
    assert vote.total_dots == tally.total_dots
    assert vote.paper_dots == tally.paper_dots == 3
    assert [i.total for i in vote.items] == [i.total for i in tally.items]
    assert content.audit_events == demo.sessions.audit_head(1)[0]
    assert content.audit_intact


def test_only_people_who_agreed_are_named(demo: Workshop) -> None:
    content = gather(demo, 1)
    assert {p.name for p in content.named} == {"Claire Martin", "Élodie Bernard"}
    text = json.dumps(content.to_json(), ensure_ascii=False)
    for person in demo.roster.participants(1):
        if not person.named_in_minutes:
            assert person.pseudonym not in text
            if person.display_name:
                assert person.display_name not in text


def test_agenda_has_planned_and_actual_minutes(demo: Workshop) -> None:
    content = gather(demo, 1)
    assert [line.planned_minutes for line in content.agenda] == [15, 20, 20, 30, 20, 15, 40, 10]
    assert all(line.actual_minutes is not None for line in content.agenda)
    assert content.agenda[0].actual_minutes == 17


def test_digest_changes_with_the_content(demo: Workshop) -> None:
    before = gather(demo, 1).digest()
    assert before == gather(demo, 1).digest()
    demo.sessions.update(1, next_steps="Autre chose")
    assert gather(demo, 1).digest() != before
