from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from app.core.model import ActionKind, ActorType, Area, Competence, Group, PhaseKind
from app.ui import labels


def test_every_value_has_a_name() -> None:
    for kind in PhaseKind:
        assert labels.phase_kind(kind)
    for group in Group:
        assert labels.group(group)
    for actor in ActorType:
        assert labels.actor_type(actor)
    for area in Area:
        assert labels.area(area)
    for level in Competence:
        assert labels.competence(level)
    for action in ActionKind:
        assert labels.action_kind(action)


def test_countdown_format() -> None:
    assert labels.format_clock(125) == "2:05"
    assert labels.format_clock(59.2) == "1:00"
    assert labels.format_clock(-61) == "\N{MINUS SIGN}1:01"
    assert labels.format_clock(3725) == "1:02:05"


def x_of(text: str, index: int, direction: Qt.LayoutDirection) -> float:
    """Where character ``index`` of ``text`` is drawn on one line laid out in ``direction``."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return float(line.cursorToX(index)[0])


def test_a_french_question_keeps_its_mark_at_its_end_in_the_arabic_window(
        qapp: QApplication) -> None:
    rtl = Qt.LayoutDirection.RightToLeft
    question = "Quelles idées ?"

    def mark_after_words(text: str) -> bool:
        return x_of(text, text.index("?"), rtl) > x_of(text, text.index("d"), rtl)

    assert not mark_after_words(question)  # what the facilitator saw: "? Quelles idées"
    shown = labels.own_direction(question)
    assert mark_after_words(shown)
    assert mark_after_words(f"السؤال: {shown} شكرا")  # inside an Arabic sentence too


def test_own_direction_leaves_empty_text_empty() -> None:
    assert labels.own_direction("") == ""
    assert labels.own_direction("Lyon") == "\u2068Lyon\u2069"


def test_a_tooltip_shows_tags_as_written() -> None:
    tip = labels.plain_tooltip("<b>Plain</b> & more")
    assert "<b>" not in tip
    assert "&lt;b&gt;Plain&lt;/b&gt; &amp; more" in tip
    assert tip.startswith("<p")  # read as rich text, so the escaped text shows, not bold
