"""The kiosk's pages besides the ballot: the keypad, the thanks, "this badge has already
voted" and the facilitator's PIN to leave. The voter's pages speak the voter's language; the
PIN page the facilitator's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.pseudonyms import CODE_ALPHABET
from app.ui.voting.kiosk_ballot import TOUCH, big_font
from app.ui.voting.voter_language import VoterLanguage

translate = QCoreApplication.translate

PIN_MIN_LENGTH = 4


def _big_button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setFont(big_font(20, bold=True))
    button.setMinimumSize(QSize(300, TOUCH + 8))
    return button


class Keypad(QWidget):
    """The code's letters and digits as big keys, for a touch screen with no keyboard."""

    typed = Signal(str)
    erased = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Badge codes are Latin letters and digits: the keys stay in reading order A→Z in
        # every language, like a keyboard.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setSpacing(6)
        keys = [*CODE_ALPHABET, "⌫", "OK"]
        columns = 9
        for index, key in enumerate(keys):
            button = QPushButton(key, self)
            button.setFont(big_font(20, bold=True))
            button.setMinimumSize(QSize(TOUCH, TOUCH - 8))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "⌫":
                button.setAccessibleName(translate("Kiosk", "Erase the last character"))
                button.clicked.connect(self.erased)
            elif key == "OK":
                button.setAccessibleName(translate("Kiosk", "Continue with this code"))
                button.setObjectName("kioskOk")
                button.clicked.connect(self.submitted)
            else:
                button.clicked.connect(lambda _=False, k=key: self.typed.emit(k))
            grid.addWidget(button, index // columns, index % columns)


class DonePage(QWidget):
    """Thanks (or why not), and "Next person"."""

    def __init__(self, voice: VoterLanguage, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskDone")
        self.setLayoutDirection(voice.direction)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFont(big_font(30, bold=True))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_person = QPushButton(voice.translate("Kiosk", "Next person"), self)
        self.next_person.setObjectName("kioskNext")
        self.next_person.setFont(big_font(20, bold=True))
        self.next_person.setMinimumSize(QSize(300, TOUCH + 8))
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.next_person, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class ReplacePage(QWidget):
    """Asked only after a badge that already voted confirms new dots: nothing of the earlier
    ballot is shown, and it is replaced only on "Yes"."""

    accepted = Signal()
    refused = Signal()

    def __init__(self, voice: VoterLanguage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskReplace")
        self.setLayoutDirection(voice.direction)
        layout = QVBoxLayout(self)
        question = QLabel(
            voice.translate(
                "Kiosk",
                "This badge has already voted. Voting again replaces the earlier dots. "
                "Continue?",
            ),
            self,
        )
        question.setObjectName("kioskReplaceQuestion")
        question.setWordWrap(True)
        question.setFont(big_font(26, bold=True))
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes = _big_button(
            voice.translate("Kiosk", "Yes, replace the earlier dots"), "kioskReplaceYes", self
        )
        self.no = _big_button(
            voice.translate("Kiosk", "No, keep the earlier dots"), "kioskReplaceNo", self
        )
        self.yes.clicked.connect(self.accepted)
        self.no.clicked.connect(self.refused)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no)
        buttons.addWidget(self.yes)
        buttons.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(question)
        layout.addLayout(buttons)
        layout.addStretch(1)


class PinPage(QWidget):
    """The facilitator types the kiosk's PIN to leave it (Esc or closing the window)."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(big_font(24, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("kioskPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setFont(big_font(28, bold=True))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setMaximumWidth(360)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pin.returnPressed.connect(lambda: self.entered.emit(self.pin.text()))
        self.problem = QLabel(self)
        self.problem.setObjectName("kioskPinProblem")
        self.problem.setFont(big_font(16, bold=True))
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setStyleSheet("color: #9B2C2C;")
        self.ok = _big_button("", "kioskPinOk", self)
        self.cancel = _big_button("", "kioskPinCancel", self)
        self.ok.clicked.connect(lambda: self.entered.emit(self.pin.text()))
        self.cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        buttons.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Kiosk", "Facilitator: type the kiosk's PIN to leave it."))
        self.pin.setAccessibleName(translate("Kiosk", "The kiosk's PIN"))
        for button, text in (
            (self.ok, translate("Kiosk", "Leave the kiosk")),
            (self.cancel, translate("Kiosk", "Back to voting")),
        ):
            button.setText(text)
            button.setAccessibleName(text)

    def reset(self, problem: str = "") -> None:
        self.pin.clear()
        self.problem.setText(problem)
        self.pin.setFocus()
