"""A name or a note with direction controls cannot turn the desk's own words around.

"69-elpaM" typed with a right-to-left override (and a stray isolate end to break out of any
isolate put around it) would make "Maple-96 - Birch-20" read as Birch-20. Every string the desk
shows with such a text must hold it inside an isolate whose controls are paired."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel, Group, RoundTarget
from app.core.roster import NewParticipant
from app.core.text_rules import balanced_bidi, isolated
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.areas import add_areas
from app.ui.main_window import MainWindow

MARK = "96-elpaM"
HOSTILE_NAME = f"\u2069\u202e{MARK}"
HOSTILE_NOTE = f"\u2069\u202e{MARK} \u202bnight buses\u2069"
OPENERS = {"\u202a": "e", "\u202b": "e", "\u202d": "e", "\u202e": "e",
           "\u2066": "i", "\u2067": "i", "\u2068": "i"}


def held_in_isolate(shown: str) -> bool:
    """Every direction control in ``shown`` is paired, and each occurrence of the hostile text
    sits inside an isolate (so whatever it opens ends before the program's words go on)."""
    stack: list[str] = []
    inside = []
    for index, ch in enumerate(shown):
        if ch in OPENERS:
            stack.append(OPENERS[ch])
        elif ch == "\u202c":
            if not stack or stack[-1] != "e":
                return False
            stack.pop()
        elif ch == "\u2069":
            if "i" not in stack:
                return False
            while stack.pop() != "i":
                pass
        if shown.startswith(MARK, index):
            inside.append("i" in stack)
    return not stack and all(inside)


def test_the_checker_finds_the_escape() -> None:
    assert not held_in_isolate(f"\u2068{HOSTILE_NAME}\u2069 \N{EN DASH} Birch-20")
    assert not held_in_isolate(f"\u202e{MARK}\u202c")
    assert held_in_isolate(f"{isolated(HOSTILE_NAME)} \N{EN DASH} Birch-20")
    assert held_in_isolate(isolated(HOSTILE_NOTE))
    assert balanced_bidi("a\u202cb\u2069") == "ab"


def model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if not flat and column == 0 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def shown_texts(root: QWidget) -> Iterator[str]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        yield widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from model_texts(widget.model(), QModelIndex())


def hostile_session(workshop: Workshop) -> int:
    session = workshop.sessions.create("Lab", "2026-12-02", languages=("fr", "ar"))
    person = workshop.roster.add(session.id, NewParticipant(
        Group.NEWCOMER, language="ar", display_name=HOSTILE_NAME, consent_given=True))
    workshop.roster.add(session.id, NewParticipant(Group.LOCAL_ACTOR, display_name="Birch"))
    workshop.roster.check_in(person.id)
    note = workshop.board.add_note(session.id, Area.IDEAS, HOSTILE_NOTE, author_id=person.id,
                                   origin=Channel.PHONE)
    other = workshop.board.add_note(session.id, Area.IDEAS, "Bus de nuit")
    workshop.board.add_note(session.id, Area.PARKING_LOT, HOSTILE_NOTE)
    vote = workshop.voting.create(session.id, HOSTILE_NAME, RoundTarget.NOTES,
                                  [note.id, other.id])
    workshop.voting.open(vote.id)
    workshop.voting.set_ballot(vote.id, person.id, {note.id: 2}, origin=Channel.PHONE)
    workshop.voting.close(vote.id)
    workshop.voting.reveal(vote.id)
    return session.id


def test_every_desk_list_holds_a_hostile_name_in_its_isolate(
        workshop: Workshop, qtbot: QtBot) -> None:
    session_id = hostile_session(workshop)
    window = MainWindow(workshop)
    qtbot.addWidget(window)
    add_areas(window)
    window.open_session(session_id)
    tabs = window.findChild(QTabWidget)
    assert tabs is not None
    seen: list[str] = []
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        seen.extend(text for text in shown_texts(window) if MARK in text)
    seen.extend(text for text in shown_texts(window.projector_window()) if MARK in text)
    assert len(set(seen)) >= 8  # roster, attendance, board, parking lot, vote rounds, results …
    escaped = [text for text in seen if not held_in_isolate(text)]
    assert escaped == []


def test_a_person_is_named_with_the_name_isolated(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-12-02")
    person = workshop.roster.add(session.id, NewParticipant(
        Group.NEWCOMER, display_name=HOSTILE_NAME))
    named = labels.person_name(person)
    assert named.endswith(f"\u2069 \N{EN DASH} {person.pseudonym}")
    assert held_in_isolate(named)
    assert held_in_isolate(labels.shown_name(person))
