"""Removing a participant who voted: warned, and their dots kept or withdrawn in an open round;
a secret round says that it cannot link anyone to their dots."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel, Group, Participant, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui.roster import RosterPanel


def roster_on(demo: Workshop, qtbot: QtBot, person: Participant) -> RosterPanel:
    panel = RosterPanel(demo, 1)
    qtbot.addWidget(panel)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.record(panel.model.index(r, 0)) == person)
    panel.table.selectRow(row)
    assert panel.current() == person
    return panel


def a_voter(demo: Workshop) -> Participant:
    return next(p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER)


def test_a_voter_removed_with_their_dots_withdrawn(demo: Workshop, qtbot: QtBot,
                                                   open_round: VoteRound) -> None:
    person = a_voter(demo)
    demo.voting.set_ballot(open_round.id, person.id, {open_round.item_ids[0]: 2},
                           origin=Channel.PHONE)
    panel = roster_on(demo, qtbot, person)
    box = panel.remove()
    assert box is not None
    assert box.objectName() == "remove-participant"
    lines = box.text().replace("\u2068", "").replace("\u2069", "").splitlines()
    assert lines[-3:-1] == [f"{person.shown_name} has voted in the open round:",
                            "Which ideas first?"]  # the title on a line of its own
    assert "Which ideas first?" in box.text()
    box.findChild(QAbstractButton, "remove-withdraw").click()
    assert demo.roster.get(person.id).removed
    assert demo.voting.tally(open_round.id).total_dots == 0
    assert demo.voting.turnout(open_round.id).voted == 0


def test_a_voter_removed_with_their_dots_kept(demo: Workshop, qtbot: QtBot,
                                              open_round: VoteRound) -> None:
    person = a_voter(demo)
    demo.voting.set_ballot(open_round.id, person.id, {open_round.item_ids[0]: 2},
                           origin=Channel.PHONE)
    panel = roster_on(demo, qtbot, person)
    box = panel.remove()
    assert box is not None
    box.findChild(QAbstractButton, "remove-keep").click()
    assert demo.roster.get(person.id).removed
    assert demo.voting.tally(open_round.id).total_dots == 2


def test_cancelling_removes_nobody(demo: Workshop, qtbot: QtBot,
                                   open_round: VoteRound) -> None:
    person = a_voter(demo)
    demo.voting.set_ballot(open_round.id, person.id, {open_round.item_ids[0]: 1},
                           origin=Channel.PHONE)
    box = roster_on(demo, qtbot, person).remove()
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not demo.roster.get(person.id).removed
    assert demo.voting.tally(open_round.id).total_dots == 1


def test_a_secret_round_says_it_cannot_link_anyone(demo: Workshop, qtbot: QtBot) -> None:
    ideas = [n.id for n in demo.board.notes(1, area=Area.IDEAS)][:3]
    vote = demo.voting.open(demo.voting.create(1, "Secret", RoundTarget.NOTES, ideas,
                                               secret=True).id)
    person = a_voter(demo)
    demo.voting.set_ballot(vote.id, person.id, {ideas[0]: 1}, origin=Channel.PHONE)
    box = roster_on(demo, qtbot, person).remove()
    assert box is not None
    assert "Nothing links a person to their dots" in box.text()
    assert box.findChild(QAbstractButton, "remove-withdraw") is None
    box.findChild(QAbstractButton, "remove-keep").click()
    assert demo.roster.get(person.id).removed
    assert demo.voting.tally(vote.id).total_dots == 1
