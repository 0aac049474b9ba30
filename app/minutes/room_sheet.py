"""The room sheet: one A4 page to pin by the door, with the join QR code, the Wi-Fi QR code
and the short address, large, with their labels in each of the session's languages."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.joining import join_url, short_url, wifi_payload
from app.core.model import Session
from app.minutes.badges import draw_qr, fitted_size
from app.minutes.pdf_text import BOLD, REGULAR, draw, register_fonts, visual

# The sheet speaks the room's languages; others read the English line.
LABELS: dict[str, dict[str, str]] = {
    "join": {"en": "Join with your phone", "fr": "Rejoindre avec votre téléphone",
             "ar": "انضم بهاتفك"},
    "wifi": {"en": "No network? Scan for the Wi-Fi first",
             "fr": "Pas de réseau ? Scannez d'abord le Wi-Fi",
             "ar": "لا توجد شبكة؟ امسح رمز الواي فاي أولاً"},
    "type": {"en": "Or type this address", "fr": "Ou tapez cette adresse",
             "ar": "أو اكتب هذا العنوان"},
    "no_phone": {"en": "No phone? Vote at the screen with your badge, or with paper dots.",
                 "fr": "Pas de téléphone ? Votez à l'écran avec votre badge, ou avec des "
                 "gommettes.",
                 "ar": "ليس لديك هاتف؟ صوّت على الشاشة ببطاقتك أو بالملصقات الورقية."},
}


def label_lines(key: str, languages: tuple[str, ...]) -> list[str]:
    texts = LABELS[key]
    shown = [code for code in languages if code in texts] or ["en"]
    return [texts[code] for code in dict.fromkeys(shown)][:3]


def write_room_sheet(path: Path | str, session: Session, host: str, port: int) -> None:
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(session.title)
    canvas.setCreator("Roundtable")
    page_w, page_h = A4
    margin = 15 * mm
    centre = page_w / 2
    room = page_w - 2 * margin

    size = fitted_size(session.title, BOLD, 22, 11, room)
    draw(canvas, centre, page_h - margin - size, visual(session.title), BOLD, size, "centre")

    top = page_h - margin - 16 * mm
    for line in label_lines("join", session.languages):
        canvas.setFont(BOLD, 15)
        canvas.drawCentredString(centre, top, visual(line))
        top -= 7 * mm
    join_size = 95 * mm
    draw_qr(canvas, join_url(host, port, session.room_token), centre - join_size / 2,
            top - join_size, join_size, error="m")
    top -= join_size + 3 * mm
    canvas.setFont(REGULAR, 11)
    canvas.drawCentredString(centre, top, visual(" / ".join(label_lines("type",
                                                                        session.languages))))
    address = short_url(host, port)
    canvas.setFont(BOLD, fitted_size(address, BOLD, 30, 14, room))
    canvas.drawCentredString(centre, top - 12 * mm, address)
    top -= 24 * mm

    if session.wifi_ssid:
        for line in label_lines("wifi", session.languages):
            canvas.setFont(BOLD, 13)
            canvas.drawCentredString(centre, top, visual(line))
            top -= 6 * mm
        wifi_size = 50 * mm
        payload = wifi_payload(session.wifi_ssid, session.wifi_security, session.wifi_password)
        draw_qr(canvas, payload, centre - wifi_size / 2, top - wifi_size, wifi_size, error="m")
        top -= wifi_size + 6 * mm
        canvas.setFont(BOLD, 14)
        canvas.drawCentredString(centre, top, visual(f"Wi-Fi: {session.wifi_ssid}"))
        if session.wifi_security != "nopass" and session.wifi_password:
            top -= 7 * mm
            canvas.setFont(REGULAR, 13)
            canvas.drawCentredString(centre, top, session.wifi_password)
        top -= 10 * mm

    canvas.setFillColor(Color(0.3, 0.3, 0.3))
    canvas.setFont(REGULAR, 10)
    bottom = margin + 12 * mm
    for line in label_lines("no_phone", session.languages):
        canvas.drawCentredString(centre, bottom, visual(line))
        bottom -= 5 * mm
    canvas.setFillColor(black)
    canvas.showPage()
    canvas.save()
