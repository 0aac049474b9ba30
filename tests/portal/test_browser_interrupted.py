"""A phone during a secret round that a restart interrupted: it says so in the phone's language
and offers no dot, then takes dots again once the desk restarted the round."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.browser import PHONE, SHOTS

pytestmark = pytest.mark.browser

SAID = {
    "fa": "کمپیوتر در میانهٔ این رأی‌گیری مخفی دوباره راه‌اندازی شد",
    "uk": "перезапустився під час цього таємного голосування",
}
SAVED = {"fa": "✓ نقطه‌های شما ذخیره شد.", "uk": "✓ Ваші крапки збережено."}
BUTTON = {"fa": "دری / فارسی", "uk": "Українська"}


@pytest.mark.parametrize("lang", ["fa", "uk"])
def test_a_phone_is_told_of_an_interrupted_secret_round(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer,
        lang: str) -> None:
    context = chromium.new_context(**PHONE, locale=lang)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name=BUTTON[lang]).click()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        notes = [workshop.board.add_note(session.id, Area.IDEAS, f"Idea {n}",
                                         origin=Channel.DESK) for n in range(3)]
        voting = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.VOTING)
        workshop.agenda.start(voting.id)
        vote = workshop.voting.open(workshop.voting.create(
            session.id, "Secret", RoundTarget.NOTES, [n.id for n in notes], secret=True).id)
        page.locator("#panel-vote").wait_for(state="visible")
        plus = page.locator("#items .item .dot-button:nth-child(3)")
        assert plus.nth(0).is_enabled()

        workshop.keys.forget(vote.id)  # what a restart of the laptop's program does
        page.reload()  # the phone comes back to the restarted laptop
        page.locator("#vote-status", has_text=SAID[lang]).wait_for()
        assert all(plus.nth(i).is_disabled() for i in range(3))
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{lang}-interrupted.png"), full_page=True)

        fresh = workshop.voting.restart_interrupted(vote.id)  # the desk's one click
        page.wait_for_function(  # told by the live channel: dots can be given again
            "() => !document.querySelector('#items .dot-button:nth-child(3)').disabled")
        assert SAID[lang] not in (page.locator("#vote-status").text_content() or "")
        plus.nth(0).click()
        page.locator("#vote-status", has_text=SAVED[lang]).wait_for()
        [person] = workshop.roster.participants(session.id)
        assert workshop.voting.my_dots(fresh.id, person.id) == {notes[0].id: 1}
    finally:
        context.close()
