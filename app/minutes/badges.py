"""A sheet of cut-out badges: 8 per A4 page, each with its signed QR code, name and short code.

The QR code carries the badge token (app/core/badge_tokens.py), never a name. The name printed
is the one the participant chose, or their pseudonym; the group is shown only as a colour and
shape mark in the corner (for the facilitator's eye), never as a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.core.badge_tokens import BadgeSigner
from app.core.model import Group, Participant
from app.core.workshop import Workshop
from app.minutes.pdf_text import (
    BOLD,
    REGULAR,
    draw,
    first_strong_is_rtl,
    register_fonts,
    visual,
    width,
    wrap,
)
from app.minutes.qr_modules import qr_modules

COLUMNS, ROWS = 2, 4
PAGE_MARGIN = 10 * mm
QUIET_MODULES = 4  # the QR standard's quiet zone: four modules of white on every side

GROUP_MARKS: dict[Group, tuple[str, str]] = {
    # colour, shape: two cues, so the mark still reads in black and white or colour-blind
    Group.LOCAL_ACTOR: ("#2B6CB0", "square"),
    Group.NEWCOMER: ("#DD6B20", "circle"),
    Group.FACILITATOR: ("#2F855A", "triangle"),
    Group.OBSERVER: ("#718096", "diamond"),
}


@dataclass(frozen=True)
class Badge:
    token: str
    name: str
    short_code: str
    group: Group


def qr_matrix(payload: str, error: str = "q") -> tuple[tuple[bool, ...], ...]:
    """The QR code's dark modules, without the quiet zone (rows from the top)."""
    return qr_modules(payload, error)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float,
            error: str = "q") -> None:
    """A QR code whose outer edge (quiet zone included) is the square (x, y, size)."""
    matrix = qr_matrix(payload, error)
    modules = len(matrix) + 2 * QUIET_MODULES
    cell = size / modules
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + QUIET_MODULES + 1) * cell
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # One rectangle per run of dark modules, a hair taller so rows leave no seams.
            canvas.rect(x + (start + QUIET_MODULES) * cell, top, (column - start) * cell,
                        cell * 1.02, stroke=0, fill=1)
    canvas.restoreState()


def fitted_size(text: str, font: str, largest: float, smallest: float, room: float) -> float:
    size = largest
    while size > smallest and width(text, font, size) > room:
        size -= 0.5
    return size


def shortened(text: str, font: str, size: float, room: float) -> str:
    """Whole words that fit, then an ellipsis (a cut word reads badly, in Arabic most)."""
    if width(text, font, size) <= room:
        return text
    words = text.split()
    while len(words) > 1 and width(" ".join(words) + " …", font, size) > room:
        words.pop()
    kept = " ".join(words)
    while len(kept) > 1 and width(kept + "…", font, size) > room:
        kept = kept[:-1]
    return kept.rstrip(" —-") + " …"


def draw_name(canvas: Canvas, name: str, centre: float, baseline: float, room: float) -> None:
    """The chosen name, as large as fits: one line, else two lines, never past the badge."""
    size = fitted_size(name, BOLD, 20, 12, room)
    if width(name, BOLD, size) <= room:
        draw(canvas, centre, baseline, visual(name), BOLD, size, "centre")
        return
    for size in (16.0, 14.0, 12.0, 11.0, 10.0, 9.0):
        lines = wrap(name, BOLD, size, room)
        if len(lines) <= 2 and all(width(line, BOLD, size) <= room for line in lines):
            break
    lines = lines[:2]
    if len(lines) == 2 and len(wrap(name, BOLD, size, room)) > 2:
        lines[1] = shortened(lines[1] + " …", BOLD, size, room)
    canvas.setFont(BOLD, size)
    rtl = first_strong_is_rtl(name)
    top = baseline + size * 0.6
    for index, line in enumerate(lines):
        draw(canvas, centre, top - index * size * 1.2, visual(line, rtl=rtl), BOLD, size,
             "centre")


def shown_code(code: str) -> str:
    """A short code as printed: two groups of three, easy to read aloud and to type."""
    return f"{code[:3]} {code[3:]}" if len(code) == 6 else code


