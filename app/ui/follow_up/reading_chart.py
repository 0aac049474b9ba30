"""A small line chart of one criterion's readings over time, with its target if numeric."""

from __future__ import annotations

import itertools
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.experiments import Reading

NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def target_value(target: str) -> float | None:
    """The number in a target such as "≥ 15" or "80 %" (None when it holds none)."""
    found = NUMBER.search(target)
    return float(found.group().replace(",", ".")) if found else None


def chart_points(readings: tuple[Reading, ...], box: QRectF,
                 target: float | None) -> list[QPointF]:
    """Where each reading goes in ``box``: x by date, y by value (the target kept in view)."""
    if not readings:
        return []
    days = [date.fromisoformat(r.day).toordinal() for r in readings]
    values = [r.value for r in readings] + ([target] if target is not None else [])
    low, high = min(0.0, *values), max(values)
    span_y = (high - low) or 1.0
    span_x = (max(days) - min(days)) or 1
    return [QPointF(box.left() + (d - min(days)) / span_x * box.width(),
                    box.bottom() - (r.value - low) / span_y * box.height())
            for d, r in zip(days, readings, strict=True)]


class ReadingChart(QWidget):
    """Time runs left to right in every language (dates and values are not mirrored)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingChart")
        self.readings: tuple[Reading, ...] = ()
        self.target: float | None = None
        self.setMinimumSize(220, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("FollowUp", "Chart of the readings"))

    def show_readings(self, readings: tuple[Reading, ...], target: str) -> None:
        self.readings = readings
        self.target = target_value(target)
        values = ", ".join(f"{r.day}: {r.value:g}" for r in readings)
        self.setAccessibleDescription(values)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        box = QRectF(self.rect()).adjusted(40, 12, -16, -24)
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.drawLine(box.bottomLeft(), box.bottomRight())
        painter.drawLine(box.bottomLeft(), box.topLeft())
        if not self.readings:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("FollowUp", "No reading yet"))
            return
        points = chart_points(self.readings, box, self.target)
        if self.target is not None:
            values = [r.value for r in self.readings] + [self.target]
            low, high = min(0.0, *values), max(values)
            y = box.bottom() - (self.target - low) / ((high - low) or 1.0) * box.height()
            painter.setPen(QPen(QColor("#2F855A"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(QPen(QColor("#2B6CB0"), 2))
        for first, second in itertools.pairwise(points):
            painter.drawLine(first, second)
        painter.setBrush(QColor("#2B6CB0"))
        for point, reading in zip(points, self.readings, strict=True):
            painter.drawEllipse(point, 3.5, 3.5)
            painter.drawText(QPointF(point.x() - 8, point.y() - 6), f"{reading.value:g}")
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(box.left(), box.bottom() + 4, box.width(), 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
                         self.readings[0].day)
        painter.drawText(QRectF(box.left(), box.bottom() + 4, box.width(), 18),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
                         self.readings[-1].day)
