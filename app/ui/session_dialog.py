"""Session details: title, date, time zone, venue, territory, languages, moderation, Wi-Fi.

The dialog stays open until what was typed is saved: an empty title or a refused value is
said next to the form, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.core.errors import RuleError
from app.core.model import Session
from app.core.roster import LANGUAGE_CODES
from app.core.time_zones import is_zone, local_zone_name, zone_names
from app.ui import labels
from app.ui.accessibility import label_choice_boxes
from app.ui.messages import error_text

translate = QCoreApplication.translate

FIRST_LANGUAGES = ("fr", "ar", "en", "fa", "prs", "uk", "es")


def system_zone() -> str:
    """This computer's time zone as an IANA name (Qt knows it on Windows too)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_zone(name) else local_zone_name()


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #B91C1C;")
    label.hide()
    return label


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
        # Saves what the dialog holds; a RuleError keeps the dialog open and says why.
        self.on_save: Callable[[SessionDialog], object] | None = None
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
        self.title.setObjectName("session-title")
        self.title_problem = _problem_label(self)
        self.title_problem.setObjectName("session-title-problem")
        self.title.textEdited.connect(lambda _text: self.title_problem.hide())
        self.date = QDateEdit(self)
        self.date.setAccessibleName(translate("Sessions", "Date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(session.date, Qt.DateFormat.ISODate)
            if session and not duplicate
            else QDate.currentDate()
        )
        self.past_date = QLabel(
            translate("Sessions", "This date is in the past. Check it: certificates and "
                      "minutes carry it."),
            self,
        )
        self.past_date.setObjectName("session-past-date")
        self.past_date.setWordWrap(True)
        self.past_date.setStyleSheet("color: #92400E;")
        self.date.dateChanged.connect(lambda _date: self._check_date())
        self.time_zone = QComboBox(self)
        self.time_zone.setObjectName("session-time-zone")
        self.time_zone.setAccessibleName(translate("Sessions", "Time zone"))
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(list(zone_names()))
        completer = QCompleter(list(zone_names()), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        self.time_zone.setCurrentText(session.time_zone if session else system_zone())
        self.time_zone_problem = _problem_label(self)
        self.problem = _problem_label(self)
        self.problem.setObjectName("session-problem")
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
        form.addRow("", self.title_problem)
        form.addRow(translate("Sessions", "Date"), self.date)
        form.addRow("", self.past_date)
        if not duplicate:
            form.addRow(translate("Sessions", "Time zone"), self.time_zone)
            form.addRow("", self.time_zone_problem)
            form.addRow(translate("Sessions", "Venue"), self.venue)
            form.addRow(translate("Sessions", "Territory"), self.territory)
            form.addRow(translate("Sessions", "Languages"), self.languages)
            form.addRow(self.moderation)
            form.addRow(translate("Sessions", "Wi-Fi network"), self.wifi_ssid)
            form.addRow(translate("Sessions", "Wi-Fi security"), self.wifi_security)
            form.addRow(translate("Sessions", "Wi-Fi password"), self.wifi_password)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._check_date()
        label_choice_boxes(self)
        self.resize(560, 0)

    def _check_date(self) -> None:
        self.past_date.setVisible(self.date.date() < QDate.currentDate())

    def _say(self, label: QLabel, text: str, field: QWidget | None = None) -> None:
        label.setText(text)
        label.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save, or stay open with the reason next to the field and every field as typed."""
        for label in (self.title_problem, self.time_zone_problem, self.problem):
            label.hide()
        if not self.title.text().strip():
            self._say(self.title_problem,
                      translate("Sessions", "Please give the session a title."), self.title)
            return
        if self.time_zone.isVisibleTo(self) and not is_zone(self.zone_name()):
            self._say(self.time_zone_problem,
                      translate("Sessions", "Choose a time zone from the list, "
                                "e.g. Europe/Paris."), self.time_zone)
            return
        if self.on_save is not None:
            try:
                self.on_save(self)
            except RuleError as error:
                self._say(self.problem, error_text(error))
                return
        super().accept()

    def zone_name(self) -> str:
        return self.time_zone.currentText().strip()

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
            "time_zone": self.zone_name(),
        }
