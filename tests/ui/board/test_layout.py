"""Themes never overlap, Arrange tidies a board of workshop size, Fit all stays readable."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.board.geometry import stack_boxes
from app.ui.board.panel import BoardPanel


def boxes(panel: BoardPanel) -> list[QRectF]:
    """Every theme box and every loose note, in the scene."""
    found = [t.mapRectToScene(t.shape_rect()) for t in panel.scene.themes.values()]
    found += [n.sceneBoundingRect().adjusted(4, 4, -4, -4) for n in panel.scene.notes.values()
              if n.note.theme_id is None]
    return found


def test_stacked_boxes_never_overlap() -> None:
    corners = stack_boxes([(1, QRectF(0, 0, 100, 300)), (2, QRectF(0, 100, 100, 100)),
                           (3, QRectF(200, 100, 100, 100))])
    assert corners[2].y() >= 300
    assert corners[3] == QPointF(200, 100)  # beside: not moved


def test_a_growing_theme_pushes_the_one_below_down(panel: BoardPanel, demo: Workshop) -> None:
    upper = demo.board.add_theme(1, "Haut", x=40, y=3000)
    lower = demo.board.add_theme(1, "Bas", x=40, y=3250)  # below a one-row theme
    ids = [n.id for n in demo.board.add_notes(1, Area.IDEAS, [f"Idée {i}" for i in range(10)])]
    demo.board.set_theme(ids, upper.id)
    top, bottom = panel.scene.themes[upper.id], panel.scene.themes[lower.id]
    assert bottom.y() >= top.y() + top.height
    themes = [t.mapRectToScene(t.shape_rect()) for t in panel.scene.themes.values()]
    assert not any(a.intersects(b) for a, b in itertools.combinations(themes, 2))


def test_arrange_tidies_136_ideas_and_themes_in_one_undo(
        panel: BoardPanel, demo: Workshop, qtbot: QtBot) -> None:
    panel.resize(1366, 700)
    ids = [n.id for n in demo.board.add_notes(
        1, Area.IDEAS, [f"Idée de l'atelier {i}" for i in range(136)])]
    for index, name in enumerate(("Logement", "Langue", "Emploi")):
        theme = demo.board.add_theme(1, name, x=40, y=60 + 40 * index)  # all on top
        demo.board.set_theme(ids[index * 20:(index + 1) * 20 + index * 10], theme.id)
    button = panel.findChild(QToolButton, "arrange-board")
    assert button is not None
    button.click()
    assert demo.undo.undo_label == "arrange board"
    tidy = boxes(panel)
    assert not any(a.intersects(b) for a, b in itertools.combinations(tidy, 2))
    ideas = panel.scene.areas[Area.IDEAS].sceneBoundingRect()
    assert ideas.width() > ideas.height()  # a block, not one tall column
    panel.actions_by_name["fit_all"].trigger()
    assert panel.view.scale_factor() >= panel.view.far()  # notes still draw themselves
    demo.undo.undo()
    qtbot.waitUntil(lambda: demo.board.theme(demo.board.themes(1)[-1].id).y == 140)


def test_fit_all_shows_text_on_the_notes(panel: BoardPanel) -> None:
    panel.resize(1366, 700)
    panel.view.fit_all()
    assert panel.view.scale_factor() < 0.45  # below the zoom where the full text is drawn
    image = panel.view.viewport().grab().toImage()
    item = next(n for n in panel.scene.notes.values() if n.note.theme_id is None)
    card = panel.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    ink = sum(
        1 for x in range(card.left() + 2, card.right() - 2)
        for y in range(card.top() + 2, card.bottom() - 2)
        if QColor(image.pixel(x, y)).lightness() < 90
    )
    assert ink > 20  # the first words, not a blank card
