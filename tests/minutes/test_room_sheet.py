"""The room sheet: its join and Wi-Fi QR codes read back to what a phone needs."""

from __future__ import annotations

from pathlib import Path

from app.core.joining import join_url, wifi_payload
from app.core.workshop import Workshop
from app.minutes.room_sheet import write_room_sheet
from tests.minutes.qr_pages import pdf_text, render, zbar_texts, zxing_texts


def test_join_and_wifi_codes_read_back(demo: Workshop, tmp_path: Path) -> None:
    session = demo.sessions.get(1)
    pdf = tmp_path / "room.pdf"
    write_room_sheet(pdf, session, "10.42.0.1", 8080)
    (page,) = render(pdf, tmp_path)
    expected = {join_url("10.42.0.1", 8080, session.room_token),
                wifi_payload("Roundtable-Lab", "WPA", "policylab2026")}
    assert zxing_texts(page) == expected
    assert zbar_texts(page) == expected
    text = pdf_text(pdf)
    assert "10.42.0.1:8080" in text
    assert "Roundtable-Lab" in text
    assert "Rejoindre avec votre téléphone" in text  # the session speaks fr, ar and en


def test_no_wifi_qr_without_wifi_details(workshop: Workshop, tmp_path: Path) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    pdf = tmp_path / "room.pdf"
    write_room_sheet(pdf, session, "192.168.1.20", 80)
    (page,) = render(pdf, tmp_path)
    assert zxing_texts(page) == {join_url("192.168.1.20", 80, session.room_token)}
    assert "Join with your phone" in pdf_text(pdf)


def test_wifi_code_with_the_characters_the_format_escapes(workshop: Workshop,
                                                          tmp_path: Path) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")
    session = workshop.sessions.update(session.id, wifi_ssid='Mairie; "Salle: A,B"',
                                       wifi_security="WPA", wifi_password=r"a\b;c,d:e")
    payload = wifi_payload(session.wifi_ssid, "WPA", session.wifi_password)
    assert payload == r'WIFI:T:WPA;S:Mairie\; \"Salle\: A\,B\";P:a\\b\;c\,d\:e;;'
    pdf = tmp_path / "room.pdf"
    write_room_sheet(pdf, session, "192.168.1.20", 80)
    (page,) = render(pdf, tmp_path)
    assert payload in zxing_texts(page)
    assert payload in zbar_texts(page)
