"""The desktop's own settings (language), kept in the app-data folder beside the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import app_data_dir


def settings() -> QSettings:
    return QSettings(str(app_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    return str(settings().value("language", "") or "")


def save_language(language: str) -> None:
    store = settings()
    store.setValue("language", language)
    store.sync()


def saved_last_session() -> str | None:
    """The session (its uid, the same in no other database) that was open when the window
    last closed: opened again at start."""
    value = str(settings().value("last_session", "") or "")
    return value or None


def save_last_session(session_uid: str | None) -> None:
    store = settings()
    store.setValue("last_session", session_uid or "")
    store.sync()
