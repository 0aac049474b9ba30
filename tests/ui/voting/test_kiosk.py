"""The kiosk: three voters in a row, and nothing of one stays on screen for the next."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.core.badge_tokens import BadgeSigner
from app.core.model import Area, Channel, Group, Participant, RoundStatus, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui.attendance.camera import BadgeReader
from app.ui.voting.kiosk import KioskWindow
from app.ui.voting.kiosk_ballot import BallotPage, ItemCard
from app.ui.voting.round_items import item_texts
from tests.ui.attendance.frames import badge_photo, in_a_frame, to_qimage


def voters(workshop: Workshop) -> list[Participant]:
    return [p for p in workshop.roster.participants(1)
            if p.group in (Group.LOCAL_ACTOR, Group.NEWCOMER)]


def screen_state(kiosk: KioskWindow) -> list[str]:
    """Every text and state a person could see or a widget still holds."""
    seen: list[str] = []
    for child in kiosk.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            seen.append(child.text())
        if isinstance(child, QLineEdit):
            seen.append(child.text())
        seen.append(child.objectName())
        seen.append(child.accessibleName())
    return seen


def ballot(kiosk: KioskWindow) -> BallotPage:
    page = kiosk.stack.currentWidget()
    assert isinstance(page, BallotPage)
    return page


def assert_blank(kiosk: KioskWindow, person: Participant, item_words: list[str]) -> None:
    assert kiosk.stack.currentWidget() is kiosk.identify_page
    assert not kiosk.findChildren(BallotPage)
    assert not kiosk.findChildren(ItemCard)
    state = "\n".join(screen_state(kiosk))
    assert person.shown_name not in state
    assert person.pseudonym not in state
    assert person.short_code not in state.replace(" ", "")
    assert "●" not in state
    assert "kioskDone" not in state
    assert "kioskAlreadyVoted" not in state
    for words in item_words:
        assert words not in state
    assert kiosk.code.text() == ""
    assert kiosk.message.text() == ""
    # State, not only text: one page left, nobody held, timers off, direction and keys reset.
    assert kiosk.stack.count() == 1
    assert kiosk._voter is None
    assert not kiosk.idle.isActive()
    assert not kiosk.thanks.isActive()
    assert kiosk.identify_page.layoutDirection() is Qt.LayoutDirection.LeftToRight
    assert all(button.isEnabled() for button in kiosk.keypad.findChildren(QAbstractButton))
    assert not any(isinstance(w, QAbstractButton) and w.isCheckable() and w.isChecked()
                   for w in kiosk.findChildren(QWidget))


def test_three_voters_in_a_row(demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)

    texts = item_texts(demo, open_round)
    item_words = [text[:25] for text in texts.values()]
    signer = BadgeSigner.for_session(demo.database, 1)
    everyone = voters(demo)
    people = [  # a French, an Arabic (right to left) and an English voter, one after another
        next(p for p in everyone if p.language == "fr"),
        next(p for p in everyone if p.language == "ar" and p.display_name),
        next(p for p in everyone if p.language == "en"),
    ]
    plans = [{0: 2, 1: 1}, {2: 1}, {3: 2}]
    for person, plan in zip(people, plans, strict=True):
        assert_blank(kiosk, person, item_words)
        if person is people[1]:
            for key in person.short_code:  # typed on the on-screen keypad
                kiosk._type(key)
            kiosk.keypad.submitted.emit()
        else:
            kiosk.submit(signer.token(person.id))  # as the camera would
        page = ballot(kiosk)
        assert page.layoutDirection() == (
            page.layoutDirection().RightToLeft if person.language == "ar"
            else page.layoutDirection().LeftToRight)
        for index, count in plan.items():
            for _ in range(count):
                page.cards[index].plus.click()
        with qtbot.waitSignal(kiosk.voted):
            page.confirm.click()
        assert demo.voting.my_dots(open_round.id, person.id) == {
            open_round.item_ids[i]: c for i, c in plan.items()}
        with qtbot.waitSignal(kiosk.cleared):
            kiosk.findChild(QAbstractButton, "kioskNext").click()
        qtbot.waitUntil(lambda: not kiosk.findChildren(BallotPage))
        assert_blank(kiosk, person, item_words)
    assert demo.voting.turnout(open_round.id).voted == 3


def test_budget_and_cap_on_the_screen(demo: Workshop, qtbot: QtBot,
                                      open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    person = voters(demo)[0]
    kiosk.submit(person.short_code)
    page = ballot(kiosk)
    assert not page.confirm.isEnabled()  # a first vote needs a dot
    first, second = page.cards[0], page.cards[1]
    first.plus.click()
    first.plus.click()
    assert not first.plus.isEnabled()  # cap 2
    second.plus.click()
    assert not second.plus.isEnabled()  # budget 3 spent
    assert all(not card.plus.isEnabled() for card in page.cards)
    second.minus.click()
    assert second.plus.isEnabled()
    assert page.allocation() == {first.item_id: 2}
    page.cancel.click()
    assert demo.voting.my_dots(open_round.id, person.id) == {}


def test_a_badge_that_voted_never_sees_its_dots_and_replaces_only_when_confirmed(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    person = next(p for p in voters(demo) if p.language == "en")
    demo.voting.set_ballot(open_round.id, person.id, {open_round.item_ids[0]: 1},
                           origin=Channel.PHONE)
    kiosk.submit(person.short_code)  # a code read off someone's badge
    page = ballot(kiosk)
    assert all(card.count == 0 for card in page.cards)  # nothing of the earlier ballot
    assert "kioskAlreadyVoted" not in screen_state(kiosk)
    page.cards[1].plus.click()
    page.confirm.click()
    question = kiosk.findChild(QLabel, "kioskReplaceQuestion")
    assert question is not None
    assert question.text() == ("This badge has already voted. Voting again replaces the "
                               "earlier dots. Continue?")
    # "No": the earlier ballot stays as it was, and nothing is counted as replaced.
    kiosk.findChild(QAbstractButton, "kioskReplaceNo").click()
    assert kiosk.stack.currentWidget().objectName() == "kioskDone"
    assert demo.voting.my_dots(open_round.id, person.id) == {open_round.item_ids[0]: 1}
    assert demo.voting.replacements(open_round.id) == 0
    kiosk.clear()
    kiosk.submit(person.short_code)
    ballot(kiosk).cards[2].plus.click()
    ballot(kiosk).confirm.click()
    with qtbot.waitSignal(kiosk.voted):
        kiosk.findChild(QAbstractButton, "kioskReplaceYes").click()
    assert demo.voting.my_dots(open_round.id, person.id) == {open_round.item_ids[2]: 1}
    assert demo.voting.replacements(open_round.id) == 1


def test_someone_not_checked_in_is_sent_to_the_welcome_desk(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    person = next(p for p in voters(demo) if p.language == "fr")
    demo.roster.check_out(person.id)
    kiosk.submit(person.short_code)
    assert not kiosk.findChildren(BallotPage)
    assert "accueil" in kiosk.message.text()  # in their own language
    assert demo.voting.turnout(open_round.id).voted == 0


def test_refusals_are_said_and_nothing_opens(demo: Workshop, qtbot: QtBot,
                                             open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.submit("ZZZZZZ")
    assert "ZZZZZZ" in kiosk.message.text()
    signer = BadgeSigner.for_session(demo.database, 1)
    prefix, uid, _, mac = signer.token(7).split(".")
    kiosk.submit(f"{prefix}.{uid}.8.{mac}")
    assert "not valid" in kiosk.message.text()
    facilitator = demo.roster.participants(1)[0]
    assert facilitator.language == "fr"
    kiosk.submit(facilitator.short_code)  # told in their own language
    assert kiosk.message.text() == "Les animateurs et les observateurs ne votent pas."
    assert not kiosk.findChildren(BallotPage)


def test_closing_the_round_ends_an_open_ballot(demo: Workshop, qtbot: QtBot,
                                               open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    person = voters(demo)[1]
    kiosk.submit(person.short_code)
    ballot(kiosk).cards[0].plus.click()
    demo.voting.close(open_round.id)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget().objectName() == "kioskDone")
    assert demo.voting.get(open_round.id).status is RoundStatus.CLOSED
    assert demo.voting.my_dots(open_round.id, person.id) == {}
    kiosk.clear()
    kiosk.submit(person.short_code)
    assert not kiosk.findChildren(BallotPage)


def test_an_idle_ballot_is_dropped(demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.idle.setInterval(50)
    kiosk.submit(voters(demo)[2].short_code)
    ballot(kiosk).cards[0].plus.click()
    with qtbot.waitSignal(kiosk.cleared):
        pass
    assert demo.voting.turnout(open_round.id).voted == 0


def test_a_badge_at_the_camera_opens_the_ballot_in_the_voters_language(
    demo: Workshop, qtbot: QtBot, open_round: VoteRound, tmp_path: Path
) -> None:
    reader = BadgeReader()
    kiosk = KioskWindow(demo, 1, scanner=reader)
    qtbot.addWidget(kiosk)
    people = demo.roster.participants(1)
    amina = next(i for i, p in enumerate(people) if p.display_name == "أمينة")
    frame = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path, slot=amina)), 25)
    reader.offer(frame)
    page = ballot(kiosk)
    assert page.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert page.confirm.text() == "أكّد نقاطي"
    assert page.cancel.text() == "إلغاء"
    # Someone else's badge waved at the camera meanwhile changes nothing.
    other = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path, slot=amina + 1)), -10)
    reader.offer(other, now=10_000.0)
    assert kiosk.stack.currentWidget() is page
    page.cancel.click()
    assert_blank(kiosk, people[amina], [])
    assert kiosk.layoutDirection() is Qt.LayoutDirection.LeftToRight


def test_secret_round_interrupted_by_a_restart_is_said(demo: Workshop, qtbot: QtBot) -> None:
    ideas = [n.id for n in demo.board.notes(1, area=Area.IDEAS)][:3]
    vote = demo.voting.open(demo.voting.create(1, "Secret", RoundTarget.NOTES, ideas,
                                               secret=True).id)
    person = next(p for p in voters(demo) if p.language == "en")
    demo.voting.set_ballot(vote.id, person.id, {ideas[0]: 1}, origin=Channel.KIOSK)
    demo.keys.forget(vote.id)  # as if the program had restarted during the round
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    # Said before anyone types a code, in the room's languages...
    assert "interrupted when the program restarted" in kiosk.message.text()
    kiosk.submit(person.short_code)
    # ... and no ballot to fill in that could not be taken: the voter is told at once.
    assert not isinstance(kiosk.stack.currentWidget(), BallotPage)
    assert "interrupted when the program restarted" in kiosk.message.text()
    assert demo.voting.tally(vote.id).total_dots == 1  # what was cast is kept
    assert demo.voting.tally(vote.id).total_dots == 1


def test_a_store_failure_keeps_the_ballot_on_screen(demo: Workshop, qtbot: QtBot,
                                                    open_round: VoteRound,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    person = next(p for p in voters(demo) if p.language == "en")
    kiosk.submit(person.short_code)
    page = ballot(kiosk)
    page.cards[0].plus.click()
    real = demo.voting.set_ballot

    def locked(*_args: object, **_kwargs: object) -> dict[int, int]:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(demo.voting, "set_ballot", locked)
    page.confirm.click()
    assert kiosk.stack.currentWidget() is page  # nothing lost, nothing pretended
    assert "could not be saved" in page.problem.text()
    assert page.allocation() == {open_round.item_ids[0]: 1}
    monkeypatch.setattr(demo.voting, "set_ballot", real)
    with qtbot.waitSignal(kiosk.voted):
        page.confirm.click()
    assert demo.voting.my_dots(open_round.id, person.id) == {open_round.item_ids[0]: 1}


def test_the_next_badge_need_not_wait_for_the_thanks(demo: Workshop, qtbot: QtBot,
                                                     open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    first, second = voters(demo)[:2]
    kiosk.submit(first.short_code)
    ballot(kiosk).cards[0].plus.click()
    with qtbot.waitSignal(kiosk.voted):
        ballot(kiosk).confirm.click()
    assert kiosk.stack.currentWidget().objectName() == "kioskDone"
    kiosk.submit(second.short_code)
    page = ballot(kiosk)
    assert all(card.count == 0 for card in page.cards)
    assert kiosk.stack.count() == 2  # the thanks page of the first voter is gone
