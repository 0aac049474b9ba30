"""A walk-in's phone while the facilitator lets walk-ins in: it says so in the phone's language,
offers neither notes nor dots, and goes on by itself (the live channel) once let in."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.browser import PHONE, SHOTS
from tests.portal.conftest import open_round

pytestmark = pytest.mark.browser

BUTTON = {"ar": "العربية", "fr": "Français"}
SAID = {"ar": "سيُدخلك الميسّر بعد لحظات", "fr": "va vous faire entrer dans un instant"}
SAVED = {"ar": "✓ حُفظت نقاطك.", "fr": "✓ Vos gommettes sont enregistrées."}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_waiting_walk_in_is_told_then_goes_on_once_let_in(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer,
        lang: str) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    vote_round = open_round(workshop, session)
    context = chromium.new_context(**PHONE, locale=lang)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name=BUTTON[lang]).click()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#wait-text", has_text=SAID[lang]).wait_for()
        assert page.locator("#panel-vote").is_hidden()
        assert page.locator("#panel-notes").is_hidden()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{lang}-walk-in-waiting.png"), full_page=True)
        [person] = workshop.roster.walk_ins(session.id).waiting
        workshop.roster.admit(person.id)  # at the desk; the phone is not touched
        page.locator("#panel-vote").wait_for(state="visible")  # told by the live channel
        assert page.locator("#panel-wait").is_hidden()
        page.locator("#items .item .dot-button:nth-child(3)").nth(0).click()
        page.locator("#vote-status", has_text=SAVED[lang]).wait_for()
        assert workshop.voting.my_dots(vote_round.id, person.id) == {vote_round.item_ids[0]: 1}
    finally:
        context.close()
