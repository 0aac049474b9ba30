"""An attendance certificate for one participant who asks for it: their chosen name, the
session, its date and how long they took part. Newcomers often need such proof for their files.

Printed in English, French or Arabic (the participant's language when it is one of these).
No group, no status, nothing but what the person needs to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.errors import RuleError
from app.core.time_zones import clock
from app.core.workshop import Workshop
from app.minutes.labels.calendar import long_date
from app.minutes.pdf_text import (
    BOLD,
    REGULAR,
    draw,
    keep_left_to_right,
    own_direction,
    register_fonts,
    visual,
    visual_lines,
)

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Certificate of participation",
        "body": "This certifies that {name} took part in the Policy Lab “{session}”, "
        "held on {date}{place}, from {start} to {end} ({zone} time), for {duration}.",
        "place": " in {place}",
        "duration": "{hours} h {minutes:02d} min",
        "minutes_only": "{minutes} minutes",
        "signature": "The facilitator (name and signature)",
        "issued": "Issued on {date}",
        "issued_at": "Issued in {place} on {date}",
    },
    "fr": {
        "title": "Attestation de participation",
        "body": "Nous attestons que {name} a participé au Policy Lab « {session} », "
        "le {date}{place}, de {start} à {end} (heure de {zone}), pendant {duration}.",
        "place": " à {place}",
        "duration": "{hours} h {minutes:02d}",
        "minutes_only": "{minutes} minutes",
        "signature": "La personne qui anime (nom et signature)",
        "issued": "Fait le {date}",
        "issued_at": "Fait à {place}, le {date}",
    },
    "ar": {
        "title": "شهادة مشاركة",
        "body": "نشهد بأن {name} شارك/ت في مختبر السياسات «{session}» "
        "بتاريخ {date}{place}، من الساعة {start} إلى الساعة {end} (بتوقيت {zone})، "
        "لمدة {duration}.",
        "place": " في {place}",
        "duration": "{hours} ساعة و{minutes} دقيقة",
        "minutes_only": "{minutes} دقيقة",
        "signature": "الميسّر/ة (الاسم والتوقيع)",
        "issued": "صدرت بتاريخ {date}",
        "issued_at": "صدرت في {place} بتاريخ {date}",
    },
}

@dataclass(frozen=True)
class CertificateFacts:
    name: str
    session_title: str
    session_date: str  # ISO date
    place: str
    minutes: int
    language: str
    time_zone: str = "UTC"  # the session's zone: the times below are in it
    start: str = ""  # arrival, HH:MM in the session's zone
    end: str = ""  # departure (or the session's end), HH:MM in the session's zone


def duration_text(minutes: int, language: str) -> str:
    texts = TEXTS[language]
    hours, rest = divmod(max(0, minutes), 60)
    if hours == 0:
        return texts["minutes_only"].format(minutes=rest)
    return texts["duration"].format(hours=hours, minutes=rest)


def _minutes_between(start: str, end: str) -> int:
    return max(0, round((datetime.fromisoformat(end) - datetime.fromisoformat(start))
                        .total_seconds() / 60))


def certificate_facts(workshop: Workshop, participant_id: int, *, language: str | None = None,
                      until: str | None = None, name: str = "") -> CertificateFacts:
    """What the certificate says, from the roster and attendance.

    The time runs from arrival to departure; for someone who never checked out, to the end of
    the session's last phase (or ``until``, e.g. now, while the session is still running).
    ``name``: the name to print, typed by the facilitator at the moment of printing for someone
    known only by a pseudonym (never stored); when blank, the chosen name or the pseudonym.
    """
    person = workshop.roster.get(participant_id)
    session = workshop.sessions.get(person.session_id)
    attendance = workshop.roster.attendance(session.id).get(participant_id)
    if attendance is None:
        raise RuleError("not_found", what="attendance")
    end = attendance.left_at
    if end is None:
        ended = [p.ended_at for p in workshop.agenda.phases(session.id) if p.ended_at]
        end = until or (max(ended) if ended else attendance.arrived_at)
    chosen = language if language in TEXTS else person.language
    return CertificateFacts(
        name=" ".join(name.split()) or person.shown_name, session_title=session.title,
        session_date=session.date,
        place=session.territory or session.venue,
        minutes=_minutes_between(attendance.arrived_at, end),
        language=chosen if chosen in TEXTS else "en", time_zone=session.time_zone,
        start=clock(attendance.arrived_at, session.time_zone),
        end=clock(end, session.time_zone))


def write_certificate(path: Path | str, facts: CertificateFacts, issued_on: str) -> None:
    register_fonts()
    texts = TEXTS[facts.language]
    rtl = facts.language == "ar"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(texts["title"])
    canvas.setCreator("Roundtable")
    page_w, page_h = A4
    margin = 25 * mm
    room = page_w - 2 * margin

    canvas.setStrokeColor(HexColor("#2B6CB0"))
    canvas.setLineWidth(2)
    canvas.rect(12 * mm, 12 * mm, page_w - 24 * mm, page_h - 24 * mm, stroke=1, fill=0)

    canvas.setFillColor(black)
    draw(canvas, page_w / 2, page_h - 60 * mm, visual(texts["title"], rtl=rtl), BOLD, 24,
         "centre")
    draw(canvas, page_w / 2, page_h - 85 * mm, visual(facts.name), BOLD, 20, "centre")

    # What people typed keeps its own direction inside the sentence ("&" stays in its place).
    place = texts["place"].format(place=own_direction(facts.place)) if facts.place else ""
    body = texts["body"].format(
        name=own_direction(facts.name), session=own_direction(facts.session_title),
        date=long_date(facts.session_date, facts.language), place=place,
        start=keep_left_to_right(facts.start), end=keep_left_to_right(facts.end),
        zone=keep_left_to_right(facts.time_zone),
        duration=duration_text(facts.minutes, facts.language))
    size, leading = 13, 20
    top = page_h - 110 * mm
    canvas.setFont(REGULAR, size)
    for line in visual_lines(body, REGULAR, size, room, rtl=rtl):
        if rtl:
            draw(canvas, page_w - margin, top, line, REGULAR, size, "right")
        else:
            draw(canvas, margin, top, line, REGULAR, size)
        top -= leading

    canvas.setFont(REGULAR, 11)
    when = long_date(issued_on, facts.language)
    issued_text = (texts["issued_at"].format(place=own_direction(facts.place), date=when)
                   if facts.place.strip() else texts["issued"].format(date=when))
    issued = visual(issued_text, rtl=rtl)
    signature = visual(texts["signature"], rtl=rtl)
    canvas.setStrokeColor(Color(0.4, 0.4, 0.4))
    canvas.setLineWidth(0.7)
    if rtl:
        draw(canvas, page_w - margin, 80 * mm, issued, REGULAR, 11, "right")
        canvas.line(margin, 55 * mm, margin + 75 * mm, 55 * mm)
        canvas.drawRightString(margin + 75 * mm, 49 * mm, signature)
    else:
        draw(canvas, margin, 80 * mm, issued, REGULAR, 11)  # a place may hold any letters
        canvas.line(page_w - margin - 75 * mm, 55 * mm, page_w - margin, 55 * mm)
        canvas.drawString(page_w - margin - 75 * mm, 49 * mm, signature)
    canvas.showPage()
    canvas.save()
