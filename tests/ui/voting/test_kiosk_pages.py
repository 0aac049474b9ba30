"""The kiosk locked by the facilitator's PIN, opened on a chosen screen, and speaking the
phone pages' eight languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.model import Group, Participant, VoteRound
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.ui.voting.kiosk import KioskWindow
from app.ui.voting.kiosk_ballot import BallotPage
from app.ui.voting.kiosk_setup import KioskSetup
from app.ui.voting.panel import VotingPanel
from app.ui.voting.voter_language import KIOSK_LANGUAGES, VoterLanguage
from app.ui.voting.voter_texts import texts


def test_leaving_a_locked_kiosk_needs_its_pin(demo: Workshop, qtbot: QtBot,
                                              open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.set_pin("2468")
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.close()  # the window's close button
    assert kiosk.isVisible()
    assert kiosk.stack.currentWidget().objectName() == "kioskPinPage"
    pin = kiosk.findChild(QLineEdit, "kioskPin")
    assert pin is not None
    assert pin.echoMode() is QLineEdit.EchoMode.Password
    pin.setText("1111")
    kiosk.findChild(QAbstractButton, "kioskPinOk").click()
    assert kiosk.isVisible()
    problem = kiosk.findChild(QLabel, "kioskPinProblem")
    assert problem is not None
    assert problem.text() == "This is not the kiosk's PIN."
    assert pin.text() == ""
    kiosk.findChild(QAbstractButton, "kioskPinCancel").click()  # back to voting
    assert kiosk.stack.currentWidget() is kiosk.identify_page
    assert kiosk.stack.count() == 1
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # Esc asks for the PIN too
    assert kiosk.stack.currentWidget().objectName() == "kioskPinPage"
    with qtbot.waitSignal(kiosk.closed):
        assert kiosk.unlock("2468")
    assert not kiosk.isVisible()


def test_a_voter_half_way_is_kept_while_someone_tries_to_leave(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.set_pin("2468")
    voter = next(p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER)
    kiosk.submit(voter.short_code)
    page = kiosk.stack.currentWidget()
    assert isinstance(page, BallotPage)
    kiosk.request_leave()
    kiosk.findChild(QAbstractButton, "kioskPinCancel").click()
    assert kiosk.stack.currentWidget() is page


def test_the_kiosk_shows_no_roster_and_no_desk_controls(demo: Workshop, qtbot: QtBot,
                                                        open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    names = {p.shown_name for p in demo.roster.participants(1)}
    shown = {label.text() for label in kiosk.findChildren(QLabel)}
    shown |= {button.text() for button in kiosk.findChildren(QAbstractButton)}
    assert not names & shown
    assert kiosk.parent() is None  # its own window: nothing of the desk inside


def test_opening_the_kiosk_asks_a_pin_twice_and_a_screen(demo: Workshop, qtbot: QtBot,
                                                         open_round: VoteRound) -> None:
    panel = VotingPanel(demo, 1)
    qtbot.addWidget(panel)
    setup = panel.show_kiosk()
    assert isinstance(setup, KioskSetup)
    ok = setup.findChild(QAbstractButton, "kioskSetupOpen")
    assert ok is not None
    assert not ok.isEnabled()
    setup.findChild(QLineEdit, "kioskSetupPin").setText("12")
    assert "4 digits" in setup.problem.text()
    setup.findChild(QLineEdit, "kioskSetupPin").setText("1357")
    setup.findChild(QLineEdit, "kioskSetupPinAgain").setText("1358")
    assert "not the same" in setup.problem.text()
    assert not ok.isEnabled()
    setup.findChild(QLineEdit, "kioskSetupPinAgain").setText("1357")
    assert ok.isEnabled()
    assert setup.screens.count() == len(QGuiApplication.screens())
    # One screen here: full screen would cover the desk, so the facilitator is asked first.
    asked: list[str] = []
    import app.ui.voting.panel as panel_module

    def window_please(_parent: object, what: str) -> bool:
        asked.append(what)
        return False

    original = panel_module.ask_to_cover_desk
    panel_module.ask_to_cover_desk = window_please
    try:
        ok.click()
    finally:
        panel_module.ask_to_cover_desk = original
    assert asked == ["the kiosk"]
    kiosk = panel.kiosk
    assert kiosk is not None
    assert kiosk.locked
    assert kiosk.isVisible()
    assert not kiosk.isFullScreen()  # in a window the facilitator can move
    assert kiosk.unlock("1357")
    assert not kiosk.isVisible()


def test_the_kiosk_opens_full_screen_when_told(demo: Workshop, qtbot: QtBot,
                                                open_round: VoteRound) -> None:
    panel = VotingPanel(demo, 1)
    qtbot.addWidget(panel)
    kiosk = panel.open_kiosk("9753", QGuiApplication.primaryScreen(), full_screen=True)
    qtbot.waitUntil(kiosk.isFullScreen)
    assert kiosk.screen() is QGuiApplication.primaryScreen()
    kiosk.close()
    assert kiosk.isVisible()  # locked
    assert kiosk.unlock("9753")


def test_every_extra_language_has_every_kiosk_text() -> None:
    english = set(texts()["fa"])
    assert len(KIOSK_LANGUAGES) == 8
    for language in ("fa", "uk", "es", "it", "de"):
        assert set(texts()[language]) == english, language
        for source, text in texts()[language].items():
            assert text
            assert text != source
            assert set(_placeholders(text)) == set(_placeholders(source)), (language, source)


def test_the_kiosk_speaks_german_to_adults_as_sie() -> None:
    """As on the phone pages: "Sie" for officials and adults, never "du"."""
    import re

    for source, text in texts()["de"].items():
        assert not re.search(r"\b(du|dein\w*|dich|dir)\b", text, re.I), source
    assert "Ihr Namensschild" in texts()["de"][
        "Show your badge to the camera, or type the code printed on it."]


def _placeholders(text: str) -> list[str]:
    import re

    return re.findall(r"\{\w+\}", text)


@pytest.mark.parametrize(("language", "confirm", "direction"), [
    ("fa", "نقطه‌هایم را تأیید کن", Qt.LayoutDirection.RightToLeft),
    ("uk", "Підтвердити мої крапки", Qt.LayoutDirection.LeftToRight),
    ("es", "Confirmar mis puntos", Qt.LayoutDirection.LeftToRight),
    ("it", "Conferma i miei bollini", Qt.LayoutDirection.LeftToRight),
    ("de", "Meine Punkte bestätigen", Qt.LayoutDirection.LeftToRight),
    ("fr", "Valider mes gommettes", Qt.LayoutDirection.LeftToRight),
])
def test_a_voter_is_spoken_to_in_their_language(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound, language: str, confirm: str,
        direction: Qt.LayoutDirection) -> None:
    person: Participant = demo.roster.add(1, NewParticipant(Group.NEWCOMER, language))
    demo.roster.check_in(person.id)
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.submit(person.short_code)
    page = kiosk.stack.currentWidget()
    assert isinstance(page, BallotPage)
    assert page.confirm.text() == confirm
    assert page.layoutDirection() is direction
    assert VoterLanguage(language).language == language


def test_an_idle_ballot_dropped_behind_the_pin_page_leaves_nothing(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.set_pin("2468")
    voter = next(p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER)
    kiosk.submit(voter.short_code)
    kiosk.request_leave()
    kiosk.clear()  # what the idle timer does
    assert kiosk.stack.currentWidget().objectName() == "kioskPinPage"
    assert not kiosk.findChildren(BallotPage)
    kiosk.findChild(QAbstractButton, "kioskPinCancel").click()
    assert kiosk.stack.currentWidget() is kiosk.identify_page


def test_a_voter_cannot_try_every_pin(demo: Workshop, qtbot: QtBot,
                                      open_round: VoteRound) -> None:
    kiosk = KioskWindow(demo, 1)
    qtbot.addWidget(kiosk)
    kiosk.set_pin("2468")
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.request_leave()
    for guess in ("0000", "1111", "2222", "3333", "4444"):
        assert not kiosk.unlock(guess)
    assert not kiosk.unlock("2468")  # even the right one waits now
    problem = kiosk.findChild(QLabel, "kioskPinProblem")
    assert problem is not None
    assert problem.text() == "Too many wrong PINs. Try again in a minute."
    assert kiosk.isVisible()
    kiosk._blocked_until = 0.0  # a minute later
    with qtbot.waitSignal(kiosk.closed):
        assert kiosk.unlock("2468")
