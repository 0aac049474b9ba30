"""A live session with a running portal on 127.0.0.1, and phones to talk to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session, VoteRound
from app.core.workshop import Workshop
from app.portal.config import PortalConfig, Rate, RateLimits
from app.portal.server import PortalServer
from tests.portal.browser import ARGS, CHROMIUM
from tests.portal.phone import Phone

# Tests send hundreds of requests from one address; the real limits have their own tests.
RELAXED = RateLimits(per_address=Rate(1e6, 1_000_000), checkin_per_address=Rate(1e6, 1_000_000),
                     walk_ins_per_address=Rate(1e6, 1_000_000),
                     per_participant=Rate(1e6, 1_000_000),
                     writes_per_participant=Rate(1e6, 1_000_000))


@pytest.fixture
def session(workshop: Workshop) -> Session:
    """A live session in its ideation phase, languages en/fr/ar."""
    created = workshop.sessions.create("Portal test", "2026-11-22",
                                       languages=("en", "fr", "ar"))
    ideation = next(p for p in workshop.agenda.phases(created.id)
                    if p.kind is PhaseKind.IDEATION)
    workshop.agenda.start(ideation.id)
    return workshop.sessions.get(created.id)


def start_portal(workshop: Workshop, session: Session,
                 limits: RateLimits = RELAXED) -> PortalServer:
    server = PortalServer(workshop, PortalConfig(session.id, "127.0.0.1", 0, limits))
    server.start()
    return server


@pytest.fixture
def portal(workshop: Workshop, session: Session) -> Iterator[PortalServer]:
    server = start_portal(workshop, session)
    yield server
    server.stop()


@pytest.fixture
def phones(portal: PortalServer) -> Iterator[Callable[[], Phone]]:
    made: list[Phone] = []

    def make() -> Phone:
        phone = Phone(portal.port)
        made.append(phone)
        return phone

    yield make
    for phone in made:
        phone.close()


@pytest.fixture
def phone(phones: Callable[[], Phone]) -> Phone:
    return phones()


@pytest.fixture
def checked_in(phone: Phone, session: Session) -> Phone:
    assert phone.check_in(session.room_token, name="Amina").status == 200
    return phone


def open_round(workshop: Workshop, session: Session, *, count: int = 3, dots: int = 3,
               cap: int = 2, secret: bool = False, show_live: bool = False) -> VoteRound:
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"Idea {i}", origin=Channel.DESK)
             for i in range(count)]
    created = workshop.voting.create(session.id, "Which ideas first?", RoundTarget.NOTES,
                                     [n.id for n in notes], dots_per_person=dots,
                                     cap_per_item=cap, secret=secret, show_live=show_live)
    return workshop.voting.open(created.id)


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """Debian's headless Chromium (set ROUNDTABLE_CHROMIUM to use another binary)."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian package `chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()
