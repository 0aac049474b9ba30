"""What is drawn on the board: areas, notes and theme boxes.

Notes are always painted as plain text (QStaticText in PlainText format), so a note that
contains HTML shows its tags. Text is laid out once when it changes, not on every frame.
Zoomed out (fit all), a note shows its first words in large letters, so the overview stays
readable; area names and theme titles grow too. From very far (2,000 notes) the overview item
paints plain cards instead.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.core.model import Area, Note, NoteStatus, Theme
from app.ui import labels
from app.ui.board.geometry import NOTE_H, NOTE_W, THEME_HEADER, THEME_W, theme_width
from app.ui.fonts import UI_FAMILIES

FAR_AWAY = 0.45  # below this scale a note is drawn without its text
TEXT_SIZES = (17, 15, 13, 11)
HEADLINE_SIZES = (64, 56, 48, 42, 36, 30)  # the first words, when zoomed out
HEADLINE_WORDS = 4
TITLE_BAND = 110.0  # room above an area for its name when zoomed out
BANNER_MAX = 96.0  # the tallest a theme's name banner gets when zoomed out
READABLE_PX = 13.0  # the least text height on screen that the overview aims at
INK = QColor("#1A1A1A")
FOCUS = QColor("#111111")
SELECTED = QColor("#1D4ED8")
SELECTED_WASH = QColor(29, 78, 216, 40)
MATCH = QColor("#C2410C")
FOOTER_INK = QColor("#4A3F2A")
NOTE_BOUNDS = QRectF(-4, -4, NOTE_W + 8, NOTE_H + 8)  # the card and its focus ring


def ui_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def is_rtl_text(text: str) -> bool:
    """Whether a text reads right to left, by its first strong character (as Unicode says)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@cache
def footer_font() -> QFont:
    return ui_font(11, bold=True)


def text_option(text: str = "", rtl: bool | None = None) -> QTextOption:
    """Wrapped text aligned to its own reading side: Arabic on the right, French on the left."""
    right = is_rtl_text(text) if rtl is None else rtl
    option = QTextOption(
        (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignTop
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if right else Qt.LayoutDirection.LeftToRight
    )
    return option


def fitting_font(text: str, rect: QRectF, sizes: tuple[int, ...] = TEXT_SIZES,
                 bold: bool = False) -> QFont:
    """The largest of ``sizes`` at which ``text`` fits in ``rect`` (else the smallest)."""
    for size in sizes:
        font = ui_font(size, bold)
        metrics = QFontMetricsF(font)
        needed = metrics.boundingRect(
            rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), text
        )
        whole_words = all(metrics.horizontalAdvance(w) <= rect.width() for w in text.split())
        if needed.height() <= rect.height() and needed.width() <= rect.width() + 0.5 \
                and whole_words:
            return font
    return ui_font(sizes[-1], bold)


def headline(text: str) -> str:
    """The first words of a note: what can be read of it from far away."""
    return " ".join(text.split()[:HEADLINE_WORDS])


def zoomed_out_pixels(base: float, scale: float, room: float) -> int:
    """A title's size in scene pixels: ``base``, or larger when zoomed out so that it stays
    about READABLE_PX high on screen, never more than ``room``."""
    wanted = READABLE_PX / scale if scale > 0 else room
    return int(min(room, max(base, wanted)))


