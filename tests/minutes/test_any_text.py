"""Whatever a person can type becomes minutes, a certificate and exports: never a traceback.

Random Unicode (every bidi control, lone surrogates, combining marks, emoji, very long notes,
empty themes, rounds nobody voted in) goes into every field a person writes.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.minutes.certificate import CertificateFacts, write_certificate
from app.minutes.content import (
    ActionBlock,
    AgendaLine,
    CriterionText,
    GroupCount,
    MinutesContent,
    NamedPerson,
    NoteText,
    ParkingItem,
    RankedItem,
    RoundResult,
    ThemeBlock,
)
from app.minutes.document import build_pdf
from app.minutes.results import CSV_FILES, content_digest_of_export, write_results

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
PIECES = [*BIDI_CONTROLS, "مرحبا", "أمينة", "שלום", "ሰላም", "Zoé", "x", " ", "\n", "(", "]",
          "12-3", "\u0301", "\u064e", "\u0651", "😀", "👩🏽\u200d🌾", "\ufe0f", "\ud800", "\udfff",
          "\x00", "\t", "<b>", "&", "\u00ad", "\ufeff", "\U0010ffff"]

typed = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=12).map("".join)
long_note = st.builds(lambda piece, n: (piece * n)[:5000], typed, st.integers(1, 5000))
text = st.one_of(typed, long_note)


@st.composite
def contents(draw: st.DrawFn) -> MinutesContent:
    def note(index: int) -> NoteText:
        return NoteText(index, draw(text), draw(st.sampled_from(["fr", "ar", "", "ti"])))

    def item(rank: int) -> RankedItem:
        total = draw(st.integers(0, 40))
        return RankedItem(rank, draw(st.booleans()), draw(text), "", total, total // 3,
                          {"kiosk": total - total // 3, "paper": total // 3},
                          {"local_actor": total})

    rounds = tuple(
        RoundResult(draw(typed), "notes", draw(st.booleans()), "revealed", 3, 2,
                    draw(st.integers(0, 3)), 0, 0, ("local_actor",) if n % 2 else (),
                    ("newcomer",), tuple(item(i) for i in range(draw(st.integers(0, 3)))))
        for n in range(draw(st.integers(0, 2))))
    return MinutesContent(
        session_uid="uid", title=draw(typed), territory=draw(typed), date="2026-11-14",
        venue=draw(typed), languages=("fr", "ar", "en"), version=1,
        named=(NamedPerson(draw(typed), "facilitator", ""),
               NamedPerson(draw(typed), "local_actor", "elected")),
        agenda=(AgendaLine("welcome", draw(typed), 10, "2026-11-14T08:03:00+00:00",
                           "2026-11-14T08:20:00+00:00", 17),),
        attendance=(GroupCount("local_actor", 3, 2),),
        expectations=(note(1),),
        themes=(ThemeBlock(draw(typed), ()), ThemeBlock(draw(typed), (note(2), note(3)))),
        unthemed=(note(4),), rounds=rounds,
        actions=(ActionBlock("decision", draw(typed), draw(text), draw(typed), "2027-01-05",
                             None, None, (CriterionText(draw(typed), draw(typed), ""),)),),
        parking_lot=(ParkingItem(draw(typed), "", "national", draw(typed)),),
        next_steps=draw(text), audit_events=3, audit_head="ab" * 32, audit_intact=True,
        time_zone="Europe/Paris")


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(content=contents(), language=st.sampled_from(["en", "fr", "ar"]))
def test_any_typed_text_makes_minutes_and_exports(content: MinutesContent,
                                                  language: str) -> None:
    pdf = build_pdf(content, language)
    assert pdf.startswith(b"%PDF-")
    with tempfile.TemporaryDirectory() as folder:
        written = write_results(content, Path(folder))
        assert {path.name for path in written} == {*CSV_FILES, "minutes.json"}
        saved = json.loads((Path(folder) / "minutes.json").read_text(encoding="utf-8"))
    assert saved["content"]["title"] == content.title  # a lone surrogate comes back as such
    assert content_digest_of_export(saved) == content.digest()


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=text, title=typed, place=typed, language=st.sampled_from(["en", "fr", "ar"]))
def test_any_typed_name_makes_a_certificate(tmp_path_factory: pytest.TempPathFactory,
                                            name: str, title: str, place: str,
                                            language: str) -> None:
    facts = CertificateFacts(name, title, "2026-11-14", place, 95, language, "Europe/Paris",
                             "09:03", "10:38")
    path = tmp_path_factory.mktemp("certificate") / "c.pdf"
    write_certificate(path, facts, "2026-11-20")
    assert path.read_bytes().startswith(b"%PDF-")


def test_a_surrogate_pair_in_a_string_hashes_as_the_character_it_makes() -> None:
    """A Python string may hold a pair of surrogates; the JSON export reads them back as the
    one character they make, and the digest must not tell the two apart."""
    from app.minutes.content import content_digest_of

    held = {"title": "x\ud800\udfffy", "lone": "\ud800"}
    read_back = json.loads(json.dumps(held))
    assert read_back["title"] == "x\U000103ffy"
    assert content_digest_of(held) == content_digest_of(read_back)
