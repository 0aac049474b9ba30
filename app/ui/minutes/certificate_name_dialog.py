"""The name to print on an attendance certificate, for someone known only by a pseudonym.

Typed by the facilitator at the moment of printing and used for that file only: it is never
stored, so the roster keeps the pseudonym the person chose to be known by.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class CertificateNameDialog(QDialog):
    """"Name on the certificate": blank keeps the pseudonym."""

    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificate-name-dialog")
        self.setWindowTitle(translate("MinutesCertificateName", "Name on the certificate"))
        explain = QLabel(
            translate(
                "MinutesCertificateName",
                "This person is known here as {pseudonym}. Type the name to print on their "
                "certificate, or leave it blank to print {pseudonym}. The name is used for "
                "this certificate only and is not saved.",
            ).format(pseudonym=pseudonym),
            self,
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("certificate-name")
        self.name.setAccessibleName(translate("MinutesCertificateName", "Name on the certificate"))
        self.name.setPlaceholderText(pseudonym)
        self.name.setMaxLength(120)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.resize(440, 0)

    def typed_name(self) -> str:
        """The name typed, spaces tidied; "" to print the pseudonym."""
        return " ".join(self.name.text().split())


def ask_certificate_name(pseudonym: str, parent: QWidget | None) -> str | None:
    """The name to print ("" for the pseudonym), or None when the facilitator cancelled."""
    dialog = CertificateNameDialog(pseudonym, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.typed_name()
