"""Attendance certificates: the chosen name, the session, its date and the time attended."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import RuleError
from app.core.model import Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.minutes.certificate import (
    certificate_facts,
    duration_text,
    long_date,
    write_certificate,
)
from tests.minutes.qr_pages import pdf_text, render


def test_facts_from_attendance(demo: Workshop) -> None:
    olena = next(p for p in demo.roster.participants(1) if p.display_name == "Olena")
    facts = certificate_facts(demo, olena.id)
    assert facts.name == "Olena"
    assert facts.language == "en"  # Ukrainian is not printed yet: English
    assert facts.session_date == "2026-11-14"
    assert facts.place == "Lyon"
    assert 150 <= facts.minutes <= 240  # the demo day, arrival to the last phase's end


def test_someone_who_left_early_gets_their_own_time(demo: Workshop) -> None:
    observer = demo.roster.participants(1)[-1]
    full = certificate_facts(demo, demo.roster.participants(1)[1].id)
    early = certificate_facts(demo, observer.id)
    assert early.minutes < full.minutes


def test_english_and_french_text(demo: Workshop, tmp_path: Path) -> None:
    karim = next(p for p in demo.roster.participants(1) if p.display_name == "Karim")
    facts = certificate_facts(demo, karim.id)
    assert facts.language == "fr"
    pdf = tmp_path / "fr.pdf"
    write_certificate(pdf, facts, "2026-11-20")
    text = " ".join(pdf_text(pdf).split())
    assert "Attestation de participation" in text
    assert "Karim" in text
    assert "14 novembre 2026" in text
    assert "Lyon" in text
    assert duration_text(facts.minutes, "fr") in text

    pdf_en = tmp_path / "en.pdf"
    write_certificate(pdf_en, certificate_facts(demo, karim.id, language="en"), "2026-11-20")
    text_en = " ".join(pdf_text(pdf_en).split())
    assert "Certificate of participation" in text_en
    assert "14 November 2026" in text_en


def test_arabic_certificate_renders(demo: Workshop, tmp_path: Path) -> None:
    amina = next(p for p in demo.roster.participants(1) if p.display_name == "أمينة")
    facts = certificate_facts(demo, amina.id)
    assert facts.language == "ar"
    assert facts.name == "أمينة"
    pdf = tmp_path / "ar.pdf"
    write_certificate(pdf, facts, "2026-11-20")
    assert len(render(pdf, tmp_path, dpi=40)) == 1
    assert long_date("2026-11-14", "ar") == "14 نوفمبر 2026"


def test_durations() -> None:
    assert duration_text(45, "en") == "45 minutes"
    assert duration_text(125, "en") == "2 h 05 min"
    assert duration_text(125, "fr") == "2 h 05"


def test_no_certificate_without_attendance(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    person = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER))
    with pytest.raises(RuleError):
        certificate_facts(workshop, person.id)


def test_times_are_in_the_sessions_zone(demo: Workshop, tmp_path: Path) -> None:
    from app.core.time_zones import in_zone

    karim = next(p for p in demo.roster.participants(1) if p.display_name == "Karim")
    arrived = demo.roster.attendance(1)[karim.id].arrived_at
    facts = certificate_facts(demo, karim.id, language="en")
    assert facts.time_zone == "Europe/Paris"  # the demo Lab is in Lyon
    assert facts.start == in_zone(arrived, "Europe/Paris").strftime("%H:%M")
    assert facts.start != arrived[11:16]  # not the UTC clock
    pdf = tmp_path / "en.pdf"
    write_certificate(pdf, facts, "2026-11-20")
    text = " ".join(pdf_text(pdf).split())
    assert f"from {facts.start} to {facts.end} (Europe/Paris time)" in text
