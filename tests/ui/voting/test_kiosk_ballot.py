"""The kiosk ballot for a voter who cannot see it: each button says which idea it is for and
how many dots it has; a change is said without moving the focus; no silent Tab stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.model import VoteRound
from app.core.workshop import Workshop
from app.ui.accessibility import SPEAKER
from app.ui.voting.kiosk_ballot import BallotPage
from app.ui.voting.round_items import item_texts
from app.ui.voting.voter_language import VoterLanguage


def make_ballot(demo: Workshop, vote: VoteRound, language: str) -> BallotPage:
    texts = item_texts(demo, vote)
    return BallotPage(vote, texts, {}, VoterLanguage(language))


def test_each_button_names_its_idea_and_count(demo: Workshop, qtbot: QtBot,
                                               open_round: VoteRound) -> None:
    page = make_ballot(demo, open_round, "en")
    qtbot.addWidget(page)
    names = [card.plus.accessibleName() for card in page.cards]
    assert len(set(names)) == len(names)  # not "Add a dot" four times
    for card in page.cards:
        assert card.plus.accessibleName().startswith("Add a dot to: ")
        assert card.text.text() in card.plus.accessibleName()
        assert card.minus.accessibleName().startswith("Take a dot back from: ")
        assert card.plus.accessibleDescription() == "Dots on this idea: 0 of 2"
    assert page.left.accessibleName() == "Dots left: 3 of 3"


def test_a_dot_is_said_without_moving_focus(demo: Workshop, qtbot: QtBot,
                                            open_round: VoteRound) -> None:
    page = make_ballot(demo, open_round, "en")
    qtbot.addWidget(page)
    page.show()
    heard: list[str] = []
    SPEAKER.announced.connect(heard.append)
    try:
        card = page.cards[0]
        card.plus.setFocus()
        qtbot.keyClick(card.plus, Qt.Key.Key_Space)
        assert heard == ["Dots on this idea: 1 of 2. Dots left: 2 of 3"]
        assert card.plus.accessibleDescription() == "Dots on this idea: 1 of 2"
        assert card.dots.accessibleName() == "Dots on this idea: 1 of 2"
    finally:
        SPEAKER.announced.disconnect(heard.append)


def test_an_arabic_voter_hears_arabic_and_every_tab_stop_is_named(
    demo: Workshop, qtbot: QtBot, open_round: VoteRound
) -> None:
    page = make_ballot(demo, open_round, "ar")
    qtbot.addWidget(page)
    card = page.cards[0]
    assert card.plus.accessibleName().startswith("أضف نقطة إلى: ")
    assert card.plus.accessibleDescription() == "النقاط على هذه الفكرة: 0 من 2"
    stops = [w for w in page.findChildren(QWidget)
             if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabledTo(page)]
    silent = [w for w in stops if not (w.accessibleName() or getattr(w, "text", str)())]
    assert silent == []
