"""Each vote round: ranked table, bar chart, group split (small groups suppressed), channels."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.minutes.charts import Bar, dots_chart
from app.minutes.content import MinutesContent, RankedItem, RoundResult
from app.minutes.layout import Writer
from app.minutes.pdf_text import LRM, RLM

CHANNELS = ("kiosk", "phone", "desk", "paper")
# A chart of more items than this is cut into parts, each on a page of its own if need be
# (a drawing cannot split itself): 30 bars are 503 pt, the frame is about 730.
BARS_PER_PART = 30
LABEL_SHARE = 0.36  # of the chart's width: the items' numbers and words beside their bars
SHORT_ITEM = 70  # characters of an item's words in the group and channel tables


def short(text: str) -> str:
    """An item's words in a narrow table column: the start of them, cut at a word."""
    line = " ".join(text[:400].split())
    if len(line) <= SHORT_ITEM:
        return line
    cut = line[:SHORT_ITEM].rsplit(" ", 1)[0] or line[:SHORT_ITEM]
    return cut + "…"


def numbered(w: Writer, number: int, text: str) -> str:
    """"3. words": the number first in the document's direction, whatever the words' own."""
    return f"{RLM if w.rtl else LRM}{number}. {text}"


def _item_name(w: Writer, number: int, item: RankedItem, width: float) -> Flowable:
    return w.words(numbered(w, number, short(item.text)), width=width)


def _ranked_table(w: Writer, vote: RoundResult) -> Flowable:
    widths = [26.0, *w.columns(0.15), 0.0, *w.columns(0.15, 0.15)]
    widths[2] = w.width - sum(widths)
    cw = [w.cell_width(x) for x in widths]
    rows: list[list[Flowable]] = [[
        w.plain("#", width=cw[0], bold=True),
        w.label("vote.rank", width=cw[1], bold=True),
        w.label("vote.item", width=cw[2], bold=True),
        w.label("vote.dots", width=cw[3], bold=True),
        w.label("vote.paper", width=cw[4], bold=True),
    ]]
    for number, item in enumerate(vote.items, start=1):
        rank = (w.label("vote.tied", width=cw[1], rank=item.rank) if item.tied
                else w.plain(str(item.rank), width=cw[1]))
        rows.append([
            w.plain(str(number), width=cw[0]),
            rank,
            w.words(item.text, width=cw[2]),
            w.plain(str(item.total), width=cw[3], bold=True),
            w.plain(str(item.paper) if item.paper else "—", width=cw[4]),
        ])
    return w.table(rows, widths)


def _group_split(w: Writer, vote: RoundResult) -> list[Flowable]:
    parts: list[Flowable] = [w.label("vote.by_group", "h2")]
    if not vote.shown_groups:
        return [*parts, w.label("vote.no_groups", "small")]
    number_w = w.width * 0.4
    group_w = (w.width - number_w) / len(vote.shown_groups)
    widths = [number_w] + [group_w] * len(vote.shown_groups)
    rows: list[list[Flowable]] = [[
        w.label("vote.item", width=w.cell_width(number_w), bold=True),
        *(w.label(f"group.{group}", width=w.cell_width(group_w), bold=True)
          for group in vote.shown_groups)]]
    for number, item in enumerate(vote.items, start=1):
        rows.append([
            _item_name(w, number, item, w.cell_width(number_w)),
            *(w.plain(str(item.by_group.get(group, 0)), width=w.cell_width(group_w))
              for group in vote.shown_groups)])
    parts.append(w.table(rows, widths))
    if vote.suppressed_groups:
        names = ", ".join(w.labels(f"group.{group}") for group in vote.suppressed_groups)
        parts.append(w.label("vote.suppressed", "small", groups=names))
    return parts


def _channels(w: Writer, vote: RoundResult) -> list[Flowable]:
    used = [ch for ch in CHANNELS if any(item.by_channel.get(ch) for item in vote.items)]
    if not used:
        return []
    number_w = w.width * 0.4
    channel_w = (w.width - number_w) / len(used)
    widths = [number_w] + [channel_w] * len(used)
    rows: list[list[Flowable]] = [[
        w.label("vote.item", width=w.cell_width(number_w), bold=True),
        *(w.label(f"channel.{ch}", width=w.cell_width(channel_w), bold=True) for ch in used)]]
    for number, item in enumerate(vote.items, start=1):
        rows.append([
            _item_name(w, number, item, w.cell_width(number_w)),
            *(w.plain(str(item.by_channel.get(ch, 0)), width=w.cell_width(channel_w))
              for ch in used)])
    return [w.label("vote.by_channel", "h2"), w.table(rows, widths)]


def vote_round(w: Writer, vote: RoundResult) -> list[Flowable]:
    head: list[Flowable] = [
        w.words(vote.title, "h2"),
        w.label("vote.secret" if vote.secret else "vote.open_ballot", "small"),
    ]
    if not vote.items:
        return [KeepTogether([*head, w.label("vote.not_counted")])]
    said = w.labels
    head.append(w.label("vote.settings", "small",
                        per_person=said("vote.per_person", dots=vote.dots_per_person),
                        cap=said("vote.cap", cap=vote.cap_per_item),
                        voters=said("vote.voters", voters=vote.voters),
                        paper=said("vote.paper_entered", paper=vote.paper_dots)))
    return [
        # The ranked table splits across pages (its header repeated); its heading stays on.
        KeepTogether([*head, _ranked_table(w, vote)]),
        *_chart_parts(w, vote),
        KeepTogether(_group_split(w, vote)),
        KeepTogether(_channels(w, vote)),
        w.gap(10),
    ]


def _chart_parts(w: Writer, vote: RoundResult) -> list[Flowable]:
    """The bar chart, cut into parts of at most ``BARS_PER_PART`` bars on one scale; each
    part names its items and carries the legend."""
    bars = [Bar(numbered(w, n, item.text), item.total - item.paper, item.paper)
            for n, item in enumerate(vote.items, start=1)]
    most = max(item.total for item in vote.items) or 1
    legend = (w.labels("vote.legend_electronic"), w.labels("vote.legend_paper"))
    parts: list[Flowable] = []
    for start in range(0, len(bars), BARS_PER_PART):
        chart = dots_chart(bars[start:start + BARS_PER_PART], w.width, rtl=w.rtl,
                           legend=legend, label_width=w.width * LABEL_SHARE, most=most)
        parts.append(KeepTogether([w.label("vote.chart_title", "small"), chart])
                     if start == 0 else chart)
    return parts


def votes(w: Writer, c: MinutesContent) -> list[Flowable]:
    if not c.rounds:
        return []
    parts: list[Flowable] = [w.label("section.votes", "h1")]
    for vote in c.rounds:
        parts += vote_round(w, vote)
    return parts
