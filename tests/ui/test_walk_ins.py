"""Walk-ins in the Phones panel: the approval setting, the count of new arrivals, letting in and
turning away over real HTTP; removing a participant offers to withdraw their dots."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.core.model import Session
from app.core.workshop import Workshop
from app.ui.main_window import MainWindow
from app.ui.portal_panel import PortalPanel
from tests.portal.conftest import open_round
from tests.portal.phone import Phone


@pytest.fixture
def session(workshop: Workshop) -> Session:
    return workshop.sessions.create("Walk-ins", "2026-11-22")


@pytest.fixture
def panel(qtbot: QtBot, workshop: Workshop, session: Session) -> Iterator[PortalPanel]:
    widget = PortalPanel(workshop, session.id)
    qtbot.addWidget(widget)
    widget.show()  # the Phones tab, open (a hidden one reads its list when shown)
    widget.address.setCurrentIndex(widget.address.findData("127.0.0.1"))
    widget.port.setValue(0)
    assert widget.start_portal()
    yield widget
    widget.stop_portal()


@pytest.fixture
def phones(panel: PortalPanel) -> Iterator[list[Phone]]:
    assert panel.server is not None
    made = [Phone(panel.server.port) for _ in range(2)]
    yield made
    for phone in made:
        phone.close()


def count_text(panel: PortalPanel) -> str:
    return panel.walk_ins.count.text()


def test_walk_ins_wait_until_the_facilitator_lets_them_in(
        qtbot: QtBot, panel: PortalPanel, workshop: Workshop, session: Session,
        phones: list[Phone]) -> None:
    box = panel.walk_ins
    assert count_text(panel) == "Waiting to be let in: 0 · Let in: 0"
    assert not box.admit.isEnabled()
    box.approval.setChecked(True)  # the facilitator asks to let walk-ins in
    assert workshop.sessions.get(session.id).walk_in_approval
    vote_round = open_round(workshop, session)
    late, stranger = phones
    assert late.check_in(session.room_token, name="Late").json()["me"]["waiting"]
    assert stranger.check_in(session.room_token, name="Stranger").status == 200
    qtbot.waitUntil(lambda: box.waiting.count() == 2)
    assert count_text(panel) == "Waiting to be let in: 2 · Let in: 0"
    assert "Late" in box.waiting.item(0).text()
    assert late.ballot(vote_round.id, {vote_round.item_ids[0]: 1}).code == \
        "waiting_for_approval"

    box.waiting.setCurrentRow(0)
    box.admit.click()  # Late is let in
    assert count_text(panel) == "Waiting to be let in: 1 · Let in: 1"
    assert late.state()["me"]["waiting"] is False
    assert late.ballot(vote_round.id, {vote_round.item_ids[0]: 1}).status == 200

    assert "Stranger" in box.waiting.currentItem().text()
    box.refuse.click()  # the stranger is turned away
    assert count_text(panel) == "Waiting to be let in: 0 · Let in: 1"
    assert stranger.get("/api/state").code == "participant_removed"
    assert workshop.voting.turnout(vote_round.id).voted == 1


def test_the_count_follows_phones_joining_while_the_panel_is_open(
        qtbot: QtBot, panel: PortalPanel, workshop: Workshop, session: Session,
        phones: list[Phone]) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)  # from elsewhere: shown
    qtbot.waitUntil(lambda: panel.walk_ins.approval.isChecked())
    phones[0].check_in(session.room_token)
    qtbot.waitUntil(lambda: count_text(panel) == "Waiting to be let in: 1 · Let in: 0")


def test_removing_a_voter_offers_to_withdraw_their_dots(
        qtbot: QtBot, panel: PortalPanel, workshop: Workshop, session: Session,
        phones: list[Phone]) -> None:
    vote_round = open_round(workshop, session)
    voter = phones[0]
    assert voter.check_in(session.room_token, name="Olena").status == 200
    assert voter.ballot(vote_round.id, {vote_round.item_ids[0]: 2}).status == 200
    assert workshop.voting.tally(vote_round.id).total_dots == 2
    qtbot.waitUntil(lambda: panel.people.count() == 1)
    panel.people.setCurrentRow(0)
    asked = panel.remove_selected()
    assert asked is not None
    assert "Which ideas first?" in asked.text()
    withdraw = asked.findChild(QAbstractButton, "remove-withdraw")
    assert withdraw is not None
    withdraw.click()
    assert workshop.voting.tally(vote_round.id).total_dots == 0  # out of the tally
    assert workshop.voting.turnout(vote_round.id).voted == 0
    shown = panel.removed_note.text().replace("\u2068", "").replace("\u2069", "")
    assert shown == "Olena was removed. Dots withdrawn from the open round: 2"
    assert voter.get("/api/state").code == "participant_removed"


def test_walk_ins_waiting_show_on_the_phones_tab_whatever_tab_is_open(
        qtbot: QtBot, workshop: Workshop, session: Session) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    window = MainWindow(workshop)
    qtbot.addWidget(window)
    window.register_panel("Phones", PortalPanel)
    window.show()
    window.open_session(session.id)
    workspace = window.workspace
    assert workspace is not None
    portal = workspace.panel(PortalPanel)
    assert isinstance(portal, PortalPanel)
    phones_tab = workspace.tabs.count() - 1
    assert workspace.tabs.tabText(phones_tab) == "Phones"
    workspace.tabs.setCurrentIndex(0)  # the facilitator is on the board
    portal.address.setCurrentIndex(portal.address.findData("127.0.0.1"))
    portal.port.setValue(0)
    assert portal.start_portal()
    assert portal.server is not None
    phone = Phone(portal.server.port)
    try:
        assert phone.check_in(session.room_token, name="Late").json()["me"]["waiting"]
        qtbot.waitUntil(lambda: workspace.tabs.tabText(phones_tab) == "Phones (1 waiting)")
        assert not portal.walk_ins.isVisible()
        workspace.tabs.setCurrentIndex(phones_tab)  # the list is read when shown
        assert portal.walk_ins.waiting.count() == 1
        portal.walk_ins.admit.click()
        assert workspace.tabs.tabText(phones_tab) == "Phones"
        window.switch_language("fr")  # the Phones tab is kept, in a new workspace
        renewed = window.workspace
        assert renewed is not None
        assert renewed is not workspace
        assert phone.check_in(session.room_token, name="Later").json()["me"]["waiting"]
        qtbot.waitUntil(lambda: renewed.tabs.tabText(phones_tab).endswith("(1 en attente)"))
    finally:
        window.switch_language("en")
        phone.close()
        portal.stop_portal()
