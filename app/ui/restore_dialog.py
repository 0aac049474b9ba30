"""Restore a backup: the list of kept copies, a check of the chosen one, and putting it back.

Reached from Session → Restore a backup…. The file in place is never deleted: it is kept
aside first (app/core/restore.py), and the confirmation says where.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.restore import (
    BackupCheck,
    BackupEntry,
    Restored,
    check_backup,
    list_backups,
    put_in_place,
)
from app.core.workshop import Workshop
from app.storage import StoreError
from app.ui.messages import confirm, error_text
from app.ui.minutes.jobs import JobSignals, start

translate = QCoreApplication.translate


def local_time(entry: BackupEntry) -> str:
    return entry.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def check_text(checked: BackupCheck) -> str:
    if checked.integrity != "ok":
        return translate(
            "Restore", "This backup is damaged ({detail}); it cannot be put back."
        ).format(detail=checked.integrity)
    lines = []
    for s in checked.sessions:
        if not s.chain_ok:
            state = translate("Restore", "its audit log is broken")
        elif s.differences:
            state = translate("Restore", "{count} row(s) differ from its audit log").format(
                count=s.differences)
        else:
            state = translate("Restore", "audit log intact, every row matches")
        lines.append(f"{s.title}: {state}")
    head = translate("Restore", "Check passed: the file is whole.") if checked.ok else \
        translate("Restore", "Check found problems: read them before putting this backup back.")
    return "\n".join([head, *lines])


class RestoreDialog(QDialog):
    restored = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.setObjectName("restore-dialog")
        self.setWindowTitle(translate("Restore", "Restore a backup"))
        self.entries = list_backups(workshop.database.path)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Restore", "Backups are made every few minutes while sessions change. Choose one, "
            "check it, then put it back. The current file is kept aside, never deleted."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.entries), 4, self)
        self.table.setObjectName("restore-backups")
        self.table.setAccessibleName(translate("Restore", "Backups"))
        self.table.setHorizontalHeaderLabels(
            [translate("Restore", "Made at"), translate("Restore", "Sessions"),
             translate("Restore", "Notes"), translate("Restore", "Dots")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, entry in enumerate(self.entries):
            titles = ", ".join(s.title for s in entry.sessions) if entry.readable \
                else translate("Restore", "(cannot be read)")
            cells = (local_time(entry), titles, str(sum(s.notes for s in entry.sessions)),
                     str(sum(s.dots for s in entry.sessions)))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table)
        empty = translate("Restore", "No backup yet.")
        self.verdict = QLabel(empty if not self.entries else "", self)
        self.verdict.setObjectName("restore-verdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(translate("Restore", "Check"), self)
        self.check_button.setObjectName("restore-check")
        self.put_button = QPushButton(translate("Restore", "Put this backup in place…"), self)
        self.put_button.setObjectName("restore-put")
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.put_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.put_button.clicked.connect(self.ask_to_put)
        layout.addWidget(buttons)
        self.checked: BackupCheck | None = None
        self._job: JobSignals | None = None  # kept alive until its work has finished
        if self.entries:
            self.table.selectRow(0)
        self._chosen()
        self.resize(760, 460)

    def entry(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        self.checked = None
        self.check_button.setEnabled(self.entry() is not None)
        self.put_button.setEnabled(False)
        if self.entries:
            self.verdict.setText(
                translate("Restore", "Check the chosen backup before putting it back."))

    def check(self) -> None:
        """Off the GUI thread: SQLite's full check reads the whole copy."""
        entry = self.entry()
        if entry is None:
            return
        self._busy(translate("Restore", "Checking…"))
        self._job = start(lambda _progress: check_backup(entry.path))
        self._job.finished.connect(self._checked)
        self._job.failed.connect(self._failed)

    def _busy(self, text: str) -> None:
        self.verdict.setText(text)
        self.check_button.setEnabled(False)
        self.put_button.setEnabled(False)
        self.table.setEnabled(False)

    def _checked(self, checked: object) -> None:
        assert isinstance(checked, BackupCheck)
        self.table.setEnabled(True)
        self.check_button.setEnabled(True)
        self.checked = checked
        self.verdict.setText(check_text(checked))
        self.put_button.setEnabled(checked.ok)

    def _failed(self, error: object) -> None:
        self.table.setEnabled(True)
        self.check_button.setEnabled(True)
        shown = error_text(error) if isinstance(error, StoreError | sqlite3.Error) else str(error)
        self.verdict.setText(
            translate("Restore", "Nothing was changed: {reason}").format(reason=shown))

    def ask_to_put(self) -> None:
        entry = self.entry()
        if entry is None or self.checked is None:
            return
        confirm(self, translate(
            "Restore", "Put the backup made at {time} in place of the current sessions? "
            "Everything written since then is set aside, not lost: the current file is kept "
            "in the folder {folder}.").format(
                    time=local_time(entry), folder=str(entry.path.parent / "set-aside")),
                self.put)

    def put(self) -> None:
        entry = self.entry()
        if entry is None:
            return
        self._busy(translate("Restore", "Putting the backup in place…"))
        self._job = start(lambda _progress: put_in_place(self.workshop.database.path,
                                                         entry.path))
        self._job.finished.connect(lambda done: self._put(entry, done))
        self._job.failed.connect(self._failed)

    def _put(self, entry: BackupEntry, done: object) -> None:
        assert isinstance(done, Restored)
        self.table.setEnabled(True)
        self.check_button.setEnabled(True)
        self.workshop.undo.clear()
        self.verdict.setText(translate(
            "Restore", "The backup made at {time} is now in place. The file that was in place "
            "is kept at {path}.").format(time=local_time(entry), path=str(done.set_aside)))
        self.restored.emit()
