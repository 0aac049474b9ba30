"""Read from the back of the room, on pixels: every text the projector shows is at least
32 px, stands out at least 4.5:1 from what is behind it, and is not cut off. Used by the
projector's own tests and by the dress rehearsal on the real window.

For each text (each visible label, each text a page paints itself) the background is the most
common colour of its rectangle and the text colour the other colour that stands out most; their
WCAG contrast ratio must be at least 4.5. The solid text pixels give the glyphs' height: a
line with a capital, a digit, an ascender or an Arabic alef must be at least 20 px tall.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.ui.projector.style import MIN_CONTRAST, MIN_TEXT_PX
from app.ui.projector.text_fit import text_height
from app.ui.projector.window import ProjectorWindow

MIN_GLYPH_PX = 20


@dataclass(frozen=True)
class Text:
    rect: QRect
    pixels: int
    text: str
    where: str
    needed: float = 0.0  # the height the text needs at its width (painted texts)


def texts_on(projector: ProjectorWindow) -> list[Text]:
    """Every text the room sees: visible labels, and what pages paint themselves."""
    found: list[Text] = []
    for label in projector.findChildren(QLabel):
        if label is projector.frozen_view or not label.isVisibleTo(projector):
            continue
        if not label.text().strip():
            continue
        top_left = label.mapTo(projector, QPoint(0, 0))
        found.append(Text(QRect(top_left, label.size()), label.font().pixelSize(),
                          label.text(), f"label {label.objectName() or label.text()[:30]!r}"))
    page = projector.stack.currentWidget()
    painters = [page, *(page.findChildren(object) if page is not None else [])]
    for widget in painters:
        drawn = getattr(widget, "drawn", None)
        if not drawn or not widget.isVisible():
            continue
        origin = widget.mapTo(projector, QPoint(0, 0))
        for item in drawn:
            rect = item.rect.toAlignedRect().translated(origin)
            if not QRect(origin, widget.size()).contains(rect):  # painted past its widget
                rect = QRect(-1, -1, rect.width(), rect.height())
            found.append(Text(rect, item.font.pixelSize(), item.text,
                              f"painted {item.text[:30]!r}",
                              text_height(item.text, item.font, item.rect.width())))
    return found


def pil_image(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * rgb.height()]
    return Image.frombytes("RGB", (rgb.width(), rgb.height()), data, "raw", "RGB",
                           rgb.bytesPerLine())


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class Measure:
    background: tuple[int, int, int]
    ink: tuple[int, int, int] | None
    contrast: float
    glyph_px: int


def measure(image: Image.Image, rect: QRect) -> Measure:
    """The text's colour against its background, and the tallest run of text pixels."""
    box = (max(rect.left(), 0), max(rect.top(), 0), min(rect.right() + 1, image.width),
           min(rect.bottom() + 1, image.height))
    crop = image.crop(box)
    colours = sorted(crop.getcolors(crop.width * crop.height) or [], reverse=True)
    background = colours[0][1]
    # anti-aliased edges lie between the background and the ink: the ink is the colour (of
    # enough pixels to be glyphs) that stands out most
    others = [c for n, c in colours[1:] if n >= 12 and ratio(c, background) >= 1.05]
    if not others:
        return Measure(background, None, 1.0, 0)
    ink = max(others, key=lambda c: ratio(c, background))
    red, green, blue = ImageChops.difference(crop, Image.new("RGB", crop.size, ink)).split()
    distance = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    mask = distance.point(lambda value: 255 if value <= 24 else 0)
    rows = mask.getprojection()[1]
    tallest = run = 0
    for on in rows:
        run = run + 1 if on else 0
        tallest = max(tallest, run)
    return Measure(background, ink, ratio(ink, background), tallest)


def tall(text: str) -> bool:
    """A capital, a digit, an ascender or an Arabic alef/lam: glyphs as tall as capitals."""
    return any(c.isupper() or c.isdigit() or c in "bdfhklt\u0627\u0644\u0623" for c in text)



def problems(projector: ProjectorWindow, scene: str) -> list[str]:
    image = pil_image(projector.grab().toImage())
    window = QRect(QPoint(0, 0), projector.size())
    found = []
    texts = texts_on(projector)
    assert texts, scene
    for text in texts:
        where = f"{scene}: {text.where}"
        if text.pixels < MIN_TEXT_PX:
            found.append(f"{where} is {text.pixels} px")
        if not window.contains(text.rect):
            found.append(f"{where} goes off the screen: {text.rect}")
            continue
        if text.needed > text.rect.height() + 1:
            found.append(f"{where} is cut off ({text.needed:.0f} px needed, "
                         f"{text.rect.height()} px given)")
        seen = measure(image, text.rect)
        if seen.ink is None:
            found.append(f"{where}: no text to be seen on {seen.background}")
            continue
        if seen.contrast < MIN_CONTRAST:
            found.append(f"{where}: contrast {seen.contrast:.2f} ({seen.ink} on "
                         f"{seen.background})")
        if tall(text.text) and seen.glyph_px < MIN_GLYPH_PX:
            found.append(f"{where}: glyphs {seen.glyph_px} px tall")
    for label in projector.findChildren(QLabel):
        if label.isVisibleTo(projector) and label.wordWrap() and label.text().strip():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                found.append(f"{scene}: {label.text()[:40]!r} is cut off "
                             f"({needed} px needed, {label.height()} px given)")
    return found
