"""The kiosk: vote on the projected or touch screen with a badge, one person after another.

Scan the badge at the camera (or type its short code on the big keypad) → the round's items in
the voter's own language → place and remove dots within the budget → confirm → thanks → the
screen clears completely: the voter's pages are destroyed, not hidden, before the next person.
A ballot left alone for ``IDLE_SECONDS`` is dropped unsaved.

A badge code can be read off someone's chest, so the kiosk never shows an earlier ballot: a
badge that already voted starts from an empty ballot, and its new dots replace the earlier
ones only after "This badge has already voted … Continue?" (the desk counts replacements).
Only people checked in vote; the others are sent to the welcome desk. Once the facilitator
sets a PIN (``set_pin``), the kiosk is locked: Esc or closing the window asks for the PIN.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.badge_tokens import identify
from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import VOTING_GROUPS, Channel, Participant, RoundStatus
from app.core.pseudonyms import CODE_LENGTH, normalise_code
from app.core.workshop import Workshop
from app.storage import StoreError
from app.ui import labels
from app.ui.live import LiveEvents, for_session
from app.ui.voting.kiosk_ballot import STYLE, TOUCH, BallotPage, big_font
from app.ui.voting.kiosk_lock import KioskLock
from app.ui.voting.kiosk_pages import DonePage, Keypad, ReplacePage
from app.ui.voting.round_items import item_texts
from app.ui.voting.voter_language import (
    KIOSK_LANGUAGES,
    VoterLanguage,
    in_every_language,
    translated_everywhere,
)
from app.ui.voting.voter_messages import voter_message

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.ui.attendance.camera import BadgeCamera, BadgeReader

log = logging.getLogger(__name__)

IDLE_SECONDS = 90
THANKS_SECONDS = 4


NO_VOTE = str(QT_TRANSLATE_NOOP("Kiosk", "No vote is open right now."))
SHOW_BADGE = str(
    QT_TRANSLATE_NOOP("Kiosk", "Show your badge to the camera, or type the code printed on it.")
)


class KioskWindow(KioskLock):
    voted = Signal()  # a ballot was recorded (tests and the facilitator's status line)
    closed = Signal()  # the window was closed: the camera can be switched off
    cleared = Signal()  # the screen is empty again, ready for the next person

    def __init__(
        self,
        workshop: Workshop,
        session_id: int,
        parent: QWidget | None = None,
        *,
        scanner: BadgeReader | BadgeCamera | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self.setWindowTitle(translate("Kiosk", "Vote here"))
        self._voter: Participant | None = None
        self._round_id: int | None = None
        self._voter_pages: list[QWidget] = []
        self.languages = self._room_languages()

        self.stack = QStackedWidget(self)
        # A laptop's own screen (768 px high) is smaller than the kiosk's big keys: the pages
        # scroll there, so nothing is out of reach; a touch screen or a projector shows them
        # whole.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("kioskScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.identify_page = self._build_identify_page()
        self.stack.addWidget(self.identify_page)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_SECONDS * 1000)
        self.idle.timeout.connect(self.clear)
        self.thanks = QTimer(self)
        self.thanks.setSingleShot(True)
        self.thanks.setInterval(THANKS_SECONDS * 1000)
        self.thanks.timeout.connect(self.clear)

        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_change))
        if scanner is not None:
            scanner.scanned.connect(self.submit)
        preview = getattr(scanner, "preview", None)
        if preview is not None:
            from app.ui.attendance.camera import CameraPreview

            self.preview = CameraPreview(self.identify_page)
            self.identify_layout.insertWidget(
                self.identify_layout.count() - 1, self.preview, 0, Qt.AlignmentFlag.AlignHCenter
            )
            preview.connect(self.preview.show_frame)
        self._refresh_round()

    # --- the first screen -----------------------------------------------------------------
    def _build_identify_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("kioskIdentify")
        layout = self.identify_layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        self.round_title = QLabel(page)
        self.round_title.setTextFormat(Qt.TextFormat.PlainText)
        self.round_title.setWordWrap(True)
        self.round_title.setFont(big_font(26, bold=True))
        self.round_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = QLabel(
translated_everywhere("Kiosk", SHOW_BADGE, self.languages), page)
        self.instructions.setFont(big_font(18))
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions.setWordWrap(True)
        self.code = QLineEdit(page)
        self.code.setObjectName("kioskCode")
        self.code.setFont(big_font(32, bold=True))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setMaxLength(CODE_LENGTH + 1)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setMinimumHeight(TOUCH + 8)
        self.code.setAccessibleName(translate("Kiosk", "The code printed on your badge"))
        self.code.returnPressed.connect(lambda: self.submit(self.code.text()))
        self.keypad = Keypad(page)
        self.keypad.typed.connect(self._type)
        self.keypad.erased.connect(lambda: self.code.setText(self.code.text()[:-1]))
        self.keypad.submitted.connect(lambda: self.submit(self.code.text()))
        self.message = QLabel(page)
        self.message.setObjectName("kioskMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setFont(big_font(16, bold=True))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.round_title)
        layout.addWidget(self.instructions)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.camera_status = QLabel(page)
        self.camera_status.setWordWrap(True)
        self.camera_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.camera_status)
        layout.addStretch(1)
        return page

    def set_camera_status(self, text: str) -> None:
        """What the camera is doing (or that there is none), in the facilitator's language."""
        self.camera_status.setText(text)

    def _type(self, key: str) -> None:
        if len(normalise_code(self.code.text())) < CODE_LENGTH:
            self.code.setText(normalise_code(self.code.text()) + key)

    def _room_languages(self) -> tuple[str, ...]:
        """The session's languages that the kiosk speaks (its voters' own come later)."""
        chosen = self.workshop.sessions.get(self.session_id).languages
        found = tuple(code for code in chosen if code in KIOSK_LANGUAGES)
        return found or i18n.SHIPPED

    def _everyone(self, error: RuleError) -> str:
        return in_every_language(
            {code: voter_message(VoterLanguage(code), error) for code in self.languages}
        )

    def _refresh_round(self) -> None:
        open_round = self.workshop.voting.open_round(self.session_id)
        self._round_id = open_round.id if open_round else None
        if open_round is None:
            self.round_title.setText(translated_everywhere("Kiosk", NO_VOTE, self.languages))
        else:
            self.round_title.setText(labels.own_direction(open_round.title))
        halted = self._everyone(RuleError("secret_round_interrupted"))
        if self.interrupted():
            self._say(halted)
        elif self.message.text() == halted:  # recovered at the desk: ballots are taken again
            self.message.clear()

    def interrupted(self) -> bool:
        """The open round is a secret round that a restart interrupted: it takes no ballot."""
        return self.workshop.voting.interrupted(self.session_id) is not None

    # --- one voter ------------------------------------------------------------------------
    def submit(self, scanned_or_typed: str) -> None:
        """A badge was scanned or a code typed: show that person's ballot, or say why not."""
        if not scanned_or_typed.strip():
            return
        shown = self.stack.currentWidget()
        if self._voter is not None and shown is not None and shown.objectName() == "kioskDone":
            self.clear()  # the last voter is done: the next one need not wait for the thanks
        if self._voter is not None:
            return  # someone is voting; a badge waved at the camera now is ignored
        self._refresh_round()
        if self._round_id is None:
            self._say(translated_everywhere("Kiosk", NO_VOTE, self.languages))
            return
        try:
            person = identify(self.workshop, self.session_id, scanned_or_typed)
        except RuleError as error:
            self.code.clear()
            self._say(self._everyone(error))
            return
        voice = VoterLanguage(person.language, self)
        refusal = self._refusal(person)
        if refusal is not None:
            self.code.clear()
            self._say(voter_message(voice, refusal))
            return
        vote_round = self.workshop.voting.get(self._round_id)
        self._voter = person
        self.message.clear()
        self.code.clear()
        # Never the earlier ballot: a code read off someone's badge shows nothing of theirs.
        ballot = BallotPage(vote_round, item_texts(self.workshop, vote_round), {}, voice, self)
        ballot.confirmed.connect(lambda dots: self._confirm(ballot, voice, dots))
        ballot.cancelled.connect(self.clear)
        ballot.touched.connect(self.idle.start)
        self._show_voter_page(ballot)
        self.idle.start()

    def _refusal(self, person: Participant) -> RuleError | None:
        """Why this person cannot vote here now, before their ballot opens."""
        if person.group not in VOTING_GROUPS:
            return RuleError("cannot_vote")
        if self.interrupted():
            return RuleError("secret_round_interrupted")
        here = self.workshop.roster.attendance_of(self.session_id, person.id)
        if here is None or here.left_at is not None:
            return RuleError("not_present")
        return None

    def _confirm(
        self, ballot: BallotPage, voice: VoterLanguage, dots: dict[int, int], replace: bool = False
    ) -> None:
        if self._voter is None or self._round_id is None:
            return
        try:
            self.workshop.voting.set_ballot(
                self._round_id,
                self._voter.id,
                dots,
                origin=Channel.KIOSK,
                key=uuid.uuid4().hex,
                replace=replace,
            )
        except RuleError as error:
            if error.code == "already_voted":
                self._ask_to_replace(ballot, voice, dots)
                return
            self._finish(voice, voter_message(voice, error))
            return
        except (sqlite3.Error, StoreError):
            # The store did not take it (a locked or failing disk): nothing was recorded, so
            # keep the voter's dots on screen and let them try again.
            log.exception("a kiosk ballot could not be written")
            ballot.show_problem(
                voice.translate(
                    "Kiosk",
                    "Your dots could not be saved. Please press confirm again, or ask "
                    "the facilitator.",
                )
            )
            return
        self.voted.emit()
        self._finish(voice, voice.translate("Kiosk", "Thank you! Your dots are recorded."))

    def _ask_to_replace(
        self, ballot: BallotPage, voice: VoterLanguage, dots: dict[int, int]
    ) -> None:
        page = ReplacePage(voice, self)
        page.accepted.connect(lambda: self._confirm(ballot, voice, dots, replace=True))
        page.refused.connect(
            lambda: self._finish(voice, voice.translate("Kiosk", "The earlier dots are kept."))
        )
        self._show_voter_page(page)
        self.idle.start()

    def _finish(self, voice: VoterLanguage, text: str) -> None:
        self.idle.stop()
        done = DonePage(voice, text, self)
        done.next_person.clicked.connect(self.clear)
        self._show_voter_page(done)
        self.thanks.start()

    def _show_voter_page(self, page: QWidget) -> None:
        self._voter_pages.append(page)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def clear(self) -> None:
        """Back to the first screen, with nothing of the last voter left anywhere."""
        self.idle.stop()
        self.thanks.stop()
        self._voter = None
        for page in self._voter_pages:
            self.stack.removeWidget(page)
            page.hide()
            page.setParent(None)  # detach now: no longer a child, deleted later
            page.deleteLater()
        self._voter_pages.clear()
        self.code.clear()
        self.message.clear()
        if self._pin_page is not None and self.stack.currentWidget() is self._pin_page:
            self._pin_before = self.identify_page  # the facilitator keeps typing the PIN
        else:
            self.stack.setCurrentWidget(self.identify_page)
        self._refresh_round()
        self.cleared.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _on_change(self, event: ChangeEvent) -> None:
        if event.subject is not Subject.ROUND:
            return
        if self._voter is not None and self._round_id is not None:
            status = self.workshop.voting.get(self._round_id).status
            current = self.stack.currentWidget()
            if (
                status is not RoundStatus.OPEN
                and current is not None
                and current.objectName() == "kioskBallot"
            ):
                voice = VoterLanguage(self._voter.language, self)
                self._finish(voice, voter_message(voice, RuleError("round_not_open")))
            return
        self._refresh_round()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the kiosk drops whoever was voting, unsaved, and stops its timers. A locked
        kiosk closes only through its PIN."""
        if self.pin_refuses_closing(event):
            return
        if self._voter is not None:
            self.clear()
        self.idle.stop()
        self.thanks.stop()
        self.closed.emit()
        super().closeEvent(event)
