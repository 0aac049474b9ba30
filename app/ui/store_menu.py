"""Session menu entries for the store itself: the audit check and restoring a backup; and
telling the facilitator, once, when automatic backups fail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


translate = QCoreApplication.translate


def add_store_actions(window: MainWindow, menu: QMenu) -> list[QAction]:
    audit = QAction(translate("MainWindow", "Audit check…"), window)
    audit.setObjectName("action-audit")
    audit.triggered.connect(lambda _checked=False: open_audit(window))
    restore = QAction(translate("MainWindow", "Restore a backup…"), window)
    restore.setObjectName("action-restore")
    restore.triggered.connect(lambda _checked=False: open_restore(window))
    menu.addAction(audit)
    menu.addAction(restore)
    return [audit, restore]


def open_audit(window: MainWindow) -> QObject:
    from app.ui.audit_view import AuditView

    ids = [window.session_id] if window.session_id is not None else \
        [s.id for s in window.workshop.sessions.all(include_archived=True)]
    view = AuditView(window.workshop, ids, window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.open()
    return view


def open_restore(window: MainWindow) -> QObject:
    from app.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.workshop, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.restored.connect(window.reload_after_restore)
    dialog.open()
    return dialog


class BackupNotice(QObject):
    """Carries a backup failure from the backup's thread to the window (queued)."""

    failed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.failed.connect(self.tell, Qt.ConnectionType.QueuedConnection)
        backups = window.workshop.backups
        self._stop = backups.on_failure(self.failed.emit) if backups is not None else None
        self.destroyed.connect(lambda *_: None)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()
            self._stop = None

    def tell(self, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("MainWindow", "Backup failed"),
            translate(
                "MainWindow", "The automatic backup could not be made ({reason}). Everything "
                "is still saved in the session's file, but there is no fresh copy. Free some "
                "disk space; you will be told again if it keeps failing after a backup works.")
            .format(reason=reason),
            QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backup-failed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        box.open()
