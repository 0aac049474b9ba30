"""The sections of the minutes, in the order of the session, each from the gathered content."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.core.model import Competence
from app.core.time_zones import clock
from app.minutes import pdf_text
from app.minutes.content import MinutesContent, NoteText
from app.minutes.labels.calendar import language_list, long_date, zone_with_offset
from app.minutes.layout import Writer
from app.minutes.pdf_text import keep_left_to_right


def cover(w: Writer, c: MinutesContent) -> list[Flowable]:
    parts: list[Flowable] = [
        w.label("cover.heading", "small"),
        w.words(c.title, "title"),
        w.gap(8),
    ]
    rows = [
        ("cover.territory", c.territory or "—"),
        ("cover.date", long_date(c.date, w.labels.language)),
        ("cover.venue", c.venue or "—"),
        ("cover.time_zone", keep_left_to_right(zone_with_offset(c.time_zone, c.date))),
        ("cover.languages", language_list(c.languages, w.labels.language)),
        ("cover.version", str(c.version)),
    ]
    key_w, value_w = w.columns(0.32, 0.68)
    parts.append(w.table(
        [[w.label(key, width=w.cell_width(key_w), bold=True),
          w.words(value, width=w.cell_width(value_w))] for key, value in rows],
        [key_w, value_w], header=False))
    if c.version > 1:
        parts += [w.gap(), w.label("cover.version_note", version=c.version)]
    parts += [w.gap(10), w.label("cover.named", "h2")]
    if c.named:
        for person in c.named:
            # One person's role, in a form that fits anyone: "Animation : Claire Martin".
            role = w.labels(f"actor.{person.actor_type}" if person.actor_type
                            else f"person.{person.group}")
            parts.append(w.label("cover.person", role=role,
                                 name=pdf_text.own_direction(person.name)))
    else:
        parts.append(w.label("cover.nobody_named"))
    parts += [w.gap(10), w.label("cover.privacy", "small")]
    return parts


def agenda(w: Writer, c: MinutesContent) -> list[Flowable]:
    widths = w.columns(0.46, 0.16, 0.16, 0.22)
    cw = [w.cell_width(x) for x in widths]
    rows: list[list[Flowable]] = [[
        w.label("agenda.phase", width=cw[0], bold=True),
        w.label("agenda.planned", width=cw[1], bold=True),
        w.label("agenda.actual", width=cw[2], bold=True),
        w.label("agenda.times", width=cw[3], bold=True, zone=c.time_zone),
    ]]
    zone = c.time_zone
    for line in c.agenda:
        name = w.labels(f"phase.{line.kind}")
        if line.title:
            name = f"{name} — {line.title}"
        actual = (w.labels("agenda.minutes", minutes=line.actual_minutes)
                  if line.actual_minutes is not None else w.labels("agenda.not_run"))
        rows.append([
            w.words(name, width=cw[0]) if line.title else w.label(f"phase.{line.kind}",
                                                                   width=cw[0]),
            w.label("agenda.minutes", width=cw[1], minutes=line.planned_minutes),
            w.plain(actual, width=cw[2]),
            w.plain(f"{clock(line.started_at, zone)}\u2013{clock(line.ended_at, zone)}",
                    width=cw[3]),
        ])
    planned = sum(line.planned_minutes for line in c.agenda)
    actual_total = sum(line.actual_minutes or 0 for line in c.agenda)
    rows.append([
        w.label("agenda.total", width=cw[0], bold=True),
        w.label("agenda.minutes", width=cw[1], bold=True, minutes=planned),
        w.label("agenda.minutes", width=cw[2], bold=True, minutes=actual_total),
        w.plain("", width=cw[3]),
    ])
    return [w.label("section.agenda", "h1"), w.table(rows, widths)]


def attendance(w: Writer, c: MinutesContent) -> list[Flowable]:
    widths = w.columns(0.5, 0.25, 0.25)
    cw = [w.cell_width(x) for x in widths]
    rows: list[list[Flowable]] = [[
        w.label("attendance.group", width=cw[0], bold=True),
        w.label("attendance.registered", width=cw[1], bold=True),
        w.label("attendance.attended", width=cw[2], bold=True),
    ]]
    for count in c.attendance:
        rows.append([w.label(f"group.{count.group}", width=cw[0]),
                     w.plain(str(count.registered), width=cw[1]),
                     w.plain(str(count.attended), width=cw[2])])
    rows.append([w.label("attendance.total", width=cw[0], bold=True),
                 w.plain(str(sum(x.registered for x in c.attendance)), width=cw[1], bold=True),
                 w.plain(str(c.attended), width=cw[2], bold=True)])
    return [w.label("section.attendance", "h1"), w.table(rows, widths)]


def _note_list(w: Writer, notes: tuple[NoteText, ...]) -> list[Flowable]:
    if not notes:
        return [w.label("notes.none")]
    number_w, text_w = 26.0, w.width - 26.0
    rows: list[list[Flowable]] = [
        [w.plain(f"{index}.", width=w.cell_width(number_w)),
         w.words(note.text, width=w.cell_width(text_w))]
        for index, note in enumerate(notes, start=1)
    ]
    return [w.table(rows, [number_w, text_w], header=False)]


def expectations(w: Writer, c: MinutesContent) -> list[Flowable]:
    return [w.label("section.expectations", "h1"), *_note_list(w, c.expectations)]


def ideas(w: Writer, c: MinutesContent) -> list[Flowable]:
    parts: list[Flowable] = [w.label("section.ideas", "h1")]
    blocks = [(theme.name, theme.notes, False) for theme in c.themes]
    if c.unthemed:
        blocks.append(("", c.unthemed, True))
    if not blocks:
        parts.append(w.label("notes.none"))
    for name, notes, unthemed in blocks:
        heading = w.label("ideas.unthemed", "h2") if unthemed else w.words(name, "h2")
        parts += [heading, w.label("notes.count", "small", count=len(notes)),
                  *_note_list(w, notes)]
    return parts


def actions(w: Writer, c: MinutesContent) -> list[Flowable]:
    parts: list[Flowable] = [w.label("section.actions", "h1")]
    if not c.actions:
        return [*parts, w.label("actions.none")]
    none = w.labels("action.no_date")
    for action in c.actions:
        block: list[Flowable] = [
            w.label(f"action.{action.kind}", "small", bold=True),
            w.words(action.title, "h2"),
        ]
        if action.description:
            block.append(w.words(action.description))
        key_w, value_w = w.columns(0.3, 0.7)
        block.append(w.table([[
            w.label("action.owner", width=w.cell_width(key_w), bold=True),
            w.words(action.owner_role or none, width=w.cell_width(value_w)),
        ]], [key_w, value_w], header=False))
        language = w.labels.language
        block.append(w.label("action.dates",
                             start=long_date(action.start_date, language) if action.start_date
                             else none,
                             end=long_date(action.end_date, language) if action.end_date
                             else none,
                             review=long_date(action.review_date, language)
                             if action.review_date else none))
        if action.criteria:
            widths = w.columns(0.4, 0.2, 0.4)
            cw = [w.cell_width(x) for x in widths]
            rows: list[list[Flowable]] = [[
                w.label("action.indicator", width=cw[0], bold=True),
                w.label("action.target", width=cw[1], bold=True),
                w.label("action.how", width=cw[2], bold=True),
            ]]
            rows += [[w.words(x.indicator, width=cw[0]), w.words(x.target or none, width=cw[1]),
                      w.words(x.how_measured or none, width=cw[2])] for x in action.criteria]
            block += [w.label("action.criteria", bold=True), w.table(rows, widths)]
        parts.append(KeepTogether([*block, w.gap(8)]))
    return parts


def parking_lot(w: Writer, c: MinutesContent) -> list[Flowable]:
    parts: list[Flowable] = [w.label("section.parking", "h1")]
    if not c.parking_lot:
        return [*parts, w.label("parking.none")]
    for level in Competence:
        items = [item for item in c.parking_lot if item.competence == level.value]
        if not items:
            continue
        parts.append(w.label(f"competence.{level.value}", "h2"))
        for item in items:
            forwarded = (w.label("parking.forwarded", "small",
                                 where=pdf_text.own_direction(item.forwarded_to))
                         if item.forwarded_to else w.label("parking.not_forwarded", "small"))
            parts.append(KeepTogether([w.words(item.text), forwarded, w.gap(4)]))
    return parts


def next_steps(w: Writer, c: MinutesContent) -> list[Flowable]:
    body = w.words(c.next_steps) if c.next_steps.strip() else w.label("next_steps.none")
    return [w.label("section.next_steps", "h1"), body]


def audit(w: Writer, c: MinutesContent) -> list[Flowable]:
    return [
        w.label("section.audit", "h1"),
        w.label("audit.text", events=c.audit_events),
        w.plain(c.audit_head, "small"),
        w.label("audit.intact" if c.audit_intact else "audit.broken", "small"),
    ]
