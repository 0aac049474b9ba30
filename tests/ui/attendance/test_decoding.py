"""The camera path without a camera: frames made from the printed badge, fed to the decoder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.core.badge_tokens import BadgeSigner
from app.core.workshop import Workshop
from app.ui.attendance.camera import SCAN_INTERVAL_MS, BadgeReader
from app.ui.attendance.decoding import decode_badges
from tests.ui.attendance.frames import (
    badge_photo,
    blurred,
    dim,
    in_a_frame,
    mirrored,
    noisy,
    to_qimage,
)


@pytest.fixture
def token(demo: Workshop) -> str:
    return BadgeSigner.for_session(demo.database, 1).token(demo.roster.participants(1)[0].id)


@pytest.mark.parametrize("angle", [0, 12, 45, 90, 170, -30])
def test_rotated(demo: Workshop, tmp_path: Path, token: str, angle: float) -> None:
    frame = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path)), angle)
    assert frame.format() is QImage.Format.Format_ARGB32_Premultiplied  # converted for zxing
    assert decode_badges(frame) == [token]


@pytest.mark.parametrize("radius", [0.8, 1.5])
def test_blurred(demo: Workshop, tmp_path: Path, token: str, radius: float) -> None:
    photo = blurred(badge_photo(demo, 1, tmp_path), radius)
    assert decode_badges(in_a_frame(to_qimage(photo), 8)) == [token]


@pytest.mark.parametrize("amount", [30, 70])
def test_noisy(demo: Workshop, tmp_path: Path, token: str, amount: int) -> None:
    photo = noisy(badge_photo(demo, 1, tmp_path), amount)
    assert decode_badges(in_a_frame(to_qimage(photo), -5)) == [token]


def test_dim_small_and_in_other_formats(demo: Workshop, tmp_path: Path, token: str) -> None:
    frame = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path)), 20, 320, 240)
    for fmt in (QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB32,
                QImage.Format.Format_ARGB32, QImage.Format.Format_RGB888,
                QImage.Format.Format_RGB16, QImage.Format.Format_RGBA8888):
        assert decode_badges(dim(frame).convertToFormat(fmt)) == [token], fmt


def test_a_big_frame_is_scaled_down_and_read(demo: Workshop, tmp_path: Path, token: str) -> None:
    frame = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path)), 3, 1920, 1080)
    assert decode_badges(frame) == [token]


def test_mirrored_selfie_view_is_read_or_ignored(demo: Workshop, tmp_path: Path,
                                                 token: str) -> None:
    # Some webcams mirror their image; a mirrored QR code must never decode to something else.
    frame = mirrored(in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path)), 0))
    assert decode_badges(frame) in ([], [token])


def test_no_code_no_frame() -> None:
    assert decode_badges(QImage()) == []
    empty = QImage(640, 480, QImage.Format.Format_RGB32)
    empty.fill(0x808080)
    assert decode_badges(empty) == []


def test_the_reader_reports_each_badge_once(demo: Workshop, tmp_path: Path, token: str) -> None:
    reader = BadgeReader()
    frame = in_a_frame(to_qimage(badge_photo(demo, 1, tmp_path)), 0)
    step = SCAN_INTERVAL_MS / 1000 + 0.01
    assert reader.offer(frame, now=100.0) == [token]
    assert reader.offer(frame, now=100.0 + step) == []  # still in view
    assert reader.offer(frame, now=100.0 + step / 3) == []  # too soon to decode at all
    reader.forget()
    assert reader.offer(frame, now=100.0 + 3 * step) == [token]
    assert reader.offer(frame, now=200.0) == [token]  # held up again much later
