"""The board in large type, page by page: one area's notes as cards (expectations, ideas, the
parking lot with who can act), or the themes as columns of notes (clustering).

Every note is shown: what does not fit goes on the next page ("Page 2 of 4"); the projector
turns pages by itself and the facilitator can turn them from the desk. A note too long for its
card ends with "…" after its last whole line. Texts written by people are drawn as plain text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from app.core.model import Area, Note, NoteStatus, Theme
from app.core.workshop import Workshop
from app.ui.board.items import text_option
from app.ui.labels import own_direction
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.style import (
    BODY_PX,
    MIN_TEXT_PX,
    NORMAL,
    TITLE_PX,
    DrawnText,
    projector_font,
    readable_on,
)
from app.ui.projector.text_fit import elided_lines, fit, laid_out, line_height, text_height

translate = QCoreApplication.translate
MARGIN = 40.0
GAP = 24.0
THEME_COLUMNS = 3
NOTE_LINES_IN_THEME = 2  # a longer note ends with "…" in a theme's column (Ideas shows it all)
THEME_NAME_LINES = 2


@dataclass
class Column:
    """One theme's column on one page (a long theme continues on the next page)."""

    theme: Theme | None  # None: the notes not yet in a theme
    notes: list[Note] = field(default_factory=list)
    continued: bool = False


