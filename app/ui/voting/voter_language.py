"""Speaking to one participant in their own language, without switching the facilitator's.

The kiosk and the welcome desk talk to whoever stands in front of them: a private translator
for that person's language translates those screens only, while the rest of the app stays in
the facilitator's language. Languages without shipped translations fall back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTranslator

from app import i18n
from app.resources import resource

AREAS = ("voting", "attendance")


class VoterLanguage(QObject):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language if language in i18n.SHIPPED else "en"
        self._translators: list[QTranslator] = []
        if self.language != "en":
            for area in AREAS:
                translator = QTranslator(self)
                if translator.load(str(resource("i18n", f"{area}_{self.language}.qm"))):
                    self._translators.append(translator)

    @property
    def direction(self) -> Qt.LayoutDirection:
        return (
            Qt.LayoutDirection.RightToLeft
            if i18n.is_rtl(self.language)
            else Qt.LayoutDirection.LeftToRight
        )

    def translate(self, context: str, text: str) -> str:
        """``text`` in this person's language (the English source when there is none)."""
        for translator in self._translators:
            found = translator.translate(context, text)
            if found:
                return found
        return text
