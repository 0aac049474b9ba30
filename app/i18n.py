"""Installs the translators for one language and picks the layout direction.

Every user-facing string goes through ``QCoreApplication.translate(context, text)`` with an
explicit context; `.ts` sources live in ``i18n/`` as ``<area>_<lang>.ts`` (one file per area of
the app, so each can be kept up to date on its own) and `make translations` builds the `.qm`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from app.resources import resource

SHIPPED = ("en", "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar", "fa", "prs", "he", "ur", "ps"})

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language last installed (English until one is)."""
    return _current[0]


def is_rtl(language: str) -> bool:
    return language.split("_")[0] in RIGHT_TO_LEFT


def install(app: QCoreApplication, language: str) -> str:
    """Switch the whole app to ``language`` (falls back to English); returns what was used."""
    if language not in SHIPPED:
        language = "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # One .qm per area of the app (workspace_fr.qm, voting_fr.qm, …), all installed; English
    # too, for its plural forms ("1 participant", "2 participants").
    for qm in sorted(resource("i18n").glob(f"*_{language}.qm")):
        ours = QTranslator(app)
        if ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    if language != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    _current[0] = language
    QLocale.setDefault(QLocale(language))
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
        )
    return language
