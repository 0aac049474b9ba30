"""Bar charts grow from the start side of the language; paper dots are drawn apart."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from app.minutes.charts import ELECTRONIC, LABEL_WIDTH, PAPER, Bar, dots_chart, qr_drawing


def _bars(rtl: bool) -> list[Rect]:
    drawing = dots_chart([Bar("1", 6, 2), Bar("2", 3, 0)], 400, rtl=rtl,
                         legend=("kiosk and phone", "paper dots"))
    return [shape for shape in drawing.contents
            if isinstance(shape, Rect) and shape.height > 9]


def test_bars_start_on_the_left_in_left_to_right_minutes() -> None:
    electronic, paper, second = _bars(rtl=False)
    assert electronic.x == LABEL_WIDTH
    assert paper.x == electronic.x + electronic.width  # paper dots follow, in their colour
    assert (electronic.fillColor, paper.fillColor) == (ELECTRONIC, PAPER)
    assert second.width == electronic.width / 2


def test_bars_start_on_the_right_in_arabic_minutes() -> None:
    electronic, paper, _ = _bars(rtl=True)
    assert electronic.x + electronic.width == 400 - LABEL_WIDTH
    assert paper.x + paper.width == electronic.x


def test_every_number_is_written_beside_its_bar() -> None:
    drawing = dots_chart([Bar("1", 6, 2), Bar("2", 0, 0)], 400, rtl=False,
                         legend=("a", "b"))
    texts = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    assert {"1", "2", "8", "0", "a", "b"} <= set(texts)


def test_qr_drawing_has_its_size() -> None:
    drawing = qr_drawing("ROUNDTABLE-MINUTES", 100)
    assert (drawing.width, drawing.height) == (100, 100)
    assert len(drawing.contents) > 20
