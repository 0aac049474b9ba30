"""The names people read for the follow-up loop's values (statuses, outcomes …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.commitments import CommitmentStatus, SourceKind
from app.core.expectations import Outcome
from app.core.experiments import ExperimentStatus, Recommendation

translate = QCoreApplication.translate


def commitment_status(value: CommitmentStatus) -> str:
    return {
        CommitmentStatus.PROPOSED: translate("FollowUp", "Proposed"),
        CommitmentStatus.ACCEPTED: translate("FollowUp", "Accepted"),
        CommitmentStatus.IN_PROGRESS: translate("FollowUp", "In progress"),
        CommitmentStatus.DONE: translate("FollowUp", "Done"),
        CommitmentStatus.DECLINED: translate("FollowUp", "Declined"),
        CommitmentStatus.FORWARDED: translate("FollowUp", "Forwarded"),
    }[value]


def source_kind(value: SourceKind) -> str:
    return {
        SourceKind.IDEA: translate("FollowUp", "Idea"),
        SourceKind.THEME: translate("FollowUp", "Theme"),
        SourceKind.PARKING: translate("FollowUp", "Parking lot"),
    }[value]


def experiment_status(value: ExperimentStatus) -> str:
    return {
        ExperimentStatus.PLANNED: translate("FollowUp", "Planned"),
        ExperimentStatus.RUNNING: translate("FollowUp", "Running"),
        ExperimentStatus.SUCCEEDED: translate("FollowUp", "Succeeded"),
        ExperimentStatus.FAILED: translate("FollowUp", "Failed"),
        ExperimentStatus.MIXED: translate("FollowUp", "Mixed results"),
    }[value]


def recommendation(value: Recommendation) -> str:
    return {
        Recommendation.NONE: translate("FollowUp", "Not decided yet"),
        Recommendation.SCALE_UP: translate("FollowUp", "Scale up"),
        Recommendation.ADAPT: translate("FollowUp", "Adapt"),
        Recommendation.STOP: translate("FollowUp", "Stop"),
    }[value]


def outcome(value: Outcome | None) -> str:
    if value is None:
        return translate("FollowUp", "Not marked yet")
    return {
        Outcome.MET: translate("FollowUp", "Met"),
        Outcome.PARTLY_MET: translate("FollowUp", "Partly met"),
        Outcome.NOT_MET: translate("FollowUp", "Not met"),
        Outcome.OUT_OF_COMPETENCE: translate("FollowUp", "Out of the city's competence"),
    }[value]
