"""Drawings for the minutes: the dots of a vote round as bars, and the signature's QR code.

Bars are drawn with reportlab's graphics shapes rather than its chart widgets, so they can be
mirrored for Arabic minutes (bars grow from the right) and mark paper dots apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from app.minutes import pdf_text
from app.minutes.qr_modules import QUIET_ZONE, qr_modules

ELECTRONIC = colors.HexColor("#2B6CB0")
PAPER = colors.HexColor("#DD6B20")
AXIS = colors.HexColor("#A0AEC0")
INK = colors.HexColor("#1A202C")

BAR_HEIGHT = 11.0
BAR_GAP = 5.0
LABEL_WIDTH = 24.0
VALUE_WIDTH = 30.0
LEGEND_HEIGHT = 18.0
FONT_SIZE = 8.0

Anchor = Literal["start", "end"]


def _box(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    """A filled rectangle without outline."""
    box = Rect(x, y, width, height)
    box.fillColor = colour
    box.strokeColor = None
    box.strokeWidth = 0
    return box


@dataclass(frozen=True)
class Bar:
    label: str  # the item: its row number in the ranked table and its words
    electronic: int
    paper: int


def chart_height(bars: int) -> float:
    return LEGEND_HEIGHT + bars * (BAR_HEIGHT + BAR_GAP) + BAR_GAP


def fitted(text: str, room: float) -> str:
    """``text`` on one line of the chart, cut with "…" where it would not fit ``room``."""
    line = " ".join(text[:400].split())
    if pdf_text.width(line, pdf_text.REGULAR, FONT_SIZE) <= room:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest start that fits with its ellipsis
        middle = (low + high + 1) // 2
        if pdf_text.width(line[:middle] + "…", pdf_text.REGULAR, FONT_SIZE) <= room:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def dots_chart(bars: Sequence[Bar], width: float, *, rtl: bool,
               legend: tuple[str, str], label_width: float = LABEL_WIDTH,
               most: int | None = None) -> Drawing:
    """Horizontal bars, one per item: kiosk/phone dots, then paper dots in another colour.

    ``label_width`` is the room for each bar's label (cut to fit); ``most`` the longest bar of
    the whole round, so the parts of a chart split across pages share one scale.
    """
    pdf_text.register_fonts()
    height = chart_height(len(bars))
    drawing = Drawing(width, height)
    most = most or max((bar.electronic + bar.paper for bar in bars), default=0) or 1
    span = width - label_width - VALUE_WIDTH

    def x(at: float, length: float = 0.0) -> float:
        """Distance from the start side to the left edge, mirrored in right-to-left minutes."""
        return width - at - length if rtl else at

    def text(at: float, y: float, value: str, anchor: Anchor) -> None:
        if rtl:
            anchor = "end" if anchor == "start" else "start"
        drawing.add(String(x(at), y, pdf_text.visual(value, rtl=rtl), fontName=pdf_text.REGULAR,
                           fontSize=FONT_SIZE, fillColor=INK, textAnchor=anchor))

    top = height - LEGEND_HEIGHT
    for index, bar in enumerate(bars):
        y = top - (index + 1) * (BAR_HEIGHT + BAR_GAP)
        text(label_width - 6, y + 2.5, fitted(bar.label, label_width - 8), "end")
        electronic = span * bar.electronic / most
        paper = span * bar.paper / most
        if electronic:
            drawing.add(_box(x(label_width, electronic), y, electronic, BAR_HEIGHT, ELECTRONIC))
        if paper:
            drawing.add(_box(x(label_width + electronic, paper), y, paper, BAR_HEIGHT, PAPER))
        text(label_width + electronic + paper + 4, y + 2.5, str(bar.electronic + bar.paper),
             "start")
    drawing.add(Line(x(label_width), BAR_GAP / 2, x(label_width), top, strokeColor=AXIS,
                     strokeWidth=0.6))

    # Legend: two swatches with their words, on the start side.
    at = label_width
    for colour, words in ((ELECTRONIC, legend[0]), (PAPER, legend[1])):
        drawing.add(_box(x(at, 9), height - 12, 9, 9, colour))
        text(at + 13, height - 11, words, "start")
        at += 13 + pdf_text.width(words, pdf_text.REGULAR, FONT_SIZE) + 18
    return drawing


def qr_drawing(payload: str, size: float) -> Drawing:
    """A QR code of ``payload`` as vector squares, ``size`` points wide with its quiet zone."""
    inner = qr_modules(payload, error="m")
    quiet = (False,) * (len(inner) + 2 * QUIET_ZONE)
    rows = [quiet] * QUIET_ZONE + [(False,) * QUIET_ZONE + row + (False,) * QUIET_ZONE
                                   for row in inner] + [quiet] * QUIET_ZONE
    module = size / len(rows)
    drawing = Drawing(size, size)
    drawing.add(_box(0, 0, size, size, colors.white))
    for r, row in enumerate(rows):
        run_start = None
        for c, dark in enumerate([*row, 0]):
            if dark and run_start is None:
                run_start = c
            elif not dark and run_start is not None:
                drawing.add(_box(run_start * module, size - (r + 1) * module,
                                 (c - run_start) * module, module, colors.black))
                run_start = None
    return drawing
