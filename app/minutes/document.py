"""The minutes as a PDF: every section from the gathered content, then the signature page."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
)

from app.core.time_zones import today
from app.minutes import pdf_text, sections
from app.minutes.charts import qr_drawing
from app.minutes.content import CONTENT_KEYWORD, MinutesContent
from app.minutes.follow_up_section import follow_up
from app.minutes.labels import Labels
from app.minutes.labels.calendar import long_date
from app.minutes.layout import MARGIN, MUTED, PAGE_WIDTH, Writer
from app.minutes.vote_section import votes

QR_SIZE = 42 * mm


@dataclass(frozen=True)
class SignerCard:
    """Who will sign, printed on the signature page before the signature is made."""

    name: str
    title: str
    fingerprint: str  # SHA-256 of the certificate, hex


def spaced_hex(digest: str) -> str:
    """AB:CD:… in two lines of 16 bytes, as certificate viewers show fingerprints."""
    pairs = [digest[i:i + 2].upper() for i in range(0, len(digest), 2)]
    return "\n".join(":".join(pairs[i:i + 16]) for i in range(0, len(pairs), 16))


def qr_payload(content: MinutesContent, signer: SignerCard | None) -> str:
    return "\n".join([
        "ROUNDTABLE-MINUTES",
        f"session={content.session_uid}",
        f"version={content.version}",
        f"cert-sha256={signer.fingerprint if signer else '-'}",
        f"content-sha256={content.digest()}",
    ])


def signature_page(w: Writer, content: MinutesContent, signer: SignerCard | None,
                   signed_on: str = "") -> list[Flowable]:
    parts: list[Flowable] = [w.label("section.signature", "h1")]
    if signer is None:
        parts.append(w.label("signature.unsigned", "h2"))
    else:
        place = content.territory or content.venue
        when = long_date(signed_on or today(content.time_zone), w.labels.language)
        parts += [
            w.label("signature.place_date", place=pdf_text.own_direction(place), date=when)
            if place.strip() else w.label("signature.date", date=when),
            w.gap(),
            w.label("signature.signed_by", bold=True),
            w.words(f"{signer.name} — {signer.title}" if signer.title else signer.name),
            w.gap(),
            w.label("signature.fingerprint", bold=True),
            *[w.plain(line, "small") for line in spaced_hex(signer.fingerprint).splitlines()],
        ]
    parts += [
        w.gap(),
        w.label("signature.digest", bold=True),
        w.plain(content.digest(), "small"),
        w.gap(10),
    ]
    qr = qr_drawing(qr_payload(content, signer), QR_SIZE)
    text_width = w.width - QR_SIZE - 12
    how = [w.label("signature.how_to_check", width=text_width),
           w.gap(), w.label("signature.cosign", "small", width=text_width)]
    cells = [[qr, how]] if not w.rtl else [[how, qr]]
    widths = [QR_SIZE + 12, text_width] if not w.rtl else [text_width, QR_SIZE + 12]
    box = Table(cells, colWidths=widths)
    box.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    parts.append(KeepTogether(box))
    return parts


def keep_headings_with_next(story: list[Flowable]) -> list[Flowable]:
    """A heading never ends a page: it travels with what follows it (chains of headings too).

    reportlab's own keepWithNext did not hold when the next flowable was a KeepTogether.
    """
    kept: list[Flowable] = []
    waiting: list[Flowable] = []
    for flowable in story:
        style = getattr(flowable, "style", None)
        if isinstance(flowable, Paragraph) and style is not None and style.keepWithNext:
            waiting.append(flowable)
            continue
        if waiting:
            # KeepTogether inside KeepTogether always breaks the page: join their contents.
            inner = getattr(flowable, "_content", None) if isinstance(
                flowable, KeepTogether) else None
            following = list(inner) if isinstance(inner, list) else [flowable]
            kept.append(KeepTogether([*waiting, *following]))
            waiting = []
        else:
            kept.append(flowable)
    return kept + waiting


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that keeps its pages until the end, then draws each footer knowing how many
    pages there are ("page 3 of 12")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab: a fresh page state

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(content: MinutesContent, language: str,
              signer: SignerCard | None = None, *, signed_on: str = "") -> bytes:
    """The minutes in ``language`` (en, fr or ar), ready to be signed.

    ``signed_on``: the ISO date printed beside the place on the signature page (default:
    today where the session took place).
    """
    labels = Labels(language)
    w = Writer(labels)
    story: list[Flowable] = []
    story += sections.cover(w, content)
    story += sections.agenda(w, content)
    story += sections.attendance(w, content)
    story += sections.expectations(w, content)
    story += sections.ideas(w, content)
    story += votes(w, content)
    story += sections.actions(w, content)
    story += sections.parking_lot(w, content)
    story += follow_up(w, content)
    story += sections.next_steps(w, content)
    story += sections.audit(w, content)
    story += [PageBreak(), *signature_page(w, content, signer, signed_on)]
    story = keep_headings_with_next(story)

    written_date = long_date(content.date, language)
    if labels.rtl:  # "14 نوفمبر 2026" after a Latin title: its day stays with its month
        written_date = pdf_text.RLM + written_date

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        title = content.title
        text = labels("page.footer", title=pdf_text.own_direction(title), date=written_date,
                      version=content.version, page=page, pages=pages)
        if pdf_text.width(text, pdf_text.REGULAR, 7.5) > PAGE_WIDTH - 2 * MARGIN:
            text = labels("page.footer", title=pdf_text.own_direction(title[:60] + "…"),
                          date=written_date, version=content.version, page=page, pages=pages)
        canvas.saveState()
        canvas.setFont(pdf_text.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        pdf_text.draw(canvas, PAGE_WIDTH / 2, MARGIN / 2, pdf_text.visual(text, rtl=labels.rtl),
                      pdf_text.REGULAR, 7.5, "centre")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=pdf_text.printable(labels("document.title", title=content.title)),
        subject=labels("document.subject"),
        author=pdf_text.printable(signer.name) if signer else "Roundtable",
        creator="Roundtable", producer="Roundtable",
        lang=language,
        # Machine-readable, inside the signed bytes: `verify --content` compares a JSON export.
        keywords=[f"{CONTENT_KEYWORD}{content.digest()}"],
    )
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()
