"""Troubles of the store the facilitator must hear of even when the desk writes nothing: the
disk is full, the journal file was deleted, stored text is unreadable. Each is told once, in a
message that does not block the window (the phones keep their own answers)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.storage import StoreError, faults
from app.storage.database import Database
from app.storage.faults import TROUBLES
from app.ui.messages import error_text, show_error

JOURNAL_CHECK_MS = 2000  # how often the desk looks for its journal file (one stat)


class StoreTroubleNotice(QObject):
    """Listens to the store's troubles (from any thread) and shows each in ``window``."""

    told = Signal(object)

    def __init__(self, window: QWidget, database: Database | None = None) -> None:
        super().__init__(window)
        self._window = window
        if database is not None:  # a journal deleted while nobody writes is noticed too
            self._journal = QTimer(self, interval=JOURNAL_CHECK_MS)
            self._journal.timeout.connect(database.journal_intact)
            self._journal.start()
        self.told.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(TROUBLES.subscribe(self.told.emit))
        for trouble in TROUBLES.active:  # met before the window was there
            self.told.emit(trouble)

    def _show(self, trouble: object) -> None:
        if not isinstance(trouble, StoreError):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Errors", "The database needs attention"),
            error_text(trouble),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("store-trouble")
        box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(box.deleteLater)
        box.show()


class StoreFailureHook:
    """``sys.excepthook`` while the window runs: a write the store refused (a full disk, a
    deleted journal, a file gone read-only) that a view did not catch becomes the window's
    message, told once, and one line on the console, never a traceback."""

    def __init__(self, window: QWidget, path: Path) -> None:
        self._window = window
        self._path = path
        self._before = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._before

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if not isinstance(error, StoreError | sqlite3.Error):
            self._before(kind, error, trace)
            return
        print(f"roundtable: {error}", file=sys.stderr)
        if not faults.notice(error, self._path):  # a trouble is shown by StoreTroubleNotice
            show_error(self._window, error)
