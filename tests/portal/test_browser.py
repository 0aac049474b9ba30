"""A real phone journey in headless Chromium, in English, Arabic and Farsi.

join → language → check in → post a note → vote → see the result; screenshots at phone size
go to a folder outside the repository (ROUNDTABLE_SHOTS) to be looked at. Also: a lost
connection loses nothing and counts nothing twice, and markup in notes stays text.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.browser import PHONE, SHOTS

pytestmark = pytest.mark.browser

PERSIAN = str.maketrans("0123456789", "".join(chr(0x06F0 + d) for d in range(10)))
XSS = '<img src=x onerror="window.pwned=1">&amp;<b>bold</b>'
JOURNEY = {
    "en": {"button": "English", "name": "Amina", "note": "Evening opening hours " + XSS,
           "sent": "✓ Your note is on the board.", "saved": "✓ Your dots are saved.",
           "counts": ["Rank 1: 2 dots", "Rank 2: 1 dot", "Rank 3: 0 dots"]},
    "ar": {"button": "العربية", "name": "أمينة", "note": "مواعيد مسائية للمكاتب " + XSS,
           "sent": "✓ ملاحظتك على اللوحة.", "saved": "✓ حُفظت نقاطك.",
           "counts": ["المرتبة 1: نقطتان", "المرتبة 2: نقطة واحدة",
                      "المرتبة 3: لا نقاط"]},
    "fa": {"button": "دری / فارسی", "name": "زهرا", "note": "ساعت کاری عصرها " + XSS,
           "sent": "✓ یادداشت شما روی تابلو است.", "saved": "✓ نقطه‌های شما ذخیره شد.",
           "counts": [f"رتبهٔ {a}: {b} نقطه".translate(PERSIAN)
                      for a, b in ((1, 2), (2, 1), (3, 0))]},
}


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")  # the sticky header back on top
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def check_layout(page: Any) -> None:
    """Nothing wider than the phone; every visible button a large touch target."""
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    small = page.evaluate("""() => Array.from(document.querySelectorAll('button, .card, .check'))
        .filter(el => el.offsetParent !== null)
        .map(el => el.getBoundingClientRect())
        .filter(r => r.height < 44 || r.width < 44).length""")
    assert small == 0


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_a_phone_journey(chromium: Any, workshop: Workshop, session: Session,
                         portal: PortalServer, lang: str) -> None:
    words = JOURNEY[lang]
    context = chromium.new_context(**PHONE, locale=lang)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(portal.url)
        check_layout(page)
        shot(page, f"{lang}-0-language")
        page.get_by_role("button", name=words["button"]).click()
        assert page.evaluate("document.documentElement.dir") == (
            "ltr" if lang == "en" else "rtl")
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#display-name").fill(words["name"])
        page.locator("#consent").check()
        check_layout(page)
        shot(page, f"{lang}-1-checkin")
        page.locator("#checkin-form button[type=submit]").click()

        page.locator("#panel-notes").wait_for(state="visible")
        assert page.locator("#me-name").text_content() == words["name"]
        page.locator("#note-text").fill(words["note"])
        page.locator("#note-form button[type=submit]").click()
        page.locator("#note-confirm", has_text=words["sent"]).wait_for()
        assert page.locator("#my-notes li").first.text_content() == words["note"]
        check_layout(page)
        shot(page, f"{lang}-2-note")

        [mine] = workshop.board.notes(session.id)
        assert mine.text == words["note"]  # stored verbatim
        other = workshop.board.add_note(session.id, Area.IDEAS, "Translated guides",
                                        origin=Channel.DESK)
        third = workshop.board.add_note(session.id, Area.IDEAS, "خريطة بسيطة للخدمات القريبة",
                                        origin=Channel.DESK)
        voting = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.VOTING)
        workshop.agenda.start(voting.id)
        vote = workshop.voting.create(session.id, "Which ideas first?", RoundTarget.NOTES,
                                      [mine.id, other.id, third.id], dots_per_person=3,
                                      cap_per_item=2)
        workshop.voting.open(vote.id)

        page.locator("#panel-vote").wait_for(state="visible")  # told by the live channel
        plus = page.locator("#items .item .dot-button:nth-child(3)")
        plus.nth(0).click()
        plus.nth(0).click()
        plus.nth(1).click()
        page.locator("#vote-status", has_text=words["saved"]).wait_for()
        assert plus.nth(2).is_disabled()  # no dots left
        [person] = workshop.roster.participants(session.id)
        assert workshop.voting.my_dots(vote.id, person.id) == {mine.id: 2, other.id: 1}
        check_layout(page)
        shot(page, f"{lang}-3-vote")

        workshop.voting.close(vote.id)
        workshop.voting.reveal(vote.id)
        page.locator("#panel-results").wait_for(state="visible")
        first = page.locator("#results li .result-text").first
        assert first.text_content() == words["note"]
        # Heard: the rank as a rank, then the count in the language's own plural ("1 dot").
        heard = page.locator("#results .result-count").evaluate_all(
            "els => els.map(e => Array.from(e.childNodes)"
            ".filter(n => !(n.getAttribute && n.getAttribute('aria-hidden')))"
            ".map(n => n.textContent).join(''))")
        assert heard == words["counts"]
        assert page.locator("#results img, #items img, #my-notes img, #results b").count() == 0
        assert page.evaluate("window.pwned") is None
        assert dialogs == []
        check_layout(page)
        shot(page, f"{lang}-4-results")
    finally:
        context.close()


def test_a_lost_connection_loses_nothing_and_counts_nothing_twice(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer) -> None:
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name="English").click()
        page.locator("input[name=group][value=local_actor]").check()
        page.locator("#consent").check()

        # The check-in is recorded but its answer lost: pressing Join again adds nobody new.
        def lose_once(route: Any) -> None:
            if not lost:
                route.fetch()
                lost.append("checkin")
                route.abort("connectionreset")
            else:
                route.continue_()

        lost: list[str] = []
        page.route("**/api/checkin", lose_once)
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#checkin-error", has_text="No connection").wait_for()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        assert len(workshop.roster.participants(session.id)) == 1

        # The laptop records the note but the answer is lost on the way back: the phone
        # retries with the same key, and the note is on the board once.
        lost.clear()

        def lose_the_answer(route: Any) -> None:
            if not lost:
                route.fetch()  # reaches the laptop, is recorded …
                lost.append(route.request.post_data or "")
                route.abort("connectionreset")  # … and the phone never hears so
            else:
                route.continue_()

        page.route("**/api/notes", lose_the_answer)
        page.locator("#note-text").fill("Once only")
        page.locator("#note-form button[type=submit]").click()
        page.locator("#note-confirm", has_text="✓ Your note is on the board.").wait_for(
            timeout=20_000)
        assert lost
        assert [n.text for n in workshop.board.notes(session.id)] == ["Once only"]

        # Offline for a while: the note waits on the phone, then goes once.
        context.set_offline(True)
        page.locator("#note-text").fill("Written offline")
        page.locator("#note-form button[type=submit]").click()
        page.locator("#net", has_text="1 waiting to be sent").wait_for()
        page.locator("#note-confirm", has_text="Kept on your phone").wait_for()
        shot(page, "en-5-offline")
        assert len(workshop.board.notes(session.id)) == 1
        context.set_offline(False)
        page.evaluate("window.dispatchEvent(new Event('online'))")
        page.locator("#note-confirm", has_text="✓ Your note is on the board.").wait_for(
            timeout=20_000)
        page.locator("#net").wait_for(state="hidden", timeout=20_000)
        assert [n.text for n in workshop.board.notes(session.id)] == ["Once only",
                                                                      "Written offline"]
    finally:
        context.close()


def test_without_the_qr_and_after_removal_the_phone_says_why(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer) -> None:
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(portal.url.split("/j/")[0] + "/")  # the short address, typed by hand
        page.get_by_role("button", name="Français").click()
        page.locator("#noroom-text", has_text="Scannez le QR code").wait_for()
        page.goto(portal.url)
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        [person] = workshop.roster.participants(session.id)
        workshop.roster.remove(person.id)  # the live stream ends; the page reads again
        page.locator("#noroom-text", has_text="Vous ne faites plus partie").wait_for(timeout=20_000)
        shot(page, "fr-6-removed")
    finally:
        context.close()
