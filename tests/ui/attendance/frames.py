"""Synthetic camera frames made from a real printed badge: rotated, blurred, noisy, small."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from PIL import Image, ImageFilter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from app.core.workshop import Workshop
from app.minutes.badges import COLUMNS, PAGE_MARGIN, ROWS, write_session_badges

POINTS_PER_INCH = 72


def badge_photo(workshop: Workshop, session_id: int, tmp: Path, slot: int = 0,
                dpi: int = 150) -> Image.Image:
    """One badge cut out of the printed sheet, as a photo of it would frame it."""
    pdf = tmp / "badges.pdf"
    if not pdf.exists():
        write_session_badges(workshop, session_id, pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf),
                        str(tmp / "sheet")], check=True)
    sheet = Image.open(next(tmp.glob("sheet*.png"))).convert("RGB")
    scale = dpi / POINTS_PER_INCH
    cell_w = (sheet.width - 2 * PAGE_MARGIN * scale) / COLUMNS
    cell_h = (sheet.height - 2 * PAGE_MARGIN * scale) / ROWS
    column, row = slot % COLUMNS, slot // COLUMNS
    left = PAGE_MARGIN * scale + column * cell_w
    top = PAGE_MARGIN * scale + row * cell_h
    return sheet.crop((int(left), int(top), int(left + cell_w), int(top + cell_h)))


def to_qimage(photo: Image.Image) -> QImage:
    rgba = photo.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    image = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels: ``data`` goes away


def in_a_frame(badge: QImage, angle: float, width: int = 640, height: int = 480) -> QImage:
    """The badge held at an angle in a grey camera frame (as a webcam would deliver)."""
    frame = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    frame.fill(QColor("#7A7F86"))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scale = min(width / badge.width(), height / badge.height()) * 0.8
    transform = QTransform()
    transform.translate(width / 2, height / 2)
    transform.rotate(angle)
    transform.scale(scale, scale)
    painter.setTransform(transform)
    painter.drawImage(QPointF(-badge.width() / 2, -badge.height() / 2), badge)
    painter.end()
    return frame


def blurred(photo: Image.Image, radius: float) -> Image.Image:
    return photo.filter(ImageFilter.GaussianBlur(radius))


def noisy(photo: Image.Image, amount: int, seed: int = 5) -> Image.Image:
    rng = random.Random(seed)
    grey = photo.convert("L")
    pixels = grey.load()
    assert pixels is not None
    for y in range(grey.height):
        for x in range(grey.width):
            value = pixels[x, y]
            assert isinstance(value, int)
            pixels[x, y] = max(0, min(255, value + rng.randint(-amount, amount)))
    return grey


def dim(image: QImage) -> QImage:
    """A badly lit frame: everything pushed towards grey."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    painter = QPainter(out)
    painter.fillRect(out.rect(), QColor(90, 90, 90, 110))
    painter.end()
    return out


def mirrored(image: QImage) -> QImage:
    return image.flipped(Qt.Orientation.Horizontal)
