"""Text that fits its box on the projector: the largest readable size, and when even the
smallest is too long, whole lines ending with "…" at a word boundary (never a line cut in
half, never a word cut in two).

Heights are those Qt really lays out: an Arabic line, drawn with its own font, is taller than
a Latin one of the same size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from app.ui.board.items import is_rtl_text
from app.ui.projector.style import MIN_TEXT_PX, projector_font

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"
SIZES = (48, 42, 36, MIN_TEXT_PX)
# The projector repaints its page often (the clock, a note arriving, a page turning) with the
# same texts in the same boxes: how Qt wrapped each is kept, not asked again on every paint.
REMEMBERED = 4096
_laid: dict[tuple[str, str, float], tuple[tuple[str, float], ...]] = {}
_fits: dict[tuple[str, str, float, float, tuple[int, ...]], tuple[QFont, str]] = {}


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    if len(memo) >= REMEMBERED:
        memo.clear()  # the texts of another page, another session: start again
    memo[key] = value


def laid_out(text: str, font: QFont, width: float) -> tuple[tuple[str, float], ...]:
    """``text`` as Qt wraps it at ``width`` (word boundaries first): each line and its
    height. Explicit line breaks are kept."""
    key = (text, font.key(), width)
    found = _laid.get(key)
    if found is None:
        found = _lay_out(text, font, width)
        _remember(_laid, key, found)
    return found


def _lay_out(text: str, font: QFont, width: float) -> tuple[tuple[str, float], ...]:
    found: list[tuple[str, float]] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl_text(paragraph)
            else Qt.LayoutDirection.LeftToRight
        )
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            found.append((paragraph[start: start + length], line.height()))
        layout.endLayout()
    return tuple(found)


def line_height(font: QFont) -> float:
    """The height of one line in any script the projector shows (Arabic is the tallest)."""
    arabic = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"
    return max(text_height("Ag", font, 1e6), text_height(arabic, font, 1e6))


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    return [line for line, _height in laid_out(text, font, width)]


def text_height(text: str, font: QFont, width: float) -> float:
    """The height ``text`` takes, wrapped at ``width``."""
    return sum(height for _line, height in laid_out(text, font, width))


def elided_lines(text: str, font: QFont, width: float, max_lines: int,
                 max_height: float | None = None) -> str:
    """At most ``max_lines`` lines of ``text`` (and at most ``max_height`` tall); if it is
    longer, the last line ends with "…" after the last whole word that fits."""
    flat = " ".join(text.split())
    lines = laid_out(flat, font, width)
    room = len(lines)
    if max_height is not None:
        used = 0.0
        for index, (_line, height) in enumerate(lines):
            used += height
            if used > max_height + 0.5:
                room = index
                break
    room = max(1, min(room, max_lines))  # a line too tall for the box still shows a line
    if len(lines) <= room:
        return flat
    metrics = QFontMetricsF(font)
    kept = [line.rstrip() for line, _height in lines[: room - 1]]
    rest = " ".join(line for line, _height in lines[room - 1:]).split()
    last = ""
    for word in rest:
        candidate = f"{last} {word}".strip()
        if metrics.horizontalAdvance(candidate + ELLIPSIS) > width:
            break
        last = candidate
    if not last:  # one very long word: cut it where it must be
        last = metrics.elidedText(rest[0] + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        return "\n".join([*kept, last])
    kept.append(last.rstrip(" ,;:.-—") + ELLIPSIS)
    return "\n".join(kept)


def fit(text: str, rect: QRectF, *, bold: bool = False,
        sizes: tuple[int, ...] = SIZES) -> tuple[QFont, str]:
    """The largest of ``sizes`` at which the whole of ``text`` fits ``rect``; else the smallest
    with as many whole lines as fit, the last one ending with "…"."""
    key = (text, projector_font(sizes[0], bold).key(), rect.width(), rect.height(), sizes)
    found = _fits.get(key)
    if found is None:
        found = _fit(" ".join(text.split()), rect, bold, sizes)
        _remember(_fits, key, found)
    return found


def _fit(flat: str, rect: QRectF, bold: bool, sizes: tuple[int, ...]) -> tuple[QFont, str]:
    for size in sizes:
        font = projector_font(size, bold)
        if text_height(flat, font, rect.width()) <= rect.height():
            return font, flat
    font = projector_font(sizes[-1], bold)
    return font, elided_lines(flat, font, rect.width(), 99, rect.height())
