"""The laptop's camera as a badge reader: QtMultimedia frames in, decoded badge texts out.

Frames arrive on the GUI thread through a QVideoSink; at most one frame every
``SCAN_INTERVAL_MS`` is decoded (decoding takes a few milliseconds), and the same badge held in
front of the camera is reported once, not thirty times a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.attendance.decoding import decode_badges

translate = QCoreApplication.translate

SCAN_INTERVAL_MS = 150
FRAMES_PER_SECOND = 15  # frames converted for the preview and the decoder
SAME_BADGE_QUIET_S = 3.0  # a badge left in view is read again only after this pause


def cameras() -> list[QCameraDevice]:
    return list(QMediaDevices.videoInputs())


def watch_cameras(parent: QObject, changed: Callable[[], None]) -> QMediaDevices:
    """Call ``changed`` when a camera is plugged in or out (keep the returned watcher)."""
    devices = QMediaDevices(parent)
    devices.videoInputsChanged.connect(changed)
    return devices


class BadgeReader(QObject):
    """Turns frames into badge texts; used by the camera and fed directly by tests."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_decode = 0.0
        self._last_text = ""
        self._last_seen = 0.0

    def forget(self) -> None:
        """The next read of the same badge counts again (after the screen was cleared)."""
        self._last_text = ""

    def offer(self, image: QImage, *, now: float | None = None) -> list[str]:
        """Decode this frame unless one was decoded very recently; emits new badge texts."""
        moment = time.monotonic() if now is None else now
        if (moment - self._last_decode) * 1000 < SCAN_INTERVAL_MS:
            return []
        self._last_decode = moment
        texts = decode_badges(image)
        fresh = []
        for text in texts:
            if text == self._last_text and moment - self._last_seen < SAME_BADGE_QUIET_S:
                self._last_seen = moment
                continue
            self._last_text, self._last_seen = text, moment
            fresh.append(text)
            self.scanned.emit(text)
        return fresh


class BadgeCamera(QObject):
    """One camera at a time, chosen by the facilitator; emits ``scanned`` per badge."""

    scanned = Signal(str)
    preview = Signal(QImage)
    status = Signal(str)  # a translated sentence for the facilitator

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = BadgeReader(self)
        self.reader.scanned.connect(self.scanned)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera: QCamera | None = None
        self._last_frame = 0.0

    @staticmethod
    def no_camera_text() -> str:
        return translate(
            "BadgeCamera",
            "No camera found. Type the code printed on the badge instead, or plug in a "
            "camera and choose it in the list.",
        )

    def start(self, device: QCameraDevice | None = None) -> bool:
        """Start the chosen camera (or the default one); False, with a status, if none."""
        self.stop()
        chosen = (
            device
            if device is not None and not device.isNull()
            else QMediaDevices.defaultVideoInput()
        )
        if chosen.isNull():
            self.status.emit(self.no_camera_text())
            return False
        self._camera = QCamera(chosen, self)
        self._camera.errorOccurred.connect(self._on_error)
        self._session.setCamera(self._camera)
        self._camera.start()
        self.status.emit(
            translate("BadgeCamera", "Camera on: hold the badge's QR code in front of it.")
        )
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]  # Qt accepts null here
            self._camera.deleteLater()
            self._camera = None

    def _on_error(self, _error: QCamera.Error, detail: str) -> None:
        self.status.emit(
            translate("BadgeCamera", "The camera stopped: {detail}").format(detail=detail)
        )

    def _on_frame(self, frame: QVideoFrame) -> None:
        # Converting a frame costs a few milliseconds of the GUI thread: at most 15 a second.
        moment = time.monotonic()
        if moment - self._last_frame < 1 / FRAMES_PER_SECOND:
            return
        self._last_frame = moment
        image = frame.toImage()
        self.preview.emit(image)
        self.reader.offer(image, now=moment)


class CameraPreview(QLabel):
    """What the camera sees, small, so people can aim their badge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(240, 180))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(translate("BadgeCamera", "Camera view"))

    def show_frame(self, image: QImage) -> None:
        if image.isNull():
            return
        self.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
