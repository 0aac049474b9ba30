"""The page and its pieces: styles, paragraphs and tables that know their direction.

Labels follow the document's direction (Arabic minutes run right to left, tables mirrored).
What people wrote follows its own direction: an Arabic note inside French minutes is shaped,
ordered right to left and right-aligned. Every piece of text goes through ``pdf_text.markup``,
so it is escaped: a note with ``<b>`` prints its tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.minutes import pdf_text
from app.minutes.labels import Labels

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_PADDING = 6.0  # reportlab's frames keep this much inside the margins
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN - 2 * FRAME_PADDING
CELL_PADDING = 4.0
# Lines are wrapped by pdf_text a little short of the width reportlab gets, so reportlab never
# re-wraps a line that is already in visual (drawing) order.
SLACK = 2.0

INK = colors.HexColor("#1A202C")
MUTED = colors.HexColor("#4A5568")
RULE = colors.HexColor("#CBD5E0")
HEADER_FILL = colors.HexColor("#EDF2F7")
ACCENT = colors.HexColor("#2B6CB0")

Alignment = Literal[0, 1, 2, 4]  # reportlab's TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY

SIZES = {"title": 20.0, "h1": 14.0, "h2": 11.5, "body": 9.5, "small": 8.0}
BOLD_STYLES = frozenset({"title", "h1", "h2"})


class Writer:
    """Makes flowables in the minutes' language and direction."""

    def __init__(self, labels: Labels) -> None:
        pdf_text.register_fonts()
        self.labels = labels
        self.rtl = labels.rtl
        self.width = FRAME_WIDTH
        self._styles: dict[tuple[str, Alignment, bool], ParagraphStyle] = {}

    # --- text ----------------------------------------------------------------------------
    def style(self, kind: str, align: Alignment, bold: bool = False) -> ParagraphStyle:
        key = (kind, align, bold)
        if key not in self._styles:
            size = SIZES[kind]
            self._styles[key] = ParagraphStyle(
                f"{kind}-{align}-{bold}",
                fontName=pdf_text.BOLD if bold or kind in BOLD_STYLES else pdf_text.REGULAR,
                fontSize=size,
                leading=size * 1.35,
                alignment=align,
                textColor=MUTED if kind == "small" else INK,
                spaceBefore=size * 0.9 if kind in {"h1", "h2"} else 0,
                spaceAfter=size * 0.45 if kind != "body" else 2,
                keepWithNext=1 if kind in {"h1", "h2"} else 0,
            )
        return self._styles[key]

    def _paragraph(self, text: str, kind: str, width: float, rtl: bool, bold: bool,
                   align: Alignment | None) -> Paragraph:
        style = self.style(kind, align if align is not None else
                           (TA_RIGHT if rtl or self.rtl else TA_LEFT), bold)
        room = width - SLACK
        if "\n" not in text and pdf_text.width(text, style.fontName, style.fontSize) <= room:
            # One line that fits (most notes): no need to try every break.
            lines = pdf_text.tagged(pdf_text.visual(" ".join(text.split()), rtl=rtl),
                                    style.fontName)
        else:
            lines = pdf_text.markup(text, style.fontName, style.fontSize, room, rtl=rtl)
        return Paragraph(lines, style)

    def label(self, key: str, kind: str = "body", *, width: float | None = None,
              bold: bool = False, align: Alignment | None = None, **params: object) -> Paragraph:
        """One of the minutes' own labels, in the document's direction."""
        return self._paragraph(self.labels(key, **params), kind, width or self.width,
                               self.rtl, bold, align)

    def words(self, text: str, kind: str = "body", *, width: float | None = None,
              bold: bool = False, align: Alignment | None = None) -> Paragraph:
        """Words someone wrote (a note, a title), in their own direction."""
        rtl = pdf_text.first_strong_is_rtl(text) if pdf_text.has_rtl(text) else False
        return self._paragraph(text, kind, width or self.width, rtl, bold, align)

    def plain(self, text: str, kind: str = "body", *, width: float | None = None,
              bold: bool = False, align: Alignment | None = None) -> Paragraph:
        """Numbers, hashes, dates: no words, so the document's alignment."""
        return self._paragraph(text, kind, width or self.width, self.rtl, bold, align)

    def centred(self, text: str, kind: str = "body") -> Paragraph:
        return self._paragraph(text, kind, self.width, self.rtl, False, TA_CENTER)

    def gap(self, points: float = 6) -> Spacer:
        return Spacer(1, points)

    # --- tables --------------------------------------------------------------------------
    def table(self, rows: Sequence[Sequence[Flowable]], widths: Sequence[float], *,
              header: bool = True) -> Table:
        """A table whose columns run right to left in Arabic minutes."""
        data = [list(reversed(row)) if self.rtl else list(row) for row in rows]
        col_widths = list(reversed(widths)) if self.rtl else list(widths)
        commands: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        # splitInRow: a note of many short lines may be taller than a page; it then continues
        # on the next page instead of stopping the whole export.
        table = Table(data, colWidths=col_widths, repeatRows=1 if header else 0,
                      hAlign="RIGHT" if self.rtl else "LEFT", splitInRow=1)
        table.setStyle(TableStyle(commands))
        return table

    def cell_width(self, column_width: float) -> float:
        return column_width - 2 * CELL_PADDING

    def columns(self, *fractions: float) -> list[float]:
        return [self.width * f for f in fractions]
