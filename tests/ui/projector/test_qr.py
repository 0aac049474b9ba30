from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.ui.projector.qr import QrCode


def test_the_drawn_code_reads_back(qtbot: QtBot) -> None:
    payload = "http://192.168.8.20:8080/j/AbCdEf123"
    code = QrCode(payload)
    qtbot.addWidget(code)
    code.resize(400, 400)
    image = code.grab().toImage()
    found = zxingcpp.read_barcodes(readable(image))
    assert [r.text for r in found] == [payload]


def test_no_payload_draws_nothing(qtbot: QtBot) -> None:
    code = QrCode("")
    qtbot.addWidget(code)
    assert code.matrix == []


def readable(image: QImage) -> QImage:
    """zxing-cpp reads Grayscale8, RGB32 or ARGB32 (not premultiplied)."""
    return image.convertToFormat(QImage.Format.Format_Grayscale8)