def draw_group_mark(canvas: Canvas, group: Group, x: float, y: float, side: float) -> None:
    colour, shape = GROUP_MARKS[group]
    canvas.saveState()
    canvas.setFillColor(HexColor(colour))
    canvas.setStrokeColor(HexColor(colour))
    if shape == "square":
        canvas.rect(x, y, side, side, stroke=0, fill=1)
    elif shape == "circle":
        canvas.circle(x + side / 2, y + side / 2, side / 2, stroke=0, fill=1)
    else:
        path = canvas.beginPath()
        if shape == "triangle":
            path.moveTo(x, y)
            path.lineTo(x + side, y)
            path.lineTo(x + side / 2, y + side)
        else:
            path.moveTo(x + side / 2, y)
            path.lineTo(x + side, y + side / 2)
            path.lineTo(x + side / 2, y + side)
            path.lineTo(x, y + side / 2)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_badge(canvas: Canvas, badge: Badge, session_title: str, x: float, y: float,
               w: float, h: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(Color(0.6, 0.6, 0.6))
    canvas.setDash(2, 3)  # the line to cut along
    canvas.rect(x, y, w, h, stroke=1, fill=0)
    canvas.restoreState()
    colour, _ = GROUP_MARKS[badge.group]
    canvas.setFillColor(HexColor(colour))
    canvas.rect(x, y + h - 4 * mm, w, 4 * mm, stroke=0, fill=1)  # band along the top

    qr_size = min(h - 10 * mm, w * 0.5)
    draw_qr(canvas, badge.token, x + 3 * mm, y + (h - 4 * mm - qr_size) / 2, qr_size)

    text_left = x + 3 * mm + qr_size + 2 * mm
    room = x + w - 4 * mm - text_left
    centre = text_left + room / 2
    canvas.setFillColor(black)
    draw_name(canvas, badge.name, centre, y + h * 0.62, room)

    code = shown_code(badge.short_code)
    canvas.setFont(BOLD, fitted_size(code, BOLD, 22, 10, room))
    canvas.drawCentredString(centre, y + h * 0.36, code)

    canvas.setFont(REGULAR, 6.5)
    canvas.setFillColor(Color(0.35, 0.35, 0.35))
    title_room = room - 8 * mm  # keep clear of the group mark
    title = shortened(session_title, REGULAR, 6.5, title_room)
    draw(canvas, centre - 4 * mm, y + 4 * mm, visual(title), REGULAR, 6.5, "centre")
    draw_group_mark(canvas, badge.group, x + w - 8 * mm, y + 3 * mm, 5 * mm)


def badges_for(workshop: Workshop, session_id: int,
               participants: Sequence[Participant] | None = None) -> list[Badge]:
    signer = BadgeSigner.for_session(workshop.database, session_id)
    people = workshop.roster.participants(session_id) if participants is None else participants
    return [Badge(signer.token(p.id), p.shown_name, p.short_code, p.group) for p in people]


def write_badges(path: Path | str, badges: Sequence[Badge], session_title: str) -> int:
    """Write the sheet; returns the number of pages."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(session_title)
    canvas.setCreator("Roundtable")
    page_w, page_h = A4
    cell_w = (page_w - 2 * PAGE_MARGIN) / COLUMNS
    cell_h = (page_h - 2 * PAGE_MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    pages = max(1, -(-len(badges) // per_page))
    for page in range(pages):
        for slot, badge in enumerate(badges[page * per_page:(page + 1) * per_page]):
            column, row = slot % COLUMNS, slot // COLUMNS
            draw_badge(canvas, badge, session_title, PAGE_MARGIN + column * cell_w,
                       page_h - PAGE_MARGIN - (row + 1) * cell_h, cell_w, cell_h)
        canvas.showPage()
    canvas.save()
    return pages


def write_session_badges(workshop: Workshop, session_id: int, path: Path | str) -> int:
    session = workshop.sessions.get(session_id)
    return write_badges(path, badges_for(workshop, session_id), session.title)
