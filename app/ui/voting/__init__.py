"""Dot voting faces: the facilitator's panel, the kiosk screen, the projector page."""

from app.ui.voting.kiosk import KioskWindow
from app.ui.voting.panel import VotingPanel, panel_title
from app.ui.voting.projector_page import VoteProjectorPage, wants_vote_page

__all__ = [
    "KioskWindow",
    "VoteProjectorPage",
    "VotingPanel",
    "panel_title",
    "wants_vote_page",
]
