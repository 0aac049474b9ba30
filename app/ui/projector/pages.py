"""The projector's own pages: how to join and the timer (the board is in board_page.py).

Every page reads the store itself and redraws on events; nothing here talks to the main
window. Texts written by people are shown as plain text. Fixed texts come from ``Bilingual``:
one line per language when the facilitator chose a second one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.agenda import TimerState
from app.core.joining import join_url, short_url, wifi_payload
from app.core.workshop import Workshop
from app.ui.accessibility import name_by_content
from app.ui.labels import format_clock, own_direction
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.qr import QrCode
from app.ui.projector.style import (
    BODY_PX,
    CLOCK_PX,
    MIN_TEXT_PX,
    TITLE_PX,
    Palette,
    big_label,
    projector_font,
    refont,
    restyle,
)

translate = QCoreApplication.translate
WIFI_QR_PX = 200
# From the most comfortable to the smallest the back row reads: title, how to join, address.
JOIN_SIZES = ((48, BODY_PX, 60), (40, 36, 52), (36, MIN_TEXT_PX, 44), (MIN_TEXT_PX,) * 3)


def fits(widget: QWidget) -> bool:
    """Whether every wrapped label of ``widget`` has the height its text needs."""
    layout = widget.layout()
    if layout is None:
        return True
    layout.activate()
    return layout.totalHeightForWidth(widget.width()) <= widget.height()


class JoinPage(QWidget):
    """Welcome and how to join: a big QR of the join address, the short address, Wi-Fi."""

    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.address: tuple[str, int] | None = None
        self.title = big_label(self, 48, bold=True)
        self.how = big_label(self, BODY_PX)
        self.short = big_label(self, 60, bold=True)
        self.join_qr = QrCode("", self)
        self.join_qr.setAccessibleName(translate("Projector", "QR code to join from a phone"))
        self.wifi_qr = QrCode("", self)
        self.wifi_qr.setAccessibleName(translate("Projector", "QR code of the Wi-Fi network"))
        self.wifi = big_label(self, MIN_TEXT_PX)
        self.wifi_qr.setFixedSize(WIFI_QR_PX, WIFI_QR_PX)
        grid = QGridLayout(self)
        grid.setContentsMargins(48, 24, 48, 16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.title, 0, 0, 1, 2)
        text = QVBoxLayout()
        text.addWidget(self.how)
        text.addWidget(self.short)
        text.addStretch(1)
        wifi_row = QHBoxLayout()
        wifi_row.setSpacing(16)
        wifi_row.addWidget(self.wifi_qr, 0, Qt.AlignmentFlag.AlignBottom)
        wifi_row.addWidget(self.wifi, 1)
        text.addLayout(wifi_row)
        grid.addLayout(text, 1, 0)
        grid.addWidget(self.join_qr, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        self.refresh()

    def set_address(self, address: tuple[str, int] | None) -> None:
        self.address = address
        self.refresh()

    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        self.title.setText(self.texts.translate("Projector", "Welcome! {title}").format(
            title=own_direction(session.title)))
        if self.address is None:
            self.how.setText(self.texts.translate(
                "Projector",
                "The phone portal is not started yet. You can take part on "
                "paper and on the screen in the room.",
            ))
            self.short.setText("")
            self.join_qr.set_payload("")
            self.join_qr.hide()
        else:
            host, port = self.address
            self.how.setText(self.texts.translate(
                "Projector", "Scan the code with your phone's camera, or open:"
            ))
            self.short.setText(short_url(host, port))
            self.join_qr.set_payload(join_url(host, port, session.room_token))
            self.join_qr.show()
        self.short.setVisible(bool(self.short.text()))
        if session.wifi_ssid:
            if session.wifi_security == "nopass":
                self.wifi.setText(self.texts.translate("Projector", "Wi-Fi: {ssid}").format(
                    ssid=own_direction(session.wifi_ssid)))
            else:
                self.wifi.setText(self.texts.translate(
                    "Projector", "Wi-Fi: {ssid} — password: {password}"
                ).format(
                    ssid=own_direction(session.wifi_ssid),
                    password=own_direction(session.wifi_password),
                ))
            self.wifi_qr.set_payload(
                wifi_payload(session.wifi_ssid, session.wifi_security, session.wifi_password)
            )
            self.wifi_qr.show()
            self.wifi.show()
        else:
            self.wifi_qr.hide()
            self.wifi.hide()
        self.shrink_to_fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.shrink_to_fit()

    def shrink_to_fit(self) -> None:
        """The largest type at which nothing is cut off (a long title, two languages)."""
        for title, how, short in JOIN_SIZES:
            self.title.setFont(projector_font(title, bold=True))
            self.how.setFont(projector_font(how))
            self.short.setFont(projector_font(short, bold=True))
            self.wifi.setFont(projector_font(MIN_TEXT_PX))
            if fits(self):
                return


class TimerPage(QWidget):
    """The phase in large type and its countdown; "Paused" and "Time is up" said in words,
    overrun in a warning colour."""

    def __init__(self, texts: Bilingual, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.phase = big_label(self, TITLE_PX, bold=True)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = big_label(self, CLOCK_PX, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(translate("Projector", "Time left"))
        self.status = big_label(self, TITLE_PX, bold=True)
        self.status.setObjectName("projector-timer-status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.phase)
        layout.addWidget(self.clock)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def show_state(self, state: TimerState, palette: Palette) -> None:
        self.phase.setText(phase_text(self.texts, state))
        two = self.texts.active
        refont(self.phase, projector_font(48 if two else TITLE_PX, bold=True))
        refont(self.status, projector_font(48 if two else TITLE_PX, bold=True))
        refont(self.clock, projector_font(180 if two else CLOCK_PX, bold=True))
        self.clock.setText(clock_text(state))
        name_by_content(self.clock, translate("Projector", "Time left"), self.clock.text())
        self.status.setText(status_text(self.texts, state))
        self.status.setVisible(bool(self.status.text()))
        if state.overrun:
            colour = palette.overrun
        elif state.paused:
            colour = palette.accent
        else:
            colour = palette.text
        restyle(self.clock, f"color: {colour};")
        restyle(self.status, f"color: {colour};")


def phase_text(texts: Bilingual, state: TimerState) -> str:
    if state.phase is None:
        return texts.translate("PhaseTimer", "No phase running")
    return state.phase.title or texts.phase(state.phase.kind)


def clock_text(state: TimerState) -> str:
    """The countdown; past the end, the time over with a plus sign."""
    if state.phase is None:
        return "\N{EN DASH}:\N{EN DASH}\N{EN DASH}"
    if state.phase.ended_at is not None:
        return ""
    if state.overrun:
        return "+" + format_clock(-state.remaining_seconds)
    return format_clock(state.remaining_seconds)


def status_text(texts: Bilingual, state: TimerState) -> str:
    """What the room must know about the timer, in words: paused, time is up, ended."""
    if state.phase is None:
        return ""
    if state.phase.ended_at is not None:
        return texts.translate("PhaseTimer", "Ended")
    if state.paused:
        return texts.translate("PhaseTimer", "Paused")
    if state.overrun:
        return texts.translate("Projector", "Time is up")
    return ""


def strip_text(texts: Bilingual, state: TimerState, both: bool = True) -> str:
    """One line at the bottom of every page: the phase, the time, and its state in words
    (in both languages, or only the first: ``both``)."""
    isolate = "\N{FIRST STRONG ISOLATE}{}\N{POP DIRECTIONAL ISOLATE}".format
    keep = None if both else 1
    names = phase_text(texts, state).split("\n")[:keep]
    status = status_text(texts, state).split("\n")[:keep]
    parts = [" · ".join(isolate(name) for name in names), isolate(clock_text(state))]
    if status != [""]:
        parts.append(" · ".join(isolate(word) for word in status))
    return "   ".join(part for part in parts if part != isolate(""))


def fit_strip(label: QLabel, texts: Bilingual, state: TimerState) -> None:
    """The strip on one line: smaller type, then the first language only, if need be."""
    room = label.contentsRect().width() or 1200
    for both in (True, False):
        text = strip_text(texts, state, both)
        for size in (MIN_TEXT_PX + 8, MIN_TEXT_PX + 4, MIN_TEXT_PX):
            font = projector_font(size, bold=True)
            if QFontMetricsF(font).horizontalAdvance(text) <= room or (
                    not both and size == MIN_TEXT_PX):
                refont(label, font)
                label.setText(text)
                return
