"""Read aloud, icons and words before a language: the phone pages for people who read little.

The phone's voices are replaced, in the page, by a recorder (window.speechSynthesis): each test
says which voices the phone has, presses a speaker button and reads what would have been said,
in which language, by which voice. Real HTTP to the real portal on 127.0.0.1, Debian's Chromium.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from app.core.model import Area, Channel, PhaseKind, RoundTarget, Session
from app.core.pseudonym_words import picture, readable
from app.core.workshop import Workshop
from app.portal.server import PortalServer
from tests.portal.browser import PHONE

pytestmark = pytest.mark.browser

PERSIAN_DIGIT = "[\u06f0-\u06f9]"
ONE, TWELVE = "\u06f1", "\u06f1\u06f2"  # 1 and 12 in Persian digits

OWN_SCRIPT = {"en": "English", "fr": "Français", "ar": "العربية", "fa": "دری / فارسی",
              "uk": "Українська", "es": "Español", "it": "Italiano", "de": "Deutsch"}
LOCAL = [{"name": "Hoda", "lang": "ar-EG", "localService": True},
         {"name": "Amélie", "lang": "fr-FR", "localService": True},
         {"name": "Dara", "lang": "fa-IR", "localService": True},
         {"name": "Cloud English", "lang": "en-US", "localService": False}]
RECORDER = """(() => {
    const voices = %s;
    window.spoken = [];
    window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; };
    Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
        getVoices: () => voices,
        speak: (u) => window.spoken.push({text: u.text, lang: u.lang,
                                          voice: u.voice ? u.voice.name : null}),
        cancel: () => {},
        addEventListener: () => {},
    }});
})();"""


def phone_with_voices(chromium: Any, voices: list[dict[str, Any]], locale: str = "en") -> Any:
    context = chromium.new_context(**PHONE, locale=locale)
    context.add_init_script(RECORDER % json.dumps(voices))
    return context


def strings(page: Any, lang: str) -> dict[str, str]:
    table: dict[str, str] = page.evaluate("(l) => window.RT.strings[l]", lang)
    return table


def test_the_first_screen_says_nothing_in_english_alone(chromium: Any,
                                                        portal: PortalServer) -> None:
    context = phone_with_voices(chromium, LOCAL, locale="en")
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.locator("#screen-lang").wait_for()
        page.wait_for_function("document.querySelector('#phase-name') !== null")
        assert page.locator("#phase-name").text_content() == ""
        assert page.locator("#lang-button").is_hidden()  # no "EN" before a choice
        title = page.locator("#choose-title [lang]").evaluate_all(
            "els => els.map(e => e.lang)")
        assert sorted(title) == sorted(OWN_SCRIPT)  # the question in every language
        for lang, word in OWN_SCRIPT.items():
            button = page.get_by_role("button", name=word, exact=True)
            assert button.get_attribute("lang") == lang
        # the speaker on the first screen reads the question in each language, each voice its own
        page.locator("#screen-lang .speak").click()
        page.wait_for_function("window.spoken.length >= 3")
        said = page.evaluate("window.spoken")
        assert {s["lang"] for s in said} == {"ar", "fr", "fa"}
        assert {s["voice"] for s in said} == {"Hoda", "Amélie", "Dara"}
        # the phone has no voice of its own for the other five: it says so
        assert page.locator("#speak-missing").is_visible()

        page.get_by_role("button", name="العربية").click()
        page.locator("#checkin-form").wait_for()
        assert page.locator("#lang-code").text_content() == "العربية"
        name = page.locator("#lang-button").evaluate(
            "b => b.textContent.replace(/\\s+/g, ' ').trim()")
        assert name.startswith("العربية")  # the accessible name begins with what is seen
    finally:
        context.close()


def test_a_speaker_reads_each_instruction_in_the_pages_language(
        chromium: Any, portal: PortalServer) -> None:
    context = phone_with_voices(chromium, LOCAL)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name="العربية").click()
        page.locator("#checkin-form").wait_for()
        words = strings(page, "ar")
        speakers = page.locator("#screen-checkin .speak:visible")
        assert speakers.count() >= 3
        for box in speakers.evaluate_all(
                "els => els.map(e => [e.getBoundingClientRect().width, "
                "e.getBoundingClientRect().height, e.getAttribute('aria-label')])"):
            assert min(box[0], box[1]) >= 44
            assert box[2] == words["read_aloud"]
        page.locator("legend .speak").first.click()
        page.wait_for_function("window.spoken.length === 1")
        assert page.evaluate("window.spoken") == [
            {"text": words["how_join"], "lang": "ar", "voice": "Hoda"}]
        assert page.locator("#speak-missing").is_hidden()

        # the consent: three short lines with pictures, read aloud; the long text one tap away
        short = " ".join(words[f"consent_{i}"] for i in (1, 2, 3))
        assert len(short.split()) <= 25
        assert page.locator("#consent-short li svg").count() == 3
        assert page.locator("#consent-text").is_hidden()
        page.locator(".speak[data-speak=consent-short]").click()
        page.wait_for_function("window.spoken.length === 2")
        assert page.evaluate("window.spoken[1].text").split() == short.split()
        page.locator(".consent summary").click()
        assert page.locator("#consent-text").is_visible()
    finally:
        context.close()


def test_without_a_voice_for_the_language_the_page_says_so(
        chromium: Any, portal: PortalServer) -> None:
    # A voice for Farsi that needs the internet is no voice in a room without one.
    voices = [{"name": "English", "lang": "en-GB", "localService": True},
              {"name": "Online Farsi", "lang": "fa-IR", "localService": False}]
    context = phone_with_voices(chromium, voices)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name="دری / فارسی").click()
        page.locator("#checkin-form").wait_for()
        page.locator("legend .speak").first.click()
        missing = page.locator("#speak-missing")
        missing.wait_for(state="visible")
        assert missing.text_content().strip() == strings(page, "fa")["no_voice"]
        assert missing.locator("svg").count() == 1
        assert page.evaluate("window.spoken") == []
    finally:
        context.close()


def test_a_vote_in_farsi_shows_persian_digits_and_reads_each_idea_in_its_language(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer) -> None:
    context = phone_with_voices(chromium, LOCAL)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name="دری / فارسی").click()
        page.locator("input[name=group][value=newcomer]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        [person] = workshop.roster.participants(session.id)
        # the pseudonym in the person's script and digits, with its picture
        assert page.locator("#me-name").text_content() == (
            f"{picture(person.pseudonym)}\u00a0{readable(person.pseudonym, 'fa')}")
        you = page.locator(".me").text_content() or ""
        assert you.strip().startswith("شما")
        assert you.strip().endswith("هستید")  # "you are": a verb after شما
        ideas = [workshop.board.add_note(session.id, Area.IDEAS, text, language=language,
                                         origin=Channel.DESK)
                 for text, language in (("Bus de nuit", "fr"), ("نقشهٔ ساده", "fa"))]
        voting = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.VOTING)
        workshop.agenda.start(voting.id)
        vote = workshop.voting.create(session.id, "Which first?", RoundTarget.NOTES,
                                      [n.id for n in ideas], dots_per_person=12,
                                      cap_per_item=3)
        workshop.voting.open(vote.id)
        page.locator("#panel-vote").wait_for(state="visible")
        left = page.locator("#dots-left").text_content() or ""
        assert TWELVE in left
        assert not re.search("[0-9]", left)
        page.locator("#timer:not(:empty)").wait_for()
        timer = page.locator("#timer").text_content() or ""
        assert re.search(PERSIAN_DIGIT, timer)
        assert not re.search("[0-9]", timer)
        plus = page.locator("#items .dot-button[data-dot$=':1']").first
        plus.click()
        label = plus.get_attribute("aria-label") or ""
        assert "Bus de nuit" in label
        assert ONE in label
        page.locator("#items .item .speak").first.click()
        page.wait_for_function("window.spoken.length === 1")
        assert page.evaluate("window.spoken") == [
            {"text": "Bus de nuit", "lang": "fr", "voice": "Amélie"}]
        page.locator("#vote-status:not(:empty)").wait_for()

        workshop.voting.close(vote.id)
        workshop.voting.reveal(vote.id)
        page.locator("#panel-results").wait_for(state="visible")
        page.locator("#results .speak").first.click()
        page.wait_for_function("window.spoken.length === 3")
        idea, count = page.evaluate("window.spoken.slice(1)")
        assert (idea["text"], idea["lang"]) == ("Bus de nuit", "fr")
        assert count["lang"] == "fa"
        assert ONE in count["text"]
        assert not re.search("[0-9]", count["text"])
    finally:
        context.close()


@pytest.mark.parametrize(("lang", "counts"), [
    ("ar", ["نقطتان", "نقطة واحدة", "لا نقاط"]),
    ("fr", ["2 gommettes", "1 gommette", "0 gommette"]),
])
def test_results_count_in_the_languages_own_plural(
        chromium: Any, workshop: Workshop, session: Session, portal: PortalServer,
        lang: str, counts: list[str]) -> None:
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    try:
        page.goto(portal.url)
        page.get_by_role("button", name=OWN_SCRIPT[lang]).click()
        page.locator("input[name=group][value=local_actor]").check()
        page.locator("#consent").check()
        page.locator("#checkin-form button[type=submit]").click()
        page.locator("#panel-notes").wait_for(state="visible")
        ideas = [workshop.board.add_note(session.id, Area.IDEAS, text, origin=Channel.DESK)
                 for text in ("A", "B", "C")]
        voting = next(p for p in workshop.agenda.phases(session.id)
                      if p.kind is PhaseKind.VOTING)
        workshop.agenda.start(voting.id)
        vote = workshop.voting.create(session.id, "?", RoundTarget.NOTES,
                                      [n.id for n in ideas], dots_per_person=3, cap_per_item=2)
        workshop.voting.open(vote.id)
        page.locator("#panel-vote").wait_for(state="visible")
        plus = page.locator("#items .dot-button[data-dot$=':1']")
        plus.nth(0).click()
        plus.nth(0).click()
        plus.nth(1).click()
        page.locator("#vote-status", has_text=strings(page, lang)["saved"]).wait_for()
        workshop.voting.close(vote.id)
        workshop.voting.reveal(vote.id)
        page.locator("#panel-results").wait_for(state="visible")
        shown = page.locator("#results .result-count").evaluate_all(
            "els => els.map(e => e.lastChild.textContent.trim())")
        assert shown == counts
    finally:
        context.close()
