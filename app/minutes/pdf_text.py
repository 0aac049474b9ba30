"""Text for PDFs in any of the room's languages: fonts, Arabic shaping, right-to-left lines.

reportlab draws glyphs in the order it is given and shapes nothing, so (DESIGN.md):
reshape Arabic/Farsi letters into their joined forms, wrap in *logical* order, then reorder each
line for display with the Unicode bidi algorithm. We use python-bidi's pure-Python algorithm
(`bidi.algorithm`): its faster Rust `get_display` does not mirror brackets in right-to-left runs.
DejaVu Sans covers Latin, Cyrillic, Arabic and Persian letters in every joined form, and
brackets, so one font serves every language of the room.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_RTL_CLASSES = {"R", "AL"}
_registered = False
# arabic_reshaper deletes harakat (short vowels, tanween, shadda) by default; notes are printed
# verbatim, so they stay. DejaVu Sans draws them as zero-width marks over their letter.
_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
LRM, RLM = "\u200e", "\u200f"


def keep_left_to_right(text: str) -> str:
    """Mark a date or code so it reads left to right inside Arabic (``2027-01-05``, not
    ``05-01-2027``): after Arabic letters, the bidi algorithm treats digits as Arabic numbers
    and splits them at each hyphen. The marks are dropped again when drawing."""
    return f"{LRM}{text}{LRM}" if text else text


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    _registered = True


def first_strong_is_rtl(text: str) -> bool:
    """The paragraph direction by the first strong character (Unicode rule P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def visual(line: str, *, rtl: bool | None = None) -> str:
    """One line, shaped and reordered for drawing left to right. Wrap before calling this."""
    if not has_rtl(line):
        return line.replace(LRM, "").replace(RLM, "")
    base = "R" if (first_strong_is_rtl(line) if rtl is None else rtl) else "L"
    shown = str(get_display(_reshaper.reshape(line), base_dir=base))
    return shown.replace(LRM, "").replace(RLM, "")


def width(text: str, font: str, size: float) -> float:
    """Drawn width of logical text (measured in its shaped, joined form)."""
    shaped = _reshaper.reshape(text) if has_rtl(text) else text
    return float(pdfmetrics.stringWidth(shaped, font, size))


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Break text into lines no wider than ``max_width``, in logical order (not yet visual)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= max_width or not current:
                current = candidate
                while width(current, font, size) > max_width and len(current) > 1:
                    # A single word wider than the line: cut it rather than overflow.
                    cut = len(current) - 1
                    while cut > 1 and width(current[:cut], font, size) > max_width:
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def visual_lines(text: str, font: str, size: float, max_width: float,
                 *, rtl: bool | None = None) -> list[str]:
    """Wrapped, shaped, reordered lines of one piece of text, ready to draw."""
    direction = first_strong_is_rtl(text) if rtl is None else rtl
    return [visual(line, rtl=direction) for line in wrap(text, font, size, max_width)]


def markup(text: str, font: str, size: float, max_width: float,
           *, rtl: bool | None = None) -> str:
    """Paragraph markup for reportlab: escaped visual lines joined by line breaks.

    Everything a person wrote is escaped, so a note with tags prints its tags.
    """
    return "<br/>".join(escape(line) for line in visual_lines(text, font, size, max_width,
                                                                rtl=rtl))
