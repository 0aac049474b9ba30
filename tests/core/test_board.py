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
