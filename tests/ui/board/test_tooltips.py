"""Hovering a note shows its whole text, escaped: plain text, never markup."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextDocument

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.board.panel import BoardPanel
from app.ui.board.tooltips import note_at, tooltip_html


def test_a_tooltip_shows_markup_as_typed() -> None:
    written = "<b>Plus</b> d'horaires & <img src=x>\nle soir"
    document = QTextDocument()
    document.setHtml(tooltip_html(written))
    assert document.toPlainText() == written


def test_arabic_reads_from_the_right_in_its_tooltip() -> None:
    assert 'dir="rtl"' in tooltip_html("مواعيد عبر الهاتف")
    assert 'dir="ltr"' in tooltip_html("Bus de nuit")


def test_the_note_under_the_pointer_is_found_also_from_far(panel: BoardPanel,
                                                            demo: Workshop) -> None:
    note = demo.board.add_note(1, Area.IDEAS, "<i>Une note</i>")
    item = panel.scene.notes[note.id]
    panel.view.zoom_by(0.01)  # the overview paints the cards; the items are hidden
    assert note_at(panel.scene.notes, item.pos() + QPointF(20, 20)) is item
