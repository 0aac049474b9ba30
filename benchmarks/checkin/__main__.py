"""Check-in by badge: from a camera frame arriving to "checked in" on the welcome screen.

Frames are made from the real printed badge sheet (pdftoppm), each badge held at an angle in
a grey webcam-sized frame, some blurred or noisy, in the premultiplied format cameras deliver.
Each scan goes the whole way: frame → decode (zxing-cpp) → signed token checked → attendance
written (one SQLite transaction with its audit event) → welcome screen shows the name.

Run with ``python -m benchmarks.checkin``; the figures are printed beside the target.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageFilter
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QApplication

from app.core.workshop import Workshop
from app.demo import create_demo
from app.minutes.badges import COLUMNS, PAGE_MARGIN, ROWS, write_session_badges
from app.ui.attendance.camera import FRAMES_PER_SECOND, SCAN_INTERVAL_MS, BadgeReader
from app.ui.attendance.panel import AttendancePanel
from app.ui.fonts import load_fonts

TARGET_MS = 300.0
ROUNDS = 3
SIZES = ((640, 480), (1280, 720), (1920, 1080))


def badge_photos(workshop: Workshop, folder: Path) -> list[Image.Image]:
    pdf = folder / "badges.pdf"
    write_session_badges(workshop, 1, pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "sheet")],
                   check=True)
    photos = []
    for page in sorted(folder.glob("sheet*.png")):
        sheet = Image.open(page).convert("RGB")
        scale = 150 / 72
        cell_w = (sheet.width - 2 * PAGE_MARGIN * scale) / COLUMNS
        cell_h = (sheet.height - 2 * PAGE_MARGIN * scale) / ROWS
        for slot in range(COLUMNS * ROWS):
            left = PAGE_MARGIN * scale + (slot % COLUMNS) * cell_w
            top = PAGE_MARGIN * scale + (slot // COLUMNS) * cell_h
            photos.append(sheet.crop((int(left), int(top), int(left + cell_w),
                                      int(top + cell_h))))
    return photos


def camera_frame(photo: Image.Image, angle: float, size: tuple[int, int]) -> QImage:
    rgba = photo.convert("RGBA")
    badge = QImage(rgba.tobytes("raw", "RGBA"), rgba.width, rgba.height, rgba.width * 4,
                   QImage.Format.Format_RGBA8888).copy()
    width, height = size
    frame = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    frame.fill(QColor("#7A7F86"))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scale = min(width / badge.width(), height / badge.height()) * 0.7
    transform = QTransform()
    transform.translate(width / 2, height / 2)
    transform.rotate(angle)
    transform.scale(scale, scale)
    painter.setTransform(transform)
    painter.drawImage(QPointF(-badge.width() / 2, -badge.height() / 2), badge)
    painter.end()
    return frame


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_fonts(app)
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workshop = Workshop.open(folder / "bench.sqlite")
        create_demo(workshop)
        people = workshop.roster.participants(1)
        photos = badge_photos(workshop, folder)[:len(people)]
        panel = AttendancePanel(workshop, 1)
        reader = BadgeReader()
        reader.scanned.connect(panel.check_in_scanned)
        done: list[float] = []
        panel.checked_in.connect(lambda _checked: done.append(time.perf_counter()))
        print(f"Check-in by badge, {len(photos)} badges x {ROUNDS} rounds per frame size "
              f"(target <= {TARGET_MS:.0f} ms from frame to \"checked in\")")
        worst_all = 0.0
        clock = 1000.0
        for size in SIZES:
            times: list[float] = []
            misses = 0
            for _round in range(ROUNDS):
                for index, photo in enumerate(photos):
                    if index % 3 == 1:
                        photo = photo.filter(ImageFilter.GaussianBlur(1.0))
                    frame = camera_frame(photo, rng.uniform(-40, 40), size)
                    clock += 10.0  # a new badge, well after the last one
                    count = len(done)
                    start = time.perf_counter()
                    reader.offer(frame, now=clock)
                    app.processEvents()
                    if len(done) == count:
                        misses += 1
                        continue
                    times.append((done[-1] - start) * 1000.0)
            worst = max(times) if times else float("inf")
            worst_all = max(worst_all, worst)
            p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else worst
            print(f"  {size[0]}x{size[1]:<5} median {statistics.median(times):6.1f} ms   "
                  f"p95 {p95:6.1f} ms   worst {worst:6.1f} ms   target {TARGET_MS:.0f} ms   "
                  f"{'ok' if worst <= TARGET_MS and not misses else 'MISSED'}"
                  f"{f'   ({misses} frames not read)' if misses else ''}")
        wait = SCAN_INTERVAL_MS + 1000 / FRAMES_PER_SECOND
        print(f"  A badge waits at most {wait:.0f} ms for a frame to be decoded (one decode per "
              f"{SCAN_INTERVAL_MS} ms, {FRAMES_PER_SECOND} frames a second taken from the camera)"
              f": worst case with that wait {worst_all + wait:.1f} ms, target {TARGET_MS:.0f} ms")
        panel.close()
        workshop.close()
    wait = SCAN_INTERVAL_MS + 1000 / FRAMES_PER_SECOND
    return 0 if worst_all + wait <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
