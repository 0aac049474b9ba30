"""Asking before the minutes are made: identity, personal details, where, and the passphrase.

The personal-details check runs before every export, a draft too (a draft travels by e-mail as
easily as signed minutes). A wrong passphrase is asked again in place: the file chosen and the
answers given so far are kept.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.minutes.errors import MinutesError
from app.minutes.identity import load_identity, unlock
from app.ui.folders import in_documents
from app.ui.minutes.privacy_dialog import PrivacyDialog
from app.ui.minutes.texts import failure_text

if TYPE_CHECKING:
    from app.ui.minutes.panel import MinutesPanel

translate = QCoreApplication.translate


class PassphraseDialog(QDialog):
    """"Sign the minutes": the passphrase, with the reason shown when it did not open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(translate("MinutesPanel", "Sign the minutes"))
        prompt = QLabel(translate("MinutesPanel", "Passphrase of your signing identity:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(translate("MinutesPanel", "Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B91C1C;")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class ExportFlow:
    def __init__(self, panel: MinutesPanel) -> None:
        self.panel = panel

    def check_privacy(self, signing: bool) -> bool | None:
        """None: go back. Otherwise whether findings were shown and accepted."""
        try:
            warnings = self.panel.privacy_warnings()
        except Exception as error:  # the session could not be read: said, never raised
            QMessageBox.warning(
                self.panel, translate("MinutesPanel", "Minutes"), failure_text(error)
            )
            return None
        if not warnings:
            return False
        dialog = PrivacyDialog(warnings, self.panel, signing=signing)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return True

    def choose_file(self) -> str:
        session = self.panel.workshop.sessions.get(self.panel.session_id)
        name, _ = QFileDialog.getSaveFileName(
            self.panel,
            translate("MinutesPanel", "Save the minutes"),
            in_documents(f"minutes-{session.date}.pdf"),
            translate("MinutesPanel", "PDF files (*.pdf)"),
        )
        return name

    def ask_passphrase(self) -> str | None:
        """Asked until it opens the identity (or Cancel): nothing else is asked again."""
        dialog = PassphraseDialog(self.panel)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            typed = dialog.passphrase.text()
            try:
                unlock(self.panel.identity_path, typed)
            except MinutesError as error:
                dialog.say(failure_text(error))
                continue
            return typed
        return None

    def ask(self) -> None:
        panel = self.panel
        signing = panel.sign.isChecked()
        if signing and load_identity(panel.identity_path) is None and not panel.set_up_identity():
            return
        accepted = self.check_privacy(signing)
        if accepted is None:
            return
        name = self.choose_file()
        if not name:
            return
        passphrase = ""
        if signing:
            typed = self.ask_passphrase()
            if typed is None:
                return
            passphrase = typed
        panel.start_export(
            Path(name),
            str(panel.language.currentData()),
            sign=signing,
            passphrase=passphrase,
            accept_privacy_warnings=accepted,
        )
