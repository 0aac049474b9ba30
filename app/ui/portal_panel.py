"""The facilitator's control of the participant portal: address, start/stop, Wi-Fi, moderation.

The server runs on its own thread (app.portal.server); this panel only starts and stops it and
hears of phone writes through the shared EventHub, relayed to the GUI thread by LiveEvents.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.joining import short_url
from app.core.model import NoteStatus, Participant
from app.core.workshop import Workshop
from app.minutes.room_sheet import write_room_sheet
from app.portal.config import PortalConfig
from app.portal.server import PortalError, PortalServer
from app.ui import labels
from app.ui.folders import in_documents
from app.ui.keyed_rows import KeyedRows
from app.ui.live import LiveEvents, for_session
from app.ui.messages import show_error
from app.ui.voting.removal import ask_to_remove
from app.ui.walk_ins import WalkInBox

DEFAULT_PORT = 8080
LOOPBACK = "127.0.0.1"
_WIRELESS_NAMES = ("wl", "wlan", "wifi", "ap", "uap", "wi-fi", "local area connection*")


@dataclass(frozen=True)
class NetworkAddress:
    interface: str
    address: str
    wireless: bool
    loopback: bool = False


def rank_addresses(found: list[NetworkAddress]) -> list[NetworkAddress]:
    """Wireless (hotspot, venue Wi-Fi) first, then wired, then this laptop only."""
    return sorted(found, key=lambda a: (a.loopback, not a.wireless, a.interface, a.address))


def laptop_addresses() -> list[NetworkAddress]:
    """The IPv4 addresses of the interfaces that are up, and 127.0.0.1 last."""
    found: list[NetworkAddress] = []
    wireless_types = {QNetworkInterface.InterfaceType.Wifi,
                      QNetworkInterface.InterfaceType.Ieee80211}
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not (flags & QNetworkInterface.InterfaceFlag.IsUp
                and flags & QNetworkInterface.InterfaceFlag.IsRunning):
            continue
        loopback = bool(flags & QNetworkInterface.InterfaceFlag.IsLoopBack)
        name = interface.humanReadableName() or interface.name()
        wireless = interface.type() in wireless_types or name.lower().startswith(
            _WIRELESS_NAMES)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(NetworkAddress(name, ip.toString(), wireless, loopback))
    if not any(a.address == LOOPBACK for a in found):
        found.append(NetworkAddress("lo", LOOPBACK, False, True))
    return rank_addresses(found)


class PortalPanel(QWidget):
    """Kept through a language switch (it may hold a running portal): texts are set in
    ``retranslate``; destroyed with its session's workspace, it stops its portal."""

    addressChanged = Signal(str, int)  # noqa: N815 - Qt's naming, as the projector expects
    stopped = Signal()

    def __init__(self, workshop: Workshop, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.server: PortalServer | None = None
        self.addresses = laptop_addresses()
        self._problem = ""  # why the portal could not start
        layout = QVBoxLayout(self)
        layout.addWidget(self._network_box())
        layout.addWidget(self._wifi_box())
        layout.addWidget(self._moderation_box())
        self.walk_ins = WalkInBox(workshop, session_id, self)
        layout.addWidget(self.walk_ins)
        layout.addWidget(self._roster_box())
        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_event))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_portal)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- building ------------------------------------------------------------------------
    def _network_box(self) -> QGroupBox:
        self.network_box = box = QGroupBox(self)
        form = QFormLayout(box)
        self.address = QComboBox(box)
        for found in self.addresses:
            self.address.addItem(found.address, found.address)
        self.address_label = QLabel(box)
        form.addRow(self.address_label, self.address)
        self.port = QSpinBox(box)
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        # A port is part of an address people type: always in Latin digits, even in Arabic.
        self.port.setLocale(QLocale.c())
        self.port.setGroupSeparatorShown(False)
        self.port_label = QLabel(box)
        form.addRow(self.port_label, self.port)
        self.start_stop = QPushButton(box)
        self.start_stop.clicked.connect(self.toggle)
        form.addRow(self.start_stop)
        self.url = QLabel(box)
        self.url.setTextFormat(Qt.TextFormat.PlainText)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setWordWrap(True)
        form.addRow(self.url)
        self.room_sheet = QPushButton(box)
        self.room_sheet.clicked.connect(self.save_room_sheet)
        form.addRow(self.room_sheet)
        self.new_code = QPushButton(box)
        self.new_code.clicked.connect(self.renew_join_code)
        form.addRow(self.new_code)
        return box

    def _wifi_box(self) -> QGroupBox:
        self.wifi_box = box = QGroupBox(self)
        form = QFormLayout(box)
        self.ssid = QLineEdit(box)
        self.ssid.setMaxLength(200)
        self.ssid_label = QLabel(box)
        form.addRow(self.ssid_label, self.ssid)
        self.security = QComboBox(box)
        for value in ("WPA", "WEP", "nopass"):
            self.security.addItem(value, value)
        self.security_label = QLabel(box)
        form.addRow(self.security_label, self.security)
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.password_label = QLabel(box)
        form.addRow(self.password_label, self.password)
        self.save = QPushButton(box)
        self.save.clicked.connect(self.save_wifi)
        form.addRow(self.save)
        return box

    def _moderation_box(self) -> QGroupBox:
        self.moderation_box = box = QGroupBox(self)
        column = QVBoxLayout(box)
        self.moderation = QCheckBox(box)
        self.moderation.toggled.connect(self.set_moderation)
        column.addWidget(self.moderation)
        self.pending = QListWidget(box)
        self.pending_rows = KeyedRows(self.pending)
        column.addWidget(self.pending)
        row = QHBoxLayout()
        self.approve = QPushButton(box)
        self.approve.clicked.connect(lambda: self.moderate(True))
        self.reject = QPushButton(box)
        self.reject.clicked.connect(lambda: self.moderate(False))
        row.addWidget(self.approve)
        row.addWidget(self.reject)
        column.addLayout(row)
        return box

    def _roster_box(self) -> QGroupBox:
        self.roster_box = box = QGroupBox(self)
        column = QVBoxLayout(box)
        self.people = QListWidget(box)
        self.people_rows = KeyedRows(self.people)
        column.addWidget(self.people)
        self.remove = QPushButton(box)
        self.remove.clicked.connect(self.remove_selected)
        column.addWidget(self.remove)
        self.removed_note = QLabel(box)  # what the last removal did to the tally
        self.removed_note.setObjectName("removed-note")
        self.removed_note.setTextFormat(Qt.TextFormat.PlainText)
        self.removed_note.setWordWrap(True)
        column.addWidget(self.removed_note)
        return box

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("PortalPanel", "Participant portal"))
        self.network_box.setTitle(translate("PortalPanel", "Phones join here"))
        for index, found in enumerate(self.addresses):
            label = translate("PortalPanel", "{address} ({interface})").format(
                address=found.address, interface=found.interface)
            if found.loopback:
                label = translate("PortalPanel", "{address} (this laptop only)").format(
                    address=found.address)
            self.address.setItemText(index, label)
        self.address_label.setText(translate("PortalPanel", "Network address"))
        self.port_label.setText(translate("PortalPanel", "Port"))
        self.port.setAccessibleName(translate("PortalPanel", "Port"))
        self.wifi_box.setTitle(translate("PortalPanel", "Wi-Fi shown on the join screen"))
        self.ssid_label.setText(translate("PortalPanel", "Network name"))
        for index, text in enumerate((translate("PortalPanel", "WPA / WPA2 password"),
                                      translate("PortalPanel", "WEP password"),
                                      translate("PortalPanel", "Open network"))):
            self.security.setItemText(index, text)
        self.security_label.setText(translate("PortalPanel", "Security"))
        self.password_label.setText(translate("PortalPanel", "Password"))
        self.save.setText(translate("PortalPanel", "Save Wi-Fi settings"))
        self.room_sheet.setText(translate("PortalPanel", "Room sheet to print (PDF)…"))
        self.new_code.setText(translate("PortalPanel", "New join code…"))
        self.moderation_box.setTitle(translate("PortalPanel", "Notes from phones"))
        self.moderation.setText(translate(
            "PortalPanel", "Show phone notes only after I approve them"))
        self.pending.setAccessibleName(translate("PortalPanel", "Notes waiting for approval"))
        self.approve.setText(translate("PortalPanel", "Approve"))
        self.reject.setText(translate("PortalPanel", "Reject"))
        self.roster_box.setTitle(translate("PortalPanel", "Participants"))
        self.people.setAccessibleName(translate("PortalPanel", "Participants"))
        self.remove.setText(translate(
            "PortalPanel", "Remove from the session (their phone is signed out)"))
        self._show_state()

    # --- the server ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def toggle(self) -> None:
        if self.running:
            self.stop_portal()
        else:
            self.start_portal()

    def start_portal(self) -> bool:
        host = str(self.address.currentData() or LOOPBACK)
        server = PortalServer(self.workshop, PortalConfig(self.session_id, host,
                                                          self.port.value()))
        try:
            server.start()
        except (PortalError, RuleError) as exc:
            self._problem = str(exc)
            self._show_state()
            return False
        self.server = server
        self._problem = ""
        self.destroyed.connect(server.stop)  # the workspace goes: its portal goes too
        self._show_state()
        self.addressChanged.emit(host, server.port)
        return True

    def stop_portal(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        self.destroyed.disconnect(server.stop)
        server.stop()
        self._show_state()
        self.stopped.emit()

    def _show_state(self) -> None:
        translate = QCoreApplication.translate
        running = self.server is not None and self.server.running
        self.start_stop.setText(translate("PortalPanel", "Stop the portal") if running
                                else translate("PortalPanel", "Start the portal"))
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        self.room_sheet.setEnabled(running)  # the sheet's QR needs the portal's address
        if running and self.server is not None:
            host = self.server.config.host
            self.url.setText(translate("PortalPanel", "Join: {url}\nor type: {short}").format(
                url=self.server.url, short=short_url(host, self.server.port)))
        elif self._problem:
            self.url.setText(translate("PortalPanel", "The portal could not start: {reason}")
                             .format(reason=self._problem))
        else:
            self.url.setText(translate("PortalPanel", "The portal is stopped."))

    def save_room_sheet(self) -> None:
        """The one-page sheet for the wall: join QR, Wi-Fi QR and the short address."""
        if self.server is None or not self.server.running:
            return
        translate = QCoreApplication.translate
        path, _ = QFileDialog.getSaveFileName(
            self, translate("PortalPanel", "Room sheet"), in_documents("room-sheet.pdf"),
            translate("PortalPanel", "PDF files (*.pdf)"))
        if not path:
            return
        try:
            write_room_sheet(path, self.workshop.sessions.get(self.session_id),
                             self.server.config.host, self.server.port)
        except OSError as exc:
            QMessageBox.warning(self, translate("PortalPanel", "Room sheet"), translate(
                "PortalPanel", "The room sheet could not be saved: {reason}").format(
                    reason=exc.strerror or str(exc)))
            return
        self.url.setText(self.url.text() + "\n" + translate(
            "PortalPanel", "Room sheet saved: {path}").format(path=path))

    # --- the session's settings ----------------------------------------------------------
    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        self.moderation.blockSignals(True)
        self.moderation.setChecked(session.moderation)
        self.moderation.blockSignals(False)
        if not self.ssid.hasFocus():
            self.ssid.setText(session.wifi_ssid)
            self.password.setText(session.wifi_password)
            self.security.setCurrentIndex(max(0, self.security.findData(session.wifi_security)))
        self._refresh_pending()
        self._refresh_people()

    def _refresh_pending(self, ids: tuple[int, ...] = ()) -> None:
        """The notes waiting for approval: only those ``ids`` names (none: all again)."""
        if ids:
            found = self.workshop.board.notes_by_id(ids)
        else:
            self.pending_rows.clear()
            found = {n.id: n for n in self.workshop.board.pending_notes(self.session_id)}
        for note_id in ids or found:
            note = found.get(note_id)
            if note is not None and note.status is NoteStatus.PENDING:
                self.pending_rows.put(note_id, labels.own_direction(note.text))
            else:
                self.pending_rows.drop(note_id)

    def _refresh_people(self, ids: tuple[int, ...] = ()) -> None:
        """The session's participants: only those ``ids`` names (none: all again)."""
        if ids:
            found = self.workshop.roster.participants_by_id(self.session_id, ids)
        else:
            self.people_rows.clear()
            found = {p.id: p for p in self.workshop.roster.participants(self.session_id)}
        for person_id in ids or found:
            person = found.get(person_id)
            if person is None or person.removed:
                self.people_rows.drop(person_id)
                continue
            self.people_rows.put(person_id, labels.person_name(person))

    def save_wifi(self) -> None:
        self._apply(wifi_ssid=self.ssid.text(), wifi_password=self.password.text(),
                    wifi_security=str(self.security.currentData()))

    def set_moderation(self, on: bool) -> None:
        self._apply(moderation=on)

    def _apply(self, **changes: object) -> None:
        try:
            self.workshop.sessions.update(self.session_id, **changes)
        except RuleError as exc:
            show_error(self, exc)

    def moderate(self, approve: bool) -> None:
        if self.pending.currentRow() < 0:
            return
        item = self.pending.currentItem()
        self.workshop.board.moderate(int(item.data(Qt.ItemDataRole.UserRole)), approve)

    def remove_selected(self) -> QMessageBox | None:
        """Ask first; someone who voted in an open round: keep or withdraw their dots."""
        if self.people.currentRow() < 0:
            return None
        item = self.people.currentItem()
        try:
            person = self.workshop.roster.get(int(item.data(Qt.ItemDataRole.UserRole)))
        except RuleError as exc:
            show_error(self, exc)
            return None
        self.removed_note.clear()
        return ask_to_remove(self, self.workshop, person,
                             lambda: self.workshop.roster.remove(person.id),
                             withdrawn=lambda count: self._tell_withdrawn(person, count))

    def _tell_withdrawn(self, person: Participant, count: int) -> None:
        self.removed_note.setText(QCoreApplication.translate(
            "PortalPanel", "{name} was removed. Dots withdrawn from the open round: {count}")
            .format(name=labels.own_direction(person.shown_name), count=count))

    def renew_join_code(self) -> None:
        """When the QR code went further than the room (a photo shared online, say)."""
        if not self.confirm_new_code():
            return
        try:
            self.workshop.sessions.new_room_token(self.session_id)
        except RuleError as exc:
            show_error(self, exc)

    def confirm_new_code(self) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("PortalPanel", "New join code"),
            QCoreApplication.translate(
                "PortalPanel", "Make a new join code? The QR code on the big screen changes "
                "and the old one, or an old room sheet, no longer lets anyone join. Phones "
                "already checked in stay in."))
        return answer == QMessageBox.StandardButton.Yes

    def _on_event(self, event: ChangeEvent) -> None:
        if event.subject is Subject.NOTE:
            self._refresh_pending(event.ids)
        elif event.subject is Subject.PARTICIPANT:
            self._refresh_people(event.ids)
        elif event.subject is Subject.SESSION:
            self.refresh()
            self._show_state()  # the join link, if its code was renewed
