"""Helpers for reading PDFs back as a person's phone or the kiosk camera would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image


def render(pdf: Path, out_dir: Path, dpi: int = 150) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = out_dir / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(out_dir.glob(f"{pdf.stem}*.png"))


def zxing_texts(png: Path) -> set[str]:
    with Image.open(png) as image:
        return {code.text for code in zxingcpp.read_barcodes(image.convert("L"))}


def zbar_texts(png: Path) -> set[str]:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (zbar-tools) is not installed")
    found = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                            str(png)], capture_output=True, text=True, check=False)
    return {line for line in found.stdout.splitlines() if line}


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
