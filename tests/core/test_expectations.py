"""Expectations against outcomes, counted by group with small groups suppressed."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.expectations import Outcome
from app.core.model import Area, Competence, Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop


def test_marking_and_the_outcome_table(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-03-01")
    people = {g: [workshop.roster.add(session.id, NewParticipant(group=g)).id
                  for _ in range(n)]
              for g, n in ((Group.NEWCOMER, 6), (Group.LOCAL_ACTOR, 5), (Group.OBSERVER, 2))}
    notes = []
    for group, ids in people.items():
        for author in ids:
            notes.append(workshop.board.add_note(session.id, Area.EXPECTATIONS,
                                                 f"Attente {group.value}", author_id=author))
    parked = workshop.board.add_note(session.id, Area.PARKING_LOT, "Papiers")
    workshop.board.set_parking(parked.id, Competence.NATIONAL, "Préfecture")
    with pytest.raises(RuleError) as refused:
        workshop.expectations.mark(session.id, notes[0].id, Outcome.OUT_OF_COMPETENCE)
    assert refused.value.code == "out_needs_parking"
    with pytest.raises(RuleError):  # only expectations are marked
        workshop.expectations.mark(session.id, parked.id, Outcome.MET)
    workshop.expectations.mark(session.id, notes[0].id, Outcome.OUT_OF_COMPETENCE, parked.id)
    for note in notes[1:8]:
        workshop.expectations.mark(session.id, note.id, Outcome.MET)
    table = workshop.expectations.table(session.id)
    assert table.counts[Outcome.MET.value] == 7
    assert table.counts[Outcome.OUT_OF_COMPETENCE.value] == 1
    assert table.counts[""] == len(notes) - 8
    assert "observer" in table.suppressed_groups
    # Two observers are hidden; with only one group hidden, one more goes so none can be
    # worked out as the total minus the others.
    assert len(table.shown_groups) == 1
    assert table.rest[0].parking_text == "Papiers"
    assert table.rest[0].forwarded_to == "Préfecture"
    workshop.expectations.mark(session.id, notes[0].id, None)
    assert workshop.expectations.table(session.id).counts.get(
        Outcome.OUT_OF_COMPETENCE.value, 0) == 0
