"""The texts people vote on: a round's notes or themes, in the round's order."""

from __future__ import annotations

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
