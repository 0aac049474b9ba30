"""The camera wrapper on a machine without a camera: a clear message, no crash."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.attendance.camera import BadgeCamera, cameras

pytestmark = pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) va")


def test_no_camera_means_a_clear_message(qtbot: QtBot) -> None:
    if cameras():
        pytest.skip("this machine has a camera")
    camera = BadgeCamera()
    with qtbot.waitSignal(camera.status) as said:
        assert camera.start() is False
    assert "No camera found" in said.args[0]
    camera.stop()  # stopping what never started is harmless


def test_scanned_badges_come_out_of_the_camera(qtbot: QtBot) -> None:
    camera = BadgeCamera()
    with qtbot.waitSignal(camera.scanned) as seen:
        camera.reader.scanned.emit("RT1.TEST")
    assert seen.args == ["RT1.TEST"]


def test_the_preview_shows_a_frame(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage

    from app.ui.attendance.camera import CameraPreview

    preview = CameraPreview()
    qtbot.addWidget(preview)
    frame = QImage(640, 480, QImage.Format.Format_ARGB32_Premultiplied)
    frame.fill(0xFF336699)
    preview.show_frame(frame)
    assert preview.pixmap().width() == 240
    preview.show_frame(QImage())  # no frame: the last one stays
    assert not preview.pixmap().isNull()
