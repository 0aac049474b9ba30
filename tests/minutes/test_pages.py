"""What a reader sees: Arabic minutes on the right, the QR code readable and truthful."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.document import SignerCard, build_pdf
from app.minutes.export import ExportedMinutes
from app.minutes.layout import FRAME_WIDTH, MARGIN, PAGE_WIDTH

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>')


def _words(path: Path, page: int = 1) -> list[tuple[float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                          "-"], check=True, capture_output=True, text=True).stdout
    return [(float(a), float(b), unicodedata.normalize("NFKC", w))
            for a, b, w in WORD.findall(out)]


@pytest.mark.parametrize(("language", "heading"), [("ar", "الحضور"), ("en", "Attendance")])
def test_headings_start_on_the_side_of_the_language(demo: Workshop, tmp_path: Path,
                                                    language: str, heading: str) -> None:
    path = tmp_path / f"{language}.pdf"
    path.write_bytes(build_pdf(gather(demo, 1), language,
                               SignerCard("Claire Martin", "", "ab" * 32)))
    left_edge = MARGIN + 6
    right_edge = left_edge + FRAME_WIDTH
    # -bbox gives Arabic words as drawn: joined forms, left to right (so reversed letters).
    found = [(x0, x1) for x0, x1, word in _words(path) if heading in (word, word[::-1])]
    assert found, heading
    x0, x1 = found[0]
    if language == "ar":
        assert abs(x1 - right_edge) < 2  # right-aligned against the right margin
    else:
        assert abs(x0 - left_edge) < 2
    assert x1 < PAGE_WIDTH - MARGIN + 1  # nothing runs into the margin


def test_the_qr_code_carries_fingerprint_and_digest(signed: ExportedMinutes,
                                                    tmp_path: Path) -> None:
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(signed.path)], check=True, capture_output=True, text=True).stdout)[1])
    prefix = tmp_path / "last"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(pages), "-l", str(pages),
                    "-singlefile", str(signed.path), str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as image:
        codes = zxingcpp.read_barcodes(image.convert("L"))
    (code,) = codes
    assert f"cert-sha256={signed.fingerprint}" in code.text
    assert f"content-sha256={signed.pages_digest}" in code.text
