"""Lists and tables change only the rows an event names: no clear, no reset."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from app.ui.keyed_rows import ID_ROLE, KeyedRows
from app.ui.table_model import RecordTable


def test_rows_are_put_in_id_order_changed_in_place_and_dropped(qtbot: QtBot) -> None:
    widget = QListWidget()
    qtbot.addWidget(widget)
    rows = KeyedRows(widget)
    for item_id in (5, 1, 9, 3):
        rows.put(item_id, f"note {item_id}")
    first, new = rows.put(3, "note 3, edited")
    assert not new
    rows.drop(9)
    rows.drop(42)  # not shown: nothing to do
    assert [widget.item(i).text() for i in range(widget.count())] == [
        "note 1", "note 3, edited", "note 5"]
    assert [widget.item(i).data(ID_ROLE) for i in range(widget.count())] == [1, 3, 5]
    assert widget.item(1) is first  # the same row, not a new one


class Table(RecordTable[tuple[int, str]]):
    def headers(self) -> tuple[str, ...]:
        return ("Text",)


def test_a_table_puts_records_without_a_reset(qtbot: QtBot) -> None:
    table = Table()
    table.replace_rows([(1, "a"), (4, "d"), (7, "g")])
    resets: list[bool] = []
    table.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignals([table.rowsInserted, table.rowsRemoved, table.dataChanged]):
        table.put_records({5: (5, "e"), 4: None, 7: (7, "G"), 8: None},
                          key=lambda row: row[0])
    assert table.rows == [(1, "a"), (5, "e"), (7, "G")]
    assert resets == []
