"""The projector's Review page: "You said, we did" — what became of the earlier Labs' ideas.

One item a page, read from the back row: what people said (as they wrote it), what was done
(the commitment or the experiment), and where it stands (status and progress, the reason when
declined, the body and its answer when forwarded, the readings of an experiment).
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import i18n
from app.core.commitments import CommitmentStatus, SourceKind
from app.core.experiments import ExperimentStatus, Recommendation
from app.core.review import ReviewItem, review_items
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.projector.bilingual import Bilingual
from app.ui.projector.style import MIN_TEXT_PX, big_label, projector_font
from app.ui.projector.text_fit import elided_lines

ITEMS_PER_PAGE = 1  # with its status, reason, answer or readings: a page's worth in Arabic
MARGINS = 48
HEADING_PX = 48
DID_PX = 40
SAID_LINES, DID_LINES, WHERE_LINES = 2, 3, 3
# The same sources as app/ui/follow_up/words.py, so both use the same translations.
STATUSES = {
    CommitmentStatus.PROPOSED.value: "Proposed",
    CommitmentStatus.ACCEPTED.value: "Accepted",
    CommitmentStatus.IN_PROGRESS.value: "In progress",
    CommitmentStatus.DONE.value: "Done",
    CommitmentStatus.DECLINED.value: "Declined",
    CommitmentStatus.FORWARDED.value: "Forwarded",
    ExperimentStatus.PLANNED.value: "Planned",
    ExperimentStatus.RUNNING.value: "Running",
    ExperimentStatus.SUCCEEDED.value: "Succeeded",
    ExperimentStatus.FAILED.value: "Failed",
    ExperimentStatus.MIXED.value: "Mixed results",
}
SOURCES = {SourceKind.IDEA: "Idea", SourceKind.THEME: "Theme",
           SourceKind.PARKING: "Parking lot"}
RECOMMENDATIONS = {Recommendation.SCALE_UP: "Scale up", Recommendation.ADAPT: "Adapt",
                   Recommendation.STOP: "Stop"}


def readings_line(item: ReviewItem) -> str:
    """ "Indicator: 4 → 9.5 → 12 (target ≥ 15)" for each criterion that has readings."""
    parts = []
    for criterion in item.readings:
        if not criterion.values:
            continue
        values = " \N{RIGHTWARDS ARROW} ".join(f"{v:g}" for _, v in criterion.values[-4:])
        target = f" ({labels.own_direction(criterion.target)})" if criterion.target else ""
        parts.append(f"{labels.own_direction(criterion.indicator)}: "
                     f"{labels.isolate(values)}{target}")
    return " · ".join(parts)


class ReviewPage(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, texts: Bilingual,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.workshop = workshop
        self.session_id = session_id
        self.texts = texts
        self.page = 0
        self.items: list[ReviewItem] = []
        self.heading = big_label(self, HEADING_PX, bold=True)
        self.said = [big_label(self, MIN_TEXT_PX) for _ in range(ITEMS_PER_PAGE)]
        self.did = [big_label(self, DID_PX, bold=True) for _ in range(ITEMS_PER_PAGE)]
        self.where = [big_label(self, MIN_TEXT_PX) for _ in range(ITEMS_PER_PAGE)]
        self.page_label = big_label(self, MIN_TEXT_PX, bold=True)
        self.page_label.setObjectName("actionKind")  # in the accent colour
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGINS, 12, MARGINS, 8)
        layout.addWidget(self.heading)
        for said, did, where in zip(self.said, self.did, self.where, strict=True):
            said.setObjectName("actionKind")
            layout.addSpacing(16)
            layout.addWidget(said)
            layout.addWidget(did)
            layout.addWidget(where)
        layout.addStretch(1)
        layout.addWidget(self.page_label)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.show_page()

    def page_count(self) -> int:
        return max(1, -(-len(self.items) // ITEMS_PER_PAGE))

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.show_page()

    def refresh(self) -> None:
        # a commitment in the room's language when the facilitator typed its translation
        self.items = review_items(self.workshop, self.session_id, i18n.current_language())
        self.page = min(self.page, self.page_count() - 1)
        self.show_page()

    def _one_line(self, context: str, source: str) -> str:
        return self.texts.translate(context, source).replace("\n", " / ")

    def where_it_stands(self, item: ReviewItem) -> str:
        parts = [self._one_line("FollowUp", STATUSES[item.status])]
        if item.progress is not None and item.status in (CommitmentStatus.ACCEPTED.value,
                                                         CommitmentStatus.IN_PROGRESS.value):
            parts.append(f"{item.progress} %")
        if item.reason:
            parts.append(labels.own_direction(item.reason))
        if item.forwarded_to:
            parts.append("\N{RIGHTWARDS ARROW} " + labels.own_direction(item.forwarded_to))
        if item.answer:
            parts.append(labels.own_direction(item.answer))
        if item.readings:
            parts.append(readings_line(item))
        if item.recommendation in RECOMMENDATIONS:
            parts.append(self._one_line("FollowUp", RECOMMENDATIONS[item.recommendation]))
        return " · ".join(p for p in parts if p)

    def show_page(self) -> None:
        two = self.texts.active
        self.heading.setFont(projector_font(36 if two else HEADING_PX, bold=True))
        self.heading.setText(self.texts.translate("Projector", "You said, we did"))
        start = self.page * ITEMS_PER_PAGE
        shown = self.items[start: start + ITEMS_PER_PAGE]
        width = max(200, self.window().width() - 2 * MARGINS)
        small, body = projector_font(MIN_TEXT_PX), projector_font(DID_PX, bold=True)
        for index, (said, did, where) in enumerate(zip(self.said, self.did, self.where,
                                                       strict=True)):
            if index >= len(shown):
                for label in (said, did, where):
                    label.hide()
                continue
            item = shown[index]
            kind = (self._one_line("FollowUp", SOURCES[item.source_kind])
                    if item.source_kind is not None
                    else self._one_line("Labels", "Micro-experiment"))
            said.setText(f"{kind}:\n" + labels.own_lines(
                elided_lines(item.said, small, width, SAID_LINES - 1)))
            did.setText(labels.own_lines(elided_lines(item.did or item.said, body, width,
                                                      DID_LINES)))
            where.setText(elided_lines(self.where_it_stands(item), small, width, WHERE_LINES))
            for label in (said, did, where):
                label.show()
        if not self.items:
            self.did[0].setText(self.texts.translate(
                "Projector", "Nothing to review yet: no commitment or experiment was recorded "
                "in the earlier Labs of this programme."))
            self.did[0].show()
        count = self.page_count()
        self.page_label.setText(
            self.texts.translate("Projector", "Page {page} of {count}").format(
                page=self.page + 1, count=count).replace("\n", "  \N{MIDDLE DOT}  ")
            if count > 1 else "")
        self.page_label.setVisible(count > 1)
