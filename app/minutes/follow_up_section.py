"""The minutes' section of the follow-up loop: expectations against outcomes ("What people came
for / What this Lab did / Where the rest went", counted by group, small groups suppressed) and
the ideas that bridge the local actors and the newcomers (never computed on a suppressed group).

The gathered record (``FollowUpBlock``) is part of the minutes' content, so its digest covers
it; a session with nothing marked and no closed round has none, and its content is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from app.core.bridging import session_bridging
from app.core.expectations import Outcome
from app.core.workshop import Workshop
from app.minutes import pdf_text
from app.minutes.layout import Writer

if TYPE_CHECKING:
    from app.minutes.content import MinutesContent

ORDER = (*(o.value for o in Outcome), "")


@dataclass(frozen=True)
class OutcomeRow:
    outcome: str  # an Outcome value, "" for not marked
    count: int
    by_group: dict[str, int]  # only the groups shown


@dataclass(frozen=True)
class RestItem:
    expectation: str
    parking: str
    competence: str
    forwarded_to: str


@dataclass(frozen=True)
class BridgingBlock:
    round: str
    computed: bool
    share_percent: int
    ideas: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpBlock:
    outcomes: tuple[OutcomeRow, ...]
    shown_groups: tuple[str, ...]
    did: tuple[str, ...]
    rest: tuple[RestItem, ...]
    bridging: tuple[BridgingBlock, ...]


def gather_follow_up(workshop: Workshop, session_id: int) -> FollowUpBlock | None:
    table = workshop.expectations.table(session_id)
    marked = any(item.outcome is not None for item in table.expectations)
    rounds = session_bridging(workshop, session_id)
    if not marked and not rounds:
        return None
    outcomes = tuple(OutcomeRow(key, table.counts.get(key, 0), table.by_group.get(key, {}))
                     for key in ORDER if table.counts.get(key, 0)) if marked else ()
    return FollowUpBlock(
        outcomes=outcomes,
        shown_groups=table.shown_groups if marked else (),
        did=table.did if marked else (),
        rest=tuple(RestItem(m.text, m.parking_text,
                            m.competence.value if m.competence else "", m.forwarded_to)
                   for m in table.rest),
        bridging=tuple(BridgingBlock(r.title, r.bridging.computed,
                                     round(r.bridging.share * 100),
                                     tuple(r.texts[i] for i in r.bridging.items))
                       for r in rounds),
    )


def _outcome_label(w: Writer, outcome: str) -> str:
    return w.labels(f"outcomes.{outcome}" if outcome else "outcomes.unmarked")


def _outcomes(w: Writer, block: FollowUpBlock) -> list[Flowable]:
    parts: list[Flowable] = [w.label("outcomes.title", "h1"), w.label("outcomes.came_for", "h2")]
    if not block.outcomes:
        return [*parts, w.label("outcomes.nothing")]
    groups = block.shown_groups
    fractions = [0.46, 0.18] + [0.36 / max(1, len(groups))] * len(groups)
    widths = w.columns(*fractions[: 2 + len(groups)])
    cw = [w.cell_width(x) for x in widths]
    rows = [[w.label("outcomes.came_for", "small", bold=True, width=cw[0]),
             w.label("outcomes.total", "small", bold=True, width=cw[1]),
             *[w.label(f"group.{g}", "small", bold=True, width=cw[2 + i])
               for i, g in enumerate(groups)]]]
    for row in block.outcomes:
        rows.append([w.plain(_outcome_label(w, row.outcome), width=cw[0]),
                     w.plain(str(row.count), width=cw[1]),
                     *[w.plain(str(row.by_group.get(g, 0)), width=cw[2 + i])
                       for i, g in enumerate(groups)]])
    parts.append(w.table(rows, widths))
    parts.append(w.label("vote.no_groups" if not groups else "outcomes.unsaid", "small"))
    parts.append(w.label("outcomes.did", "h2"))
    parts += [w.words(f"• {text}") for text in block.did] or [w.label("outcomes.nothing")]
    if block.rest:
        parts.append(w.label("outcomes.rest", "h2"))
        for item in block.rest:
            where = " · ".join(x for x in (
                w.labels(f"competence.{item.competence}") if item.competence else "",
                pdf_text.own_direction(item.forwarded_to)) if x)
            parts.append(KeepTogether([w.words(item.expectation), w.words(item.parking, "small"),
                                       w.plain(where, "small"), w.gap(4)]))
    return parts


def _bridging(w: Writer, block: FollowUpBlock) -> list[Flowable]:
    if not block.bridging:
        return []
    parts: list[Flowable] = [w.label("bridging.title", "h1")]
    for item in block.bridging:
        name = pdf_text.own_direction(item.round)
        if not item.computed:
            parts.append(w.label("bridging.not_computed", round=name))
        elif not item.ideas:
            parts.append(w.label("bridging.none", round=name))
        else:
            parts.append(w.label("bridging.intro", share=item.share_percent, round=name))
            parts += [w.words(f"• {idea}") for idea in item.ideas]
    return parts


def follow_up(w: Writer, content: MinutesContent) -> list[Flowable]:
    block = content.follow_up
    if block is None:
        return []
    return [*_outcomes(w, block), *_bridging(w, block)] if block.outcomes or block.rest else (
        _bridging(w, block))
