"""The projector's look: high contrast, and no text smaller than the back row can read."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.fonts import UI_FAMILIES

MIN_TEXT_PX = 32  # readable from the back of a room on a 1080p projection
MIN_CONTRAST = 4.5  # WCAG AA for text against what is behind it
BODY_PX = 40
TITLE_PX = 64
CLOCK_PX = 220


@dataclass(frozen=True)
class DrawnText:
    """A text a page painted itself, where and how large: for the back-row check."""

    rect: QRectF
    font: QFont
    text: str


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    accent: str
    overrun: str
    card_text: str
    stripe: str  # every second row of a list or chart: still dark, still readable


NORMAL = Palette("#0F172A", "#FFFFFF", "#FACC15", "#F87171", "#111111", "#1E293B")
HIGH_CONTRAST = Palette("#000000", "#FFFFFF", "#FFFF00", "#FF6B6B", "#000000", "#262626")


def luminance(value: str | QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""
    color = QColor(value)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(one: str | QColor, other: str | QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (a theme's or a note's
    colour, chosen by people, may be light or dark)."""
    return "#000000" if contrast("#000000", background) >= contrast("#FFFFFF", background) else (
        "#FFFFFF"
    )


def restyle(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only if it changed: setting one polishes the widget again, which the
    projector would otherwise pay on every note a room sends and every tick of its clock."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def refont(widget: QWidget, font: QFont) -> None:
    """Set a font only if it changed (a new font lays the widget out again)."""
    if widget.font() != font:
        widget.setFont(font)


def projector_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPixelSize(max(MIN_TEXT_PX, pixels))
    font.setBold(bold)
    return font


def big_label(parent: QWidget, pixels: int = BODY_PX, bold: bool = False) -> QLabel:
    """A plain-text label in projector type (never markup: text may come from people)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(projector_font(pixels, bold))
    # wrapped labels otherwise settle for their narrowest width in a grid
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def colour(value: str) -> QColor:
    return QColor(value)
