"""The projector's look: high contrast, and no text smaller than the back row can read."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.fonts import UI_FAMILIES

MIN_TEXT_PX = 32  # readable from the back of a room on a 1080p projection
BODY_PX = 40
TITLE_PX = 64
CLOCK_PX = 220


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    accent: str
    overrun: str
    card_text: str


NORMAL = Palette("#0F172A", "#FFFFFF", "#FACC15", "#F87171", "#111111")
HIGH_CONTRAST = Palette("#000000", "#FFFFFF", "#FFFF00", "#FF6B6B", "#000000")


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
