"""The texts people vote on: a round's notes or themes, in the round's order."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.errors import RuleError
from app.core.model import Area, NoteStatus, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui import labels


def item_texts(workshop: Workshop, vote_round: VoteRound) -> dict[int, str]:
    texts: dict[int, str] = {}
    for item_id in vote_round.item_ids:
        try:
            if vote_round.target is RoundTarget.NOTES:
                texts[item_id] = labels.own_direction(workshop.board.note(item_id).text)
            else:
                texts[item_id] = labels.own_direction(workshop.board.theme(item_id).name)
        except RuleError:
            texts[item_id] = "…"  # deleted since the round was made; its dots still count
    return texts


def candidates(workshop: Workshop, session_id: int, target: RoundTarget) -> dict[int, str]:
    """What a new round can be about: the shown idea notes, or the themes."""
    if target is RoundTarget.THEMES:
        return {t.id: labels.own_direction(t.name) for t in workshop.board.themes(session_id)}
    return {
        n.id: labels.own_direction(n.text)
        for n in workshop.board.notes(session_id, area=Area.IDEAS)
        if n.status is NoteStatus.SHOWN
    }


def named_candidates(workshop: Workshop, session_id: int, target: RoundTarget,
                     ids: Iterable[int]) -> dict[int, str]:
    """Those of ``ids`` that a new round can be about now (read by id, not the whole board)."""
    if target is RoundTarget.THEMES:
        themes = workshop.board.themes_by_id(ids)
        return {t.id: labels.own_direction(t.name) for t in themes.values()
                if t.session_id == session_id}
    notes = workshop.board.notes_by_id(ids)
    return {n.id: labels.own_direction(n.text) for n in notes.values()
            if n.session_id == session_id and n.area is Area.IDEAS
            and n.status is NoteStatus.SHOWN}
