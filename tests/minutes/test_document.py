"""The minutes PDF, read back with poppler: every note there, nobody named who did not agree."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.core.model import Area, Channel, SessionStatus
from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.document import SignerCard, build_pdf
from tests.minutes.conftest import flat, pdf_text

CARD = SignerCard("Claire Martin", "Facilitatrice", "ab" * 32)


def _render(workshop: Workshop, tmp_path: Path, language: str) -> str:
    path = tmp_path / f"minutes-{language}.pdf"
    path.write_bytes(build_pdf(gather(workshop, 1), language, CARD))
    return pdf_text(path)


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_note_is_in_the_minutes(demo: Workshop, tmp_path: Path, language: str) -> None:
    text = _render(demo, tmp_path, language)
    notes = demo.board.notes(1, include_pending=False)
    assert {n.area for n in notes} == set(Area)
    for note in notes:
        assert flat(note.text) in text, note.text
    for theme in demo.board.themes(1):
        assert flat(theme.name) in text


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_nobody_is_named_who_did_not_agree(demo: Workshop, tmp_path: Path,
                                           language: str) -> None:
    text = _render(demo, tmp_path, language)
    assert "Claire Martin" in text
    assert "Élodie Bernard" in text
    for person in demo.roster.participants(1):
        if not person.named_in_minutes:
            assert person.pseudonym not in text
            if person.display_name:
                assert flat(person.display_name) not in text, person.display_name


def test_counts_and_labels_in_french(demo: Workshop, tmp_path: Path) -> None:
    text = _render(demo, tmp_path, "fr")
    assert "Compte rendu de la séance de Policy Lab" in text
    assert "Acteurs locaux 5 5" in text  # registered, attended
    assert "Nouveaux arrivants 7 7" in text
    assert "Total 14 14" in text
    assert "3 gommettes ont été saisies depuis le papier" in text
    _, head = demo.sessions.audit_head(1)
    assert head in text
    assert "Transmis à : Préfecture du Rhône" in text
    assert "≥ 60 %" in text
    assert "AB:AB:AB" in text


def test_arabic_minutes_use_arabic_labels(demo: Workshop, tmp_path: Path) -> None:
    text = _render(demo, tmp_path, "ar")
    for label in ("محضر جلسة مختبر السياسات", "الحضور", "التصويت بالنقاط", "القضايا المؤجلة"):
        assert flat(label) in text


def test_what_people_wrote_is_escaped(demo: Workshop, tmp_path: Path) -> None:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, "Use <b>bold</b> & <font size=40>big</font>")
    text = _render(demo, tmp_path, "en")
    assert "Use <b>bold</b> & <font size=40>big</font>" in text


def test_unsigned_minutes_say_so(demo: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "draft.pdf"
    path.write_bytes(build_pdf(gather(demo, 1), "en", None))
    assert "This copy is not signed. It is a draft." in pdf_text(path)


def test_an_empty_session_still_makes_minutes(workshop: Workshop, tmp_path: Path) -> None:
    session = workshop.sessions.create("Atelier vide", "2026-12-01")
    path = tmp_path / "empty.pdf"
    path.write_bytes(build_pdf(gather(workshop, session.id), "fr", None))
    text = pdf_text(path)
    assert "Atelier vide" in text
    assert "Aucune note." in text
    assert "Rien n'a été mis au parking." in text
    assert "Aucune décision ni micro-expérimentation" in text


def test_small_groups_are_not_split(workshop: Workshop, tmp_path: Path) -> None:
    from app.core.model import Group, RoundTarget
    from app.core.roster import NewParticipant

    session = workshop.sessions.create("Petit groupe", "2026-12-01", languages=("fr",))
    people = workshop.roster.add_many(session.id, [NewParticipant(Group.LOCAL_ACTOR)] * 2
                                      + [NewParticipant(Group.NEWCOMER)] * 6)
    ideas = [workshop.board.add_note(session.id, Area.IDEAS, f"Idée {n}") for n in range(3)]
    vote = workshop.voting.create(session.id, "Tour unique", RoundTarget.NOTES,
                                  [n.id for n in ideas], dots_per_person=2, cap_per_item=2)
    workshop.voting.open(vote.id)
    for person in people:
        workshop.roster.check_in(person.id)
        workshop.voting.set_ballot(vote.id, person.id, {ideas[0].id: 1, ideas[1].id: 1},
                                   origin=Channel.PHONE)
    workshop.voting.close(vote.id)
    path = tmp_path / "small.pdf"
    path.write_bytes(build_pdf(gather(workshop, session.id), "en", None))
    text = pdf_text(path)
    # 2 local actors are too few; 6 newcomers alone could then be worked out: neither shows.
    assert "The group split is not shown, to protect groups of fewer than 5 people." in text
    assert "Dots by group # Local actors" not in text


def test_the_cover_names_those_who_agreed_with_their_role(demo: Workshop,
                                                          tmp_path: Path) -> None:
    text = _render(demo, tmp_path, "en")
    # A role word that fits anyone, before the name: not "(animation)" after it.
    assert "Facilitator: Claire Martin" in text
    assert "Elected representative: Élodie Bernard" in text


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_note_taller_than_a_page_continues_on_the_next(demo: Workshop, tmp_path: Path,
                                                         language: str) -> None:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    lines = [f"n{n}" for n in range(1, 71)]  # 70 lines (about 900 points), 270 characters
    demo.board.add_note(1, Area.IDEAS, "\n".join(lines))
    text = _render(demo, tmp_path, language)
    assert all(f" {line} " in f" {text} " for line in lines)


def test_agenda_times_are_in_the_sessions_zone(demo: Workshop, tmp_path: Path) -> None:
    from app.core.time_zones import clock

    first = demo.agenda.phases(1)[0]
    assert first.started_at is not None
    text = _render(demo, tmp_path, "en")
    assert "Times (Europe/Paris)" in text
    assert clock(first.started_at, "Europe/Paris") in text
    assert clock(first.started_at, "Europe/Paris") != first.started_at[11:16]
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_emoji_and_tigrinya_notes_are_printed_not_boxed(demo: Workshop, tmp_path: Path,
                                                        language: str) -> None:
    demo.board.add_note(1, Area.IDEAS, "🏠🔑 Un logement d'abord 👍")
    demo.board.add_note(1, Area.IDEAS, "ናይ ስራሕ ዕድል ንመንእሰያት")
    path = tmp_path / f"minutes-{language}.pdf"
    path.write_bytes(build_pdf(gather(demo, 1), language, CARD))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoEmoji" in fonts
    assert "NotoSansEthiopic" in fonts
    text = pdf_text(path)
    assert "ናይ ስራሕ ዕድል ንመንእሰያት" in text
    assert "Un logement d'abord" in text
    # (Emoji are drawn, see test_pdf_text; reportlab's text layer maps only the first 65,536
    # characters, so copying them out of the PDF does not give them back.)
