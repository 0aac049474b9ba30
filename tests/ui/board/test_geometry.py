from PySide6.QtCore import QPointF

from app.core.model import Area
from app.ui.board.geometry import AREA_W, NOTE_W, BoardGeometry


def test_areas_read_from_the_reading_side() -> None:
    ltr, rtl = BoardGeometry(False), BoardGeometry(True)
    assert ltr.area_left(Area.EXPECTATIONS) < ltr.area_left(Area.IDEAS)
    assert rtl.area_left(Area.EXPECTATIONS) > rtl.area_left(Area.IDEAS)


def test_a_stored_place_survives_the_round_trip_in_both_directions() -> None:
    for geometry in (BoardGeometry(False), BoardGeometry(True)):
        for area in Area:
            point = geometry.to_scene(area, 230.0, 210.0)
            assert geometry.from_scene(area, point) == (230.0, 210.0)
            assert geometry.area_at(point + QPointF(NOTE_W / 2, 10)) is area


def test_right_to_left_mirrors_inside_an_area() -> None:
    rtl = BoardGeometry(True)
    left = rtl.area_left(Area.IDEAS)
    assert rtl.to_scene(Area.IDEAS, 0.0, 100.0).x() == left + AREA_W - NOTE_W


def test_a_box_dropped_over_an_edge_stays_inside_its_area() -> None:
    for geometry in (BoardGeometry(False), BoardGeometry(True)):
        left = geometry.area_left(Area.IDEAS)
        x, _ = geometry.from_scene(Area.IDEAS, QPointF(left + AREA_W - 20, 300))
        assert 0 <= x <= AREA_W - NOTE_W
        x, _ = geometry.from_scene(Area.IDEAS, QPointF(left - 100, 300))
        assert 0 <= x <= AREA_W - NOTE_W
