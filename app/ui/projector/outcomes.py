"""The projector at the end of a Lab: the actions decided, then thanks and next steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.model import Action
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.style import BODY_PX, MIN_TEXT_PX, TITLE_PX, big_label, projector_font
from app.ui.projector.text_fit import elided_lines

ACTIONS_PER_PAGE = 3  # more would not be readable from the back of the room
TITLE_LINES = 2
MARGINS = 48


class ActionsPage(QWidget):
    """Decisions and micro-experiments, a few per page: the kind and owner role above each
    title. Kind and title are separate lines, so a French title and an Arabic label each keep
    their own reading direction."""

    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.page = 0
        self.decided: list[Action] = []
        self.heading = big_label(self, TITLE_PX, bold=True)
        self.kinds = [big_label(self, MIN_TEXT_PX) for _ in range(ACTIONS_PER_PAGE)]
        self.items = [big_label(self, BODY_PX, bold=True) for _ in range(ACTIONS_PER_PAGE)]
        self.page_label = big_label(self, MIN_TEXT_PX, bold=True)
        self.page_label.setObjectName("actionKind")  # in the accent colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGINS, 24, MARGINS, 16)
        layout.addWidget(self.heading)
        for kind, item in zip(self.kinds, self.items, strict=True):
            kind.setObjectName("actionKind")
            layout.addSpacing(12)
            layout.addWidget(kind)
            layout.addWidget(item)
        layout.addStretch(1)
        layout.addWidget(self.page_label)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.show_page()  # titles are cut to whole lines of the new width

    def page_count(self) -> int:
        return max(1, -(-len(self.decided) // ACTIONS_PER_PAGE))

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.show_page()

    def refresh(self) -> None:
        self.decided = self.workshop.actions.all(self.session_id)
        self.page = min(self.page, self.page_count() - 1)
        self.show_page()

    def show_page(self) -> None:
        two = self.texts.active
        self.heading.setFont(projector_font(48 if two else TITLE_PX, bold=True))
        self.heading.setText(self.texts.translate("Projector", "What we decided to do"))
        start = self.page * ACTIONS_PER_PAGE
        shown = self.decided[start: start + ACTIONS_PER_PAGE]
        width = max(200, self.window().width() - 2 * MARGINS)  # shown or not yet
        font = projector_font(BODY_PX, bold=True)
        for index, (kind, item) in enumerate(zip(self.kinds, self.items, strict=True)):
            if index >= len(shown):
                kind.hide()
                item.hide()
                continue
            action = shown[index]
            kind.setText(" · ".join([
                self.texts.action_kind(action.kind).replace("\n", " / "),
                labels.own_direction(action.owner_role or "—"),
            ]))
            item.setText(labels.own_lines(elided_lines(action.title, font, width, TITLE_LINES)))
            kind.show()
            item.show()
        if not self.decided:
            self.items[0].setText(self.texts.translate("Projector", "No actions yet."))
            self.items[0].show()
        count = self.page_count()
        self.page_label.setText(
            self.texts.translate("Projector", "Page {page} of {count}").format(
                page=self.page + 1, count=count).replace("\n", "  \N{MIDDLE DOT}  ")
            if count > 1 else ""
        )
        self.page_label.setVisible(count > 1)


class ClosingPage(QWidget):
    """Thanks, and what happens next (the session's next steps, as written)."""

    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.thanks = big_label(self, 96, bold=True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_heading = big_label(self, BODY_PX, bold=True)
        self.next_heading.setObjectName("actionKind")  # in the accent colour
        self.next_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_steps = big_label(self, BODY_PX)
        self.next_steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addSpacing(24)
        layout.addWidget(self.next_heading)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.refresh()  # next steps are cut to whole lines of the new width

    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        two = self.texts.active
        self.thanks.setFont(projector_font(64 if two else 96, bold=True))
        self.thanks.setText(self.texts.translate("Projector", "Thank you!"))
        self.next_heading.setText(
            self.texts.translate("Projector", "Next steps") if session.next_steps else ""
        )
        self.next_heading.setVisible(bool(session.next_steps))
        font = projector_font(BODY_PX)
        width = max(200, self.window().width() - 128)  # shown or not yet
        lines = 4 if two else 6
        self.next_steps.setFont(font)
        self.next_steps.setText(labels.own_lines(elided_lines(session.next_steps, font, width,
                                                              lines)))
        self.next_steps.setVisible(bool(session.next_steps))
