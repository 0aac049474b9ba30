"""Load the bundled fonts, so every script the app offers renders on a machine with no fonts
installed: Latin, Cyrillic, Arabic and Persian, Ethiopic (Tigrinya), and emoji in one colour."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf", "NotoSansEthiopic-Regular.ttf",
              "NotoSansEthiopic-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
              "NotoEmoji-Regular.ttf")
# In order: Qt draws each character in the first family that has it. The emoji font comes last,
# so digits, arrows and shapes stay in the text fonts.
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", "DejaVu Sans", "Noto Emoji"]


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
