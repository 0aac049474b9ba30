"""Text for PDFs in any of the room's languages: fonts, Arabic shaping, right-to-left lines.

reportlab draws glyphs in the order it is given and shapes nothing, so (DESIGN.md):
reshape Arabic/Farsi letters into their joined forms, wrap in *logical* order, then reorder each
line for display with the Unicode bidi algorithm. We use python-bidi's pure-Python algorithm
(`bidi.algorithm`): its faster Rust `get_display` does not mirror brackets in right-to-left runs.
DejaVu Sans covers Latin, Cyrillic, Arabic and Persian letters in every joined form, and
brackets. What it lacks is drawn in a bundled font that has it, run by run: Ethiopic letters
(Tigrinya) in Noto Sans Ethiopic, emoji in the monochrome Noto Emoji (`runs`, `tagged`, `draw`).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.resources import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
EMOJI = "NotoEmoji"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ETHIOPIC: "NotoSansEthiopic-Regular.ttf", ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
          EMOJI: "NotoEmoji-Regular.ttf"}
# Where a character missing from the text's font is looked for, in order.
_FALLBACKS = {REGULAR: (ETHIOPIC, EMOJI), BOLD: (ETHIOPIC_BOLD, EMOJI)}
# Invisible characters reportlab cannot use (it does not shape emoji sequences): not drawn.
_INVISIBLE = frozenset("\ufe0e\ufe0f\u200d\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e")
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"

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
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    _registered = True


@cache
def _glyphs(font: str) -> frozenset[int]:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}))


def font_for(ch: str, font: str) -> str:
    """The font a character is drawn in: the text's own, else the first bundled one with it."""
    code = ord(ch)
    if code in _glyphs(font) or code < 0x80:
        return font
    for other in _FALLBACKS.get(font, ()):
        if code in _glyphs(other):
            return other
    return font


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut where the font changes: [(piece, font name), …], invisible marks left out."""
    register_fonts()
    if text.isascii() or (set(map(ord, text)) <= _glyphs(font)
                          and not _INVISIBLE.intersection(text)
                          and LRM not in text and RLM not in text):
        return [(text, font)] if text else []  # most text: one font, nothing to leave out
    pieces: list[tuple[str, str]] = []
    for ch in text:
        if ch in _INVISIBLE or ch in (LRM, RLM):
            continue
        name = font_for(ch, font)
        if pieces and pieces[-1][1] == name:
            pieces[-1] = (pieces[-1][0] + ch, name)
        else:
            pieces.append((ch, name))
    return pieces


def tagged(line: str, font: str) -> str:
    """One visual line as paragraph markup: escaped, with each borrowed font named."""
    return "".join(escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
                   for piece, name in runs(line, font))


def draw(canvas: Canvas, x: float, y: float, line: str, font: str, size: float,
         align: str = "left") -> None:
    """Draw one visual line on a canvas, each run in its font; ``align``: left, right, centre
    (``x`` is then the line's left end, right end or middle)."""
    pieces = runs(line, font)
    total = sum(pdfmetrics.stringWidth(piece, name, size) for piece, name in pieces)
    at = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for piece, name in pieces:
        canvas.setFont(name, size)
        canvas.drawString(at, y, piece)
        at += pdfmetrics.stringWidth(piece, name, size)
    canvas.setFont(font, size)


_UNPRINTABLE = frozenset({"Cs", "Cn"})  # lone surrogates, unassigned code points


def printable(text: str) -> str:
    """What can be drawn of ``text``: lone surrogates, unassigned code points and control
    characters (other than line breaks) are left out — the bidi algorithm has no class for
    some of them, and a PDF cannot carry a lone surrogate. Tabs become spaces."""
    if text.isascii() and text.isprintable():
        return text
    kept = []
    for ch in text:
        kind = unicodedata.category(ch)
        if ch == "\t":
            kept.append(" ")
        elif ch in "\n\r" or (kind not in _UNPRINTABLE and kind != "Cc"):
            kept.append(ch)
    return "".join(kept)


def own_direction(text: str) -> str:
    """Something a person wrote, put inside a sentence of the document: it keeps its own
    direction, so a French question ends with its "?" inside an Arabic sentence. (The bidi
    algorithm used here knows embeddings, not isolates: the text's own marks are dropped.)"""
    clean = "".join(ch for ch in printable(text) if ch not in _INVISIBLE)
    if not clean:
        return clean
    return f"{RLE if first_strong_is_rtl(clean) else LRE}{clean}{PDF}"


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
    line = printable(line)
    if not has_rtl(line):
        return _without_marks(line)
    right_to_left = first_strong_is_rtl(line) if rtl is None else rtl
    shaped = _reshaper.reshape(_balanced(line))
    try:
        shown = str(get_display(shaped, base_dir="R" if right_to_left else "L"))
    except Exception:  # a line the algorithm refuses is still printed
        # Its letters joined, in reading order reversed as a whole: readable, never lost.
        shown = shaped[::-1] if right_to_left else shaped
    return _without_marks(shown)


def _without_marks(text: str) -> str:
    return "".join(ch for ch in text if ch not in (LRM, RLM, LRE, RLE, PDF))


def _balanced(line: str) -> str:
    """Embeddings only (LRE, RLE, PDF), and no PDF without its opening: the bidi algorithm used
    here refuses isolates, and a phone may have put some around a copied name."""
    kept: list[str] = []
    depth = 0
    for ch in line:
        if ch in (LRE, RLE):
            depth += 1
        elif ch == PDF:
            if not depth:
                continue
            depth -= 1
        elif ch in _INVISIBLE and ch not in "\u202d\u202e":
            continue
        kept.append(ch)
    return "".join(kept)


@lru_cache(maxsize=32768)  # wrapping measures the same words again and again
def width(text: str, font: str, size: float) -> float:
    """Drawn width of logical text (measured in its shaped, joined form, in its runs' fonts)."""
    text = printable(text)
    shaped = _reshaper.reshape(text) if has_rtl(text) else text
    return float(sum(pdfmetrics.stringWidth(piece, name, size)
                     for piece, name in runs(shaped, font)))


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Break text into lines no wider than ``max_width``, in logical order (not yet visual)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split()
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = _cut(word, font, size, max_width, lines)
        lines.append(current)
    return lines


def _cut(word: str, font: str, size: float, max_width: float, lines: list[str]) -> str:
    """A word wider than the line, cut rather than overflowing: the full lines go to
    ``lines``, the rest is returned. No line holds more than ``most`` characters, so only that
    many are measured."""
    most = max(2, int(max_width / (size * 0.15)))
    while len(word) > 1:
        cut = _longest_start(word[:most], font, size, max_width)
        if cut >= len(word):
            break
        lines.append(word[:cut])
        word = word[cut:]
    return word


def _longest_start(text: str, font: str, size: float, max_width: float) -> int:
    """How many characters of ``text`` fit ``max_width`` (at least one): found by halving, so
    a 5,000-character word without a space is cut in a few measures per line."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle], font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return low


def visual_lines(text: str, font: str, size: float, max_width: float,
                 *, rtl: bool | None = None) -> list[str]:
    """Wrapped, shaped, reordered lines of one piece of text, ready to draw."""
    text = printable(text)
    direction = first_strong_is_rtl(text) if rtl is None else rtl
    return [visual(line, rtl=direction)
            for line in _carry_embeddings(wrap(text, font, size, max_width))]


def _carry_embeddings(lines: list[str]) -> list[str]:
    """A person's words cut across two lines keep their direction on the second line too."""
    carried: list[str] = []
    opened: list[str] = []
    for line in lines:
        carried.append("".join(opened) + line)
        for ch in line:
            if ch in (LRE, RLE):
                opened.append(ch)
            elif ch == PDF and opened:
                opened.pop()
    return carried


def markup(text: str, font: str, size: float, max_width: float,
           *, rtl: bool | None = None) -> str:
    """Paragraph markup for reportlab: escaped visual lines joined by line breaks.

    Everything a person wrote is escaped, so a note with tags prints its tags.
    """
    return "<br/>".join(tagged(line, font) for line in visual_lines(text, font, size, max_width,
                                                                    rtl=rtl))
