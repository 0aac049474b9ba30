"""What a clerk expects to read: long rounds on several pages with their items named, dates
and times where and as the session's language writes them, languages by name, "page N of M",
the place and date of signing, roles that fit anyone."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.minutes.content import MinutesContent, RankedItem, gather
from app.minutes.document import SignerCard, build_pdf
from app.minutes.labels.calendar import language_list, long_date, zone_with_offset
from app.minutes.results import results_csv, results_json
from tests.minutes.conftest import flat

CARD = SignerCard("Claire Martin", "Facilitatrice", "ab" * 32)


def _pages(pdf: bytes, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [flat(page) for page in out.split("\f") if page.strip()]


def _long_round(content: MinutesContent, items: int) -> MinutesContent:
    vote = content.rounds[0]
    ranked = tuple(
        RankedItem(n + 1, False, f"Idée{n + 1} pour le quartier", "fr", 3 * items - n, n % 3,
                   {"kiosk": 2 * items - n, "phone": items - n % 3, "paper": n % 3},
                   {"local_actor": 5, "newcomer": 6})
        for n in range(items))
    return dataclasses.replace(content, rounds=(dataclasses.replace(
        vote, items=ranked, shown_groups=("local_actor", "newcomer")),))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_round_of_many_items_spreads_over_pages(demo: Workshop, tmp_path: Path,
                                                  language: str) -> None:
    content = _long_round(gather(demo, 1), 120)  # 23 + 16 * 120 pt of bars: 3 pages of chart
    pages = _pages(build_pdf(content, language, CARD), tmp_path, f"long-{language}.pdf")
    chart_pages = [page for page in pages if "Idée120" in page]
    # The ranked table, the chart's last part and the two split tables each name the item.
    assert len(chart_pages) >= 3
    legend = "gommettes papier" if language == "fr" else "نقاط ورقية"
    legend_pages = [page for page in pages if legend in page]
    assert len(legend_pages) >= 4  # every part of the chart carries its legend
    for page in legend_pages:
        assert "Idée" in page  # and names its items, not only their numbers
    if language == "fr":
        assert sum("Élément" in page for page in pages) >= 6  # headers repeat on each page


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["14 novembre 2026", "français, arabe, anglais", "Europe/Paris (UTC+01:00)",
            "Animation : Claire Martin", "Fait à Lyon, le 20 novembre 2026."]),
    ("en", ["14 November 2026", "French, Arabic, English", "Facilitator: Claire Martin",
            "Signed in Lyon on 20 November 2026."]),
    ("ar", ["14 نوفمبر 2026", "الفرنسية، العربية، الإنجليزية", "Lyon بتاريخ 20 نوفمبر"]),
])
def test_dates_languages_roles_and_signing_place(demo: Workshop, tmp_path: Path,
                                                 language: str, expected: list[str]) -> None:
    pdf = build_pdf(gather(demo, 1), language, CARD, signed_on="2026-11-20")
    pages = _pages(pdf, tmp_path, f"m-{language}.pdf")
    text = " ".join(pages)

    def said(words: str, where: str) -> bool:
        # pdftotext regroups right-to-left runs with spaces of its own: compare without them.
        if language == "ar":
            return flat(words).replace(" ", "") in where.replace(" ", "")
        return flat(words) in where

    for words in expected:
        assert said(words, text), words
    assert "(animation)" not in text
    last = len(pages)
    footer = {"fr": f"page {last} sur {last}", "en": f"page {last} of {last}",
              "ar": f"الصفحة {last} من {last}"}[language]
    assert said(footer, pages[-1])


def test_times_are_local_with_their_offset_in_exports(demo: Workshop) -> None:
    content = gather(demo, 1)
    first = content.agenda[0]
    assert first.started_at is not None
    assert first.started_at.endswith("+01:00")  # Lyon in November
    assert first.started_at[11:16] == "09:03"  # the Lab began at 9:03 Lyon time, not 08:03
    agenda = results_csv(content)["agenda.csv"].splitlines()
    assert agenda[0].startswith("phase,title,planned_minutes")
    assert "2026-11-14T09:03:00+01:00" in agenda[1]
    assert json.loads(results_json(content))["content"]["agenda"][0]["started_at"] \
        == "2026-11-14T09:03:00+01:00"


def test_calendar_words() -> None:
    assert long_date("2026-11-14", "fr") == "14 novembre 2026"
    assert long_date("2027-01-05T10:00:00+01:00", "ar") == "5 يناير 2027"
    assert long_date("not a date", "en") == "not a date"
    assert language_list(("fr", "ar", "xx"), "fr") == "français, arabe, xx"
    assert zone_with_offset("Europe/Paris", "2026-07-01") == "Europe/Paris (UTC+02:00)"