def plain_static_text(text: str, width: float, font: QFont) -> QStaticText:
    """Text laid out once, as plain text (tags stay visible), on its own reading side."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setTextWidth(width)
    static.setTextOption(text_option(text))
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    static.prepare(QTransform(), font)
    return static


class AreaItem(QGraphicsItem):
    """One of the three areas: a tinted field with its name on top."""

    def __init__(self, area: Area, rtl: bool) -> None:
        super().__init__()
        self.area = area
        self.rtl = rtl
        self._rect = QRectF()
        self.setZValue(-10)  # a large plain field: cheaper to paint than to cache

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
            self.update()

    def field(self) -> QRectF:
        """The area itself, in the scene (without the room for its name above)."""
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self._rect.adjusted(0, -TITLE_BAND, 0, 0)  # zoomed out, the name sits above

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        tint = {Area.EXPECTATIONS: "#F3F0E6", Area.IDEAS: "#EEF2F7", Area.PARKING_LOT: "#F3ECEC"}[
            self.area
        ]
        painter.setPen(QPen(QColor("#9AA4B2"), 2))
        painter.setBrush(QColor(tint))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(self._rect, 12, 12)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the view saves no state
        painter.setPen(QColor("#2D3748"))
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        align = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        align |= Qt.AlignmentFlag.AlignAbsolute
        if scale >= FAR_AWAY:
            painter.setFont(ui_font(26, bold=True))
            header = self._rect.adjusted(20, 2, -20, 0)
            header.setHeight(48)
            align |= Qt.AlignmentFlag.AlignVCenter
        else:  # zoomed out: the area's name large, just above it
            painter.setFont(ui_font(zoomed_out_pixels(26, scale, TITLE_BAND - 10), bold=True))
            header = QRectF(self._rect.left() + 20, self._rect.top() - TITLE_BAND,
                            self._rect.width() - 40, TITLE_BAND - 4)
            align |= Qt.AlignmentFlag.AlignBottom
        painter.drawText(header, int(align), labels.area(self.area))


def _shown_part(note: Note) -> tuple[object, ...]:
    """What a note's text and footer are made of (its place and colour are not)."""
    return (note.text, note.status, note.area, note.competence, note.forwarded_to)


class NoteItem(QGraphicsItem):
    """A sticky note. Its text is data written by a person: always plain text."""

    def __init__(self, note: Note) -> None:
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.note = note
        self.theme_colour: QColor | None = None
        self.theme_name = ""
        self.matched = False
        self.dimmed = False
        self._font = ui_font(TEXT_SIZES[0])
        self._text = QStaticText()
        self._headline: QStaticText | None = None
        self._headline_font = ui_font(HEADLINE_SIZES[-1], bold=True)
        self._footer_text = QStaticText()
        self._fill = QColor(note.colour)
        self._shown: tuple[object, ...] = ()
        self._laid_out = False
        self.far = False  # set by the board from the view's scale (see set_far)
        self.set_note(note)

    @property
    def note_id(self) -> int:
        return self.note.id

    def set_note(self, note: Note) -> None:
        """Take a note's new state; its text is laid out again only when what it shows
        changed (a move or a colour is not a new text), and then at its next paint: a note
        out of sight costs nothing, so opening or arranging 2,000 notes stays quick."""
        shown = _shown_part(note)
        self._fill = QColor("#F7F7F7") if note.status is NoteStatus.PENDING else QColor(note.colour)
        if shown != self._shown:
            self._shown = shown
            self._laid_out = False
            self._headline = None  # laid out the first time it is shown (zoomed out)
        self.note = note
        self.update()

    @property
    def laid_out(self) -> bool:
        return self._laid_out

    def lay_out(self) -> None:
        """Lay the text out now (the board does it for notes out of sight when idle)."""
        if not self._laid_out:
            self._lay_out()

    def set_far(self, far: bool) -> None:
        """Zoomed out (far) the card shows its first words, large; near, its whole text."""
        if far != self.far:
            self.far = far
            self.update()

    def set_moving(self, moving: bool) -> None:
        """While the board is being zoomed the card is drawn from one picture, scaled (no text
        laid out again on every step); at rest it is drawn sharp at the scale it is seen at."""
        self.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache if moving
                          else QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _lay_out(self) -> None:
        rect = self._text_rect()
        self._font = fitting_font(self.note.text, rect)
        self._text = plain_static_text(self.note.text, rect.width(), self._font)
        footer = self._footer()
        self._footer_text = plain_static_text(footer, NOTE_W - 20, footer_font())
        self._laid_out = True

    def headline_text(self) -> QStaticText:
        """The first words, in the largest letters that fit the card (laid out once)."""
        if self._headline is None:
            first = headline(self.note.text)
            card = QRectF(0, 0, NOTE_W - 20, NOTE_H - 16)
            font = fitting_font(first, card, HEADLINE_SIZES, bold=True)
            # drawn tiny: unhinted glyphs keep the widths it was fitted with, words stay whole
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            static = plain_static_text(first, card.width(), font)
            option = static.textOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            static.setTextOption(option)
            static.prepare(QTransform(), font)
            self._headline, self._headline_font = static, font
        return self._headline

    def fill_colour(self) -> QColor:
        return self._fill

    def set_theme_look(self, colour: QColor | None, name: str) -> None:
        if colour != self.theme_colour or name != self.theme_name:
            self.theme_colour, self.theme_name = colour, name
            self.update()

    def set_search(self, matched: bool, dimmed: bool) -> None:
        if (matched, dimmed) != (self.matched, self.dimmed):
            self.matched, self.dimmed = matched, dimmed
            self.setOpacity(0.3 if dimmed else 1.0)
            self.update()

    def _footer(self) -> str:
        if self.note.status is NoteStatus.PENDING:
            return QCoreApplication.translate("Board", "Waiting for approval")
        if self.note.area is Area.PARKING_LOT and self.note.competence is not None:
            level = labels.competence(self.note.competence)
            if self.note.forwarded_to:
                return QCoreApplication.translate("Board", "{level} → {forwarded}").format(
                    level=level, forwarded=labels.own_direction(self.note.forwarded_to)
                )
            return level
        return ""

    def _text_rect(self) -> QRectF:
        bottom = 26.0 if self._footer() or self.note.area is Area.PARKING_LOT else 8.0
        return QRectF(14, 10, NOTE_W - 24, NOTE_H - 10 - bottom)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return NOTE_BOUNDS  # asked for hundreds of times a frame: no new rectangle each time

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        card = QRectF(0, 0, NOTE_W, NOTE_H)
        pending = self.note.status is NoteStatus.PENDING
        painter.setPen(
            QPen(QColor("#7A6F55"), 1, Qt.PenStyle.DashLine if pending else Qt.PenStyle.SolidLine)
        )
        painter.setBrush(self._fill)
        painter.drawRect(card)
        if self.theme_colour is not None:
            painter.fillRect(QRectF(0, 0, NOTE_W, 7), self.theme_colour)
        painter.setPen(INK)
        if not self.far:  # the board's zoom, not the painter's: a cached picture is 1:1
            if not self._laid_out:
                self._lay_out()
            painter.setFont(self._font)
            painter.drawStaticText(self._text_rect().topLeft(), self._text)
            if self._footer_text.text():
                painter.setFont(footer_font())
                painter.setPen(FOOTER_INK)
                painter.drawStaticText(QPointF(10, NOTE_H - 24), self._footer_text)
        else:  # zoomed out: the first words, large
            text = self.headline_text()
            painter.setFont(self._headline_font)
            painter.drawStaticText(QPointF(10, 10), text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.isSelected():  # selected: a thick blue frame with a light blue wash
            painter.fillRect(card, SELECTED_WASH)
            painter.setPen(QPen(SELECTED, 7))
            painter.drawRect(card.adjusted(-1, -1, 1, 1))
        elif self.matched:
            painter.setPen(QPen(MATCH, 6))
            painter.drawRect(card.adjusted(-1, -1, 1, 1))
        if self.hasFocus():  # the current note: a dashed black ring around it
            painter.setPen(QPen(FOCUS, 3, Qt.PenStyle.DashLine))
            painter.drawRect(card.adjusted(-4, -4, 4, 4))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)


