"""The projector at the end of a Lab: the actions decided, then thanks and next steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.workshop import Workshop
from app.ui import labels
from app.ui.projector.style import BODY_PX, MIN_TEXT_PX, TITLE_PX, big_label

translate = QCoreApplication.translate
SHOWN_ACTIONS = 4  # more would not be readable from the back of the room


class ActionsPage(QWidget):
    """Decisions and micro-experiments: the kind and owner role above each title.

    Kind and title are separate lines, so a French title and an Arabic label each keep their
    own reading direction.
    """

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.heading = big_label(self, TITLE_PX, bold=True)
        self.kinds = [big_label(self, MIN_TEXT_PX) for _ in range(SHOWN_ACTIONS)]
        self.items = [big_label(self, BODY_PX, bold=True) for _ in range(SHOWN_ACTIONS)]
        self.more = big_label(self, MIN_TEXT_PX)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.addWidget(self.heading)
        for kind, item in zip(self.kinds, self.items, strict=True):
            kind.setObjectName("actionKind")
            layout.addSpacing(12)
            layout.addWidget(kind)
            layout.addWidget(item)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        actions = self.workshop.actions.all(self.session_id)
        self.heading.setText(translate("Projector", "What we decided to do"))
        shown = actions[-SHOWN_ACTIONS:]
        for index, (kind, item) in enumerate(zip(self.kinds, self.items, strict=True)):
            if index >= len(shown):
                kind.hide()
                item.hide()
                continue
            action = shown[index]
            kind.setText(
                translate("Projector", "{kind} · {owner}").format(
                    kind=labels.action_kind(action.kind),
                    owner=labels.own_direction(action.owner_role or "—"),
                )
            )
            item.setText(labels.own_direction(action.title))
            kind.show()
            item.show()
        hidden = max(0, len(actions) - SHOWN_ACTIONS)
        self.more.setText(
            translate("Projector", "and {count} more in the minutes").format(count=hidden)
            if hidden
            else ""
        )
        if not actions:
            self.items[0].setText(translate("Projector", "No actions yet."))
            self.items[0].show()


class ClosingPage(QWidget):
    """Thanks, and what happens next (the session's next steps)."""

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.thanks = big_label(self, 96, bold=True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_steps = big_label(self, BODY_PX)
        self.next_steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 32, 64, 32)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        self.thanks.setText(translate("Projector", "Thank you!"))
        if session.next_steps:
            self.next_steps.setText(
                translate("Projector", "Next steps: {steps}").format(
                    steps=labels.own_direction(session.next_steps))
            )
        else:
            self.next_steps.setText("")
