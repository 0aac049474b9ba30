"""A bar chart of dots per item, drawn with QPainter: ranked results, or live dots.

Each bar is split by channel (phone, kiosk, paper), with a legend, so the room sees that paper
dots count too. Tied items carry the same rank and a "tie" mark. Right-to-left layouts mirror
the whole chart. With ``show_counts`` off only the items are drawn (the round hides its tally).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.board.items import is_rtl_text
from app.ui.projector.style import DrawnText
from app.ui.projector.text_fit import elided_lines, line_height

CHANNELS = ("phone", "kiosk", "paper", "desk")
Placer = Callable[[float, float, float, float], QRectF]  # a rectangle, mirrored if need be
CHANNEL_COLOURS = {"phone": "#2B6CB0", "kiosk": "#2F855A", "paper": "#DD6B20", "desk": "#6B46C1"}


@dataclass(frozen=True)
class ChartLook:
    """Colours and type of the chart: dark text on a light desk; on the projector, its own
    colours (every row readable, striped or not) and a fixed size in pixels the back row reads.
    """

    text: str = "#1A202C"
    stripe: str = "#F4F6F8"
    background: str = ""  # "": the widget's own
    pixels: int = 0  # 0: ``base_points``; else every text at this size, rows paged to fit


DESK_LOOK = ChartLook()


def channel_name(channel: str) -> str:
    names = {
        "phone": QCoreApplication.translate("ResultsChart", "Phone"),
        "kiosk": QCoreApplication.translate("ResultsChart", "Screen (badge)"),
        "paper": QCoreApplication.translate("ResultsChart", "Paper dots"),
        "desk": QCoreApplication.translate("ResultsChart", "Entered at the desk"),
    }
    return names.get(channel, channel)


@dataclass(frozen=True)
class ChartRow:
    label: str
    total: int
    rank: int
    tied: bool
    by_channel: dict[str, int]


class ResultsChart(QWidget):
    resized = Signal()  # the rows a page holds may have changed
    def __init__(self, parent: QWidget | None = None, *, base_points: int = 12) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.show_counts = True
        self.show_ranks = True
        self.base_points = base_points
        self.look = DESK_LOOK
        self.page = 0
        self.drawn: list[DrawnText] = []  # what the last paint wrote, where
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("ResultsChart", "Results chart"))

    def set_look(self, look: ChartLook) -> None:
        self.look = look
        self.update()

    def set_rows(
        self, rows: list[ChartRow], *, show_counts: bool = True, show_ranks: bool = True
    ) -> None:
        self.rows = list(rows)
        self.page = min(self.page, self.page_count() - 1)
        self.show_counts = show_counts
        self.show_ranks = show_ranks and show_counts
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text, for screen readers and tests."""
        lines = []
        for row in self.rows:
            parts = []
            if self.show_ranks:
                parts.append(self.rank_text(row))
            parts.append(row.label)
            if self.show_counts:
                parts.append(str(row.total))
            lines.append(" · ".join(parts))
        return "\n".join(lines)

    @staticmethod
    def rank_text(row: ChartRow) -> str:
        if row.tied:
            return QCoreApplication.translate("ResultsChart", "{rank} (tie)").format(rank=row.rank)
        return str(row.rank)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, max(160, 56 * len(self.rows) + 60))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 120)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.page = min(self.page, self.page_count() - 1)
        self.resized.emit()

    # --- pages (the projector: every item at a size the back row reads) ---------------------
    def chart_font(self) -> QFont:
        font = QFont(self.font())
        if self.look.pixels:
            font.setPixelSize(self.look.pixels)
        else:
            font.setPointSizeF(self.base_points)
        return font

    def legend_height(self) -> float:
        return QFontMetricsF(self.chart_font()).height() * 1.6 if self.show_counts else 0.0

    def rows_per_page(self) -> int:
        if not self.look.pixels:
            return max(1, len(self.rows))
        line = line_height(self.chart_font())
        room = max(self.height(), 1) - self.legend_height() - 8
        return max(1, int(room // (line * 1.05)))

    def page_count(self) -> int:
        return max(1, -(-len(self.rows) // self.rows_per_page()))

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.update()

    def rows_shown(self) -> list[ChartRow]:
        per_page = self.rows_per_page()
        start = min(self.page, self.page_count() - 1) * per_page
        return self.rows[start: start + per_page]

    # --- drawing ----------------------------------------------------------------------------
    def _write(self, painter: QPainter, rect: QRectF, flags: int, text: str) -> None:
        painter.drawText(rect, flags, text)
        self.drawn.append(DrawnText(rect, QFont(painter.font()), text))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.drawn = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        w, h = float(self.width()), float(self.height())
        if self.look.background:
            painter.fillRect(self.rect(), QColor(self.look.background))
        font = self.chart_font()
        metrics = QFontMetricsF(font)
        legend_h = self.legend_height()
        rows = self.rows_shown()
        row_h = min(metrics.height() * (2.6 if self.look.pixels else 3.4),
                    (h - legend_h - 8) / max(1, len(rows)))
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        rank_w = (
            max([bold_metrics.horizontalAdvance(self.rank_text(r)) for r in rows] + [0.0]) + 16
            if self.show_ranks
            else 0.0
        )
        count_w = metrics.horizontalAdvance("0000") + 12 if self.show_counts else 0.0
        label_w = (w - rank_w - count_w) * (0.55 if self.show_counts else 1.0)
        bar_w = w - rank_w - label_w - count_w - 16
        biggest = max([r.total for r in self.rows] + [1])  # one scale on every page

        def place(x: float, y: float, width: float, height: float) -> QRectF:
            return QRectF(w - x - width if rtl else x, y, width, height)

        # Rectangles are mirrored by hand (``place``), so alignments are absolute: Qt would
        # otherwise mirror them a second time.
        absolute = Qt.AlignmentFlag.AlignAbsolute
        start = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | absolute
        end = (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight) | absolute
        painter.setFont(font)
        for index, row in enumerate(rows):
            y = 4 + index * row_h
            if index % 2 == 0:
                painter.fillRect(place(0, y, w, row_h), QColor(self.look.stripe))
            painter.setPen(QColor(self.look.text))
            if self.show_ranks:
                painter.setFont(bold)
                self._write(
                    painter,
                    place(6, y, rank_w - 6, row_h),
                    int(start | Qt.AlignmentFlag.AlignVCenter),
                    self.rank_text(row),
                )
                painter.setFont(font)
            label_font, label = self._fitted_label(font, row.label, label_w - 18, row_h,
                                                   shrink=not self.look.pixels)
            painter.setFont(label_font)
            # a label reads in its own direction ("…" at its end, left of Arabic)
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl_text(label)
                else Qt.LayoutDirection.LeftToRight
            )
            self._write(
                painter,
                place(rank_w + 10, y, label_w - 18, row_h),
                int(start | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                label,
            )
            painter.setLayoutDirection(self.layoutDirection())
            painter.setFont(font)
            if not self.show_counts:
                continue
            x = rank_w + label_w
            bar_h = row_h * 0.56
            top = y + (row_h - bar_h) / 2
            for channel in CHANNELS:
                count = row.by_channel.get(channel, 0)
                if count <= 0:
                    continue
                seg = bar_w * count / biggest
                painter.fillRect(place(x, top, seg, bar_h), QColor(CHANNEL_COLOURS[channel]))
                x += seg
            painter.setPen(QColor(self.look.text))
            self._write(
                painter,
                place(rank_w + label_w + bar_w + 4, y, count_w + 8, row_h),
                int(end | Qt.AlignmentFlag.AlignVCenter),
                str(row.total),
            )
        if self.show_counts:
            self._legend(painter, metrics, place, h - legend_h, legend_h, start)
        painter.end()

    @staticmethod
    def _fitted_label(font: QFont, text: str, width: float, height: float,
                      shrink: bool = True) -> tuple[QFont, str]:
        """The label at a size where two lines fit the row (or one line, elided), never
        spilling into the next row. Without ``shrink`` (the projector) the size stays and the
        text ends with "…" after the last whole word of the lines that fit."""
        flat = " ".join(text.split())
        if not shrink:
            return font, elided_lines(flat, font, width, 2, height)
        fitted = QFont(font)
        base = font.pointSizeF()
        size = base
        while size >= base * 0.7:  # two lines, a little smaller if need be
            fitted.setPointSizeF(size)
            metrics = QFontMetricsF(fitted)
            if metrics.lineSpacing() * 2 + 4 <= height:
                if metrics.horizontalAdvance(flat) > width * 1.9:
                    flat = metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width * 1.8)
                return fitted, flat
            size -= 0.5
        while size > 7:  # one line, as large as fits
            fitted.setPointSizeF(size)
            metrics = QFontMetricsF(fitted)
            if metrics.lineSpacing() + 2 <= height:
                break
            size -= 0.5
        metrics = QFontMetricsF(fitted)
        return fitted, metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width)

    def _legend(
        self,
        painter: QPainter,
        metrics: QFontMetricsF,
        place: Placer,
        y: float,
        height: float,
        start: Qt.AlignmentFlag,
    ) -> None:
        used = {c for row in self.rows for c, n in row.by_channel.items() if n > 0}
        x = 8.0
        swatch = metrics.height() * 0.8
        for channel in CHANNELS:
            if channel not in used and channel != "paper":
                continue
            painter.fillRect(
                place(x, y + (height - swatch) / 2, swatch, swatch),
                QColor(CHANNEL_COLOURS[channel]),
            )
            name = channel_name(channel)
            text_w = metrics.horizontalAdvance(name) + 8
            painter.setPen(QColor(self.look.text))
            self._write(
                painter,
                place(x + swatch + 6, y, text_w, height),
                int(start | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            x += swatch + text_w + 24
