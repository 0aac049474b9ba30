"""The printable feedback sheet of a Review ("you said, we did"), one per language: for those
who read paper rather than a phone, and to pin up. What people said as they wrote it; what was
done in the sheet's language when the facilitator typed a translation; the status and where it
stands; an experiment's readings."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate

from app.core.review import ReviewItem, review_items
from app.core.workshop import Workshop
from app.minutes import pdf_text
from app.minutes.labels import LANGUAGES, Labels
from app.minutes.layout import MARGIN, Writer

LAST_READINGS = 6  # the most recent values of a criterion: a sheet is read, not studied


def _readings(w: Writer, item: ReviewItem) -> list[Flowable]:
    found: list[Flowable] = []
    for criterion in item.readings:
        if not criterion.values:
            continue
        values = " → ".join(f"{day}: {value:g}" for day, value in
                            criterion.values[-LAST_READINGS:])
        found.append(w.label("review.readings", "small",
                             indicator=pdf_text.own_direction(criterion.indicator),
                             target=pdf_text.own_direction(criterion.target or "—"),
                             values=pdf_text.keep_left_to_right(values)))
    return found


def _item(w: Writer, item: ReviewItem) -> list[Flowable]:
    kind = "review.kind.experiment" if item.source_kind is None else (
        f"review.kind.{item.source_kind.value}")
    status = w.labels(f"review.status.{item.status}")
    if item.progress is not None and item.status in ("accepted", "in_progress"):
        status += " · " + w.labels("review.progress", percent=item.progress)
    parts: list[Flowable] = [
        w.label(kind, "small", bold=True),
        w.label("review.said", "small"),
        w.words(item.said),
    ]
    if item.did and item.did != item.said:
        parts += [w.label("review.did", "small"), w.words(item.did, bold=True)]
    parts.append(w.plain(status, bold=True))
    if item.owner_role:
        parts.append(w.label("review.owner", "small",
                             owner=pdf_text.own_direction(item.owner_role)))
    if item.reason:
        parts.append(w.label("review.reason", reason=pdf_text.own_direction(item.reason)))
    if item.forwarded_to:
        parts.append(w.label("review.forwarded", body=pdf_text.own_direction(item.forwarded_to)))
    if item.answer:
        parts.append(w.label("review.answer", answer=pdf_text.own_direction(item.answer)))
    parts += _readings(w, item)
    if item.recommendation is not None and item.recommendation.value:
        parts.append(w.label(f"review.rec.{item.recommendation.value}", bold=True))
    parts.append(w.gap(10))
    return [KeepTogether(parts)]


def build_feedback_sheet(workshop: Workshop, session_id: int, language: str) -> bytes:
    """The sheet in ``language`` (en, fr or ar); commitments read in that language."""
    if language not in LANGUAGES:
        language = "en"
    labels = Labels(language)
    w = Writer(labels)
    session = workshop.sessions.get(session_id)
    programme = workshop.programmes.of_session(session_id)
    items = review_items(workshop, session_id, language)
    story: list[Flowable] = [
        w.label("review.title", "title"),
        w.words(session.title, "h2"),
        w.label("review.subtitle", "small", programme=pdf_text.own_direction(
            programme.title if programme else session.title)),
        w.gap(8),
    ]
    for item in items:
        story += _item(w, item)
    if not items:
        story.append(w.label("review.empty"))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=labels("review.title"),
                            creator="Roundtable", producer="Roundtable", lang=language)
    doc.build(story)
    return buffer.getvalue()


def write_feedback_sheet(path: Path | str, workshop: Workshop, session_id: int,
                         language: str) -> None:
    Path(path).write_bytes(build_feedback_sheet(workshop, session_id, language))
