"""Every script the app offers is drawn, from the bundled fonts alone: Tigrinya and emoji too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.core.roster import LANGUAGE_CODES
from app.ui import labels
from app.ui.fonts import UI_FAMILIES, load_fonts

EMOJI = "🏠🔑👍"
TIGRINYA = "ትግርኛ ሰላም"


def covered(ch: str) -> bool:
    return any(QFontMetrics(QFont(family)).inFontUcs4(ord(ch)) for family in UI_FAMILIES)


def test_the_bundled_families_are_loaded(qapp: QApplication) -> None:
    loaded = set(load_fonts(qapp))
    assert {"Noto Sans Ethiopic", "Noto Emoji"} <= loaded
    assert set(UI_FAMILIES) <= loaded


def test_ethiopic_and_emoji_glyphs_exist(qapp: QApplication) -> None:
    missing = [ch for ch in EMOJI + TIGRINYA if not ch.isspace() and not covered(ch)]
    assert missing == []


def test_every_language_offered_can_be_drawn(qapp: QApplication) -> None:
    for code in LANGUAGE_CODES:
        name = labels.language(code)
        assert all(covered(ch) for ch in name if not ch.isspace()), name


def drawn(text: str) -> QImage:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPixelSize(48)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def inked(image: QImage) -> set[tuple[int, int]]:
    return {(x, y) for x in range(image.width()) for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 128}


def test_a_rendered_emoji_is_neither_blank_nor_a_box(qapp: QApplication) -> None:
    box = inked(drawn("\ue000"))  # a private-use character: no font has it
    for text in (*EMOJI, "ት"):
        pixels = inked(drawn(text))
        assert len(pixels) > 60, text  # something is drawn
        assert len(pixels ^ box) > 100, text  # and it is not the missing-glyph box
