"""The Review ("you said, we did"): what became of the earlier Labs' ideas, for the room.

One list, read by the projector, the phones and the printed feedback sheet alike: each
commitment (the idea's own words, what was promised in the reader's language, its status,
progress, reason or the body it went to and the answer received) and each micro-experiment
with its readings. Plain data: each face words the statuses in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.commitments import Commitment, CommitmentStatus, SourceKind
from app.core.experiments import Experiment, ExperimentStatus, Recommendation
from app.core.workshop import Workshop


@dataclass(frozen=True)
class CriterionReadings:
    indicator: str
    target: str
    values: tuple[tuple[str, float], ...]  # (date, value), oldest first


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # "commitment" or "experiment"
    source_kind: SourceKind | None  # where a commitment came from
    said: str  # the idea, theme or parking-lot item as people wrote it (or the experiment)
    did: str  # the commitment in the reader's language, or the experiment's story
    status: str  # a CommitmentStatus or ExperimentStatus value
    progress: int | None
    owner_role: str
    reason: str  # why declined
    forwarded_to: str
    answer: str  # received from the body it was forwarded to
    recommendation: Recommendation | None
    readings: tuple[CriterionReadings, ...]
    session_date: str


def _from_commitment(item: Commitment, language: str, day: str) -> ReviewItem:
    forwarded = item.status is CommitmentStatus.FORWARDED or bool(item.answer)
    return ReviewItem(
        "commitment", item.source_kind, item.source_text, item.text_in(language),
        item.status.value, item.progress, item.owner_role,
        item.reason if item.status is CommitmentStatus.DECLINED else "",
        item.forwarded_to if forwarded else "", item.answer, None, (), day)


def _from_experiment(item: Experiment, day: str) -> ReviewItem:
    readings = tuple(
        CriterionReadings(c.indicator, c.target,
                          tuple((r.day, r.value) for r in item.readings.get(c.id, ())))
        for c in item.action.criteria)
    return ReviewItem(
        "experiment", None, item.action.title, item.story or item.observed,
        ExperimentStatus(item.status).value, None, item.action.owner_role, "", "", "",
        item.recommendation, readings, day)


def review_items(workshop: Workshop, session_id: int, language: str = "") -> list[ReviewItem]:
    """What the Review of ``session_id`` shows: the commitments and experiments of the earlier
    sessions of its programme (and its own, once it has made some), oldest first."""
    days = {s.id: s.date for s in workshop.programmes.earlier_sessions(session_id)}
    days[session_id] = workshop.sessions.get(session_id).date
    items = [_from_commitment(c, language, days.get(c.session_id, ""))
             for c in workshop.commitments.followed_in(session_id)]
    items += [_from_experiment(e, days.get(e.action.session_id, ""))
              for e in workshop.experiments.followed_in(session_id)]
    return items
