"""Load the bundled fonts, so Arabic renders on a machine with no fonts installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]


def load_fonts(app: QApplication) -> list[str]:
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(11)
    app.setFont(font)
    return families
