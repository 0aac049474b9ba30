"""What happened to our ideas: the Review phase on phones, over the real portal — real bytes
over HTTP on 127.0.0.1, then in headless Chromium at phone size in English, French, Arabic
and Farsi (screenshots in ROUNDTABLE_SHOTS, to be looked at)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.browser import PHONE, SHOTS
from tests.portal.conftest import start_portal
from tests.portal.phone import Phone
from tests.review_fixture import next_lab_with_review


@pytest.fixture
def next_lab(demo: Workshop) -> Session:
    return demo.sessions.get(next_lab_with_review(demo))


@pytest.fixture
def review_portal(demo: Workshop, next_lab: Session) -> Iterator[PortalServer]:
    server = start_portal(demo, next_lab)
    yield server
    server.stop()


def test_the_review_in_the_participants_language(review_portal: PortalServer,
                                                 next_lab: Session) -> None:
    phone = Phone(review_portal.port)
    try:
        assert phone.get("/api/review").status == 401  # checked in first
        assert phone.check_in(next_lab.room_token, language="ar").status == 200
        assert phone.state()["phase"]["kind"] == "review"
        reply = phone.get("/api/review")
        assert reply.status == 200
        items = reply.json()["items"]
        assert [i["status"] for i in items] == ["in_progress", "declined", "forwarded",
                                                "succeeded"]
        first, declined, forwarded, experiment = items
        assert first["did"] == "شباك موحد مع مترجمين صباحين في الأسبوع"  # typed translation
        assert first["said"].startswith("Un guichet unique")  # as people wrote it
        assert first["progress"] == 60
        assert declined["reason"] == "Pas d'agents disponibles le soir en 2027"
        assert forwarded["answer"] == "Un créneau dédié ouvre en janvier"
        assert forwarded["forwarded_to"].startswith("Préfecture du Rhône")
        assert experiment["recommendation"] == "scale_up"
        assert experiment["readings"][0]["values"] == [
            ["2026-11-03", 6.0], ["2026-11-10", 11.0], ["2026-11-17", 14.0]]
        french = phone.get("/api/review?lang=fr").json()["items"][0]
        assert french["did"] == first["said"]  # no French translation: as written
        assert phone.get("/api/review?lang=xx").status == 400
    finally:
        phone.close()


WORDS = {"en": ("English", "Review", "What happened to our ideas", "In progress · 60 % done"),
         "fr": ("Français", "Bilan", "Ce que sont devenues nos idées",
                "En cours · 60\u00a0% réalisé"),
         "ar": ("العربية", "المراجعة", "ماذا حدث لأفكارنا", "قيد التنفيذ · أُنجز 60 ٪"),
         "fa": ("دری / فارسی", "بازبینی", "ایده‌های ما به کجا رسید",  # Persian digits:
                "در حال انجام · ۶۰٪ انجام شده")}


@pytest.mark.browser
@pytest.mark.parametrize("lang", list(WORDS))
def test_what_happened_to_our_ideas_on_a_phone(chromium: Any, review_portal: PortalServer,
                                               next_lab: Session, lang: str) -> None:
    button, phase, title, first_status = WORDS[lang]
    context = chromium.new_context(**PHONE, locale=lang)
    page = context.new_page()
    try:
        page.goto(review_portal.url)
        page.get_by_role("button", name=button).click()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-review").wait_for(state="visible")
        page.locator("#review-items li").nth(3).wait_for()
        assert page.locator("#panel-review .panel-title").text_content().strip() == title
        assert page.locator("#phase-name").text_content() == phase
        statuses = page.locator("#review-items .review-status").all_text_contents()
        assert statuses[0] == first_status
        # What was done, in the translation typed for Arabic; without one the idea is said
        # once, as written.
        said = page.locator("#review-items li").first.locator(".review-said").text_content()
        assert said == "Un guichet unique avec interprètes deux matinées par semaine"
        did = page.locator("#review-items li").first.locator(".review-did")
        if lang == "ar":
            assert did.text_content() == "شباك موحد مع مترجمين صباحين في الأسبوع"
        else:
            assert did.count() == 0
        readings = page.locator("#review-items li").nth(3).locator("bdi[dir=ltr]").text_content()
        assert readings == "6 → 11 → 14"
        assert page.locator("#panel-wait").is_hidden()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / f"{lang}-review.png"), full_page=True)
    finally:
        context.close()
