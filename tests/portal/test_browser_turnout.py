"""The phone shows "N of M have voted" from its own ballot's answer, not a live frame later."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session
from app.core.workshop import Workshop
from app.portal.live import SLOW_SECONDS
from app.portal.server import PortalServer
from tests.portal.browser import PHONE

pytestmark = pytest.mark.browser


def test_my_first_dot_updates_the_turnout_at_once(chromium: Any, workshop: Workshop,
                                                  session: Session,
                                                  portal: PortalServer) -> None:
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name="English").click()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        notes = [workshop.board.add_note(session.id, Area.IDEAS, f"Idea {n}",
                                         origin=Channel.DESK).id for n in range(2)]
        voting = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.VOTING)
        workshop.agenda.start(voting.id)
        vote = workshop.voting.create(session.id, "Which first?", RoundTarget.NOTES, notes)
        workshop.voting.open(vote.id)
        page.locator("#panel-vote").wait_for(state="visible")
        page.locator("#turnout", has_text="0 of 1 have voted").wait_for()

        page.locator("#items .item .dot-button:nth-child(3)").nth(0).click()
        # The answer to the ballot says it; a live frame about dots comes SLOW_SECONDS later.
        page.locator("#turnout", has_text="1 of 1 have voted").wait_for(
            timeout=1000 * (SLOW_SECONDS - 0.5) + 350)
        page.locator("#vote-status", has_text="✓ Your dots are saved.").wait_for()
        [person] = workshop.roster.participants(session.id)
        assert workshop.voting.my_dots(vote.id, person.id) == {notes[0]: 1}
    finally:
        context.close()
