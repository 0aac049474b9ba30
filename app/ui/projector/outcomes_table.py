"""The projector at closing: "What people came for / What this Lab did / Where the rest went",
counted by group (small groups suppressed), then the ideas that bridge local actors and
newcomers. Paged like the other long pages, read from the back row."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.bridging import session_bridging
from app.core.expectations import Outcome
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.projector.bilingual import COMPETENCES, Bilingual
from app.ui.projector.style import MIN_TEXT_PX, big_label, projector_font
from app.ui.projector.text_fit import elided_lines

LINES_PER_PAGE = 5
LINE_PX = 36
MARGINS = 48
# The same sources as app/ui/follow_up/words.py and app/ui/labels.py.
OUTCOMES = {Outcome.MET.value: "Met", Outcome.PARTLY_MET.value: "Partly met",
            Outcome.NOT_MET.value: "Not met",
            Outcome.OUT_OF_COMPETENCE.value: "Out of the city's competence",
            "": "Not marked yet"}
GROUPS = {"local_actor": "Local actor", "newcomer": "Newcomer", "facilitator": "Facilitator",
          "observer": "Observer"}

Page = tuple[str, list[str]]  # heading source, lines
# The headings, marked for translation where they are written (looked up when shown).
HEADINGS = (
    QT_TRANSLATE_NOOP("Projector", "What people came for"),
    QT_TRANSLATE_NOOP("Projector", "What this Lab did"),
    QT_TRANSLATE_NOOP("Projector", "Where the rest went"),
    QT_TRANSLATE_NOOP("Projector", "Ideas that bridge the groups"),
)


def has_outcomes(workshop: Workshop, session_id: int) -> bool:
    """Whether the closing has something to show: an expectation marked."""
    return any(m.outcome is not None for m in workshop.expectations.marked(session_id))


class OutcomesTablePage(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesTablePage")
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.page = 0
        self.pages: list[Page] = []
        self.heading = big_label(self, 48, bold=True)
        self.lines = [big_label(self, LINE_PX) for _ in range(LINES_PER_PAGE)]
        self.page_label = big_label(self, MIN_TEXT_PX, bold=True)
        self.page_label.setObjectName("actionKind")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGINS, 16, MARGINS, 8)
        layout.addWidget(self.heading)
        for line in self.lines:
            layout.addSpacing(8)
            layout.addWidget(line)
        layout.addStretch(1)
        layout.addWidget(self.page_label)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.show_page()

    def page_count(self) -> int:
        return max(1, len(self.pages))

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.show_page()

    def _one_line(self, context: str, source: str) -> str:
        return self.texts.translate(context, source).replace("\n", " / ")

    def refresh(self) -> None:
        table = self.workshop.expectations.table(self.session_id)
        came: list[str] = []
        for key in OUTCOMES:
            count = table.counts.get(key, 0)
            if not count:
                continue
            split = " · ".join(f"{self._one_line('Labels', GROUPS.get(g, g))} {n}"
                               for g, n in table.by_group.get(key, {}).items())
            came.append(labels.colon(self._one_line('FollowUp', OUTCOMES[key]), count)
                        + (f"  ({split})" if split else ""))
        pages: list[Page] = []
        for start in range(0, len(came), LINES_PER_PAGE):
            pages.append(("What people came for", came[start:start + LINES_PER_PAGE]))
        did = [labels.own_direction(text) for text in table.did]
        for start in range(0, len(did), LINES_PER_PAGE):
            pages.append(("What this Lab did", did[start:start + LINES_PER_PAGE]))
        rest = []
        for item in table.rest:
            where = [self._one_line("Labels", COMPETENCES[item.competence])
                     if item.competence else "", labels.own_direction(item.forwarded_to)]
            rest.append(labels.own_direction(item.text) + "  \N{RIGHTWARDS ARROW}  "
                        + " · ".join(w for w in where if w))
        for start in range(0, len(rest), LINES_PER_PAGE - 2):
            pages.append(("Where the rest went", rest[start:start + LINES_PER_PAGE - 2]))
        bridges = [labels.own_direction(found.texts[i])
                   for found in session_bridging(self.workshop, self.session_id)
                   for i in found.bridging.items]
        for start in range(0, len(bridges), LINES_PER_PAGE):
            pages.append(("Ideas that bridge the groups", bridges[start:start + LINES_PER_PAGE]))
        self.pages = pages
        self.page = min(self.page, self.page_count() - 1)
        self.show_page()

    def show_page(self) -> None:
        if not self.pages:
            self.heading.setText(self.texts.translate("Projector", "What people came for"))
            for line in self.lines:
                line.hide()
            self.page_label.hide()
            return
        heading, shown = self.pages[self.page]
        self.heading.setFont(projector_font(36 if self.texts.active else 48, bold=True))
        self.heading.setText(self.texts.translate("Projector", heading))
        width = max(200, self.window().width() - 2 * MARGINS)
        font = projector_font(LINE_PX)
        for index, line in enumerate(self.lines):
            if index >= len(shown):
                line.hide()
                continue
            line.setText(elided_lines(shown[index], font, width, 2))
            line.show()
        count = self.page_count()
        self.page_label.setText(
            self.texts.translate("Projector", "Page {page} of {count}").format(
                page=self.page + 1, count=count).replace("\n", "  \N{MIDDLE DOT}  ")
            if count > 1 else "")
        self.page_label.setVisible(count > 1)
