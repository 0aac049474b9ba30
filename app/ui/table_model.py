"""A flat table of records: one record per row, one column per header.

The models of the app's lists share the same plumbing: no children, a row count from the list,
a column count and horizontal header titles from the subclass's ``headers()``, and a reset when
the list is replaced. Each subclass keeps its own ``data``, ``flags`` and ``setData``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root: these models are flat tables

T = TypeVar("T")


class RecordTable(QAbstractTableModel, Generic[T]):
    """A table model over a list of records of type ``T``."""

    numbered_rows = False  # whether the vertical header shows 1, 2, 3… (else nothing)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def headers(self) -> Sequence[str]:
        """The column titles, translated when asked so that a change of language is followed."""
        raise NotImplementedError

    def replace_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows`` instead of the current ones (a model reset)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def put_records(self, changed: Mapping[int, T | None], key: Callable[[T], int]) -> None:
        """Rows kept in ``key`` order: each of ``changed`` is put in its place (a new row, or
        the row of the same key shown again), None drops it. Only those rows are touched: no
        reset, the selection and the scroll position stay."""
        keys = [key(row) for row in self.rows]
        last_column = max(0, self.columnCount() - 1)
        for wanted, record in sorted(changed.items(), key=lambda pair: pair[0]):
            at = bisect_left(keys, wanted)
            present = at < len(keys) and keys[at] == wanted
            if record is None:
                if present:
                    self.beginRemoveRows(NO_PARENT, at, at)
                    del self.rows[at], keys[at]
                    self.endRemoveRows()
            elif present:
                self.rows[at] = record
                self.dataChanged.emit(self.index(at, 0), self.index(at, last_column))
            else:
                self.beginInsertRows(NO_PARENT, at, at)
                self.rows.insert(at, record)
                keys.insert(at, wanted)
                self.endInsertRows()

    def record(self, index: Index) -> T | None:
        """The record shown at ``index``; None for an invalid index or a row out of range."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802 (Qt override)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return str(section + 1) if self.numbered_rows else None
