"""A session's follow-up, as a facilitator records it: a commitment from an idea with its
history and a translation, a micro-experiment with readings, a marked expectation."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.actions import ActionPlan
from app.core.commitments import CommitmentStatus, SourceKind
from app.core.expectations import Outcome
from app.core.experiments import ExperimentFollowUp, ExperimentStatus, Recommendation
from app.core.model import ActionKind, Area
from app.core.workshop import Workshop


@dataclass(frozen=True)
class FollowedUp:
    commitment: str
    criterion: str
    reading_note: str


def follow_up(workshop: Workshop, session_id: int, city: str) -> FollowedUp:
    idea = workshop.board.add_note(session_id, Area.IDEAS, f"Une permanence à {city}")
    wording = f"Ouvrir une permanence bilingue à {city}"
    commitment = workshop.commitments.add(session_id, SourceKind.IDEA, idea.id, text=wording,
                                          owner_role="Maison des solidarités")
    workshop.commitments.update(session_id, commitment.id, CommitmentStatus.IN_PROGRESS,
                                progress=40, what="Local trouvé", by_role="Chargée de mission",
                                day="2026-11-20")
    workshop.commitments.translate(session_id, commitment.id, "ar",
                                   f"فتح مكتب ثنائي اللغة في {city}")
    criterion = f"Personnes reçues à {city}"
    action = workshop.actions.add(session_id, ActionPlan(
        ActionKind.EXPERIMENT, f"Accueil bilingue {city}", owner_role="Mairie",
        criteria=((criterion, "≥ 15", "Registre d'accueil"),)))
    workshop.experiments.describe(session_id, action.id, ExperimentFollowUp(
        hypothesis="Un accueil en deux langues fait venir plus de monde",
        target_groups=("newcomer",), status=ExperimentStatus.RUNNING,
        recommendation=Recommendation.ADAPT))
    note = f"semaine de la rentrée {city}"
    for day, value in (("2026-11-21", 6), ("2026-11-28", 11)):
        workshop.experiments.add_reading(session_id, action.criteria[0].id, day, value, note)
    hope = workshop.board.add_note(session_id, Area.EXPECTATIONS, f"Un travail à {city}")
    workshop.expectations.mark(session_id, hope.id, Outcome.PARTLY_MET)
    return FollowedUp(wording, criterion, note)
