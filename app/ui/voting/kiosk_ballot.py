"""One voter's ballot at the kiosk: the round's items as big cards, a dot budget, confirm.

Made fresh for each voter and thrown away afterwards, so nothing of one voter can stay on the
screen for the next. Every string is in the voter's language (``VoterLanguage``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.model import VoteRound
from app.ui import labels
from app.ui.accessibility import speak
from app.ui.voting.voter_language import VoterLanguage

TOUCH = 72  # px: the smallest thing a finger has to hit
STYLE = """
QFrame#kioskItem { background: #FFFFFF; border: 1px solid #CBD5E0; border-radius: 10px; }
QPushButton#kioskConfirm { background: #2F855A; color: #FFFFFF; border-radius: 8px; }
QPushButton#kioskConfirm:disabled { background: #A0AEC0; color: #EDF2F7; }
QScrollBar:vertical { width: 28px; }
"""
FILLED, EMPTY = "●", "○"


def big_font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ItemCard(QFrame):
    """One item: its text, its dots, and minus / plus buttons a finger can hit."""

    changed = Signal()

    def __init__(
        self,
        item_id: int,
        text: str,
        count: int,
        cap: int,
        voice: VoterLanguage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.count = count
        self.cap = cap
        self.voice = voice
        self.idea = labels.own_direction(text)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kioskItem")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.text = QLabel(text, self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setFont(big_font(18))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.dots = QLabel(self)
        self.dots.setFont(big_font(26))
        self.dots.setMinimumWidth(cap * 34 + 8)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minus = QPushButton("\u2212", self)  # a real minus sign: as wide as the plus
        self.plus = QPushButton("+", self)
        for button, name in (
            (self.minus, voice.translate("Kiosk", "Remove a dot")),
            (self.plus, voice.translate("Kiosk", "Add a dot")),
        ):
            button.setFont(big_font(28, bold=True))
            button.setFixedSize(QSize(TOUCH + 8, TOUCH))
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus frame
        # A reader hears which idea a button is for, not "Add a dot" once per card.
        self.plus.setAccessibleName(
            voice.translate("Kiosk", "Add a dot to: {idea}").format(idea=self.idea))
        self.minus.setAccessibleName(
            voice.translate("Kiosk", "Take a dot back from: {idea}").format(idea=self.idea))
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(+1))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dots)
        layout.addWidget(self.minus)
        layout.addWidget(self.plus)
        self.refresh(True)

    def _step(self, delta: int) -> None:
        self.count = max(0, min(self.cap, self.count + delta))
        self.changed.emit()

    def count_text(self) -> str:
        return self.voice.translate("Kiosk", "Dots on this idea: {count} of {cap}").format(
            count=self.count, cap=self.cap)

    def refresh(self, budget_left: bool) -> None:
        self.dots.setText(FILLED * self.count + EMPTY * (self.cap - self.count))
        said = self.count_text()  # the circles are drawn; a reader hears the count
        self.dots.setAccessibleName(said)
        for button in (self.minus, self.plus):
            button.setAccessibleDescription(said)
        self.minus.setEnabled(self.count > 0)
        self.plus.setEnabled(budget_left and self.count < self.cap)


class BallotPage(QWidget):
    """Emits ``confirmed`` with the allocation, or ``cancelled``."""

    confirmed = Signal(object)  # dict[int, int]: item -> dots
    cancelled = Signal()
    touched = Signal()

    def __init__(
        self,
        vote_round: VoteRound,
        texts: dict[int, str],
        current: dict[int, int],
        voice: VoterLanguage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskBallot")
        self.voice = voice
        self.budget = vote_round.dots_per_person
        self.setLayoutDirection(voice.direction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        title = QLabel(labels.own_direction(vote_round.title), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setFont(big_font(24, bold=True))
        layout.addWidget(title)
        if vote_round.secret:
            secret = QLabel(
                voice.translate(
                    "Kiosk",
                    "This vote is secret: your dots are counted, never shown with your name.",
                ),
                self,
            )
            secret.setObjectName("kioskSecret")
            secret.setWordWrap(True)
            secret.setFont(big_font(15))
            layout.addWidget(secret)
        self.left = QLabel(self)
        self.left.setFont(big_font(20, bold=True))
        layout.addWidget(self.left)
        self.problem = QLabel(self)
        self.problem.setObjectName("kioskProblem")
        self.problem.setWordWrap(True)
        self.problem.setFont(big_font(16, bold=True))
        self.problem.setStyleSheet("color: #9B2C2C;")
        self.problem.hide()
        layout.addWidget(self.problem)

        cards = QWidget(self)
        grid = QGridLayout(cards)
        grid.setSpacing(10)
        self.cards: list[ItemCard] = []
        for index, item_id in enumerate(vote_round.item_ids):
            card = ItemCard(
                item_id,
                texts.get(item_id, ""),
                current.get(item_id, 0),
                vote_round.cap_per_item,
                voice,
                cards,
            )
            card.changed.connect(self._refresh)
            card.changed.connect(lambda card=card: self._say(card))
            card.changed.connect(self.touched)
            grid.addWidget(card, index, 0)
            self.cards.append(card)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(cards)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no silent Tab stop between the cards
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: the cards never change width under a finger, and a long list shows
        # that it goes on.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.cancel = QPushButton(voice.translate("Kiosk", "Cancel"), self)
        self.confirm = QPushButton(voice.translate("Kiosk", "Confirm my dots"), self)
        for button in (self.cancel, self.confirm):
            button.setFont(big_font(20, bold=True))
            button.setMinimumSize(QSize(260, TOUCH + 8))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves no focus frame
        self.confirm.setObjectName("kioskConfirm")
        self.cancel.clicked.connect(self.cancelled)
        self.confirm.clicked.connect(self._confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)
        self._refresh()

    def allocation(self) -> dict[int, int]:
        return {card.item_id: card.count for card in self.cards if card.count}

    def used(self) -> int:
        return sum(card.count for card in self.cards)

    def left_text(self) -> str:
        return self.voice.translate("Kiosk", "Dots left: {left} of {budget}").format(
            left=self.budget - self.used(), budget=self.budget)

    def _say(self, card: ItemCard) -> None:
        """After plus or minus (a tap, Space or Enter), the change is said; the focus stays."""
        speak(card, f"{card.count_text()}. {self.left_text()}")

    def _refresh(self) -> None:
        left = self.budget - self.used()
        self.left.setText(self.left_text() + "   " + FILLED * left)
        self.left.setAccessibleName(self.left_text())
        for card in self.cards:
            card.refresh(left > 0)
        # A ballot needs a dot (the kiosk shows no earlier ballot, so there is none to empty).
        self.confirm.setEnabled(self.used() > 0)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _confirm(self) -> None:
        self.confirmed.emit(self.allocation())
