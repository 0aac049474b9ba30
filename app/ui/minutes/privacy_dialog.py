"""Before signing: the notes that look like they hold a phone number, an e-mail or an ID."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.minutes.privacy import PrivacyWarning
from app.ui.labels import own_direction
from app.ui.minutes.texts import privacy_kinds


def describe(warning: PrivacyWarning) -> str:
    kind = privacy_kinds()[warning.kind]
    if warning.item_id is not None:
        where = QCoreApplication.translate("MinutesPrivacy", "Note {number}").format(
            number=warning.item_id
        )
    else:
        where = {
            "note": QCoreApplication.translate("MinutesPrivacy", "Parking lot"),
            "theme": QCoreApplication.translate("MinutesPrivacy", "Theme name"),
            "action": QCoreApplication.translate("MinutesPrivacy", "Decision or experiment"),
            "next_steps": QCoreApplication.translate("MinutesPrivacy", "Next steps"),
        }.get(warning.where, warning.where)
    return QCoreApplication.translate(
        "MinutesPrivacy", "{where}: {kind} “{found}” in “{text}”"
    ).format(where=where, kind=kind, found=own_direction(warning.found),
             text=own_direction(warning.text))


class PrivacyDialog(QDialog):
    """Accepted means: sign (or export the draft) as it is. Rejected: go back and redact."""

    def __init__(
        self, warnings: list[PrivacyWarning], parent: QWidget | None = None, *, signing: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacy-dialog")
        self.setWindowTitle(
            QCoreApplication.translate("MinutesPrivacy", "Personal details in the notes?")
        )
        intro = QLabel(
            QCoreApplication.translate(
                "MinutesPrivacy",
                "These texts look like they hold personal details. Signed minutes cannot be "
                "changed afterwards, so edit or remove these notes first if they should not be "
                "in the record.",
            )
            if signing
            else QCoreApplication.translate(
                "MinutesPrivacy",
                "These texts look like they hold personal details. A draft is read and passed "
                "on like the final minutes, so edit or remove these notes first if they should "
                "not leave the room.",
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.found = QListWidget(self)
        for warning in warnings:
            self.found.addItem(describe(warning))
        buttons = QDialogButtonBox(self)
        self.redact = buttons.addButton(
            QCoreApplication.translate("MinutesPrivacy", "Go back and redact"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.sign_anyway: QPushButton = buttons.addButton(
            QCoreApplication.translate("MinutesPrivacy", "Sign as it is")
            if signing
            else QCoreApplication.translate("MinutesPrivacy", "Export anyway"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.redact.setObjectName("privacy-go-back")
        self.sign_anyway.setObjectName("privacy-go-on")
        self.redact.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.found)
        layout.addWidget(buttons)
        self.resize(640, 360)
