"""A round's tally as chart rows and as a table model (rank, item, dots, channels, groups)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.model import Group
from app.core.tally import ItemTally, RoundTally
from app.ui import labels
from app.ui.table_model import Index, RecordTable
from app.ui.voting.chart import ChartRow, channel_name

TABLE_CHANNELS = ("phone", "kiosk", "paper")


def chart_rows(tally: RoundTally, texts: dict[int, str], *, ranked: bool = True) -> list[ChartRow]:
    """Best first; or, with ``ranked`` off (live dots), in the round's own order."""
    items = list(tally.items)
    if not ranked:
        order = list(texts)
        items.sort(key=lambda t: order.index(t.item_id) if t.item_id in order else len(order))
    return [
        ChartRow(texts.get(t.item_id, ""), t.total, t.rank, t.tied, dict(t.by_channel))
        for t in items
    ]


def group_name(value: str) -> str:
    try:
        return labels.group(Group(value))
    except ValueError:
        return value


def suppressed_text(tally: RoundTally) -> str:
    if not tally.suppressed_groups:
        return ""
    names = ", ".join(group_name(g) for g in tally.suppressed_groups)
    return QCoreApplication.translate(
        "VotingResults",
        "Not shown by group, to protect small groups (fewer than 5 people "
        "or the one that would give them away): {groups}",
    ).format(groups=names)


class ResultsModel(RecordTable[ItemTally]):
    """Read-only: rank, item, dots, one column per channel, one per group that may be shown."""

    numbered_rows = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[int, str] = {}
        self._groups: tuple[str, ...] = ()

    def set_tally(self, tally: RoundTally | None, texts: dict[int, str]) -> None:
        self._texts = dict(texts)
        self._groups = tally.shown_groups if tally else ()
        self.replace_rows(tally.items if tally else ())

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("VotingResults", "Rank"),
            QCoreApplication.translate("VotingResults", "Item"),
            QCoreApplication.translate("VotingResults", "Dots"),
            *(channel_name(c) for c in TABLE_CHANNELS),
            *(group_name(g) for g in self._groups),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            if item.tied:
                return QCoreApplication.translate("ResultsChart", "{rank} (tie)").format(
                    rank=item.rank
                )
            return str(item.rank)
        if column == 1:  # what a person wrote: plain text, in its own direction
            text = self._texts.get(item.item_id, "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.plain_tooltip(text)
            return labels.own_direction(text)
        if column == 2:
            return str(item.total)
        if column < 3 + len(TABLE_CHANNELS):
            return str(item.by_channel.get(TABLE_CHANNELS[column - 3], 0))
        group = self._groups[column - 3 - len(TABLE_CHANNELS)]
        return str(item.by_group.get(group, 0))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
