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


def saved_last_session() -> int | None:
    """The session that was open when the window last closed (opened again at start)."""
    value = settings().value("last_session", "")
    try:
        return int(str(value))
    except ValueError:
        return None


def save_last_session(session_id: int | None) -> None:
    store = settings()
    store.setValue("last_session", "" if session_id is None else str(session_id))
    store.sync()
