"""Search across sessions: French without its accents, Arabic without its harakat, parking-lot
items and actions, and the index following edits and deletions."""

from __future__ import annotations

from app.core.actions import ActionPlan
from app.core.commitments import CommitmentStatus, SourceKind
from app.core.experiments import ExperimentFollowUp, ExperimentStatus
from app.core.model import ActionKind, Area
from app.core.search import ACTION, COMMITMENT, EXPERIMENT, match_expression, search
from app.core.workshop import Workshop


def _texts(workshop: Workshop, words: str) -> list[str]:
    return [f.text for f in search(workshop.database, words)]


def test_french_is_found_without_its_accents(workshop: Workshop) -> None:
    lyon = workshop.sessions.create("Lyon", "2026-11-14")
    grenoble = workshop.sessions.create("Grenoble", "2026-12-01")
    workshop.board.add_note(lyon.id, Area.IDEAS, "Un guichet unique avec interprètes")
    workshop.board.add_note(grenoble.id, Area.EXPECTATIONS, "Les démarches à la préfecture")
    assert _texts(workshop, "interpretes") == ["Un guichet unique avec interprètes"]
    assert _texts(workshop, "PREFECTURE demarche") == ["Les démarches à la préfecture"]
    (found,) = search(workshop.database, "préfécture")
    assert (found.session_id, found.session_title, found.date, found.area) == (
        grenoble.id, "Grenoble", "2026-12-01", "expectations")


def test_arabic_is_found_with_or_without_harakat(workshop: Workshop) -> None:
    session = workshop.sessions.create("Tunis", "2026-10-02")
    workshop.board.add_note(session.id, Area.EXPECTATIONS, "السَّكَنُ لِلْجَمِيعِ")
    workshop.board.add_note(session.id, Area.PARKING_LOT, "أريد أن أسجل أطفالي في المدرسة")
    assert _texts(workshop, "السكن") == ["السَّكَنُ لِلْجَمِيعِ"]
    assert _texts(workshop, "السَّكَن") == ["السَّكَنُ لِلْجَمِيعِ"]
    (found,) = search(workshop.database, "اطفالي")
    assert found.area == "parking_lot"


def test_actions_are_found(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lyon", "2026-11-14")
    workshop.actions.add(session.id, ActionPlan(
        kind=ActionKind.EXPERIMENT, title="Permanence à la mairie",
        description="Deux matinées par semaine"))
    (found,) = search(workshop.database, "matinees")
    assert found.area == ACTION
    assert found.text == "Permanence à la mairie\nDeux matinées par semaine"


def test_the_index_follows_edits_and_deletions(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lyon", "2026-11-14")
    note = workshop.board.add_note(session.id, Area.IDEAS, "Un jardin partagé")
    workshop.board.move_notes({note.id: (10.0, 20.0)})
    assert _texts(workshop, "jardin") == ["Un jardin partagé"]
    workshop.board.edit_text(note.id, "Une bibliothèque de rue")
    assert _texts(workshop, "jardin") == []
    assert _texts(workshop, "bibliotheque") == ["Une bibliothèque de rue"]
    workshop.board.delete_notes([note.id])
    assert _texts(workshop, "bibliotheque") == []


def test_what_is_typed_is_never_an_fts_operator(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lyon", "2026-11-14")
    workshop.board.add_note(session.id, Area.IDEAS, 'Le "NOT" et les * AND')
    assert match_expression('  "* NOT ') == '"NOT"*'
    assert match_expression(" ;*( ") == ""
    assert _texts(workshop, 'NOT "and') == ['Le "NOT" et les * AND']
    assert search(workshop.database, "  ") == []


def test_commitments_are_found_in_french_and_arabic(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lyon", "2026-11-14")
    idea = workshop.board.add_note(session.id, Area.IDEAS, "Un lieu d'accueil")
    commitment = workshop.commitments.add(
        session.id, SourceKind.IDEA, idea.id, text="Ouvrir une crèche près de la gare",
        owner_role="Direction de l'éducation")
    (found,) = search(workshop.database, "creche gare")
    assert (found.area, found.item_id, found.session_title) == (
        COMMITMENT, commitment.id, "Lyon")
    assert found.text == "Ouvrir une crèche près de la gare"
    workshop.commitments.update(session.id, commitment.id, CommitmentStatus.DECLINED,
                                reason="Pas de terrain disponible")
    assert [f.area for f in search(workshop.database, "terrain")] == [COMMITMENT]
    parked = workshop.board.add_note(session.id, Area.PARKING_LOT, "السَّكَنُ لِلْجَمِيعِ")
    housing = workshop.commitments.add(session.id, SourceKind.PARKING, parked.id)
    workshop.commitments.record_answer(session.id, housing.id, "أُحِيلَ الطَّلَبُ إلى الوِلايَة")
    assert {f.area for f in search(workshop.database, "السكن")} == {"parking_lot", COMMITMENT}
    (answered,) = search(workshop.database, "الولاية")
    assert answered.item_id == housing.id
    workshop.commitments.remove(session.id, housing.id)
    assert search(workshop.database, "الولاية") == []


def test_what_experiments_taught_is_found(workshop: Workshop) -> None:
    session = workshop.sessions.create("Grenoble", "2026-12-01")
    action = workshop.actions.add(session.id, ActionPlan(
        kind=ActionKind.EXPERIMENT, title="Permanence bilingue",
        criteria=(("Personnes reçues", "≥ 15", "Registre"),)))
    workshop.experiments.describe(session.id, action.id, ExperimentFollowUp(
        hypothesis="Un accueil en arabe fait venir les familles",
        observed="Les mères sont venues avec leurs enfants",
        story="نجحت التَّجْرِبَة في الأحياء الشمالية", status=ExperimentStatus.SUCCEEDED))
    (found,) = search(workshop.database, "meres enfants")
    assert (found.area, found.item_id) == (EXPERIMENT, action.id)
    assert found.text.startswith("Permanence bilingue\nUn accueil en arabe")
    assert [f.area for f in search(workshop.database, "التجربة")] == [EXPERIMENT]
