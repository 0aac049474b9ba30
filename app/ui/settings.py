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
