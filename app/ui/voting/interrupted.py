"""The banner that says a secret round was interrupted by a restart, with its two recoveries.

A secret round's ballot key lives only in memory: after a restart the round takes no further
ballot. The facilitator reads it plainly here, and recovers in one click: close it with the dots
cast, or discard them and open the same round afresh (both audited operations of the core).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.model import VoteRound
from app.ui.labels import own_direction

translate = QCoreApplication.translate


def interrupted_text(vote_round: VoteRound, voted: int) -> str:
    """The round's title stands on its own line: never wrapped among the program's words."""
    return "\n".join((
        translate("VotingPanel", "This secret round was interrupted:"),
        own_direction(vote_round.title),
        translate(
            "VotingPanel",
            "Roundtable restarted while it was open, so it cannot tell who has voted and takes "
            "no further ballot. Ballots kept: {voted}. Close it with the dots cast, or discard "
            "them and restart the same round.",
        ).format(voted=voted),
    ))


def banner_text(vote_round: VoteRound, voted: int) -> str:
    """Two short lines for the tab, the title first (the message at opening says it all)."""
    return "\n".join((
        own_direction(vote_round.title),
        translate(
            "VotingPanel",
            "This secret round was interrupted by a restart: it takes no further ballot. "
            "Ballots kept: {voted}.",
        ).format(voted=voted),
    ))


class InterruptedBanner(QFrame):
    close_requested = Signal()
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interrupted-round")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#interrupted-round { background: #FFF5E6; border: 2px solid #C05621;"
            " border-radius: 6px; } QLabel { color: #1A202C; }"
        )
        # Text and buttons side by side: the banner stays short on a 700-pixel-high screen.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setObjectName("interrupted-round-text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("interrupted-close")
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("interrupted-restart")
        self.close_button.clicked.connect(self.close_requested)
        self.restart_button.clicked.connect(self.restart_requested)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restart_button)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        for button, text in (
            (self.close_button, translate("VotingPanel", "Close it with the dots cast")),
            (self.restart_button, translate("VotingPanel", "Discard and restart it")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.setAccessibleName(translate("VotingPanel", "Interrupted secret round"))

    def show_round(self, vote_round: VoteRound | None, voted: int) -> None:
        if vote_round is None:
            self.hide()
            return
        self.text.setText(banner_text(vote_round, voted))
        self.show()
