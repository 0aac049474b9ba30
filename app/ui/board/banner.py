"""A theme's name in large letters over its notes, when the board is zoomed out.

Up close the theme's own name bar is read; from far away it is too small, so this banner
takes over. It lets every click through to the notes under it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.board.items import (
    BANNER_MAX,
    FAR_AWAY,
    ThemeItem,
    text_option,
    ui_font,
    zoomed_out_pixels,
)


class ThemeBanner(QGraphicsItem):
    """A theme's name over its notes, drawn only when zoomed out (where the name bar is too
    small to read); it lets every click through to the notes under it."""

    def __init__(self, theme: ThemeItem) -> None:
        super().__init__()
        self.theme = theme
        self.setZValue(2)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(0, 0, self.theme.width, BANNER_MAX)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if scale >= FAR_AWAY:
            return
        pixels = zoomed_out_pixels(22, scale, int(BANNER_MAX / 1.3))
        band = QRectF(0, 0, self.theme.width, min(BANNER_MAX, pixels * 1.3))
        painter.fillRect(band, QColor(self.theme.theme.colour))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(ui_font(pixels, bold=True))
        title = QCoreApplication.translate("Board", "{name} ({count})").format(
            name=self.theme.theme.name, count=self.theme.member_count
        )
        option_text = text_option(self.theme.theme.name)
        option_text.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.drawText(band.adjusted(10, 0, -10, 0), title, option_text)
