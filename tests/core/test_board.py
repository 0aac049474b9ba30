"""The board: notes, areas, themes, parking lot, moderation — and undo/redo through the core."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.events import Change, ChangeEvent, Subject
from app.core.model import Area, Channel, Competence, NoteStatus
from app.core.workshop import Workshop


@pytest.fixture
def session_id(workshop: Workshop) -> int:
    return workshop.sessions.create("Lab", "2026-11-01").id


def test_note_text_is_kept_verbatim_including_markup(workshop: Workshop, session_id: int) -> None:
    note = workshop.board.add_note(session_id, Area.IDEAS, "<b>Plus</b> d'horaires & <script>")
    assert workshop.board.note(note.id).text == "<b>Plus</b> d'horaires & <script>"


@pytest.mark.parametrize("text", ["", "   ", "x" * 281])
def test_bad_note_text_is_refused(workshop: Workshop, session_id: int, text: str) -> None:
    with pytest.raises(RuleError):
        workshop.board.add_note(session_id, Area.IDEAS, text)
    assert workshop.board.notes(session_id) == []


def test_move_to_theme_by_menu_and_undo_redo(workshop: Workshop, session_id: int) -> None:
    theme = workshop.board.add_theme(session_id, "Accueil")
    a = workshop.board.add_note(session_id, Area.IDEAS, "A")
    b = workshop.board.add_note(session_id, Area.IDEAS, "B")
    workshop.board.set_theme([a.id, b.id], theme.id)
    assert {n.theme_id for n in workshop.board.notes(session_id)} == {theme.id}
    assert workshop.undo.undo() == "move to theme"
    assert {n.theme_id for n in workshop.board.notes(session_id)} == {None}
    workshop.undo.redo()
    assert {n.theme_id for n in workshop.board.notes(session_id)} == {theme.id}


def test_undo_add_and_delete(workshop: Workshop, session_id: int) -> None:
    note = workshop.board.add_note(session_id, Area.IDEAS, "Idée")
    workshop.board.delete_notes([note.id])
    assert workshop.board.notes(session_id) == []
    workshop.undo.undo()  # undelete
    assert [n.id for n in workshop.board.notes(session_id)] == [note.id]
    workshop.undo.undo()  # un-add
    assert workshop.board.notes(session_id) == []
    workshop.undo.redo()
    assert [n.id for n in workshop.board.notes(session_id)] == [note.id]
    workshop.undo.redo()  # deleted again
    assert workshop.board.notes(session_id) == []
    assert not workshop.undo.can_redo
    with pytest.raises(RuleError):
        workshop.undo.redo()


def test_edit_move_and_colour_are_undoable(workshop: Workshop, session_id: int) -> None:
    note = workshop.board.add_note(session_id, Area.IDEAS, "Avant", x=10, y=20)
    workshop.board.edit_text(note.id, "Après")
    workshop.board.move_notes({note.id: (300, 400)})
    workshop.board.set_colour([note.id], "#8fd3f5")
    changed = workshop.board.note(note.id)
    assert (changed.text, changed.x, changed.y, changed.colour) == ("Après", 300, 400, "#8FD3F5")
    for _ in range(3):
        workshop.undo.undo()
    back = workshop.board.note(note.id)
    assert (back.text, back.x, back.y, back.colour) == ("Avant", 10, 20, note.colour)


def test_deleting_a_theme_keeps_its_notes_and_undo_regroups(workshop: Workshop,
                                                            session_id: int) -> None:
    theme = workshop.board.add_theme(session_id, "Information")
    note = workshop.board.add_note(session_id, Area.IDEAS, "Guide", theme_id=theme.id)
    workshop.board.delete_theme(theme.id)
    assert workshop.board.themes(session_id) == []
    assert workshop.board.note(note.id).theme_id is None
    workshop.undo.undo()
    assert workshop.board.note(note.id).theme_id == theme.id


def test_parking_lot_keeps_competence_and_forwarding(workshop: Workshop, session_id: int) -> None:
    note = workshop.board.add_note(session_id, Area.IDEAS, "Titres de séjour")
    workshop.board.set_area([note.id], Area.PARKING_LOT)
    workshop.board.set_parking(note.id, Competence.NATIONAL, "Préfecture")
    [item] = workshop.board.parking_lot(session_id)
    assert (item.competence, item.forwarded_to) == (Competence.NATIONAL, "Préfecture")


def test_moderation_holds_phone_notes_until_approved(workshop: Workshop, session_id: int) -> None:
    workshop.sessions.update(session_id, moderation=True)
    note = workshop.board.add_note(session_id, Area.IDEAS, "Du téléphone", origin=Channel.PHONE)
    assert note.status is NoteStatus.PENDING
    assert workshop.board.notes(session_id, include_pending=False) == []
    workshop.board.moderate(note.id, approve=True)
    assert [n.id for n in workshop.board.notes(session_id, include_pending=False)] == [note.id]


def test_search_matches_every_word(workshop: Workshop, session_id: int) -> None:
    a = workshop.board.add_note(session_id, Area.IDEAS, "Guichet unique avec interprètes")
    workshop.board.add_note(session_id, Area.IDEAS, "Horaires du soir")
    assert workshop.board.search(session_id, "GUICHET interprètes") == [a.id]


def test_events_name_what_changed_after_commit(workshop: Workshop, session_id: int) -> None:
    seen: list[ChangeEvent] = []

    def listener(event: ChangeEvent) -> None:
        # Published after COMMIT: the row is already readable from a second connection.
        other = workshop.sibling()
        try:
            assert other.board.note(event.ids[0]).text == "Visible"
        finally:
            other.close()
        seen.append(event)

    workshop.hub.subscribe(listener)
    note = workshop.board.add_note(session_id, Area.IDEAS, "Visible", origin=Channel.PHONE)
    assert seen == [ChangeEvent(session_id, Subject.NOTE, Change.ADDED, (note.id,), "",
                                Channel.PHONE)]


def _themed_note(workshop: Workshop, session_id: int) -> tuple[int, int]:
    theme = workshop.board.add_theme(session_id, "Accueil")
    note = workshop.board.add_note(session_id, Area.IDEAS, "Guichet", theme_id=theme.id)
    return note.id, theme.id


def test_moving_to_the_parking_lot_by_menu_leaves_the_theme(workshop: Workshop,
                                                            session_id: int) -> None:
    note_id, _ = _themed_note(workshop, session_id)
    workshop.board.set_area([note_id], Area.PARKING_LOT)
    moved = workshop.board.note(note_id)
    assert (moved.area, moved.theme_id, moved.competence) == (
        Area.PARKING_LOT, None, Competence.OTHER)


def test_moving_to_the_same_area_keeps_the_theme(workshop: Workshop, session_id: int) -> None:
    note_id, theme_id = _themed_note(workshop, session_id)
    workshop.board.set_area([note_id], Area.IDEAS)
    assert workshop.board.note(note_id).theme_id == theme_id


def test_a_drag_into_the_parking_lot_is_one_undo_step(workshop: Workshop,
                                                      session_id: int) -> None:
    note_id, theme_id = _themed_note(workshop, session_id)
    before = workshop.board.note(note_id)
    workshop.board.place_notes({note_id: (Area.PARKING_LOT, 300.0, 400.0)}, leave_theme=True)
    moved = workshop.board.note(note_id)
    assert (moved.area, moved.theme_id, moved.x, moved.y) == (Area.PARKING_LOT, None, 300, 400)
    workshop.undo.undo()
    back = workshop.board.note(note_id)
    assert (back.area, back.theme_id, back.x, back.y) == (Area.IDEAS, theme_id, before.x,
                                                          before.y)


def test_a_parked_note_that_joins_a_theme_comes_back_to_the_ideas(workshop: Workshop,
                                                                  session_id: int) -> None:
    theme = workshop.board.add_theme(session_id, "Logement")
    note = workshop.board.add_note(session_id, Area.PARKING_LOT, "Titres de séjour")
    workshop.board.set_theme([note.id], theme.id)
    assert (workshop.board.note(note.id).area, workshop.board.note(note.id).theme_id) == (
        Area.IDEAS, theme.id)


def test_pasted_lines_become_notes_in_one_undo_step(workshop: Workshop,
                                                    session_id: int) -> None:
    from app.core.board_tidy import pasted_lines

    arabic = "مواعيد عبر الهاتف"
    lines = pasted_lines("Bus de nuit\n\n  Cours de français  \n" + arabic + "\n")
    notes = workshop.board.add_notes(session_id, Area.EXPECTATIONS, lines)
    assert [(n.text, n.area) for n in notes] == [
        ("Bus de nuit", Area.EXPECTATIONS), ("Cours de français", Area.EXPECTATIONS),
        (arabic, Area.EXPECTATIONS)]
    assert len({(n.x, n.y) for n in notes}) == 3
    assert workshop.undo.undo() == "add notes"
    assert workshop.board.notes(session_id) == []


def test_pasted_lines_are_all_kept_or_none(workshop: Workshop, session_id: int) -> None:
    with pytest.raises(RuleError) as refused:
        workshop.board.add_notes(session_id, Area.IDEAS, ["Court", "x" * 312])
    assert refused.value.code == "text_too_long"
    assert workshop.board.notes(session_id) == []


def test_merging_two_duplicates_joins_their_text_and_undo_splits_them(
        workshop: Workshop, session_id: int) -> None:
    theme = workshop.board.add_theme(session_id, "Transport")
    a = workshop.board.add_note(session_id, Area.IDEAS, "Bus de nuit")
    b = workshop.board.add_note(session_id, Area.IDEAS, "Bus le soir après 21 h",
                                theme_id=theme.id)
    merged = workshop.board.merge_notes(a.id, b.id)
    assert (merged.text, merged.theme_id) == ("Bus de nuit\nBus le soir après 21 h", theme.id)
    assert [n.id for n in workshop.board.notes(session_id)] == [a.id]
    assert workshop.undo.undo() == "merge notes"
    assert {n.id: n.text for n in workshop.board.notes(session_id)} == {
        a.id: "Bus de nuit", b.id: "Bus le soir après 21 h"}
    assert workshop.board.note(a.id).theme_id is None
    ops = [row["op"] for row in workshop.database.rows("SELECT op FROM audit")]
    assert "merge_notes" in ops


def test_a_note_in_an_open_round_cannot_be_merged_away(workshop: Workshop,
                                                       session_id: int) -> None:
    from app.core.model import RoundTarget

    a, b, c = (workshop.board.add_note(session_id, Area.IDEAS, t).id for t in "ABC")
    vote = workshop.voting.create(session_id, "Priorités", RoundTarget.NOTES, [a, b])
    workshop.board.merge_notes(c, b)  # a draft round follows the note that stays
    assert set(workshop.voting.get(vote.id).item_ids) == {a, c}
    workshop.voting.open(vote.id)
    with pytest.raises(RuleError) as refused:
        workshop.board.merge_notes(a, c)
    assert refused.value.code == "round_not_draft"
    assert workshop.board.note(c).text == "C\nB"  # nothing changed


def test_arranging_is_one_undo_step(workshop: Workshop, session_id: int) -> None:
    theme = workshop.board.add_theme(session_id, "Accueil", x=40, y=500)
    note = workshop.board.add_note(session_id, Area.IDEAS, "Guichet", x=10, y=20)
    workshop.board.arrange(session_id, {note.id: (40.0, 60.0)}, {theme.id: (640.0, 60.0)})
    assert (workshop.board.note(note.id).y, workshop.board.theme(theme.id).x) == (60, 640)
    assert workshop.undo.undo() == "arrange board"
    assert (workshop.board.note(note.id).y, workshop.board.theme(theme.id).x) == (20, 40)


def test_new_notes_follow_the_phase() -> None:
    from app.core.board_tidy import area_for_phase
    from app.core.model import PhaseKind

    assert area_for_phase(PhaseKind.EXPECTATIONS) is Area.EXPECTATIONS
    assert area_for_phase(PhaseKind.IDEATION) is Area.IDEAS
    assert area_for_phase(PhaseKind.VOTING) is None
