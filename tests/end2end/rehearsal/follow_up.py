"""The follow-up loop in the rehearsal: the Lab joins a programme, the winning theme becomes a
commitment with a first dated update, and at closing each expectation is marked against what
the Lab did (one of them out of the city's competence, linked to its parking-lot item)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.core.commitments import CommitmentStatus
from app.core.expectations import Outcome
from app.ui.follow_up.commitments_panel import CommitmentsPanel
from app.ui.follow_up.outcomes_panel import OutcomesPanel
from tests.end2end.rehearsal.desk import RehearsalError, type_text

if TYPE_CHECKING:
    from tests.end2end.rehearsal.lab import Lab

PROGRAMME = "Villes résilientes — Lyon 2026"
OWNER = "Direction de la relation aux usagers"
FIRST_UPDATE = "Le guichet du samedi est voté au budget de janvier"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUp", text)


def _name_the_programme(dialog: QWidget) -> bool:
    if not isinstance(dialog, QInputDialog):
        return False
    field = dialog.findChild(QLineEdit)
    type_text(field, PROGRAMME)
    QTest.keyClick(field, Qt.Key.Key_Return)
    return True


def commit_to_the_winner(lab: Lab) -> None:
    desk = lab.desk
    panel = desk.tab(CommitmentsPanel)
    with desk.answering(_name_the_programme, what="naming the programme"):
        desk.click(desk.button(_tr("New programme…"), panel))
    desk.wait_until(lambda: desk.ws.programmes.of_session(lab.session_id) is not None,
                    "the Lab belongs to its programme")
    themes = [i for i in range(panel.source.count())
              if (panel.source.itemData(i) or ("",))[0] == "theme"]
    if not themes:
        raise RehearsalError("no theme to commit to")
    panel.source.setCurrentIndex(themes[0])
    desk.type_into(panel.owner, OWNER)
    desk.click(desk.button(_tr("Make commitment"), panel))
    desk.wait_until(lambda: len(desk.ws.commitments.of_session(lab.session_id)) == 1,
                    "the commitment is made")
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    desk.choose(panel.status, CommitmentStatus.ACCEPTED.value)
    panel.progress.setValue(20)
    desk.type_into(panel.what, FIRST_UPDATE)
    desk.type_into(panel.by_role, OWNER)
    desk.click(desk.button(_tr("Record update"), panel))
    desk.wait_until(lambda: desk.ws.commitments.of_session(lab.session_id)[0].status
                    is CommitmentStatus.ACCEPTED, "the commitment is accepted")
    desk.shot("commitment")


def _outcome_for(index: int) -> Outcome:
    return (Outcome.MET, Outcome.PARTLY_MET, Outcome.OUT_OF_COMPETENCE, Outcome.NOT_MET)[
        index % 4]


def mark_the_expectations(lab: Lab) -> None:
    desk = lab.desk
    panel = desk.tab(OutcomesPanel)
    count = len(panel.marked)
    if count == 0:
        raise RehearsalError("no expectation to mark")
    for row in range(count):
        panel.table.setCurrentCell(row, 0)
        outcome = _outcome_for(row)
        desk.choose(panel.outcome, outcome.value)
        if outcome is Outcome.OUT_OF_COMPETENCE:
            panel.parking.setCurrentIndex(0)
        desk.click(desk.button(_tr("Mark the selected expectation"), panel))
    marked: Callable[[], bool] = lambda: all(  # noqa: E731 (one condition, read once)
        m.outcome is not None for m in desk.ws.expectations.marked(lab.session_id))
    desk.wait_until(marked, "every expectation is marked")
    desk.shot("outcomes")
