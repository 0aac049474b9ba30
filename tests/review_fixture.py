"""A programme of two Labs: the demo Lab's ideas became commitments and an experiment with
readings; the next Lab opens with the Review ("you said, we did")."""

from __future__ import annotations

from app.core.commitments import CommitmentStatus, SourceKind
from app.core.experiments import ExperimentFollowUp, ExperimentStatus, Recommendation
from app.core.model import PhaseKind, SessionStatus
from app.core.workshop import Workshop


def next_lab_with_review(demo: Workshop) -> int:
    """The demo (session 1) in a programme, followed up; returns the next Lab's id, whose
    Review phase is running."""
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.programmes.create(1, "Resilient Cities — Lyon 2026")
    one = demo.commitments.add(1, SourceKind.IDEA, 5, owner_role="Direction de la solidarité")
    demo.commitments.update(1, one.id, CommitmentStatus.IN_PROGRESS, progress=60,
                            what="Deux matinées ouvertes", by_role="Chargée de mission",
                            day="2026-11-20")
    demo.commitments.translate(1, one.id, "ar", "شباك موحد مع مترجمين صباحين في الأسبوع")
    two = demo.commitments.add(1, SourceKind.IDEA, 6, owner_role="Mairie du 7e")
    demo.commitments.update(1, two.id, CommitmentStatus.DECLINED,
                            reason="Pas d'agents disponibles le soir en 2027", day="2026-11-21")
    parked = demo.commitments.add(1, SourceKind.PARKING, 13, owner_role="Cabinet du maire")
    demo.commitments.update(1, parked.id, CommitmentStatus.FORWARDED, day="2026-11-22")
    demo.commitments.record_answer(1, parked.id, "Un créneau dédié ouvre en janvier",
                                   day="2026-11-25")
    for day, value in (("2026-11-03", 6), ("2026-11-10", 11), ("2026-11-17", 14)):
        demo.experiments.add_reading(1, 1, day, value)
    demo.experiments.describe(1, 1, ExperimentFollowUp(
        hypothesis="Des interprètes font venir ceux qui n'osaient pas",
        story="La fréquentation a plus que doublé en trois semaines",
        status=ExperimentStatus.SUCCEEDED, recommendation=Recommendation.SCALE_UP))
    demo.sessions.close(1)
    following = demo.sessions.duplicate(1, "Policy Lab 2 — Lyon", "2027-01-20")
    # The next Lab of a programme opens with the Review, after the welcome.
    kinds = [p.kind for p in demo.agenda.phases(following.id)]
    assert kinds[:2] == [PhaseKind.WELCOME, PhaseKind.REVIEW]
    review = demo.agenda.phases(following.id)[1]
    demo.sessions.set_status(following.id, SessionStatus.LIVE)
    demo.agenda.start(review.id)
    return following.id
