"""Two languages at once on the projector, for a multilingual room.

The facilitator may pick a second language among the session's languages: headings and fixed
texts then show the app's language and, below, the second one. The second language has its
own translators, loaded apart from the app's, so the desk keeps its language. What people wrote
is never translated, and shown once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from app import i18n
from app.core.model import ActionKind, Competence, PhaseKind
from app.resources import resource

# The same sources as app/ui/labels.py, so both languages use the same translations.
PHASES = {
    PhaseKind.WELCOME: "Welcome and check-in",
    PhaseKind.EXPECTATIONS: "Expectations round",
    PhaseKind.INPUT: "Input",
    PhaseKind.IDEATION: "Ideation",
    PhaseKind.CLUSTERING: "Clustering into themes",
    PhaseKind.VOTING: "Dot voting",
    PhaseKind.ACTION_PLANNING: "Action planning",
    PhaseKind.BREAK: "Break",
    PhaseKind.CLOSING: "Closing",
    PhaseKind.REVIEW: "Review: you said, we did",
}
COMPETENCES = {
    Competence.MUNICIPAL: "Municipal",
    Competence.METROPOLITAN: "Metropolitan",
    Competence.DEPARTMENTAL: "Departmental",
    Competence.REGIONAL: "Regional",
    Competence.NATIONAL: "National",
    Competence.EU: "European Union",
    Competence.OTHER: "Other",
}
ACTION_KINDS = {
    ActionKind.DECISION: "Decision",
    ActionKind.EXPERIMENT: "Micro-experiment",
}


def second_language_choices(session_languages: tuple[str, ...]) -> list[str]:
    """The session's languages the projector can show as a second one (those shipped)."""
    return [code for code in dict.fromkeys(session_languages) if code in i18n.SHIPPED]


class Bilingual(QObject):
    """Translates the projector's fixed texts into the app's language and, if one is chosen,
    into a second one; ``translate`` returns one line per language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language: str | None = None
        self._translators: list[QTranslator] = []

    def set_language(self, language: str | None) -> None:
        """``None`` (or a language without translations): one language only."""
        for translator in self._translators:
            translator.deleteLater()
        self._translators = []
        if language not in i18n.SHIPPED:
            self.language = None
            return
        self.language = language
        for qm in sorted(resource("i18n").glob(f"*_{language}.qm")):
            translator = QTranslator(self)
            if translator.load(str(qm)):
                self._translators.append(translator)

    @property
    def active(self) -> bool:
        return self.language is not None and self.language != i18n.current_language()

    def second(self, context: str, source: str) -> str:
        """``source`` in the second language (the English source when it has none)."""
        for translator in self._translators:
            found = translator.translate(context, source)
            if found:
                return found
        return source

    def translate(self, context: str, source: str) -> str:
        """``source`` in the app's language, and on a second line in the second language
        (placeholders stay: fill both lines with ``.format`` on the result)."""
        first = QCoreApplication.translate(context, source)
        if not self.active or self.language is None:
            return first
        other = self.second(context, source)
        if other == first:
            return first
        # the whole text takes the app's direction (a label reads it from its first strong
        # character), each line keeps its own inside
        mark = "\N{RIGHT-TO-LEFT MARK}" if i18n.is_rtl(i18n.current_language()) else (
            "\N{LEFT-TO-RIGHT MARK}")
        return f"{mark}{self.own_line(i18n.current_language(), first)}\n" \
               f"{self.own_line(self.language, other)}"

    @staticmethod
    def own_line(language: str, text: str) -> str:
        """A line isolated in its language's direction: a French line keeps its order in an
        Arabic window ("Bienvenue ! …", not "… ! Bienvenue"), and the other way round."""
        if i18n.is_rtl(language):
            return f"\N{RIGHT-TO-LEFT ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"
        return f"\N{LEFT-TO-RIGHT ISOLATE}{text}\N{POP DIRECTIONAL ISOLATE}"

    def phase(self, kind: PhaseKind) -> str:
        return self.translate("Labels", PHASES[kind])

    def competence(self, level: Competence) -> str:
        return self.translate("Labels", COMPETENCES[level])

    def action_kind(self, kind: ActionKind) -> str:
        return self.translate("Labels", ACTION_KINDS[kind])
