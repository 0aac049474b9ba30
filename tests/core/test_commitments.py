"""Commitments: every status change, the required decline reason, forwarding, answers."""

from __future__ import annotations

import pytest

from app.core.commitments import CommitmentStatus, SourceKind
from app.core.errors import RuleError
from app.core.model import Area, Competence, Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop


def _lab(workshop: Workshop) -> tuple[int, int, int, int]:
    session = workshop.sessions.create("Lab 1", "2026-03-01", territory="Lyon")
    idea = workshop.board.add_note(session.id, Area.IDEAS, "Guichet unique en mairie")
    parked = workshop.board.add_note(session.id, Area.PARKING_LOT, "Titres de séjour plus longs")
    workshop.board.set_parking(parked.id, Competence.NATIONAL, "Préfecture du Rhône")
    theme = workshop.board.add_theme(session.id, "Logement")
    return session.id, idea.id, parked.id, theme.id


@pytest.mark.parametrize("status", [CommitmentStatus.ACCEPTED, CommitmentStatus.IN_PROGRESS,
                                    CommitmentStatus.DONE, CommitmentStatus.PROPOSED])
def test_each_status_change_is_recorded_with_its_history(workshop: Workshop,
                                                         status: CommitmentStatus) -> None:
    session_id, idea_id, _, _ = _lab(workshop)
    made = workshop.commitments.add(session_id, SourceKind.IDEA, idea_id,
                                    owner_role="Service relation usagers")
    assert made.status is CommitmentStatus.PROPOSED
    assert made.text == "Guichet unique en mairie"
    updated = workshop.commitments.update(
        session_id, made.id, status, progress=40, what="Local trouvé", evidence="Délibération",
        by_role="Chargée de mission", day="2026-04-02")
    assert updated.status is status
    assert updated.progress == (100 if status is CommitmentStatus.DONE else 40)
    (entry,) = updated.history
    assert (entry.day, entry.what, entry.evidence, entry.by_role) == (
        "2026-04-02", "Local trouvé", "Délibération", "Chargée de mission")
    ops = [r["op"] for r in workshop.database.rows(
        "SELECT op FROM audit WHERE session_id = ?", (session_id,))]
    assert ops[-2:] == ["add_commitment", "update_commitment"]


def test_declining_needs_a_reason(workshop: Workshop) -> None:
    session_id, _, _, theme_id = _lab(workshop)
    made = workshop.commitments.add(session_id, SourceKind.THEME, theme_id)
    assert made.text == "Logement"
    with pytest.raises(RuleError) as refused:
        workshop.commitments.update(session_id, made.id, CommitmentStatus.DECLINED, reason="  ")
    assert refused.value.code == "decline_needs_reason"
    assert workshop.commitments.get(made.id).status is CommitmentStatus.PROPOSED
    declined = workshop.commitments.update(session_id, made.id, CommitmentStatus.DECLINED,
                                           reason="Pas de budget en 2026")
    assert declined.reason == "Pas de budget en 2026"
    assert declined.history[-1].what == "Pas de budget en 2026"


def test_forwarding_names_the_body_and_keeps_its_answer(workshop: Workshop) -> None:
    session_id, idea_id, parked_id, _ = _lab(workshop)
    idea = workshop.commitments.add(session_id, SourceKind.IDEA, idea_id)
    with pytest.raises(RuleError) as refused:
        workshop.commitments.update(session_id, idea.id, CommitmentStatus.FORWARDED)
    assert refused.value.code == "forward_needs_body"
    parked = workshop.commitments.add(session_id, SourceKind.PARKING, parked_id)
    assert parked.competence is Competence.NATIONAL
    assert parked.forwarded_to == "Préfecture du Rhône"
    forwarded = workshop.commitments.update(
        session_id, parked.id, CommitmentStatus.FORWARDED, day="2026-04-01")
    assert forwarded.forwarded_to == "Préfecture du Rhône"
    answered = workshop.commitments.record_answer(
        session_id, parked.id, "La préfecture ouvre un créneau dédié", day="2026-05-10",
        by_role="Cabinet du maire")
    assert answered.answer == "La préfecture ouvre un créneau dédié"
    assert answered.history[-1].by_role == "Cabinet du maire"


def test_bad_progress_and_wrong_sources_are_refused(workshop: Workshop) -> None:
    session_id, idea_id, parked_id, _ = _lab(workshop)
    made = workshop.commitments.add(session_id, SourceKind.IDEA, idea_id)
    for bad in (-1, 101, float("nan")):
        with pytest.raises(RuleError):
            workshop.commitments.update(session_id, made.id, CommitmentStatus.IN_PROGRESS,
                                        progress=bad)
    with pytest.raises(RuleError):
        workshop.commitments.update(session_id, made.id, CommitmentStatus.ACCEPTED, day="hier")
    with pytest.raises(RuleError):  # a parking-lot item is not an idea
        workshop.commitments.add(session_id, SourceKind.IDEA, parked_id)
    other = workshop.sessions.create("Ailleurs", "2026-03-02")
    with pytest.raises(RuleError):  # another session, not in the same programme
        workshop.commitments.add(other.id, SourceKind.IDEA, idea_id)


def test_a_private_name_as_owner_needs_that_person_to_opt_in(workshop: Workshop) -> None:
    session_id, idea_id, _, _ = _lab(workshop)
    workshop.roster.add(session_id, NewParticipant(group=Group.LOCAL_ACTOR,
                                                   display_name="Amina"))
    with pytest.raises(RuleError) as refused:
        workshop.commitments.add(session_id, SourceKind.IDEA, idea_id, owner_role="amina")
    assert refused.value.code == "owner_is_a_person"
    kept = workshop.commitments.add(session_id, SourceKind.IDEA, idea_id,
                                    owner_role="Direction de la solidarité")
    assert kept.owner_role == "Direction de la solidarité"


def test_commitments_follow_the_programme_into_the_next_lab(workshop: Workshop) -> None:
    session_id, idea_id, _, _ = _lab(workshop)
    workshop.programmes.create(session_id, "Resilient Cities — Lyon 2026")
    made = workshop.commitments.add(session_id, SourceKind.IDEA, idea_id)
    following = workshop.sessions.duplicate(session_id, "Lab 2", "2026-06-01")
    assert [c.id for c in workshop.commitments.followed_in(following.id)] == [made.id]
    workshop.commitments.update(following.id, made.id, CommitmentStatus.IN_PROGRESS,
                                progress=60, what="Ouvert deux matinées")
    translated = workshop.commitments.translate(following.id, made.id, "ar",
                                                "شباك موحد في البلدية")
    assert translated.text_in("ar") == "شباك موحد في البلدية"
    assert translated.text_in("fa") == "Guichet unique en mairie"
    assert translated.history[-1].session_id == following.id
    assert workshop.commitments.followed_in(session_id) == [translated]
