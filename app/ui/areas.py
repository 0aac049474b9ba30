"""Puts the session's other tabs into the main window: voting, attendance, portal, minutes.

Each area is built by its own package and knows nothing of the others; this is the one place
that joins them: the tabs, the projector's live-vote page, and the portal telling the
projector's join page where phones connect.

The areas' modules are imported when a session is opened, not when the window starts: the
list of sessions comes up without the portal's web server, the PDF or the camera code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.core.workshop import Workshop

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.projector.window import ProjectorWindow

VOTE_PAGE = "vote"


def _portal_title() -> str:
    return QCoreApplication.translate("Areas", "Phones")


def _minutes_title() -> str:
    return QCoreApplication.translate("Areas", "Minutes")


def _voting_title() -> str:
    from app.ui.voting.panel import panel_title

    return panel_title()


def _attendance_title() -> str:
    from app.ui.attendance.panel import panel_title

    return panel_title()


def _attendance_panel(workshop: Workshop, session_id: int) -> QWidget:
    from app.ui.attendance.panel import AttendancePanel

    return AttendancePanel(workshop, session_id)


def _minutes_panel(workshop: Workshop, session_id: int) -> QWidget:
    from app.ui.minutes.panel import MinutesPanel

    return MinutesPanel(workshop, session_id)


def _forget_address(projector: ProjectorWindow) -> None:
    if isValid(projector):  # at quitting, the projector may be gone before the panel
        projector.clear_join_address()


def add_areas(window: MainWindow) -> None:
    """Register every area's tab; each is built for the session the facilitator opens."""

    def voting_panel(workshop: Workshop, session_id: int) -> QWidget:
        from app.ui import voting

        projector = window.projector_window()
        if not any(entry.name == VOTE_PAGE for entry in projector.registered):
            projector.register_page(VOTE_PAGE, voting.VoteProjectorPage, voting.wants_vote_page)
        return voting.VotingPanel(workshop, session_id)

    def portal_panel(workshop: Workshop, session_id: int) -> QWidget:
        from app.ui.portal_panel import PortalPanel

        panel = PortalPanel(workshop, session_id)
        projector = window.projector_window()
        panel.addressChanged.connect(projector.set_join_address)
        panel.stopped.connect(projector.clear_join_address)
        # Opening another session stops the portal with its panel, without a stopped signal.
        panel.destroyed.connect(lambda *_: _forget_address(projector))
        return panel

    window.register_panel(_voting_title, voting_panel)
    window.register_panel(_attendance_title, _attendance_panel)
    window.register_panel(_portal_title, portal_panel)
    window.register_panel(_minutes_title, _minutes_panel)
