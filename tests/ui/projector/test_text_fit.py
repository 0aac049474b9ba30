from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from app.ui.projector.style import MIN_TEXT_PX, projector_font
from app.ui.projector.text_fit import elided_lines, fit, laid_out, text_height


def test_short_text_keeps_the_largest_size(qapp: QApplication) -> None:
    font, text = fit("Un guichet unique", QRectF(0, 0, 400, 200))
    assert font.pixelSize() == 48
    assert text == "Un guichet unique"


def test_long_text_ends_with_an_ellipsis_after_whole_lines(qapp: QApplication) -> None:
    long = " ".join(["interprètes"] * 40)
    font, text = fit(long, QRectF(0, 0, 400, 150))
    assert font.pixelSize() == MIN_TEXT_PX
    assert text.endswith("…")
    assert text_height(text, font, 400) <= 150
    for line in text.split("\n"):
        assert set(line.rstrip("…").split(" ")) == {"interprètes"}  # never half a word


def test_arabic_lines_are_measured_as_drawn(qapp: QApplication) -> None:
    font = projector_font(MIN_TEXT_PX)
    arabic = laid_out("مواعيد عبر الهاتف بلغتي", font, 1000)
    latin = laid_out("Rendez-vous par téléphone", font, 1000)
    assert arabic[0][1] > latin[0][1]  # taller: the room for it is counted
    text = elided_lines("مواعيد عبر الهاتف بلغتي بدلاً من الإنترنت فقط", font, 200, 2)
    assert text.count("\n") == 1
    assert text.endswith("…")