class ThemeItem(QGraphicsItem):
    """A theme: a coloured box whose notes sit inside it. Drag it by its name bar."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(-5)  # a large frame: cheaper to paint than to cache
        self.theme = theme
        self.height = THEME_HEADER + 150.0
        self.width = THEME_W
        self.member_count = 0

    @property
    def theme_id(self) -> int:
        return self.theme.id

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_height(self, height: float, members: int) -> None:
        width = theme_width(members)
        if height != self.height or members != self.member_count or width != self.width:
            self.prepareGeometryChange()
            self.height, self.member_count, self.width = height, members, width
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return QRectF(-3, -3, self.width + 6, self.height + 6)

    def shape_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor(self.theme.colour)
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setPen(QPen(colour, 6 if self.isSelected() else 3))
        painter.setBrush(QBrush(fill))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(self.shape_rect(), 10, 10)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the view saves no state
        painter.fillRect(QRectF(0, 0, self.width, THEME_HEADER - 10), colour)
        painter.setPen(QColor("#FFFFFF"))
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setFont(ui_font(zoomed_out_pixels(22, scale, 40), bold=True))
        title = QCoreApplication.translate("Board", "{name} ({count})").format(
            name=labels.own_direction(self.theme.name), count=self.member_count
        )
        painter.drawText(
            QRectF(14, 2, self.width - 28, THEME_HEADER - 10), title, text_option(self.theme.name)
        )

