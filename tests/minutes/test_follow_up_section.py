"""The minutes' follow-up section: expectations against outcomes counted by group (groups
under five suppressed) and the ideas that bridge local actors and newcomers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.expectations import Outcome
from app.core.model import Area, Competence, Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.document import build_pdf
from tests.minutes.conftest import pdf_text


def _marked(demo: Workshop) -> None:
    newcomers = [demo.roster.add(1, NewParticipant(Group.NEWCOMER)).id for _ in range(5)]
    for n, person in enumerate(newcomers):
        note = demo.board.add_note(1, Area.EXPECTATIONS, f"Trouver un travail {n}",
                                   author_id=person)
        demo.expectations.mark(1, note.id, Outcome.PARTLY_MET if n % 2 else Outcome.NOT_MET)
    parked = demo.board.parking_lot(1)[0]
    papers = demo.board.add_note(1, Area.EXPECTATIONS, "Mes papiers")
    demo.expectations.mark(1, papers.id, Outcome.OUT_OF_COMPETENCE, parked.note_id)
    demo.expectations.mark(1, 1, Outcome.MET)


def test_without_follow_up_the_content_is_unchanged(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-03-01")
    content = gather(workshop, session.id)
    assert content.follow_up is None
    assert "follow_up" not in content.to_json()


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["Expectations and outcomes", "What people came for", "Partly met 2",
            "Not met 3", "Out of the city's competence 1", "Met 1", "Where the rest went",
            "Mes papiers", "Préfecture du Rhône", "Ideas that bridge the groups",
            "at least 25 % of the local actors' dots"]),
    ("fr", ["Attentes et résultats", "Ce pour quoi les gens sont venus", "Où est parti le reste",
            "Idées qui rapprochent les groupes"]),
    ("ar", ["التوقعات والنتائج", "أين ذهب الباقي"]),
])
def test_outcomes_and_bridging_in_the_minutes(demo: Workshop, tmp_path: Path, language: str,
                                             words: list[str]) -> None:
    _marked(demo)
    content = gather(demo, 1)
    assert content.follow_up is not None
    [bridging] = content.follow_up.bridging
    assert bridging.computed
    assert bridging.ideas == (demo.board.note(5).text,)
    # Only newcomers wrote signed expectations (five of them): with one group shown and
    # every other hidden, nothing can be worked out, so the newcomers are shown.
    assert content.follow_up.shown_groups == ("newcomer",)
    path = tmp_path / f"minutes-{language}.pdf"
    path.write_bytes(build_pdf(content, language))
    text = pdf_text(path)
    for word in words:
        assert word in text, word
    assert Competence.NATIONAL.value not in text  # levels are printed as words
