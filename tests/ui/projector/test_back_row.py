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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Area, Channel, Group, PhaseKind, RoundTarget, SessionStatus
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.projector.style import MIN_CONTRAST, MIN_TEXT_PX
from app.ui.projector.text_fit import text_height
from app.ui.projector.window import ProjectorWindow, Show
from app.ui.voting.projector_page import VoteProjectorPage, wants_vote_page

WIDTH, HEIGHT = 1280, 720
MIN_GLYPH_PX = 20
LONG_NOTE = (
    "Un accueil où l'on explique chaque démarche avec des mots simples, des pictogrammes et "
    "un interprète, pour que personne ne reparte sans savoir quoi faire, à quel guichet aller, "
    "quels papiers apporter la prochaine fois et qui appeler quand quelque chose ne va pas."
)
SECOND = {"en": "ar", "fr": "ar", "ar": "fr"}


@dataclass(frozen=True)
class Text:
    rect: QRect
    pixels: int
    text: str
    where: str
    needed: float = 0.0  # the height the text needs at its width (painted texts)


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


def texts_on(projector: ProjectorWindow) -> list[Text]:
    """Every text the room sees: visible labels, and what pages paint themselves."""
    found: list[Text] = []
    for label in projector.findChildren(QLabel):
        if label is projector.frozen_view or not label.isVisibleTo(projector):
            continue
        if not label.text().strip():
            continue
        top_left = label.mapTo(projector, QPoint(0, 0))
        found.append(Text(QRect(top_left, label.size()), label.font().pixelSize(),
                          label.text(), f"label {label.objectName() or label.text()[:30]!r}"))
    page = projector.stack.currentWidget()
    painters = [page, *(page.findChildren(object) if page is not None else [])]
    for widget in painters:
        drawn = getattr(widget, "drawn", None)
        if not drawn or not widget.isVisible():
            continue
        origin = widget.mapTo(projector, QPoint(0, 0))
        for item in drawn:
            rect = item.rect.toAlignedRect().translated(origin)
            if not QRect(origin, widget.size()).contains(rect):  # painted past its widget
                rect = QRect(-1, -1, rect.width(), rect.height())
            found.append(Text(rect, item.font.pixelSize(), item.text,
                              f"painted {item.text[:30]!r}",
                              text_height(item.text, item.font, item.rect.width())))
    return found


def pil_image(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * rgb.height()]
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB",
                           rgb.bytesPerLine())


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Measure:
    background: tuple[int, int, int]
    ink: tuple[int, int, int] | None
    contrast: float
    glyph_px: int


def measure(image: Image.Image, rect: QRect) -> Measure:
    """The text's colour against its background, and the tallest run of text pixels."""
    box = (max(rect.left(), 0), max(rect.top(), 0), min(rect.right() + 1, image.width),
           min(rect.bottom() + 1, image.height))
    crop = image.crop(box)
    colours = sorted(crop.getcolors(crop.width * crop.height) or [], reverse=True)
    background = colours[0][1]
    # anti-aliased edges lie between the background and the ink: the ink is the colour (of
    # enough pixels to be glyphs) that stands out most
    others = [c for n, c in colours[1:] if n >= 12 and ratio(c, background) >= 1.05]
    if not others:
        return Measure(background, None, 1.0, 0)
    ink = max(others, key=lambda c: ratio(c, background))
    red, green, blue = ImageChops.difference(crop, Image.new("RGB", crop.size, ink)).split()
    distance = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    mask = distance.point(lambda value: 255 if value <= 24 else 0)
    rows = mask.getprojection()[1]
    tallest = run = 0
    for on in rows:
        run = run + 1 if on else 0
        tallest = max(tallest, run)
    return Measure(background, ink, ratio(ink, background), tallest)


def tall(text: str) -> bool:
    """A capital, a digit, an ascender or an Arabic alef/lam: glyphs as tall as capitals."""
    return any(c.isupper() or c.isdigit() or c in "bdfhklt\u0627\u0644\u0623" for c in text)


def settle(projector: ProjectorWindow, qtbot: QtBot) -> None:
    """Let layouts and the vote page's coalesced redraw happen (it waits for more votes)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    for page in projector.findChildren(VoteProjectorPage):
        qtbot.waitUntil(lambda page=page: not page.pending())
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def problems(projector: ProjectorWindow, scene: str) -> list[str]:
    image = pil_image(projector.grab().toImage())
    assert image.size == (WIDTH, HEIGHT)
    window = QRect(0, 0, WIDTH, HEIGHT)
    found = []
    texts = texts_on(projector)
    assert texts, scene
    for text in texts:
        where = f"{scene}: {text.where}"
        if text.pixels < MIN_TEXT_PX:
            found.append(f"{where} is {text.pixels} px")
        if not window.contains(text.rect):
            found.append(f"{where} goes off the screen: {text.rect}")
            continue
        if text.needed > text.rect.height() + 1:
            found.append(f"{where} is cut off ({text.needed:.0f} px needed, "
                         f"{text.rect.height()} px given)")
        seen = measure(image, text.rect)
        if seen.ink is None:
            found.append(f"{where}: no text to be seen on {seen.background}")
            continue
        if seen.contrast < MIN_CONTRAST:
            found.append(f"{where}: contrast {seen.contrast:.2f} ({seen.ink} on "
                         f"{seen.background})")
        if tall(text.text) and seen.glyph_px < MIN_GLYPH_PX:
            found.append(f"{where}: glyphs {seen.glyph_px} px tall")
    for label in projector.findChildren(QLabel):
        if label.isVisibleTo(projector) and label.wordWrap() and label.text().strip():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                found.append(f"{scene}: {label.text()[:40]!r} is cut off "
                             f"({needed} px needed, {label.height()} px given)")
    return found


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
