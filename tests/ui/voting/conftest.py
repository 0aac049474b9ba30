"""A demo session with a fresh round open on its ideas, for the voting faces."""

from __future__ import annotations

import pytest

from app.core.model import Area, RoundTarget, VoteRound
from app.core.workshop import Workshop


@pytest.fixture
def open_round(demo: Workshop) -> VoteRound:
    ideas = [n.id for n in demo.board.notes(1, area=Area.IDEAS)][:4]
    vote = demo.voting.create(1, "Which ideas first?", RoundTarget.NOTES, ideas,
                              dots_per_person=3, cap_per_item=2)
    return demo.voting.open(vote.id)
