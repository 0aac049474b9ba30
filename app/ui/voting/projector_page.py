"""The vote on the projector: the round's items with their dots, "N of M have voted", the timer,
and the ranked results once revealed.

A round that hides its tally shows the items and the turnout only, never a count, until the
facilitator reveals it. The page redraws on change events, at most every ``COALESCE_MS``, so
forty phones voting at once do not make it flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from app.core.clock import parse_iso
from app.core.events import ChangeEvent, Subject
from app.core.model import RoundStatus, VoteRound
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.live import LiveEvents, for_session
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.style import MIN_TEXT_PX, NORMAL, Palette, big_label
from app.ui.projector.text_fit import elided_lines
from app.ui.voting.chart import ChartLook, ResultsChart
from app.ui.voting.results import chart_rows
from app.ui.voting.round_items import item_texts
from app.ui.voting.timer_text import clock_text

translate = QCoreApplication.translate

COALESCE_MS = 150
WATCHED = frozenset(
    {Subject.ROUND, Subject.DOTS, Subject.ATTENDANCE, Subject.NOTE, Subject.THEME, Subject.PHASE}
)


def shown_round(workshop: Workshop, session_id: int) -> VoteRound | None:
    """The round the projector should show: the open one; else the latest closed or revealed
    one, until the agenda moves on to a phase started after it closed."""
    open_round = workshop.voting.open_round(session_id)
    if open_round is not None:
        return open_round
    rounds = [
        r
        for r in workshop.voting.rounds(session_id)
        if r.status is not RoundStatus.DRAFT and r.closed_at
    ]
    if not rounds:
        return None
    latest = max(rounds, key=lambda r: r.id)
    closed = parse_iso(str(latest.closed_at))
    moved_on = any(
        parse_iso(p.started_at) >= closed
        for p in workshop.agenda.phases(session_id)
        if p.started_at
    )
    return None if moved_on else latest


def wants_vote_page(workshop: Workshop, session_id: int) -> bool:
    """True while a round is open, and after it closed until the next phase starts."""
    return shown_round(workshop, session_id) is not None


def projector_look(palette: Palette) -> ChartLook:
    return ChartLook(text=palette.text, stripe=palette.stripe, background=palette.background,
                     pixels=MIN_TEXT_PX)


class VoteProjectorPage(QWidget):
    """The vote in large type, its items paged when they do not all fit ("page 1 of 2")."""

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.texts = Bilingual(self)
        self.palette_ = NORMAL
        self.setObjectName("voteProjectorPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 12)
        layout.setSpacing(10)
        self.title = big_label(self, 40, bold=True)
        header = QHBoxLayout()
        self.turnout = big_label(self, 36, bold=True)
        self.turnout.setObjectName("voteTurnout")
        self.status = big_label(self, MIN_TEXT_PX)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(False)
        self.clock = big_label(self, 40, bold=True)
        self.clock.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.clock.setWordWrap(False)
        header.addWidget(self.turnout, 1)
        header.addWidget(self.status)
        header.addSpacing(24)
        header.addWidget(self.clock)
        self.chart = ResultsChart(self)
        self.chart.set_look(projector_look(self.palette_))
        self.chart.resized.connect(self._show_page)
        self.note = big_label(self, MIN_TEXT_PX)
        self.page_label = big_label(self, MIN_TEXT_PX, bold=True)
        self.page_label.setObjectName("actionKind")  # in the projector's accent colour
        self.page_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.page_label.setWordWrap(False)
        footer = QHBoxLayout()
        footer.addWidget(self.note, 1)
        footer.addWidget(self.page_label)
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self.chart, 1)
        layout.addLayout(footer)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(COALESCE_MS)
        self._pending.timeout.connect(self.refresh)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_change))
        self.vote_round: VoteRound | None = None
        self.refresh()

    # --- the projector's look and pages --------------------------------------------------
    def set_projector_look(self, palette: Palette, texts: Bilingual) -> None:
        """The projector's colours (high contrast too) and its second language."""
        self.palette_ = palette
        self.texts = texts
        self.chart.set_look(projector_look(palette))
        self.refresh()

    @property
    def page(self) -> int:
        return self.chart.page

    def page_count(self) -> int:
        return self.chart.page_count()

    def set_page(self, page: int) -> None:
        self.chart.set_page(page)
        self._show_page()

    def _show_page(self) -> None:
        count = self.chart.page_count()
        self.page_label.setText(
            self.texts.translate("Projector", "Page {page} of {count}").format(
                page=self.chart.page + 1, count=count).replace("\n", "  \N{MIDDLE DOT}  ")
            if count > 1 else ""
        )
        self.page_label.setVisible(count > 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.refresh()  # the title's and the rows' room changed

    def pending(self) -> bool:
        """Whether a redraw is waiting for more votes to arrive."""
        return self._pending.isActive()

    def _on_change(self, event: ChangeEvent) -> None:
        if event.subject in WATCHED and not self._pending.isActive():
            self._pending.start()

    def refresh(self) -> None:
        self.vote_round = vote_round = shown_round(self.workshop, self.session_id)
        if vote_round is None:
            self.title.setText(self.texts.translate("VoteProjector", "No vote right now"))
            for label in (self.status, self.turnout, self.note, self.clock):
                label.clear()
            self.chart.set_rows([], show_counts=False)
            self._show_page()
            self._ticker.stop()
            return
        self.title.setText(labels.own_lines(elided_lines(
            vote_round.title, self.title.font(), max(200, self.window().width() - 80), 1)))
        turnout = self.workshop.voting.turnout(vote_round.id)
        self.turnout.setText(
            self.texts.translate("VoteProjector", "{voted} of {eligible} have voted").format(
                voted=turnout.voted, eligible=turnout.eligible)
        )
        texts = item_texts(self.workshop, vote_round)
        tally = self.workshop.voting.tally(vote_round.id)
        revealed = vote_round.status is RoundStatus.REVEALED
        visible = vote_round.tallies_visible
        if vote_round.status is RoundStatus.OPEN:
            self.status.setText(self.texts.translate("VoteProjector", "Voting is open"))
            self.note.setText(
                ""
                if visible
                else self.texts.translate(
                    "VoteProjector",
                    "The counts stay hidden until the vote closes and the results are shown.",
                )
            )
        elif revealed:
            self.status.setText(self.texts.translate("VoteProjector", "Results"))
            self.note.setText(
                self.texts.translate("VoteProjector",
                                     "Items with the same number of dots share a rank.")
            )
        else:
            self.status.setText(self.texts.translate("VoteProjector", "Voting is closed"))
            self.note.setText(
                ""
                if visible
                else self.texts.translate("VoteProjector",
                                          "The results will be shown in a moment.")
            )
        self.chart.set_rows(
            chart_rows(
                tally,
                texts,
                ranked=revealed or (visible and vote_round.status is not RoundStatus.OPEN),
            )
            if visible
            else chart_rows(tally, texts, ranked=False),
            show_counts=visible,
            show_ranks=revealed,
        )
        self._tick()
        self._show_page()
        if vote_round.timer_minutes and vote_round.status is RoundStatus.OPEN:
            self._ticker.start()
        else:
            self._ticker.stop()

    def _tick(self) -> None:
        self.clock.setText(clock_text(self.vote_round) if self.vote_round else "")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closed for good: stop listening and ticking (the store may close next)."""
        self.live.stop()
        self._pending.stop()
        self._ticker.stop()
        super().closeEvent(event)
