"""Speaking to one participant in their own language, without switching the facilitator's.

The kiosk and the welcome desk talk to whoever stands in front of them: a private translator
for that person's language translates those screens only, while the rest of the app stays in
the facilitator's language. The kiosk speaks the eight languages of the phone pages: English,
French and Arabic through Qt's translations, the others through ``voter_texts`` (worded like
the phone pages). Other languages fall back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTranslator

from app import i18n
from app.resources import resource
from app.ui.voting.voter_texts import EXTRA_LANGUAGES, extra_text

AREAS = ("voting", "attendance")
KIOSK_LANGUAGES = (*i18n.SHIPPED, *EXTRA_LANGUAGES)  # the phone pages' eight
RLM = "\u200f"  # right-to-left mark: keeps a line's final full stop at its left end


def own_line(language: str, text: str) -> str:
    """A line in ``language`` that keeps its own direction among lines in other languages."""
    return f"{RLM}{text}{RLM}" if i18n.is_rtl(language) else text


def in_every_language(lines_by_language: dict[str, str]) -> str:
    """One line per shipped language (duplicates dropped), each in its own direction."""
    unique = dict.fromkeys(own_line(code, text) for code, text in lines_by_language.items())
    return "\n".join(unique)


class VoterLanguage(QObject):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language if language in KIOSK_LANGUAGES else "en"
        self._translators: list[QTranslator] = []
        if self.language in i18n.SHIPPED and self.language != "en":
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
        return extra_text(self.language, context, text) or text


def translated_everywhere(
    context: str, text: str, languages: tuple[str, ...] = i18n.SHIPPED
) -> str:
    """Before we know who is there: ``text`` in each of ``languages``, one line each."""
    return in_every_language(
        {code: VoterLanguage(code).translate(context, text) for code in languages}
    )
