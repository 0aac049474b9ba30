"""Session details: title, date, venue, territory, languages, moderation and room Wi-Fi."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.core.model import Session
from app.core.roster import LANGUAGE_CODES
from app.ui import labels

translate = QCoreApplication.translate

FIRST_LANGUAGES = ("fr", "ar", "en", "fa", "prs", "uk", "es")


class SessionDialog(QDialog):
    def __init__(
        self,
        session: Session | None,
        territories: list[str],
        parent: QWidget | None = None,
        *,
        duplicate: bool = False,
    ) -> None:
        super().__init__(parent)
        if duplicate:
            self.setWindowTitle(translate("Sessions", "Next Policy Lab from this one"))
        else:
            self.setWindowTitle(
                translate("Sessions", "New session")
                if session is None
                else translate("Sessions", "Session details")
            )
        self.title = QLineEdit(session.title if session else "", self)
        self.title.setAccessibleName(translate("Sessions", "Title"))
        self.title.setMaxLength(120)
        self.date = QDateEdit(self)
        self.date.setAccessibleName(translate("Sessions", "Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(session.date, Qt.DateFormat.ISODate)
            if session and not duplicate
            else QDate.currentDate()
        )
        self.venue = QLineEdit(session.venue if session else "", self)
        self.venue.setAccessibleName(translate("Sessions", "Venue"))
        self.territory = QComboBox(self)
        self.territory.setEditable(True)
        self.territory.setAccessibleName(translate("Sessions", "Territory"))
        self.territory.addItems(territories)
        self.territory.setCurrentText(session.territory if session else "")
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(translate("Sessions", "Languages of the session"))
        chosen = set(session.languages) if session else {"fr", "ar", "en"}
        others = sorted(LANGUAGE_CODES - set(FIRST_LANGUAGES))
        for code in (*FIRST_LANGUAGES, *others):
            item = QListWidgetItem(f"{labels.language(code)} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.languages.setMaximumHeight(160)
        self.moderation = QCheckBox(
            translate("Sessions", "Approve notes from phones before they are shown"), self
        )
        self.moderation.setChecked(bool(session and session.moderation))
        self.wifi_ssid = QLineEdit(session.wifi_ssid if session else "", self)
        self.wifi_ssid.setAccessibleName(translate("Sessions", "Wi-Fi network name"))
        self.wifi_security = QComboBox(self)
        self.wifi_security.setAccessibleName(translate("Sessions", "Wi-Fi security"))
        for value, text in (
            ("WPA", translate("Sessions", "WPA/WPA2")),
            ("WEP", translate("Sessions", "WEP")),
            ("nopass", translate("Sessions", "Open network")),
        ):
            self.wifi_security.addItem(text, value)
        if session:
            self.wifi_security.setCurrentIndex(
                max(0, self.wifi_security.findData(session.wifi_security))
            )
        self.wifi_password = QLineEdit(session.wifi_password if session else "", self)
        self.wifi_password.setAccessibleName(translate("Sessions", "Wi-Fi password"))
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Sessions", "Title"), self.title)
        form.addRow(translate("Sessions", "Date"), self.date)
        if not duplicate:
            form.addRow(translate("Sessions", "Venue"), self.venue)
            form.addRow(translate("Sessions", "Territory"), self.territory)
            form.addRow(translate("Sessions", "Languages"), self.languages)
            form.addRow(self.moderation)
            form.addRow(translate("Sessions", "Wi-Fi network"), self.wifi_ssid)
            form.addRow(translate("Sessions", "Wi-Fi security"), self.wifi_security)
            form.addRow(translate("Sessions", "Wi-Fi password"), self.wifi_password)
        form.addRow(buttons)
        self.resize(560, 0)

    def chosen_languages(self) -> tuple[str, ...]:
        return tuple(
            str(self.languages.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        )

    def iso_date(self) -> str:
        return self.date.date().toString(Qt.DateFormat.ISODate)

    def details(self) -> dict[str, object]:
        """What Sessions.update takes (all but title and date for a new session)."""
        return {
            "title": self.title.text(),
            "date": self.iso_date(),
            "venue": self.venue.text(),
            "territory": self.territory.currentText(),
            "languages": self.chosen_languages(),
            "moderation": self.moderation.isChecked(),
            "wifi_ssid": self.wifi_ssid.text(),
            "wifi_security": str(self.wifi_security.currentData()),
            "wifi_password": self.wifi_password.text(),
        }
