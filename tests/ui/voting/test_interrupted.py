"""A restart during a secret round: the desk says so on opening the session and recovers in
one click. The Workshop is really closed and opened again on the same file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QFrame, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel, Group, RoundStatus, RoundTarget
from app.core.workshop import Workshop
from app.demo import create_demo
from app.ui.voting.kiosk import KioskWindow
from app.ui.voting.panel import VotingPanel


def start_secret_round(db_path: Path) -> tuple[int, tuple[int, ...]]:
    """A first run of the program: a secret round open, two ballots and paper dots cast."""
    first = Workshop.open(db_path)
    try:
        create_demo(first)
        ideas = [n.id for n in first.board.notes(1, area=Area.IDEAS)][:4]
        vote = first.voting.open(first.voting.create(1, "Secret vote", RoundTarget.NOTES, ideas,
                                                     secret=True).id)
        people = [p for p in first.roster.participants(1) if p.group is Group.NEWCOMER]
        first.voting.set_ballot(vote.id, people[0].id, {ideas[0]: 2}, origin=Channel.KIOSK)
        first.voting.set_ballot(vote.id, people[1].id, {ideas[1]: 1}, origin=Channel.PHONE)
        first.voting.set_paper_dots(vote.id, ideas[2], Group.NEWCOMER, 1)
        return vote.id, vote.item_ids
    finally:
        first.close()


def reopen(db_path: Path, qtbot: QtBot) -> tuple[Workshop, VotingPanel]:
    workshop = Workshop.open(db_path)  # the program started again: the ballot key is gone
    panel = VotingPanel(workshop, 1)
    qtbot.addWidget(panel)
    return workshop, panel


def banner_of(panel: VotingPanel) -> QFrame:
    banner = panel.findChild(QFrame, "interrupted-round")
    assert banner is not None
    return banner


def test_after_a_restart_the_desk_says_so_and_restarts_the_round(
        db_path: Path, qtbot: QtBot) -> None:
    round_id, items = start_secret_round(db_path)
    workshop, panel = reopen(db_path, qtbot)
    try:
        panel.show()
        assert banner_of(panel).isVisible()
        assert "was interrupted" in panel.banner.text.text()
        assert "Secret vote" in panel.banner.text.text()
        box = panel.findChild(QMessageBox, "interrupted-round-message")
        assert box is not None
        assert box.isVisible()
        assert "was interrupted" in box.text()
        # The kiosk says it too, before anyone types a code.
        kiosk = KioskWindow(workshop, 1)
        qtbot.addWidget(kiosk)
        assert "interrupted" in kiosk.message.text()

        button = panel.findChild(QAbstractButton, "interrupted-restart")
        assert button is not None
        button.click()
        fresh = workshop.voting.open_round(1)
        assert fresh is not None
        assert fresh.id != round_id
        assert (fresh.title, fresh.item_ids, fresh.secret) == ("Secret vote", items, True)
        assert workshop.voting.tally(fresh.id).total_dots == 1  # only the paper count stays
        assert not banner_of(panel).isVisible()
        assert not box.isVisible()
        assert panel.current() == fresh
        qtbot.waitUntil(lambda: not kiosk.message.text())  # the kiosk takes ballots again
        voter = next(p for p in workshop.roster.participants(1) if p.group is Group.NEWCOMER)
        workshop.voting.set_ballot(fresh.id, voter.id, {items[3]: 1}, origin=Channel.KIOSK)
        assert "restart_interrupted_round" in {
            row["op"] for row in workshop.database.rows("SELECT op FROM audit")}
    finally:
        panel.close()
        workshop.close()


def test_after_a_restart_the_round_closes_with_the_dots_cast(
        db_path: Path, qtbot: QtBot) -> None:
    round_id, _items = start_secret_round(db_path)
    workshop, panel = reopen(db_path, qtbot)
    try:
        panel.show()
        assert banner_of(panel).isVisible()
        button = panel.findChild(QAbstractButton, "interrupted-close")
        assert button is not None
        button.click()
        closed = workshop.voting.get(round_id)
        assert closed.status is RoundStatus.CLOSED
        tally = workshop.voting.tally(round_id)
        assert tally.total_dots == 4  # 2 + 1 electronic, 1 paper: nothing lost
        assert not banner_of(panel).isVisible()
        panel.reveal_button.click()
        assert workshop.voting.get(round_id).status is RoundStatus.REVEALED
        assert "close_interrupted_round" in {
            row["op"] for row in workshop.database.rows("SELECT op FROM audit")}
    finally:
        panel.close()
        workshop.close()
    # Opened once more: nothing is interrupted any more, nothing is said.
    workshop, panel = reopen(db_path, qtbot)
    try:
        assert panel.findChild(QMessageBox, "interrupted-round-message") is None
        assert not banner_of(panel).isVisibleTo(panel)
    finally:
        panel.close()
        workshop.close()
