"""First use of signing: the facilitator's name, title and a passphrase for their key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.minutes.errors import MinutesError
from app.minutes.identity import MIN_PASSPHRASE, SigningIdentity, create_identity
from app.ui.minutes.texts import failure_text


class IdentityDialog(QDialog):
    """Creates the identity at ``path`` when accepted; ``identity`` holds it afterwards."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.identity: SigningIdentity | None = None
        self.setWindowTitle(QCoreApplication.translate("MinutesIdentity", "Set up signing"))
        intro = QLabel(
            QCoreApplication.translate(
                "MinutesIdentity",
                "To sign minutes, Roundtable makes you a key and a certificate with your name and "
                "title. They stay on this computer, protected by a passphrase that only you know. "
                "Readers check the signature with the certificate's fingerprint, printed in the "
                "minutes.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(
            QCoreApplication.translate("MinutesIdentity", "for example: Facilitator, City of Lyon")
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #9B2C2C")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("MinutesIdentity", "Name"), self.name)
        form.addRow(QCoreApplication.translate("MinutesIdentity", "Title"), self.title)
        form.addRow(QCoreApplication.translate("MinutesIdentity", "Passphrase"), self.passphrase)
        form.addRow(QCoreApplication.translate("MinutesIdentity", "Passphrase again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.make_identity)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def make_identity(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.problem.setText(
                QCoreApplication.translate("MinutesIdentity", "The two passphrases differ.")
            )
            return
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.problem.setText(
                QCoreApplication.translate(
                    "MinutesIdentity", "The passphrase must have at least {minimum} characters."
                ).format(minimum=MIN_PASSPHRASE)
            )
            return
        try:
            self.identity = create_identity(
                self.path, self.name.text(), self.title.text(), self.passphrase.text()
            )
        except MinutesError as error:
            self.problem.setText(failure_text(error))
            return
        self.accept()
