"""The rows of a list widget kept in id order, each found by its id.

A change event names the rows it touched; a list that shows hundreds or thousands of them
(ideas to vote on, notes waiting for approval, participants) puts, changes or drops only those
rows, instead of clearing itself and reading everything again.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class KeyedRows:
    def __init__(self, widget: QListWidget) -> None:
        self.widget = widget
        self._ids: list[int] = []  # the shown ids, in order (row n shows _ids[n])
        self._items: dict[int, QListWidgetItem] = {}

    def ids(self) -> list[int]:
        return list(self._ids)

    def item(self, item_id: int) -> QListWidgetItem | None:
        return self._items.get(item_id)

    def clear(self) -> None:
        self.widget.clear()
        self._ids.clear()
        self._items.clear()

    def put(self, item_id: int, text: str) -> tuple[QListWidgetItem, bool]:
        """Show ``text`` in the row of ``item_id`` (made in its place if new). Returns the row's
        item and whether it is new."""
        found = self._items.get(item_id)
        if found is not None:
            if found.text() != text:
                found.setText(text)
            return found, False
        item = QListWidgetItem(text)  # a list item is plain text
        item.setData(ID_ROLE, item_id)
        at = bisect_left(self._ids, item_id)
        self._ids.insert(at, item_id)
        self._items[item_id] = item
        self.widget.insertItem(at, item)
        return item, True

    def drop(self, item_id: int) -> None:
        item = self._items.pop(item_id, None)
        if item is None:
            return
        at = bisect_left(self._ids, item_id)
        del self._ids[at]
        taken = self.widget.takeItem(at)
        assert taken is item
        del taken
