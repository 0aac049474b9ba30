"""The facilitator's portal panel: start/stop with signals, Wi-Fi, moderation, removal."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import NoteStatus, Session
from app.core.workshop import Workshop
from app.ui.labels import own_direction
from app.ui.portal_panel import NetworkAddress, PortalPanel, laptop_addresses, rank_addresses
from tests.portal.phone import Phone


@pytest.fixture
def session(workshop: Workshop) -> Session:
    created = workshop.sessions.create("Panel test", "2026-11-22")
    workshop.agenda.next(created.id)
    workshop.agenda.next(created.id)
    workshop.agenda.next(created.id)
    workshop.agenda.next(created.id)  # ideation
    return workshop.sessions.get(created.id)


@pytest.fixture
def panel(qtbot: QtBot, workshop: Workshop, session: Session) -> Iterator[PortalPanel]:
    widget = PortalPanel(workshop, session.id)
    qtbot.addWidget(widget)
    widget.address.setCurrentIndex(widget.address.findData("127.0.0.1"))
    widget.port.setValue(0)
    yield widget
    widget.stop_portal()


@pytest.fixture
def started(qtbot: QtBot, panel: PortalPanel) -> PortalPanel:
    with qtbot.waitSignal(panel.addressChanged) as signal:
        panel.start_stop.click()
    assert signal.args == ["127.0.0.1", panel.server.port if panel.server else -1]
    return panel


def test_wireless_addresses_come_first_and_loopback_last() -> None:
    found = rank_addresses([
        NetworkAddress("lo", "127.0.0.1", False, True),
        NetworkAddress("eth0", "192.168.1.5", False),
        NetworkAddress("wlp2s0", "10.42.0.1", True),
    ])
    assert [a.address for a in found] == ["10.42.0.1", "192.168.1.5", "127.0.0.1"]


def test_the_laptops_addresses_include_this_laptop_only(qtbot: QtBot) -> None:
    addresses = laptop_addresses()
    assert addresses[-1].address == "127.0.0.1"
    assert all(":" not in a.address for a in addresses)


def test_start_shows_the_url_and_stop_says_so(qtbot: QtBot, started: PortalPanel,
                                              session: Session) -> None:
    assert started.server is not None
    port = started.server.port
    assert f"http://127.0.0.1:{port}/j/{session.room_token}" in started.url.text()
    assert not started.address.isEnabled()
    phone = Phone(port)
    try:
        assert phone.get("/").status == 200
    finally:
        phone.close()
    with qtbot.waitSignal(started.stopped):
        started.start_stop.click()
    assert started.server is None
    assert started.address.isEnabled()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_taken_port_is_told_and_nothing_is_signalled(qtbot: QtBot,
                                                       panel: PortalPanel) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        panel.port.setValue(taken.getsockname()[1])
        with qtbot.assertNotEmitted(panel.addressChanged):
            assert panel.start_portal() is False
    assert "could not start" in panel.url.text()
    assert not panel.running


def test_wifi_settings_are_saved_for_the_join_qr(panel: PortalPanel, workshop: Workshop,
                                                 session: Session) -> None:
    panel.ssid.setText("Lab-Hotspot")
    panel.security.setCurrentIndex(panel.security.findData("WPA"))
    panel.password.setText("s3cret;pass")
    panel.save_wifi()
    saved = workshop.sessions.get(session.id)
    assert (saved.wifi_ssid, saved.wifi_security, saved.wifi_password) == (
        "Lab-Hotspot", "WPA", "s3cret;pass")


def test_a_phone_note_waits_for_approval_in_the_list(qtbot: QtBot, started: PortalPanel,
                                                     workshop: Workshop,
                                                     session: Session) -> None:
    started.moderation.setChecked(True)
    assert workshop.sessions.get(session.id).moderation
    assert started.server is not None
    phone = Phone(started.server.port)
    try:
        assert phone.check_in(session.room_token).status == 200
        assert phone.note("<b>Plain</b> text please").json()["status"] == "pending"
    finally:
        phone.close()
    qtbot.waitUntil(lambda: started.pending.count() == 1)  # relayed from the portal thread
    assert started.pending.item(0).text() == own_direction("<b>Plain</b> text please")
    started.pending.setCurrentRow(0)
    started.approve.click()
    [note] = workshop.board.notes(session.id)
    assert note.status is NoteStatus.SHOWN
    qtbot.waitUntil(lambda: started.pending.count() == 0)


def test_a_rejected_note_never_shows(started: PortalPanel, workshop: Workshop,
                                     session: Session, qtbot: QtBot) -> None:
    started.moderation.setChecked(True)
    assert started.server is not None
    phone = Phone(started.server.port)
    try:
        phone.check_in(session.room_token)
        phone.note("Not for the wall")
    finally:
        phone.close()
    qtbot.waitUntil(lambda: started.pending.count() == 1)
    started.pending.setCurrentRow(0)
    started.reject.click()
    assert workshop.board.notes(session.id)[0].status is NoteStatus.REJECTED


def test_removing_a_participant_signs_their_phone_out(
        qtbot: QtBot, started: PortalPanel, session: Session) -> None:
    assert started.server is not None
    phone = Phone(started.server.port)
    try:
        assert phone.check_in(session.room_token, name="Olena").status == 200
        qtbot.waitUntil(lambda: started.people.count() == 1)
        assert started.people.item(0).text().startswith(own_direction("Olena"))
        started.people.setCurrentRow(0)
        box = started.remove_selected()
        assert box is not None
        box.button(QMessageBox.StandardButton.Yes).click()
        assert phone.note("still in?").code == "not_checked_in"
        qtbot.waitUntil(lambda: started.people.count() == 0)
    finally:
        phone.close()


def test_removal_can_be_cancelled(started: PortalPanel, session: Session, workshop: Workshop,
                                  qtbot: QtBot) -> None:
    assert started.server is not None
    phone = Phone(started.server.port)
    try:
        phone.check_in(session.room_token)
    finally:
        phone.close()
    qtbot.waitUntil(lambda: started.people.count() == 1)
    started.people.setCurrentRow(0)
    box = started.remove_selected()
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert len(workshop.roster.participants(session.id)) == 1


def test_every_panel_string_is_translated_with_the_same_placeholders() -> None:
    import re
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[2] / "i18n"
    for lang in ("en", "fr", "ar"):
        tree = ET.parse(root / f"portal_{lang}.ts")
        messages = list(tree.iter("message"))
        assert len(messages) > 20
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            assert translation.get("type") is None, (lang, source)
            assert translation.text, (lang, source)
            assert sorted(re.findall(r"\{\w+\}", translation.text)) == sorted(
                re.findall(r"\{\w+\}", source)), (lang, source)


@pytest.mark.parametrize(("lang", "start"), [("fr", "Démarrer le portail"),
                                             ("ar", "شغّل البوابة")])
def test_the_panel_speaks_the_facilitators_language(
        qtbot: QtBot, workshop: Workshop, session: Session, tmp_path: Path, lang: str,
        start: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    source = Path(__file__).resolve().parents[2] / "i18n" / f"portal_{lang}.ts"
    compiled = tmp_path / f"portal_{lang}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        widget = PortalPanel(workshop, session.id)
        qtbot.addWidget(widget)
        assert widget.start_stop.text() == start
    finally:
        QCoreApplication.removeTranslator(translator)


def test_closing_the_sessions_workspace_stops_its_portal(qtbot: QtBot, workshop: Workshop,
                                                         session: Session) -> None:
    widget = PortalPanel(workshop, session.id)
    widget.address.setCurrentIndex(widget.address.findData("127.0.0.1"))
    widget.port.setValue(0)
    assert widget.start_portal()
    server = widget.server
    assert server is not None
    widget.deleteLater()  # as when another session is opened
    qtbot.waitUntil(lambda: not server.running)


def test_a_language_switch_retranslates_a_running_panel(
        qtbot: QtBot, started: PortalPanel, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    source = Path(__file__).resolve().parents[2] / "i18n" / "portal_fr.ts"
    compiled = tmp_path / "portal_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)  # sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: started.start_stop.text() == "Arrêter le portail")
        assert started.url.text().startswith("Rejoindre\u00a0: http://127.0.0.1:")
        assert started.running  # the portal kept running through the switch
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: started.start_stop.text() == "Stop the portal")


def test_room_sheet_needs_a_running_portal_and_carries_its_address(
        started: PortalPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "room.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    assert started.room_sheet.isEnabled()
    started.room_sheet.click()
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert started.server is not None
    assert f"127.0.0.1:{started.server.port}" in " ".join(text.split())
    started.stop_portal()
    assert not started.room_sheet.isEnabled()


def test_a_new_join_code_changes_the_link_shown_and_keeps_phones_in(
        started: PortalPanel, session: Session, workshop: Workshop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert started.server is not None
    phone = Phone(started.server.port)
    try:
        assert phone.check_in(session.room_token, name="Amina").status == 200
        monkeypatch.setattr(started, "confirm_new_code", lambda: False)
        started.new_code.click()
        assert workshop.sessions.get(session.id).room_token == session.room_token
        monkeypatch.setattr(started, "confirm_new_code", lambda: True)
        started.new_code.click()
        renewed = workshop.sessions.get(session.id).room_token
        assert renewed != session.room_token
        assert renewed in started.url.text()
        assert session.room_token not in started.url.text()
        assert phone.note("Still here").status == 200
    finally:
        phone.close()
