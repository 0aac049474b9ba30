"""The roster: pseudonyms, no identity fields, all-or-nothing import, attendance, tokens."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.errors import RuleError
from app.core.model import ActorType, Channel, Group, Participant, WalkIn
from app.core.roster import NewParticipant
from app.core.roster_matching import RosterRow
from app.core.workshop import Workshop

FORBIDDEN = {"nationality", "legal_status", "religion", "ethnicity", "birth_date", "address",
             "phone", "id_number", "migration_status"}


def test_no_field_for_identity_data(workshop: Workshop) -> None:
    fields = {f.name for f in dataclasses.fields(Participant)}
    assert not fields & FORBIDDEN
    columns = {row[1] for row in workshop.database.conn.execute("PRAGMA table_info(participant)")}
    assert not columns & FORBIDDEN


def test_pseudonyms_and_codes_are_generated_and_unique(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    people = workshop.roster.add_many(session.id, [NewParticipant(Group.NEWCOMER)] * 30)
    assert len({p.pseudonym for p in people}) == 30
    assert len({p.short_code for p in people}) == 30
    assert all(p.shown_name == p.pseudonym for p in people)
    code = people[3].short_code
    found = workshop.roster.by_code(session.id, f" {code[:3].lower()}-{code[3:]} ")
    assert found is not None
    assert found.id == people[3].id


def test_import_is_all_or_nothing(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    with pytest.raises(RuleError):
        workshop.roster.add_many(session.id, [
            NewParticipant(Group.NEWCOMER, "ar", "Amina"),
            NewParticipant(Group.NEWCOMER, "xx-not-a-language"),
        ])
    assert workshop.roster.participants(session.id) == []


def test_actor_type_only_for_local_actors(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    with pytest.raises(RuleError):
        workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER,
                                                       actor_type=ActorType.ELECTED))


def test_attendance_arrival_departure_and_return(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    person = workshop.roster.add(session.id, NewParticipant(Group.LOCAL_ACTOR))
    arrived = workshop.roster.check_in(person.id)
    assert arrived.left_at is None
    assert workshop.roster.check_out(person.id).left_at is not None
    assert workshop.roster.present(session.id) == []
    again = workshop.roster.check_in(person.id)
    assert again.arrived_at == arrived.arrived_at
    assert [p.id for p in workshop.roster.present(session.id)] == [person.id]


def test_removed_participant_loses_portal_access(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    person = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER))
    token = workshop.roster.issue_token(person.id)
    assert len(token) >= 22  # 128 bits, URL-safe
    found = workshop.roster.by_token(session.id, token)
    assert found is not None
    assert found.id == person.id
    assert workshop.database.scalar("SELECT COUNT(*) FROM portal_token WHERE token_hash = ?",
                                    (token,)) == 0  # only the hash is stored
    workshop.roster.remove(person.id)
    assert workshop.roster.by_token(session.id, token) is None
    with pytest.raises(RuleError):
        workshop.roster.check_in(person.id)


def test_a_second_import_updates_and_never_duplicates(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    first = [RosterRow(NewParticipant(Group.NEWCOMER, "ar", "Amina")),
             RosterRow(NewParticipant(Group.NEWCOMER, "fr", "Karim")),
             RosterRow(NewParticipant(Group.NEWCOMER, "fr", "Karim")),
             RosterRow(NewParticipant(Group.OBSERVER, "fr", "Léa"))]
    done = workshop.roster.import_people(session.id, first)
    assert (len(done.added), len(done.updated), len(done.unchanged)) == (4, 0, 0)
    people = workshop.roster.participants(session.id)
    again = [RosterRow(NewParticipant(Group.NEWCOMER, "ar", " amina ")),  # case, spaces
             RosterRow(NewParticipant(Group.NEWCOMER, "fr", "Karim")),
             RosterRow(NewParticipant(Group.NEWCOMER, "fr", "KARIM")),
             RosterRow(NewParticipant(Group.LOCAL_ACTOR, "fr", "Lea"),  # accents do not count
                       code=people[3].short_code.lower()),
             RosterRow(NewParticipant(Group.NEWCOMER, "ti", "Yonas"))]
    done = workshop.roster.import_people(session.id, again)
    assert (len(done.added), len(done.updated), len(done.unchanged)) == (1, 3, 1)
    after = workshop.roster.participants(session.id)
    assert len(after) == 5
    assert after[0].display_name == "amina"
    assert after[3].group is Group.LOCAL_ACTOR
    assert after[3].display_name == "Lea"
    assert [p.pseudonym for p in after[:4]] == [p.pseudonym for p in people]


def test_a_file_of_codes_keeps_the_names_already_typed(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    amina = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER, "ar", "Amina"))
    done = workshop.roster.import_people(session.id, [
        RosterRow(NewParticipant(Group.NEWCOMER, "fr"), pseudonym=amina.pseudonym.upper())])
    assert done.updated == (amina.id,)
    changed = workshop.roster.get(amina.id)
    assert (changed.display_name, changed.language) == ("Amina", "fr")


def test_an_import_with_a_bad_row_changes_no_one(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER, "ar", "Amina"))
    with pytest.raises(RuleError):
        workshop.roster.import_people(session.id, [
            RosterRow(NewParticipant(Group.NEWCOMER, "fr", "Amina")),
            RosterRow(NewParticipant(Group.NEWCOMER, "xx", "Bad"))])
    assert [p.language for p in workshop.roster.participants(session.id)] == ["ar"]


def test_a_waiting_walk_in_is_let_in_by_the_facilitator_only(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    waiting = workshop.roster.add(
        session.id, NewParticipant(Group.NEWCOMER, walk_in=WalkIn.WAITING), origin=Channel.PHONE)
    assert waiting.waiting
    with pytest.raises(RuleError) as refused:
        workshop.roster.check_in(waiting.id, origin=Channel.PHONE)
    assert refused.value.code == "waiting_for_approval"
    with pytest.raises(RuleError):
        workshop.roster.check_in(waiting.id, origin=Channel.KIOSK)
    assert workshop.roster.attendance(session.id) == {}
    workshop.roster.admit(waiting.id)
    assert workshop.roster.get(waiting.id).walk_in is WalkIn.ADMITTED
    assert waiting.id in workshop.roster.attendance(session.id)
    walk_ins = workshop.roster.walk_ins(session.id)
    assert (walk_ins.waiting, walk_ins.admitted, walk_ins.refused) == ((), 1, 0)
    ops = [row[0] for row in workshop.database.conn.execute("SELECT op FROM audit")]
    assert "admit_walk_in" in ops


def test_a_walk_in_turned_away_is_out_and_counted(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    on_roster = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER))
    waiting = workshop.roster.add(session.id,
                                  NewParticipant(Group.NEWCOMER, walk_in=WalkIn.WAITING))
    token = workshop.roster.issue_token(waiting.id)
    with pytest.raises(RuleError) as refused:
        workshop.roster.refuse(on_roster.id)  # only a waiting walk-in is turned away
    assert refused.value.code == "not_waiting"
    workshop.roster.refuse(waiting.id)
    assert workshop.roster.get(waiting.id).removed
    assert workshop.roster.by_token(session.id, token) is None
    walk_ins = workshop.roster.walk_ins(session.id)
    assert (walk_ins.waiting, walk_ins.admitted, walk_ins.refused) == ((), 0, 1)


def test_walk_in_approval_is_a_session_setting(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-01")
    assert not session.walk_in_approval
    assert workshop.sessions.update(session.id, walk_in_approval=True).walk_in_approval
