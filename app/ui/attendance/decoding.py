"""Reading badge QR codes out of camera frames: a plain function over a QImage.

zxing-cpp reads a QImage directly in Grayscale8, RGB32 or ARGB32; anything else (camera frames
often arrive as ARGB32_Premultiplied or a YUV-derived format) is converted to Grayscale8 first,
which is also the cheapest for the decoder.
"""

from __future__ import annotations

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

READABLE = frozenset(
    {QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32}
)
LONGEST_SIDE = 1280  # bigger frames are scaled down first: faster, and QR codes stay readable


def decodable(image: QImage) -> QImage:
    """The frame in a format zxing-cpp reads, no larger than it needs to be."""
    if max(image.width(), image.height()) > LONGEST_SIDE:
        image = image.scaled(
            LONGEST_SIDE,
            LONGEST_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.format() not in READABLE:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return image


def decode_badges(image: QImage) -> list[str]:
    """The texts of every QR code in the frame (empty when there is none, or no frame)."""
    if image.isNull():
        return []
    frame = decodable(image)
    found = zxingcpp.read_barcodes(
        frame, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [str(code.text) for code in found if code.valid and code.text]
