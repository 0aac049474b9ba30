"""Removing a participant who voted: the facilitator is warned, and in an open round that is
not secret chooses to keep or withdraw their dots. In a secret round nothing links a person to
their dots, so they stay counted, and the facilitator is told so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.core.errors import RuleError
from app.core.model import Participant
from app.core.workshop import Workshop
from app.ui.labels import own_direction, shown_name
from app.ui.messages import confirm, show_error

translate = QCoreApplication.translate


def ask_to_remove(
    parent: QWidget, workshop: Workshop, person: Participant, remove: Callable[[], object],
    *, withdrawn: Callable[[int], object] | None = None,
) -> QMessageBox:
    """Ask before removing ``person``; ``remove`` runs on any "Remove" answer, after their
    dots were withdrawn if the facilitator chose so (then ``withdrawn`` hears how many dots
    left the tally). The box is returned open (not modal)."""
    voted = workshop.voting.rounds_voted_in(person.session_id, person.id)
    name = shown_name(person)
    question = translate(
        "Roster", "Remove {name} from the session? Their phone stops working for this session."
    ).format(name=name)
    if not voted:
        return confirm(parent, question, remove)
    box = QMessageBox(parent)
    box.setObjectName("remove-participant")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Removal", "Remove a participant"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    text = question
    withdraw: QAbstractButton | None = None
    keep: QAbstractButton
    open_round = voted[0]
    if not open_round.secret:
        # The round's title on a line of its own: never wrapped among the program's words.
        text += "\n\n" + "\n".join((
            translate("Removal", "{name} has voted in the open round:").format(name=name),
            own_direction(open_round.title),
            translate("Removal", "Keep their dots, or withdraw them?"),
        ))
        withdraw = box.addButton(
            translate("Removal", "Remove and withdraw their dots"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        withdraw.setObjectName("remove-withdraw")
        keep = box.addButton(
            translate("Removal", "Remove and keep their dots"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        text += "\n\n" + "\n".join((
            translate("Removal", "This open round is secret:"),
            own_direction(open_round.title),
            translate(
                "Removal",
                "Nothing links a person to their dots, so if {name} voted, their dots stay "
                "counted.",
            ).format(name=name),
        ))
        keep = box.addButton(translate("Removal", "Remove"), QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("remove-keep")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setText(text)

    def answered(button: QAbstractButton) -> None:
        if button is cancel:
            return
        count = 0
        if button is withdraw:
            try:
                count = workshop.voting.withdraw(open_round.id, person.id)
            except RuleError as error:
                show_error(parent, error)
                return
        remove()
        if button is withdraw and withdrawn is not None:
            withdrawn(count)

    box.buttonClicked.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
