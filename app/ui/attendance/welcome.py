"""The welcome desk screen: "Welcome, Amina" in the participant's own language, big enough to
read from the door, then blank again for the next person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import i18n
from app.core.errors import RuleError
from app.ui import labels
from app.ui.attendance.checkin import CheckedIn
from app.ui.voting.kiosk_ballot import big_font
from app.ui.voting.voter_language import VoterLanguage, in_every_language, translated_everywhere
from app.ui.voting.voter_messages import voter_message

SHOW_SECONDS = 6
WELCOME = str(QT_TRANSLATE_NOOP("WelcomeDesk", "Welcome!"))


def greeting(voice: VoterLanguage, checked: CheckedIn) -> str:
    if checked.returning:
        text = voice.translate("WelcomeDesk", "Welcome back, {name}")
    else:
        text = voice.translate("WelcomeDesk", "Welcome, {name}")
    return text.format(name=labels.shown_name(checked.participant))


class WelcomeDesk(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDesk")
        self.setWindowTitle(QCoreApplication.translate("WelcomeDesk", "Welcome"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        self.headline = QLabel(self)
        self.headline.setObjectName("welcomeHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setFont(big_font(44, bold=True))
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setFont(big_font(22))
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOW_SECONDS * 1000)
        self.timer.timeout.connect(self.clear)
        self.clear()

    def welcome(self, checked: CheckedIn) -> None:
        voice = VoterLanguage(checked.participant.language, self)
        self.setLayoutDirection(voice.direction)
        self.headline.setText(greeting(voice, checked))
        self.detail.setText(
            voice.translate(
                "WelcomeDesk", "You are checked in. Please find a seat; the session starts soon."
            )
        )
        self.timer.start()

    def refuse(self, error: RuleError) -> None:
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.headline.setText("")
        self.detail.setText(
            in_every_language(
                {code: voter_message(VoterLanguage(code), error) for code in i18n.SHIPPED}
            )
        )
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.headline.setText(translated_everywhere("WelcomeDesk", WELCOME))
        self.detail.setText("")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.timer.stop()
        super().closeEvent(event)
