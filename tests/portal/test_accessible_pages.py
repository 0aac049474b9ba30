"""The phone pages under axe-core, at 320 CSS px (a phone at 200 % zoom), in every language.

Every state a phone goes through — choosing a language, no room, check-in (new, badge, an
error), notes (sent, waiting for approval), a vote (dots used, none left), the vote closed,
results, removed — is checked in English, French and Arabic; a sample of them in the five other
languages. No serious or critical axe finding, and no sideways scrolling. Screenshots of the
French and Arabic pages go to ROUNDTABLE_SHOTS to be looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.axe import (
    NARROW,
    blocking,
    scrolls_sideways,
    shape_contrast,
    smallest_font_px,
    violations,
)
from tests.portal.browser import SHOTS

pytestmark = pytest.mark.browser

LANGS = ("en", "fr", "ar", "fa", "uk", "es", "it", "de")
FULL = ("en", "fr", "ar")
SAMPLE = ("checkin", "notes", "vote", "results")
LONG = "Ouverture" + "x" * 70  # one unbroken word, wider than the phone
SHAPES = [".dot", ".dot.used", ".dot.empty", "input[type=text]", "textarea", ".card",
          ".dot-button:not(:disabled)", ".lang-button"]
SMALL_TEXT = [".hint", "#note-counter", ".result-count", ".turnout", ".note-state"]
BUTTONS = {"en": "English", "fr": "Français", "ar": "العربية", "fa": "دری / فارسی",
           "uk": "Українська", "es": "Español", "it": "Italiano", "de": "Deutsch"}


class Phones:
    """One page per language, each through the same session; findings gathered by state."""

    def __init__(self, chromium: Any, url: str) -> None:
        self.pages: dict[str, Any] = {}
        self.contexts: list[Any] = []
        self.findings: list[str] = []
        self.checked: list[str] = []
        self.chromium = chromium
        self.url = url

    def open(self, lang: str, url: str | None = None) -> Any:
        # bypass_csp: only so that axe itself can be put into the page
        context = self.chromium.new_context(**NARROW, locale=lang, bypass_csp=True)
        self.contexts.append(context)
        page = context.new_page()
        page.goto(url or self.url)
        self.pages[lang] = page
        return page

    def check(self, lang: str, state: str, *, always: bool = False) -> None:
        if not always and lang not in FULL and state not in SAMPLE:
            return
        page = self.pages[lang]
        self.checked.append(f"{lang}/{state}")
        for found in blocking(violations(page)):
            self.findings.append(f"{lang}/{state}: {found['id']} ({found['impact']}) "
                                 f"{found['nodes']}")
        if scrolls_sideways(page):
            self.findings.append(f"{lang}/{state}: scrolls sideways at 320 px")
        for shape, ratio in shape_contrast(page, SHAPES).items():
            if ratio < 3:
                self.findings.append(f"{lang}/{state}: {shape} at {ratio:.2f}:1 (3:1 needed)")
        for small in SMALL_TEXT:
            if smallest_font_px(page, small) < 16:
                self.findings.append(f"{lang}/{state}: {small} under 16 px")
        if lang in ("fr", "ar"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.evaluate("window.scrollTo(0, 0)")  # the sticky header back on top
            page.screenshot(path=str(SHOTS / f"narrow-{lang}-{state}.png"), full_page=True)

    def each(self, step: Callable[[str, Any], None]) -> None:
        for lang, page in self.pages.items():
            step(lang, page)

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def test_every_phone_state_passes_axe_at_320_px_in_every_language(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer) -> None:
    phones = Phones(chromium, portal.url)
    try:
        _walk(phones, workshop, session, portal)
    finally:
        phones.close()
    assert len(phones.checked) == 3 * 11 + 5 * len(SAMPLE) + 1
    assert phones.findings == []


def _walk(phones: Phones, workshop: Workshop, session: Session, portal: PortalServer) -> None:
    phones.open("any")
    phones.check("any", "language", always=True)
    del phones.pages["any"]
    for lang in LANGS:
        page = phones.open(lang, f"http://127.0.0.1:{portal.port}/")
        page.get_by_role("button", name=BUTTONS[lang]).click()
        page.locator("#noroom-text").wait_for()
        assert page.evaluate("document.activeElement.id") == "noroom-text"
        phones.check(lang, "noroom")
        page.goto(portal.url)
        page.locator("#checkin-form").wait_for()
        phones.check(lang, "checkin")
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#checkin-error:not(:empty)").wait_for()
        phones.check(lang, "checkin-error")
        page.locator("input[name=how][value=badge]").check()
        phones.check(lang, "checkin-badge")
        page.locator("input[name=how][value=new]").check()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#display-name").fill(LONG)
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        page.wait_for_function("document.activeElement.id === 'main-title'")
        page.locator("#note-text").fill("\u200b\u200d\u2060")  # nothing to see: refused
        page.locator("#note-form button[type=submit]").click()
        page.locator("#note-confirm.error:not(:empty)").wait_for()
        page.locator("#note-text").fill("Bus " + LONG)
        page.locator("#note-form button[type=submit]").click()
        page.locator("#note-confirm.confirm").wait_for()
        assert page.locator("#my-notes .note-words").first.get_attribute("lang") == lang
        phones.check(lang, "notes")
    workshop.sessions.update(session.id, moderation=True)

    def pending(lang: str, page: Any) -> None:
        page.locator("#note-text").fill("Attente")
        page.locator("#note-form button[type=submit]").click()
        page.locator("#my-notes li.pending .note-state").wait_for()
        phones.check(lang, "note-pending")

    phones.each(pending)
    ideas = [workshop.board.add_note(session.id, Area.IDEAS, text, language=language,
                                     origin=Channel.DESK)
             for text, language in (("Horaires du soir " + LONG, "fr"),
                                    ("خريطة بسيطة للخدمات", "ar"), ("Night buses", "en"))]
    voting = next(p for p in workshop.agenda.phases(session.id) if p.kind is PhaseKind.VOTING)
    workshop.agenda.start(voting.id)
    vote = workshop.voting.create(session.id, "Quelles idées " + LONG, RoundTarget.NOTES,
                                  [n.id for n in ideas], dots_per_person=3, cap_per_item=3)
    workshop.voting.open(vote.id)

    def cast(lang: str, page: Any) -> None:
        page.locator("#panel-vote").wait_for(state="visible")
        page.wait_for_function("document.activeElement.id === 'main-title'")
        plus = page.locator("#items .dot-button[data-dot$=':1']")
        plus.first.click()
        assert page.evaluate("document.activeElement.getAttribute('data-dot')").endswith(":1")
        page.locator("#announce:not(:empty)").wait_for()
        # each button names its idea and the voter's dots on it; each idea has its language
        names = page.locator("#items .dot-button").evaluate_all(
            "els => els.map(e => e.getAttribute('aria-label'))")
        assert "Horaires du soir" in names[0]
        assert "Night buses" in names[-1]
        # the count said in the language's own plural ("لك عليها نقطة واحدة"), own digits
        after = "(a) => RT.ui.t(a[0], {idea: '|', n: a[1]}).split('|')[1]"
        assert names[0].endswith(page.evaluate(after, ["remove_dot_from", 1]))
        assert names[-1].endswith(page.evaluate(after, ["add_dot_to", 0]))
        assert page.locator("#items .item-text").evaluate_all(
            "els => els.map(e => e.lang)") == ["fr", "ar", "en"]
        phones.check(lang, "vote")
        plus.first.click()
        plus.first.click()
        page.locator("#vote-status:not(:empty)").wait_for()
        phones.check(lang, "vote-spent")

    phones.each(cast)
    workshop.voting.close(vote.id)

    def closed(lang: str, page: Any) -> None:
        page.locator("#panel-wait").wait_for(state="visible")
        phones.check(lang, "vote-closed")

    phones.each(closed)
    workshop.voting.reveal(vote.id)

    def results(lang: str, page: Any) -> None:
        page.locator("#panel-results").wait_for(state="visible")
        page.wait_for_function("document.activeElement.id === 'main-title'")
        phones.check(lang, "results")

    phones.each(results)
    for person in workshop.roster.participants(session.id):
        workshop.roster.remove(person.id)

    def removed(lang: str, page: Any) -> None:
        page.reload()
        page.locator("#screen-noroom:not([hidden])").wait_for()
        phones.check(lang, "removed")

    phones.each(removed)
