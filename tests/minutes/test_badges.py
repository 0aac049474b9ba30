"""The badge sheet: 8 per page, and every QR code read back by two decoders checks its person in."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.badge_tokens import BadgeSigner, identify
from app.core.errors import RuleError
from app.core.model import Channel
from app.core.workshop import Workshop
from app.minutes.badges import QUIET_MODULES, qr_matrix, shown_code, write_session_badges
from tests.minutes.qr_pages import pdf_text, render, zbar_texts, zxing_texts


@pytest.fixture
def sheet(demo: Workshop, tmp_path: Path) -> tuple[Path, list[Path]]:
    pdf = tmp_path / "badges.pdf"
    assert write_session_badges(demo, 1, pdf) == 2  # 14 participants, 8 per page
    return pdf, render(pdf, tmp_path)


def test_every_badge_round_trips_through_both_decoders(
        demo: Workshop, sheet: tuple[Path, list[Path]]) -> None:
    _, pages = sheet
    assert len(pages) == 2
    signer = BadgeSigner.for_session(demo.database, 1)
    expected = {signer.token(p.id) for p in demo.roster.participants(1)}
    by_zxing = set().union(*(zxing_texts(page) for page in pages))
    by_zbar = set().union(*(zbar_texts(page) for page in pages))
    assert by_zxing == expected
    assert by_zbar == expected
    for token in by_zbar:
        person = identify(demo, 1, token)
        demo.roster.check_in(person.id, origin=Channel.KIOSK)
        assert demo.roster.attendance(1)[person.id].left_at is None


def test_a_page_holds_eight_badges(sheet: tuple[Path, list[Path]]) -> None:
    _, pages = sheet
    assert len(zxing_texts(pages[0])) == 8
    assert len(zxing_texts(pages[1])) == 6


def test_names_and_typed_codes_are_printed(demo: Workshop,
                                           sheet: tuple[Path, list[Path]]) -> None:
    pdf, _ = sheet
    text = pdf_text(pdf)
    for person in demo.roster.participants(1):
        assert shown_code(person.short_code) in text
        if not any("\u0600" <= ch <= "\u06ff" for ch in person.shown_name):
            assert person.shown_name in text
    assert "Élodie Bernard" in text
    assert "Swift" in text or any(p.pseudonym in text for p in demo.roster.participants(1))


def test_forged_altered_and_other_session_badges_are_refused(demo: Workshop,
                                                             tmp_path: Path) -> None:
    other = demo.sessions.create("Another Lab", "2026-12-01")
    from app.core.model import Group
    from app.core.roster import NewParticipant

    demo.roster.add(other.id, NewParticipant(Group.NEWCOMER))
    pdf = tmp_path / "other.pdf"
    write_session_badges(demo, other.id, pdf)
    (foreign,) = zbar_texts(render(pdf, tmp_path)[0])
    with pytest.raises(RuleError) as caught:
        identify(demo, 1, foreign)
    assert caught.value.code == "badge_other_session"
    assert "another session" in str(caught.value)

    genuine = BadgeSigner.for_session(demo.database, 1).token(7)
    prefix, uid, pid, mac = genuine.split(".")
    for fake in (f"{prefix}.{uid}.8.{mac}", f"{prefix}.{uid}.{pid}.{'0' * len(mac)}"):
        with pytest.raises(RuleError) as caught:
            identify(demo, 1, fake)
        assert caught.value.code == "badge_forged"
        assert "not valid" in str(caught.value)


def test_the_qr_code_carries_no_name(demo: Workshop) -> None:
    for person in demo.roster.participants(1):
        token = BadgeSigner.for_session(demo.database, 1).token(person.id)
        assert person.pseudonym.upper() not in token
        assert len(qr_matrix(token)) <= 41
        assert QUIET_MODULES == 4


def test_long_and_arabic_names_keep_every_code_readable(workshop: Workshop,
                                                        tmp_path: Path) -> None:
    from app.core.model import Group
    from app.core.roster import NewParticipant
    from app.minutes.badges import shortened
    from app.minutes.pdf_text import REGULAR, width

    session = workshop.sessions.create("مختبر السياسات — الوصول إلى الخدمات المحلية (ليون)",
                                       "2026-11-14")
    names = ["أمينة", "فاطمة الزهراء عبد الرحمن", "Jean-Baptiste Dupont-Moretti de la Tour",
             "", "Олена Коваленко", "محمد", "Sara", "Youssef"]
    workshop.roster.add_many(session.id, [NewParticipant(Group.NEWCOMER, "ar", n)
                                          for n in names])
    pdf = tmp_path / "ar.pdf"
    write_session_badges(workshop, session.id, pdf)
    (page,) = render(pdf, tmp_path)
    signer = BadgeSigner.for_session(workshop.database, session.id)
    expected = {signer.token(p.id) for p in workshop.roster.participants(session.id)}
    assert zxing_texts(page) == expected
    assert zbar_texts(page) == expected
    title = shortened(session.title, REGULAR, 6.5, 100)
    assert title.endswith(" …")
    assert width(title, REGULAR, 6.5) <= 100
    printed = "".join(ch for ch in pdf_text(pdf) if ch not in "\u202a\u202b\u202c\u202d\u202e")
    assert "Олена" in printed
    assert "Коваленко" in printed
