"""The projector's own pages: how to join, the board in large type, the timer, blank.

Every page reads the store itself and redraws on events; nothing here talks to the main
window. Texts written by people are drawn as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from app.core.agenda import TimerState
from app.core.joining import join_url, short_url, wifi_payload
from app.core.model import Area, Note, NoteStatus, Theme
from app.core.workshop import Workshop
from app.ui.board.items import text_option
from app.ui.counts import counts
from app.ui.labels import own_direction
from app.ui.phase_timer import countdown_text, phase_name
from app.ui.projector.qr import QrCode
from app.ui.projector.style import (
    BODY_PX,
    CLOCK_PX,
    MIN_TEXT_PX,
    NORMAL,
    TITLE_PX,
    Palette,
    big_label,
    projector_font,
)

translate = QCoreApplication.translate
WIFI_QR_PX = 200
MAX_THEME_COLUMNS = 4


class JoinPage(QWidget):
    """Welcome and how to join: a big QR of the join address, the short address, Wi-Fi."""

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
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
        self.title.setText(translate("Projector", "Welcome! {title}").format(
            title=own_direction(session.title)))
        if self.address is None:
            self.how.setText(
                translate(
                    "Projector",
                    "The phone portal is not started yet. You can take part on "
                    "paper and on the screen in the room.",
                )
            )
            self.short.setText("")
            self.join_qr.set_payload("")
            self.join_qr.hide()
        else:
            host, port = self.address
            self.how.setText(
                translate("Projector", "Scan the code with your phone's camera, or open:")
            )
            self.short.setText(short_url(host, port))
            self.join_qr.set_payload(join_url(host, port, session.room_token))
            self.join_qr.show()
        if session.wifi_ssid:
            if session.wifi_security == "nopass":
                self.wifi.setText(
                    translate("Projector", "Wi-Fi: {ssid}").format(ssid=session.wifi_ssid)
                )
            else:
                self.wifi.setText(
                    translate("Projector", "Wi-Fi: {ssid} — password: {password}").format(
                        ssid=session.wifi_ssid, password=session.wifi_password
                    )
                )
            self.wifi_qr.set_payload(
                wifi_payload(session.wifi_ssid, session.wifi_security, session.wifi_password)
            )
            self.wifi_qr.show()
            self.wifi.show()
        else:
            self.wifi_qr.hide()
            self.wifi.hide()


class BoardPage(QWidget):
    """Notes in large type: one area, or the themes with their notes (clustering)."""

    MAX_CARDS = 12

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.palette_ = NORMAL
        self.area: Area | None = Area.IDEAS  # None: the themes
        self.stale = False
        self.notes: list[Note] = []
        self.themes: list[Theme] = []
        self.setAccessibleName(translate("Projector", "Board"))
        self.refresh()

    def show_area(self, area: Area | None) -> None:
        if area != self.area:
            self.area = area
            self.refresh()

    def mark_stale(self) -> None:
        """Notes changed: read them again now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.stale = False
        shown = [
            n
            for n in self.workshop.board.notes(self.session_id, include_pending=False)
            if n.status is NoteStatus.SHOWN
        ]
        self.themes = self.workshop.board.themes(self.session_id)
        if self.area is None:
            self.notes = shown
        else:
            self.notes = [n for n in shown if n.area is self.area]
        self.setAccessibleDescription(" · ".join(n.text for n in self.notes[:20]))
        self.update()

    def heading(self) -> str:
        if self.area is Area.EXPECTATIONS:
            return translate("Projector", "What did you come for?")
        if self.area is Area.PARKING_LOT:
            return translate("Projector", "Parking lot: for other levels of government")
        if self.area is None:
            return translate("Projector", "Themes")
        return translate("Projector", "Ideas ({count})").format(count=len(self.notes))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        margin = 40.0
        painter.setPen(QColor(self.palette_.text))
        painter.setFont(projector_font(TITLE_PX, bold=True))
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        align |= Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(
            QRectF(margin, 16, self.width() - 2 * margin, TITLE_PX + 20),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            self.heading(),
        )
        body = QRectF(
            margin, TITLE_PX + 50, self.width() - 2 * margin, self.height() - TITLE_PX - 70
        )
        if self.area is None:
            self._paint_themes(painter, body, rtl)
        else:
            self._paint_cards(painter, body, rtl, self.notes)

    def _paint_cards(self, painter: QPainter, body: QRectF, rtl: bool, notes: list[Note]) -> None:
        if not notes:
            painter.setFont(projector_font(BODY_PX))
            painter.drawText(body, translate("Projector", "No notes yet."), text_option(rtl=rtl))
            return
        columns = 3 if body.width() > 1000 else 2
        rows = max(1, int(body.height() // 230))
        capacity = columns * rows
        shown = notes[-capacity:] if len(notes) > capacity else notes
        gap = 24.0
        width = (body.width() - gap * (columns - 1)) / columns
        height = (body.height() - gap * (rows - 1)) / rows
        for index, note in enumerate(shown):
            column, row = index % columns, index // columns
            if rtl:
                column = columns - 1 - column
            card = QRectF(
                body.x() + column * (width + gap), body.y() + row * (height + gap), width, height
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(note.colour))
            painter.drawRoundedRect(card, 10, 10)
            painter.setPen(QColor(self.palette_.card_text))
            inner = card.adjusted(20, 14, -20, -14)
            painter.setFont(self._fitting(note.text, inner))
            painter.drawText(inner, note.text, text_option(note.text))

    def _fitting(self, text: str, rect: QRectF, bold: bool = False) -> QFont:
        for size in (48, 42, 36, MIN_TEXT_PX):
            font = projector_font(size, bold)
            needed = QFontMetricsF(font).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
            if needed.height() <= rect.height():
                return font
        return projector_font(MIN_TEXT_PX, bold)

    def _paint_themes(self, painter: QPainter, body: QRectF, rtl: bool) -> None:
        if not self.themes:
            self._paint_cards(painter, body, rtl, self.notes)
            return
        sizes = {t.id: sum(1 for n in self.notes if n.theme_id == t.id) for t in self.themes}
        # more columns would be too narrow to read: the largest themes, in their own order
        largest = sorted(self.themes, key=lambda t: -sizes[t.id])[:MAX_THEME_COLUMNS]
        shown = [t for t in self.themes if t in largest]
        if len(shown) < len(self.themes):
            painter.setFont(projector_font(MIN_TEXT_PX))
            painter.setPen(QColor(self.palette_.accent))
            more = counts().more_themes(len(self.themes) - len(shown))
            painter.drawText(
                QRectF(body.x(), body.bottom() - MIN_TEXT_PX - 12, body.width(), MIN_TEXT_PX + 12),
                more,
                text_option(rtl=rtl),
            )
            body = body.adjusted(0, 0, 0, -(MIN_TEXT_PX + 16))
        count = len(shown)
        gap = 24.0
        width = (body.width() - gap * (count - 1)) / count
        line = projector_font(MIN_TEXT_PX)
        for index, theme in enumerate(shown):
            column = count - 1 - index if rtl else index
            box = QRectF(body.x() + column * (width + gap), body.y(), width, body.height())
            name_rect = QRectF(box.x() + 14, box.y() + 8, box.width() - 28, 2 * BODY_PX + 24)
            name_font = self._fitting(theme.name, name_rect, bold=True)
            name_height = (
                QFontMetricsF(name_font)
                .boundingRect(name_rect, int(Qt.TextFlag.TextWordWrap), theme.name)
                .height()
            )
            header = min(name_height, name_rect.height()) + 16
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.colour))
            painter.drawRoundedRect(QRectF(box.x(), box.y(), box.width(), header), 10, 10)
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(name_font)
            painter.drawText(name_rect, theme.name, text_option(theme.name))
            painter.setFont(line)
            painter.setPen(QColor(self.palette_.text))
            y = box.y() + header + 20
            for note in (n for n in self.notes if n.theme_id == theme.id):
                rect = QRectF(box.x() + 8, y, box.width() - 16, box.bottom() - y)
                needed = QFontMetricsF(line).boundingRect(
                    rect, int(Qt.TextFlag.TextWordWrap), "• " + note.text
                )
                if y + needed.height() > box.bottom():
                    painter.drawText(rect, "…", text_option(rtl=rtl))
                    break
                painter.drawText(rect, "• " + note.text, text_option(note.text))
                y += needed.height() + 14


class TimerPage(QWidget):
    """The phase in large type and its countdown; overrun in a warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = big_label(self, TITLE_PX, bold=True)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = big_label(self, CLOCK_PX, bold=True)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(translate("Projector", "Time left"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.phase)
        layout.addWidget(self.clock)
        layout.addStretch(1)

    def show_state(self, state: TimerState, palette: Palette) -> None:
        self.phase.setText(phase_name(state))
        self.clock.setText(countdown_text(state))
        self.clock.setStyleSheet(f"color: {palette.overrun if state.overrun else palette.text};")
