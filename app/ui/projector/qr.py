"""A QR code drawn with QPainter from its modules: sharp at any size, dark on white."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.minutes.qr_modules import qr_modules

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(payload: str) -> list[list[bool]]:
    return [list(row) for row in qr_modules(payload, error="m")]


class QrCode(QWidget):
    def __init__(self, payload: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.payload = ""
        self.matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.set_payload(payload)

    def set_payload(self, payload: str) -> None:
        self.payload = payload
        self.matrix = qr_matrix(payload) if payload else []
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(400, 400)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return width

    def code_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self.matrix:
            return
        painter = QPainter(self)
        area = self.code_rect()
        painter.fillRect(area, QColor("#FFFFFF"))
        count = len(self.matrix) + 2 * QUIET_ZONE
        module = int(area.width() // count)  # whole pixels: crisp edges for phone cameras
        if module < 1:
            return
        used = module * count
        left = int(area.x() + (area.width() - used) / 2) + QUIET_ZONE * module
        top = int(area.y() + (area.height() - used) / 2) + QUIET_ZONE * module
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(left + x * module, top + y * module, module, module)
