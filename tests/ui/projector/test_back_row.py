"""Read from the back of the room: every text on every projector page, at 1280 x 720, in English,
French and Arabic, is at least 32 px and stands out at least 4.5:1 from what is behind it.

The check is on the grabbed pixels. For each text (each visible label, each text a page paints
itself) the background is the most common colour of its rectangle and the text colour the most
common other colour; their WCAG contrast ratio must be ≥ 4.5. The solid text pixels give the
glyphs' height: a line with a capital, a digit, an ascender or an Arabic alef must be at least
20 px tall (a 32 px font's capitals are about 23 px; the 17 px text this replaces made 12 px).
Set ROUNDTABLE_PROJECTOR_SHOTS to a folder to keep the pictures.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Area, Channel, Group, PhaseKind, RoundTarget, SessionStatus
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.projector.window import ProjectorWindow, Show
from app.ui.voting.projector_page import VoteProjectorPage, wants_vote_page
from tests.ui.projector.back_row import problems

WIDTH, HEIGHT = 1280, 720
LONG_NOTE = (
    "Un accueil où l'on explique chaque démarche avec des mots simples, des pictogrammes et "
    "un interprète, pour que personne ne reparte sans savoir quoi faire, à quel guichet aller, "
    "quels papiers apporter la prochaine fois et qui appeler quand quelque chose ne va pas."
)
SECOND = {"en": "ar", "fr": "ar", "ar": "fr"}


def open_projector(workshop: Workshop, qtbot: QtBot) -> ProjectorWindow:
    projector = ProjectorWindow(workshop, 1)
    qtbot.addWidget(projector)
    live = LiveEvents(workshop.hub, projector)
    live.changed.connect(projector.on_change)
    projector.register_page("live-vote", VoteProjectorPage, wants_vote_page)
    projector.auto_page_seconds = 0  # the test turns pages itself
    projector.set_join_address("192.168.1.20", 8080)
    projector.resize(WIDTH, HEIGHT)
    projector.show()
    qtbot.waitExposed(projector)
    return projector


def reopen(demo: Workshop) -> None:
    """The demo session is closed; these pages are shown while a Lab runs."""
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, LONG_NOTE, language="fr")


def start_phase(demo: Workshop, kind: PhaseKind, minutes_ago: float = 0) -> None:
    """A new phase of ``kind`` (20 minutes planned) started ``minutes_ago``."""
    real = demo.ops.clock
    started = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    demo.ops.clock = lambda: started.isoformat(timespec="milliseconds")
    try:
        phase = demo.agenda.add(1, kind, 20)
        demo.agenda.start(phase.id)
    finally:
        demo.ops.clock = real


def live_vote(demo: Workshop) -> int:
    ideas = [n.id for n in demo.board.notes(1, area=Area.IDEAS)]
    vote = demo.voting.create(1, "Quelles idées tester en premier ?", RoundTarget.NOTES, ideas,
                              dots_per_person=3, cap_per_item=2, show_live=True)
    demo.voting.open(vote.id)
    voters = [p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER]
    for n, voter in enumerate(voters):
        demo.voting.set_ballot(vote.id, voter.id, {ideas[n % 4]: 2, ideas[(n + 3) % 9]: 1},
                               origin=Channel.PHONE if n % 2 else Channel.KIOSK)
    demo.voting.set_paper_dots(vote.id, ideas[1], Group.NEWCOMER, 2)
    return vote.id


SCENES: dict[str, Callable[[Workshop, ProjectorWindow], None]] = {
    "join": lambda w, p: p.set_show(Show.JOIN),
    "expectations": lambda w, p: start_phase(w, PhaseKind.EXPECTATIONS),
    "ideas": lambda w, p: p.set_show(Show.BOARD),
    "ideas-page-2": lambda w, p: (p.set_show(Show.BOARD), p.next_page()),
    "themes": lambda w, p: p.set_show(Show.THEMES),
    "parking-lot": lambda w, p: p.set_show(Show.PARKING_LOT),
    "actions": lambda w, p: p.set_show(Show.ACTIONS),
    "closing": lambda w, p: p.set_show(Show.CLOSING),
    "timer": lambda w, p: (start_phase(w, PhaseKind.IDEATION), p.set_show(Show.TIMER)),
    "paused": lambda w, p: (start_phase(w, PhaseKind.IDEATION), w.agenda.pause(1),
                            p.set_show(Show.TIMER)),
    "time-up": lambda w, p: (start_phase(w, PhaseKind.INPUT, minutes_ago=23),
                             p.set_show(Show.TIMER)),
    "time-up-strip": lambda w, p: (start_phase(w, PhaseKind.INPUT, minutes_ago=23),
                                   p.set_show(Show.BOARD)),
    "live-vote": lambda w, p: (live_vote(w), p.set_show(Show.FOLLOW)),
    "results": lambda w, p: (finish_vote(w, live_vote(w)), p.set_show(Show.FOLLOW)),
}


def finish_vote(demo: Workshop, round_id: int) -> None:
    demo.voting.close(round_id)
    demo.voting.reveal(round_id)


def settle(projector: ProjectorWindow, qtbot: QtBot) -> None:
    """Let layouts and the vote page's coalesced redraw happen (it waits for more votes)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    for page in projector.findChildren(VoteProjectorPage):
        qtbot.waitUntil(lambda page=page: not page.pending())
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def keep(projector: ProjectorWindow, name: str) -> None:
    folder = os.environ.get("ROUNDTABLE_PROJECTOR_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        projector.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("scene", list(SCENES))
def test_every_projector_page_is_readable_at_the_back(
    demo: Workshop, qtbot: QtBot, qapp: QApplication, language: str, scene: str
) -> None:
    i18n.install(qapp, language)
    reopen(demo)
    projector = open_projector(demo, qtbot)
    SCENES[scene](demo, projector)
    settle(projector, qtbot)
    assert projector.size().width() == WIDTH
    keep(projector, f"{language}-{scene}")
    assert problems(projector, scene) == []
    projector.set_high_contrast(True)
    settle(projector, qtbot)
    keep(projector, f"{language}-{scene}-high-contrast")
    assert problems(projector, f"{scene} (high contrast)") == []
    projector.set_high_contrast(False)
    projector.set_second_language(SECOND[language])
    settle(projector, qtbot)
    keep(projector, f"{language}-{scene}-bilingual")
    assert problems(projector, f"{scene} (with {SECOND[language]})") == []
