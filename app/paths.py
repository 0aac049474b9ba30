"""Where Roundtable keeps its data: the platform's app-data folder, unless told otherwise.

``--db PATH`` beats ``ROUNDTABLE_DB``, which beats the default. ``ROUNDTABLE_DATA_DIR`` moves the
whole app-data folder (keys, backups, settings) — tests use it to stay out of a user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

ORGANISATION = "Roundtable"
APPLICATION = "Roundtable"
DB_ENV = "ROUNDTABLE_DB"
DATA_DIR_ENV = "ROUNDTABLE_DATA_DIR"


def app_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override)
    else:
        # Qt only to ask where the platform keeps app data: a command given --db (or
        # ROUNDTABLE_DB, or ROUNDTABLE_DATA_DIR) never loads it, the portal's start included.
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        folder = Path(location) if location else Path.home() / ".roundtable"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return app_data_dir() / "roundtable.sqlite"