class BoardPage(QWidget):
    """One area's notes as cards (``area``), or the themes as columns (``area`` is None)."""

    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.palette_ = NORMAL
        self.area: Area | None = Area.IDEAS
        self.stale = False
        self.page = 0
        self.notes: list[Note] = []
        self._ids: list[int] = []  # of self.notes, in the same (ascending) order
        self.themes: list[Theme] = []
        self.drawn: list[DrawnText] = []
        self._pages: list[list[Note]] | list[list[Column]] | None = None
        self._pages_for: tuple[object, ...] = ()
        self.setAccessibleName(texts.translate("Projector", "Board"))
        self.refresh()

    # --- what is shown -------------------------------------------------------------------
    def show_area(self, area: Area | None) -> None:
        if area != self.area:
            self.area = area
            self.page = 0
            self.refresh()

    def mark_stale(self, note_ids: tuple[int, ...] = ()) -> None:
        """Notes changed (``note_ids``; none named: any of them): read those again now if
        shown, else everything when next shown."""
        if not self.isVisible() or self.stale:
            self.stale = True
        elif note_ids:
            self._update_notes(note_ids)
        else:
            self.refresh()

    def _update_notes(self, note_ids: tuple[int, ...]) -> None:
        """Put, change or drop only the named notes (not the whole board read again)."""
        found = self.workshop.board.notes_by_id(note_ids)
        ids = self._ids
        for note_id in sorted(set(note_ids)):
            note = found.get(note_id)
            at = bisect_left(ids, note_id)
            present = at < len(ids) and ids[at] == note_id
            wanted = (note is not None and note.session_id == self.session_id
                      and note.status is NoteStatus.SHOWN
                      and note.area is (self.area or Area.IDEAS))
            if present:
                del self.notes[at], ids[at]
            if wanted and note is not None:
                self.notes.insert(at, note)
                ids.insert(at, note_id)
        self._pages = None
        self.page = min(self.page, self.page_count() - 1)
        self._describe()
        self.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.stale = False
        shown = [
            n
            for n in self.workshop.board.notes(self.session_id, include_pending=False)
            if n.status is NoteStatus.SHOWN
        ]
        self.themes = self.workshop.board.themes(self.session_id)
        if self.area is None:
            self.notes = [n for n in shown if n.area is Area.IDEAS]
        else:
            self.notes = [n for n in shown if n.area is self.area]
        self._ids = [n.id for n in self.notes]
        self._pages = None
        self.page = min(self.page, self.page_count() - 1)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What a screen reader says of the page: its first notes, each in its own direction."""
        self.setAccessibleDescription(" · ".join(own_direction(n.text) for n in self.notes[:20]))

    def heading(self) -> str:
        if self.area is Area.EXPECTATIONS:
            return self.texts.translate("Projector", "What did you come for?")
        if self.area is Area.PARKING_LOT:
            return self.texts.translate("Projector", "Parking lot: for other levels of government")
        if self.area is None:
            return self.texts.translate("Projector", "Themes")
        return self.texts.translate("Projector", "Ideas ({count})").format(
            count=len(self.notes))

    # --- pages ---------------------------------------------------------------------------
    def page_count(self) -> int:
        if self.area is not None and self._pages is None:  # cards: counted, not cut into pages
            columns, rows = self.grid(self.body_rect())
            return max(1, -(-len(self.notes) // (columns * rows)))
        return max(1, len(self.pages()))

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.update()

    def heading_font(self) -> QFont:
        """The largest title size at which each language's heading holds on one line."""
        lines = self.heading().split("\n")
        width = self.width() - 2 * MARGIN
        for size in (TITLE_PX, 56, 48, 40):
            if len(lines) > 1 and size > 48:
                continue
            font = projector_font(size, bold=True)
            if all(len(laid_out(line, font, width)) == 1 for line in lines):
                return font
        return projector_font(40, bold=True)

    def body_rect(self) -> QRectF:
        top = 16 + self.heading_height() + 16
        footer = line_height(projector_font(MIN_TEXT_PX, bold=True))  # the page indicator
        return QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - footer - 8)

    def heading_height(self) -> float:
        font = self.heading_font()
        width = self.width() - 2 * MARGIN
        return sum(text_height(line, font, width) for line in self.heading().split("\n"))

    def pages(self) -> list[list[Note]] | list[list[Column]]:
        key = (self.width(), self.height(), self.area, self.texts.language)
        if self._pages is None or key != self._pages_for:
            body = self.body_rect()
            self._pages_for = key
            self._pages = self._theme_pages(body) if self.area is None else self._card_pages(body)
        return self._pages

    def grid(self, body: QRectF) -> tuple[int, int]:
        if self.area is Area.PARKING_LOT:  # room for the level of government under each demand
            return 2, max(1, int(body.height() // 220))
        return (3 if body.width() > 1000 else 2), max(1, int(body.height() // 170))

    def _card_pages(self, body: QRectF) -> list[list[Note]]:
        columns, rows = self.grid(body)
        capacity = columns * rows
        return [self.notes[i: i + capacity] for i in range(0, len(self.notes), capacity)]

    def _theme_pages(self, body: QRectF) -> list[list[Column]]:
        if not self.themes:
            return [[Column(None, page)] for page in self._card_pages(body)] or []
        columns: list[Column] = []
        width = (body.width() - GAP * (THEME_COLUMNS - 1)) / THEME_COLUMNS
        groups: list[tuple[Theme | None, list[Note]]] = [
            (t, [n for n in self.notes if n.theme_id == t.id]) for t in self.themes
        ]
        loose = [n for n in self.notes if n.theme_id is None]
        if loose:
            groups.append((None, loose))
        for theme, notes in groups:
            room = body.height() - self.header_height(theme, width, continued=True) - 20
            column = Column(theme)
            used = 0.0
            for note in notes:
                needed = self.note_height(note, width) + 14
                if column.notes and used + needed > room:
                    columns.append(column)
                    column = Column(theme, continued=True)
                    used = 0.0
                column.notes.append(note)
                used += needed
            columns.append(column)
        return [columns[i: i + THEME_COLUMNS] for i in range(0, len(columns), THEME_COLUMNS)]

    def theme_name(self, theme: Theme | None) -> str:
        if theme is None:
            return self.texts.translate("Projector", "Not in a theme yet")
        return theme.name

    def note_text(self, note: Note, width: float) -> str:
        return elided_lines("• " + note.text, projector_font(MIN_TEXT_PX), width - 16,
                            NOTE_LINES_IN_THEME)

    def note_height(self, note: Note, width: float) -> float:
        return text_height(self.note_text(note, width), projector_font(MIN_TEXT_PX), width - 16)

    def column_name(self, theme: Theme | None, width: float, continued: bool = False) -> str:
        font = projector_font(MIN_TEXT_PX, bold=True)
        if theme is None:  # ours, in one or two languages
            return self.theme_name(theme)
        name = theme.name
        if continued:
            name = translate("Projector", "{theme} (continued)").format(
                theme=own_direction(theme.name))
        return elided_lines(name, font, width - 28, THEME_NAME_LINES)

    def header_height(self, theme: Theme | None, width: float, continued: bool = False) -> float:
        font = projector_font(MIN_TEXT_PX, bold=True)
        name = self.column_name(theme, width, continued)
        return sum(text_height(line, font, width - 28) for line in name.split("\n")) + 16

    # --- drawing -------------------------------------------------------------------------
    def _write(self, painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str,
               rtl: bool | None = None) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, text, text_option(text, rtl))
        self.drawn.append(DrawnText(rect, font, text))

    def _write_lines(self, painter: QPainter, rect: QRectF, text: str, font: QFont,
                     colour: str, rtl: bool) -> None:
        """Fixed texts in one or two languages: each line in its own direction, all on the
        layout's side."""
        y = rect.y()
        for line in text.split("\n"):
            option = text_option(line)
            option.setAlignment(
                (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
            )
            height = text_height(line, font, rect.width())
            line_rect = QRectF(rect.x(), y, rect.width(), height)
            y += height
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(line_rect, line, option)
            self.drawn.append(DrawnText(line_rect, font, line))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.drawn = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        font = self.heading_font()
        heading = self.heading()
        height = self.heading_height()
        self._write_lines(painter, QRectF(MARGIN, 16, self.width() - 2 * MARGIN, height),
                          heading, font, self.palette_.text, rtl)
        body = self.body_rect()
        pages = self.pages()
        if not pages:
            self._write_lines(painter, body, self.texts.translate("Projector", "No notes yet."),
                              projector_font(BODY_PX), self.palette_.text, rtl)
            return
        shown = pages[min(self.page, len(pages) - 1)]
        if self.area is None:
            self._paint_columns(painter, body, rtl, [c for c in shown if isinstance(c, Column)])
        else:
            self._paint_cards(painter, body, rtl, [n for n in shown if isinstance(n, Note)])
        if len(pages) > 1:
            self._write_lines(
                painter,
                QRectF(MARGIN, body.bottom() + 4, self.width() - 2 * MARGIN,
                       self.height() - body.bottom() - 4),
                self.texts.translate("Projector", "Page {page} of {count}").format(
                    page=self.page + 1, count=len(pages)).replace("\n", "  \N{MIDDLE DOT}  "),
                projector_font(MIN_TEXT_PX, bold=True), self.palette_.accent, not rtl,
            )

    def _paint_cards(self, painter: QPainter, body: QRectF, rtl: bool, notes: list[Note]) -> None:
        columns, rows = self.grid(body)
        width = (body.width() - GAP * (columns - 1)) / columns
        height = (body.height() - GAP * (rows - 1)) / rows
        for index, note in enumerate(notes):
            column, row = index % columns, index // columns
            if rtl:
                column = columns - 1 - column
            card = QRectF(
                body.x() + column * (width + GAP), body.y() + row * (height + GAP), width, height
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(note.colour))
            painter.drawRoundedRect(card, 10, 10)
            ink = readable_on(note.colour)
            inner = card.adjusted(20, 14, -20, -14)
            if self.area is Area.PARKING_LOT:
                level_font = projector_font(MIN_TEXT_PX, bold=True)
                level = self.parking_line(note)
                level_text = elided_lines(level, level_font, inner.width(),
                                          2 if inner.height() > 200 else 1)
                level_height = text_height(level_text, level_font, inner.width())
                level_rect = QRectF(inner.x(), inner.bottom() - level_height, inner.width(),
                                    level_height)
                self._write(painter, level_rect, level_text, level_font, ink, rtl)
                inner = inner.adjusted(0, 0, 0, -level_height - 8)
            font, text = fit(note.text, inner)
            self._write(painter, inner, text, font, ink)

    def parking_line(self, note: Note) -> str:
        """Who can act on a parked demand, and where it is sent."""
        from app.core.model import Competence

        level = self.texts.competence(note.competence or Competence.OTHER).replace("\n", " / ")
        if note.forwarded_to:
            return f"{level} → {own_direction(note.forwarded_to)}"
        return level

    def _paint_columns(self, painter: QPainter, body: QRectF, rtl: bool,
                       columns: list[Column]) -> None:
        count = max(len(columns), 1)
        width = (body.width() - GAP * (THEME_COLUMNS - 1)) / THEME_COLUMNS
        if count < THEME_COLUMNS:
            width = (body.width() - GAP * (count - 1)) / count
        line_font = projector_font(MIN_TEXT_PX)
        name_font = projector_font(MIN_TEXT_PX, bold=True)
        for index, column in enumerate(columns):
            place = count - 1 - index if rtl else index
            box = QRectF(body.x() + place * (width + GAP), body.y(), width, body.height())
            header = self.header_height(column.theme, width, column.continued)
            fill = column.theme.colour if column.theme else self.palette_.stripe
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(QRectF(box.x(), box.y(), box.width(), header), 10, 10)
            name = self.column_name(column.theme, width, column.continued)
            name_rect = QRectF(box.x() + 14, box.y() + 8, box.width() - 28, header - 16)
            if column.theme:
                self._write(painter, name_rect, name, name_font, readable_on(fill))
            else:
                self._write_lines(painter, name_rect, name, name_font, self.palette_.text, rtl)
            y = box.y() + header + 20
            for note in column.notes:
                text = self.note_text(note, width)
                height = text_height(text, line_font, width - 16)
                rect = QRectF(box.x() + 8, y, box.width() - 16, height)
                self._write(painter, rect, text, line_font, self.palette_.text)
                y += height + 14
