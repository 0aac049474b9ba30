"""The programme report: what a programme's Labs became, for its coordinator and the bodies
it reports to — in the minutes' own layout and languages (en, fr, ar), signed like them.

Its sessions with date, territory and who came by group (a group of fewer than five people
is never shown, nor one that the others and the total would give away); each idea's
commitment with its status and progress; each experiment with its readings, one small table
per criterion; and the expectations gap across the programme."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate

from app.core.commitments import Commitment
from app.core.experiments import Experiment
from app.core.model import ActionKind, Session
from app.core.tally import SUPPRESS_BELOW
from app.core.workshop import Workshop
from app.minutes import pdf_text
from app.minutes.content import GROUP_ORDER
from app.minutes.document import SignerCard, numbered_canvas, spaced_hex
from app.minutes.errors import MinutesError
from app.minutes.export import write_atomically
from app.minutes.identity import load_identity, unlock
from app.minutes.labels import LANGUAGES, Labels
from app.minutes.layout import MARGIN, MUTED, PAGE_WIDTH, Writer
from app.minutes.signing import sign_pdf

REASON = "Report of the Policy Lab programme"
GAP = ("met", "partly_met", "not_met", "out_of_competence", "")


@dataclass(frozen=True)
class Attendance:
    shown: dict[str, int]  # group → people who came, only groups of five or more
    total: int
    hidden: bool  # some group was left out


def attendance(workshop: Workshop, session_id: int) -> Attendance:
    came = workshop.roster.attendance(session_id)
    counted = Counter(p.group.value for p in workshop.roster.participants(session_id)
                      if p.id in came)
    groups = [g.value for g in GROUP_ORDER if counted[g.value]]
    hidden = {g for g in groups if counted[g] < SUPPRESS_BELOW}
    shown = [g for g in groups if g not in hidden]
    if len(hidden) == 1 and shown:  # the total minus the others would give it away
        shown.sort(key=lambda g: (counted[g], g))
        hidden.add(shown.pop(0))
    return Attendance({g: counted[g] for g in groups if g not in hidden},
                      sum(counted.values()), bool(hidden))


def _experiments(workshop: Workshop, session_id: int) -> list[Experiment]:
    return [workshop.experiments.get(action.id) for action in workshop.actions.all(session_id)
            if action.kind is ActionKind.EXPERIMENT]


def _sessions_table(w: Writer, workshop: Workshop, sessions: list[Session]) -> list[Flowable]:
    widths = w.columns(0.34, 0.18, 0.18, 0.30)
    rows: list[list[Flowable]] = [[
        w.label("programme.session", "small", bold=True, width=w.cell_width(widths[0])),
        w.label("programme.date", "small", bold=True, width=w.cell_width(widths[1])),
        w.label("programme.territory", "small", bold=True, width=w.cell_width(widths[2])),
        w.label("programme.attendance", "small", bold=True, width=w.cell_width(widths[3])),
    ]]
    for session in sessions:
        came = attendance(workshop, session.id)
        lines = [w.labels(f"group.{g}") + f" {n}" for g, n in came.shown.items()]
        lines.append(w.labels("programme.total", count=came.total))
        if came.hidden:
            lines.append(w.labels("programme.hidden", least=SUPPRESS_BELOW))
        rows.append([
            w.words(session.title, width=w.cell_width(widths[0])),
            w.plain(pdf_text.keep_left_to_right(session.date), width=w.cell_width(widths[1])),
            w.words(session.territory or "—", width=w.cell_width(widths[2])),
            w.plain("\n".join(lines), "small", width=w.cell_width(widths[3])),
        ])
    return [w.label("programme.sessions", "h1"), w.table(rows, widths)]


def _status(w: Writer, commitment: Commitment) -> str:
    status = w.labels(f"review.status.{commitment.status.value}")
    if commitment.status.value in ("accepted", "in_progress"):
        status += " · " + w.labels("review.progress", percent=commitment.progress)
    for key, value in (("review.reason", "reason"), ("review.forwarded", "body"),
                       ("review.answer", "answer")):
        text = {"reason": commitment.reason, "body": commitment.forwarded_to,
                "answer": commitment.answer}[value]
        if text:
            status += "\n" + w.labels(key, **{value: pdf_text.own_direction(text)})
    return status


def _commitments(w: Writer, workshop: Workshop, session: Session) -> list[Flowable]:
    found = workshop.commitments.of_session(session.id)
    if not found:
        return []
    widths = w.columns(0.3, 0.32, 0.38)
    rows: list[list[Flowable]] = [[
        w.label("programme.idea", "small", bold=True, width=w.cell_width(widths[0])),
        w.label("programme.commitment", "small", bold=True, width=w.cell_width(widths[1])),
        w.label("programme.status", "small", bold=True, width=w.cell_width(widths[2])),
    ]]
    for commitment in found:
        did = commitment.text_in(w.labels.language)
        if commitment.owner_role:
            did += "\n" + w.labels("review.owner",
                                   owner=pdf_text.own_direction(commitment.owner_role))
        rows.append([w.words(commitment.source_text, "small", width=w.cell_width(widths[0])),
                     w.words(did, "small", width=w.cell_width(widths[1])),
                     w.plain(_status(w, commitment), "small",
                             width=w.cell_width(widths[2]))])
    return [w.words(session.title, "h2"), w.table(rows, widths)]


def _experiment(w: Writer, experiment: Experiment) -> list[Flowable]:
    status = w.labels(f"review.status.{experiment.status.value}")
    if experiment.recommendation.value:
        status += " · " + w.labels(f"review.rec.{experiment.recommendation.value}")
    story: list[Flowable] = [w.words(experiment.action.title, "h2"), w.plain(status, bold=True)]
    for key, text in (("programme.hypothesis", experiment.hypothesis),
                      ("programme.observed", experiment.observed),
                      ("programme.story", experiment.story)):
        if text:
            story.append(w.label(key, "small", text=pdf_text.own_direction(text)))
    widths = w.columns(0.25, 0.2, 0.55)
    for criterion in experiment.action.criteria:
        readings = experiment.readings.get(criterion.id, ())
        head = w.label("programme.criterion", "small", bold=True,
                       indicator=pdf_text.own_direction(criterion.indicator),
                       target=pdf_text.own_direction(criterion.target or "—"),
                       how=pdf_text.own_direction(criterion.how_measured or "—"))
        if not readings:
            story += [head, w.label("programme.no_readings", "small")]
            continue
        rows: list[list[Flowable]] = [[
            w.label("programme.date", "small", bold=True, width=w.cell_width(widths[0])),
            w.label("programme.value", "small", bold=True, width=w.cell_width(widths[1])),
            w.label("programme.note", "small", bold=True, width=w.cell_width(widths[2])),
        ]]
        rows += [[w.plain(pdf_text.keep_left_to_right(r.day), "small",
                          width=w.cell_width(widths[0])),
                  w.plain(f"{r.value:g}", "small", width=w.cell_width(widths[1])),
                  w.words(r.note or "", "small", width=w.cell_width(widths[2]))]
                 for r in readings]
        story.append(KeepTogether([head, w.table(rows, widths), w.gap(4)]))
    return story


def _gap(w: Writer, workshop: Workshop, sessions: list[Session]) -> list[Flowable]:
    widths = [w.width * 0.3] + [w.width * 0.7 / len(GAP)] * len(GAP)
    keys = ["programme.session", *(f"outcomes.{k or 'unmarked'}" for k in GAP)]
    rows: list[list[Flowable]] = [[w.label(k, "small", bold=True, width=w.cell_width(x))
                                   for k, x in zip(keys, widths, strict=True)]]
    totals: Counter[str] = Counter()
    for session in sessions:
        counts = workshop.expectations.table(session.id).counts
        totals.update(counts)
        rows.append([w.words(session.title, "small", width=w.cell_width(widths[0])),
                     *(w.plain(str(counts.get(k, 0)), "small", width=w.cell_width(x))
                       for k, x in zip(GAP, widths[1:], strict=True))])
    rows.append([w.label("programme.all", "small", bold=True, width=w.cell_width(widths[0])),
                 *(w.plain(str(totals.get(k, 0)), "small", bold=True, width=w.cell_width(x))
                   for k, x in zip(GAP, widths[1:], strict=True))])
    return [KeepTogether([w.label("programme.gap", "h1"),
                          w.label("programme.gap_intro", "small"), w.table(rows, widths)])]


def build_programme_report(workshop: Workshop, programme_id: int, language: str,
                           signer: SignerCard | None = None) -> bytes:
    """The report in ``language`` (en, fr or ar), ready to be signed."""
    labels = Labels(language if language in LANGUAGES else "en")
    w = Writer(labels)
    programme = workshop.programmes.get(programme_id)
    sessions = workshop.programmes.sessions(programme_id)
    story: list[Flowable] = [w.label("programme.title", "title"),
                             w.words(programme.title, "h1"), w.gap(6)]
    story += _sessions_table(w, workshop, sessions)
    story.append(w.label("programme.commitments", "h1"))
    made = [part for s in sessions for part in _commitments(w, workshop, s)]
    story += made or [w.label("programme.none", "small")]
    story.append(w.label("programme.experiments", "h1"))
    tried = [part for s in sessions for e in _experiments(workshop, s.id)
             for part in _experiment(w, e)]
    story += tried or [w.label("programme.none", "small")]
    story += _gap(w, workshop, sessions)
    if signer is not None:
        story += [w.gap(14), w.label("programme.signed", bold=True, name=signer.name,
                                     title=signer.title),
                  w.plain(spaced_hex(signer.fingerprint), "small")]

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        text = labels("programme.footer", title=pdf_text.own_direction(programme.title[:60]),
                      page=page, pages=pages)
        canvas.saveState()
        canvas.setFont(pdf_text.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        pdf_text.draw(canvas, PAGE_WIDTH / 2, MARGIN / 2, pdf_text.visual(text, rtl=labels.rtl),
                      pdf_text.REGULAR, 7.5, "centre")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=pdf_text.printable(f"{labels('programme.title')} — {programme.title}"),
        author=pdf_text.printable(signer.name) if signer else "Roundtable",
        creator="Roundtable", producer="Roundtable", lang=labels.language)
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


@dataclass(frozen=True)
class ProgrammeReport:
    path: Path
    sha256: str
    signed: bool
    fingerprint: str


def export_programme_report(workshop: Workshop, programme_id: int, out: Path, language: str,
                            identity_path: Path | None = None,
                            passphrase: str = "") -> ProgrammeReport:
    """Write the report to ``out``, signed with the identity when one is given."""
    card: SignerCard | None = None
    identity_bytes = b""
    if identity_path is not None:
        identity = load_identity(identity_path)
        if identity is None:
            raise MinutesError("no_identity")
        identity_bytes = unlock(identity_path, passphrase)
        card = SignerCard(identity.name, identity.title, identity.fingerprint)
    pdf = build_programme_report(workshop, programme_id, language, card)
    if card is not None:
        pdf = sign_pdf(pdf, identity_bytes, passphrase, name=card.name, reason=REASON)
    write_atomically(out, pdf)
    return ProgrammeReport(out, hashlib.sha256(pdf).hexdigest(), card is not None,
                           card.fingerprint if card else "")
