"""Where file dialogs start: the person's Documents folder, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def in_documents(name: str = "") -> str:
    """A suggested file (or the folder itself) in Documents, as a file dialog takes it."""
    return str(documents() / name) if name else str(documents())
