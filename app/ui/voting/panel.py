"""The facilitator's dot-voting panel: set up a round, open, close, reveal, run-off, paper
dots, results, and the kiosk screen for those who vote with their badge."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.model import RoundStatus, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.counts import counts
from app.ui.live import LiveEvents, for_session
from app.ui.messages import show_error
from app.ui.retranslation import Retranslation
from app.ui.screens import ask_to_cover_desk, covers_desk, desk_screen, room_screens
from app.ui.voting.interrupted import InterruptedBanner, interrupted_text
from app.ui.voting.kiosk import KioskWindow
from app.ui.voting.kiosk_setup import KioskSetup
from app.ui.voting.paper_dots import PaperDotsForm
from app.ui.voting.results_view import ResultsView
from app.ui.voting.round_form import RoundForm
from app.ui.voting.timer_text import clock_text, seconds_left

if TYPE_CHECKING:
    from app.ui.attendance.camera import BadgeCamera  # QtMultimedia: loaded when first used

translate = QCoreApplication.translate


def status_name(status: RoundStatus) -> str:
    names = {
        RoundStatus.DRAFT: translate("VotingPanel", "Not open yet"),
        # Not the button's "Open" (an order: "Ouvrir", "افتح"): the state, "Ouvert", "مفتوح".
        RoundStatus.OPEN: translate("VotingPanel", "Open", "round status"),
        RoundStatus.CLOSED: translate("VotingPanel", "Closed"),
        RoundStatus.REVEALED: translate("VotingPanel", "Results shown"),
    }
    return names[status]


def ask_before_closing(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("VotingPanel", "Close the vote?"),
        translate(
            "VotingPanel",
            "Once closed, no dot counts any more and the round cannot be opened again.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class VotingCounts(QObject):
    """Counts in each language's plural forms (Qt numerus translations)."""

    def replaced(self, n: int) -> str:
        return self.tr("%n ballot(s) replaced at the kiosk", None, n)


def panel_title() -> str:
    """The tab's name, for ``MainWindow.register_panel``."""
    return translate("VotingPanel", "Dot voting")


class VotingPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.confirm_close: Callable[[QWidget], bool] = ask_before_closing
        self.kiosk: KioskWindow | None = None
        self.camera: BadgeCamera | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.rounds = QComboBox(self)
        self.rounds.setAccessibleName(translate("VotingPanel", "Vote rounds"))
        self.rounds.setMinimumContentsLength(30)
        self.open_button = QPushButton(translate("VotingPanel", "Open"), self)
        self.close_button = QPushButton(translate("VotingPanel", "Close"), self)
        self.reveal_button = QPushButton(translate("VotingPanel", "Show results"), self)
        self.top_n = QSpinBox(self)
        self.top_n.setRange(2, 20)
        self.top_n.setValue(3)
        self.top_n.setPrefix(translate("VotingPanel", "Top "))
        self.top_n.setAccessibleName(translate("VotingPanel", "How many items go to the run-off"))
        self.runoff_button = QPushButton(translate("VotingPanel", "Run-off"), self)
        self.kiosk_button = QPushButton(translate("VotingPanel", "Kiosk screen"), self)
        for widget, name in (
            (self.rounds, "vote-rounds"),
            (self.open_button, "round-open"),
            (self.close_button, "round-close"),
            (self.reveal_button, "round-reveal"),
            (self.top_n, "runoff-top"),
            (self.runoff_button, "round-runoff"),
            (self.kiosk_button, "kiosk-open"),
        ):
            widget.setObjectName(name)  # the rehearsal test finds them by these names
        for widget in (
            self.rounds,
            self.open_button,
            self.close_button,
            self.reveal_button,
            self.top_n,
            self.runoff_button,
            self.kiosk_button,
        ):
            bar.addWidget(widget)
        bar.insertStretch(1, 1)
        self.status = QLabel(self)
        self.status.setObjectName("round-status")
        self.turnout = QLabel(self)
        self.turnout.setObjectName("round-turnout")
        self.clock = QLabel(self)
        self.replaced = QLabel(self)
        self.replaced.setObjectName("ballots-replaced")
        info = QHBoxLayout()
        info.addWidget(self.status)
        info.addWidget(self.turnout, 1)
        info.addWidget(self.replaced)
        info.addWidget(self.clock)
        self.banner = InterruptedBanner(self)
        self.banner.close_requested.connect(self.close_interrupted)
        self.banner.restart_requested.connect(self.restart_interrupted)
        self.interrupted_box: QMessageBox | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("voting-tabs")
        self.results = ResultsView(workshop, self)
        self.paper = PaperDotsForm(workshop, self)
        self.form = RoundForm(workshop, session_id, self)
        self.tabs.addTab(self.results, translate("VotingPanel", "Results"))
        self.tabs.addTab(self.paper, translate("VotingPanel", "Paper dots"))
        self.tabs.addTab(self.form, translate("VotingPanel", "New round"))
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addLayout(info)
        layout.addWidget(self.tabs, 1)

        self.rounds.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_button.clicked.connect(lambda: self._act(self.workshop.voting.open))
        self.close_button.clicked.connect(self.close_round)
        self.reveal_button.clicked.connect(lambda: self._act(self.workshop.voting.reveal))
        self.runoff_button.clicked.connect(self.runoff)
        self.kiosk_button.clicked.connect(self.show_kiosk)
        self.form.created.connect(self._select)
        self.form.created.connect(lambda _id: self.tabs.setCurrentWidget(self.results))

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.refresh)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_change))
        Retranslation(self, self.retranslate)
        self.reload_rounds()
        self._say_if_interrupted()

    def retranslate(self) -> None:
        """After a language switch: every fixed text again, the round kept as it is."""
        self.rounds.setAccessibleName(translate("VotingPanel", "Vote rounds"))
        self.open_button.setText(translate("VotingPanel", "Open"))
        self.close_button.setText(translate("VotingPanel", "Close"))
        self.reveal_button.setText(translate("VotingPanel", "Show results"))
        self.top_n.setPrefix(translate("VotingPanel", "Top "))
        self.top_n.setAccessibleName(translate("VotingPanel", "How many items go to the run-off"))
        self.runoff_button.setText(translate("VotingPanel", "Run-off"))
        self.kiosk_button.setText(translate("VotingPanel", "Kiosk screen"))
        for index, text in enumerate((translate("VotingPanel", "Results"),
                                      translate("VotingPanel", "Paper dots"),
                                      translate("VotingPanel", "New round"))):
            self.tabs.setTabText(index, text)
        if self.kiosk is not None:
            self.kiosk.setWindowTitle(translate("VotingPanel", "Vote here with your badge"))
        self.banner.retranslate()
        self.reload_rounds()

    def _say_if_interrupted(self) -> None:
        """On opening the session: a secret round interrupted by a restart is said at once."""
        found = self.workshop.voting.interrupted(self.session_id)
        if found is None:
            return
        box = self.interrupted_box = QMessageBox(self)
        box.setObjectName("interrupted-round-message")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("VotingPanel", "A secret round was interrupted"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(interrupted_text(found, self.workshop.voting.turnout(found.id).voted))
        box.setInformativeText(
            translate("VotingPanel", "The Dot voting tab offers both recoveries.")
        )
        box.open()

    # --- which round -----------------------------------------------------------------------
    def current(self) -> VoteRound | None:
        round_id = self.rounds.currentData()
        return self.workshop.voting.get(int(round_id)) if round_id is not None else None

    def reload_rounds(self, select: int | None = None) -> None:
        keep = select if select is not None else self.rounds.currentData()
        rounds = self.workshop.voting.rounds(self.session_id)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for vote_round in rounds:
            title = labels.own_direction(" ".join(vote_round.title.split()))
            self.rounds.addItem(f"{title} — {status_name(vote_round.status)}", vote_round.id)
        index = self.rounds.findData(keep) if keep is not None else -1
        if index < 0 and rounds:
            open_round = self.workshop.voting.open_round(self.session_id)
            index = self.rounds.findData(open_round.id if open_round else rounds[-1].id)
        self.rounds.setCurrentIndex(index)
        self.rounds.blockSignals(False)
        self.refresh()

    def _select(self, round_id: int) -> None:
        self.reload_rounds(select=round_id)

    # --- acting ----------------------------------------------------------------------------
    def _act(self, step: Callable[[int], VoteRound]) -> VoteRound | None:
        vote_round = self.current()
        if vote_round is None:
            return None
        try:
            done = step(vote_round.id)
        except RuleError as error:
            show_error(self, error)
            return None
        self.reload_rounds(select=done.id)
        return done

    def close_round(self) -> None:
        if self.current() is not None and self.confirm_close(self):
            self._act(self.workshop.voting.close)

    def runoff(self) -> VoteRound | None:
        top = self.top_n.value()

        def step(round_id: int) -> VoteRound:
            source = self.workshop.voting.get(round_id)
            title = translate("VotingPanel", "Run-off: {title}").format(title=source.title)
            return self.workshop.voting.runoff(round_id, top, title=title)

        return self._act(step)

    def _interrupted_id(self) -> int | None:
        found = self.workshop.voting.interrupted(self.session_id)
        return found.id if found else None

    def close_interrupted(self) -> VoteRound | None:
        """Recovery: close the interrupted secret round with the dots cast."""
        return self._recover(self.workshop.voting.close_interrupted)

    def restart_interrupted(self) -> VoteRound | None:
        """Recovery: discard the interrupted round's dots and open the same round afresh."""
        return self._recover(self.workshop.voting.restart_interrupted)

    def _recover(self, step: Callable[[int], VoteRound]) -> VoteRound | None:
        round_id = self._interrupted_id()
        if round_id is None:
            return None
        try:
            done = step(round_id)
        except RuleError as error:
            show_error(self, error)
            return None
        if self.interrupted_box is not None:
            self.interrupted_box.close()
        self.reload_rounds(select=done.id)
        return done

    def show_kiosk(self) -> KioskSetup | KioskWindow:
        """The kiosk button: an open kiosk comes to the front; otherwise ask its PIN and
        screen first (``kiosk_setup``), then open it locked."""
        if self.kiosk is not None and self.kiosk.isVisible():
            self.kiosk.show_on(None, self.kiosk.isFullScreen())  # to the front, as it is
            return self.kiosk
        setup = self.kiosk_setup = KioskSetup(self)
        setup.accepted.connect(lambda: self.open_kiosk(setup.pin(), setup.screen_choice()))
        setup.finished.connect(setup.deleteLater)
        setup.open()
        return setup

    def open_kiosk(
        self, pin: str, screen: QScreen | None = None, full_screen: bool | None = None
    ) -> KioskWindow:
        """Open the kiosk locked with ``pin`` on ``screen`` (a room screen if there is one).
        Full screen unless it would cover the desk and the facilitator prefers a window
        (``full_screen`` given: no question asked)."""
        if screen is None:
            rooms = room_screens(self)
            screen = rooms[0] if rooms else desk_screen(self)
        if full_screen is None:
            full_screen = not covers_desk(screen, self) or ask_to_cover_desk(
                self, translate("VotingPanel", "the kiosk")
            )
        kiosk = self._kiosk_window()
        kiosk.set_pin(pin)
        kiosk.show_on(screen, full_screen)
        return kiosk

    def _kiosk_window(self) -> KioskWindow:
        if self.kiosk is None:
            from app.ui.attendance.camera import BadgeCamera

            camera = BadgeCamera(self)
            self.kiosk = KioskWindow(self.workshop, self.session_id, scanner=camera)
            self.destroyed.connect(self.kiosk.deleteLater)  # its own window: goes with us
            camera.status.connect(self.kiosk.set_camera_status)
            self.kiosk.setWindowTitle(translate("VotingPanel", "Vote here with your badge"))
            self.kiosk.resize(1280, 800)
            self.kiosk.closed.connect(camera.stop)
            self.camera = camera
        if self.camera is not None:
            self.camera.start()
        return self.kiosk

    # --- showing ---------------------------------------------------------------------------
    def _on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.NOTE, Subject.THEME):
            self.form.on_change(event)  # only the ideas or themes the event names
            if not self._shows_items(event):
                return  # a new idea on the board changes nothing in the round shown
        if event.subject is Subject.ROUND:
            self.reload_rounds()
        elif not self._pending.isActive():
            self._pending.start()

    def _shows_items(self, event: ChangeEvent) -> bool:
        """Whether the round shown is about some of the notes or themes the event names."""
        vote_round = self.current()
        if vote_round is None:
            return False
        wanted = Subject.THEME if vote_round.target is RoundTarget.THEMES else Subject.NOTE
        return event.subject is wanted and (
            not event.ids or not set(event.ids).isdisjoint(vote_round.item_ids))

    def refresh(self) -> None:
        if self.workshop.closed:
            return
        vote_round = self.current()
        status = vote_round.status if vote_round else None
        self.open_button.setEnabled(status is RoundStatus.DRAFT)
        self.close_button.setEnabled(status is RoundStatus.OPEN)
        self.reveal_button.setEnabled(status is RoundStatus.CLOSED)
        self.runoff_button.setEnabled(status in (RoundStatus.CLOSED, RoundStatus.REVEALED))
        self.results.show_round(vote_round)
        interrupted = self.workshop.voting.interrupted(self.session_id)
        self.banner.show_round(
            interrupted,
            self.workshop.voting.turnout(interrupted.id).voted if interrupted else 0,
        )
        self.paper.set_round(vote_round.id if vote_round else None)
        if vote_round is None:
            self.status.setText(
                translate("VotingPanel", "No round yet: set one up under “New round”.")
            )
            self.turnout.clear()
            self.replaced.clear()
            self.clock.clear()
            return
        kind = (
            translate("VotingPanel", "secret")
            if vote_round.secret
            else translate("VotingPanel", "open ballot")
        )
        rules = counts().dots_per_person(vote_round.dots_per_person).format(
            cap=vote_round.cap_per_item
        )
        self.status.setText(" · ".join((status_name(vote_round.status), rules, kind)))
        turnout = self.workshop.voting.turnout(vote_round.id)
        self.turnout.setText(
            translate("VotingPanel", "{voted} of {eligible} have voted").format(
                voted=turnout.voted, eligible=turnout.eligible
            )
        )
        replaced = self.workshop.voting.replacements(vote_round.id)
        self.replaced.setText(
            VotingCounts().replaced(replaced)
            if replaced
            else ""
        )
        self._tick()
        if seconds_left(vote_round) is not None:
            self._ticker.start()
        else:
            self._ticker.stop()

    def _tick(self) -> None:
        if self.workshop.closed:
            return
        vote_round = self.current()
        if vote_round is None:
            return
        left = seconds_left(vote_round)
        if left is None:
            self.clock.clear()
        elif left <= 0:
            self.clock.setText(
                translate("VotingPanel", "Time is up: close the vote when the room is ready.")
            )
        else:
            self.clock.setText(clock_text(vote_round))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closed for good: stop listening and ticking (the store may close next)."""
        self.live.stop()
        self._pending.stop()
        self._ticker.stop()
        super().closeEvent(event)
