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

FIRST_LANGUAGES = ("fr", "ar", "en", "fa", "prs", "uk", "es")


def tr(text: str) -> str:
    return QCoreApplication.translate("Sessions", text)


class SessionDialog(QDialog):
    def __init__(self, session: Session | None, territories: list[str],
                 parent: QWidget | None = None, *, duplicate: bool = False) -> None:
        super().__init__(parent)
        if duplicate:
            self.setWindowTitle(tr("Next Policy Lab from this one"))
        else:
            self.setWindowTitle(tr("New session") if session is None else tr("Session details"))
        self.title = QLineEdit(session.title if session else "", self)
        self.title.setAccessibleName(tr("Title"))
        self.title.setMaxLength(120)
        self.date = QDateEdit(self)
        self.date.setAccessibleName(tr("Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate.fromString(session.date, Qt.DateFormat.ISODate)
                          if session and not duplicate else QDate.currentDate())
        self.venue = QLineEdit(session.venue if session else "", self)
        self.venue.setAccessibleName(tr("Venue"))
        self.territory = QComboBox(self)
        self.territory.setEditable(True)
        self.territory.setAccessibleName(tr("Territory"))
        self.territory.addItems(territories)
        self.territory.setCurrentText(session.territory if session else "")
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(tr("Languages of the session"))
        chosen = set(session.languages) if session else {"fr", "ar", "en"}
        others = sorted(LANGUAGE_CODES - set(FIRST_LANGUAGES))
        for code in (*FIRST_LANGUAGES, *others):
            item = QListWidgetItem(f"{labels.language(code)} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen
                               else Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.languages.setMaximumHeight(160)
        self.moderation = QCheckBox(tr("Approve notes from phones before they are shown"), self)
        self.moderation.setChecked(bool(session and session.moderation))
        self.wifi_ssid = QLineEdit(session.wifi_ssid if session else "", self)
        self.wifi_ssid.setAccessibleName(tr("Wi-Fi network name"))
        self.wifi_security = QComboBox(self)
        self.wifi_security.setAccessibleName(tr("Wi-Fi security"))
        for value, text in (("WPA", tr("WPA/WPA2")), ("WEP", tr("WEP")),
                            ("nopass", tr("Open network"))):
            self.wifi_security.addItem(text, value)
        if session:
            self.wifi_security.setCurrentIndex(
                max(0, self.wifi_security.findData(session.wifi_security)))
        self.wifi_password = QLineEdit(session.wifi_password if session else "", self)
        self.wifi_password.setAccessibleName(tr("Wi-Fi password"))
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Date"), self.date)
        if not duplicate:
            form.addRow(tr("Venue"), self.venue)
            form.addRow(tr("Territory"), self.territory)
            form.addRow(tr("Languages"), self.languages)
            form.addRow(self.moderation)
            form.addRow(tr("Wi-Fi network"), self.wifi_ssid)
            form.addRow(tr("Wi-Fi security"), self.wifi_security)
            form.addRow(tr("Wi-Fi password"), self.wifi_password)
        form.addRow(buttons)
        self.resize(560, 0)

    def chosen_languages(self) -> tuple[str, ...]:
        return tuple(
            str(self.languages.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked)

    def iso_date(self) -> str:
        return self.date.date().toString(Qt.DateFormat.ISODate)

    def details(self) -> dict[str, object]:
        """What Sessions.update takes (all but title and date for a new session)."""
        return {
            "title": self.title.text(), "date": self.iso_date(), "venue": self.venue.text(),
            "territory": self.territory.currentText(), "languages": self.chosen_languages(),
            "moderation": self.moderation.isChecked(), "wifi_ssid": self.wifi_ssid.text(),
            "wifi_security": str(self.wifi_security.currentData()),
            "wifi_password": self.wifi_password.text(),
        }
