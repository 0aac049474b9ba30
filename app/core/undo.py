"""Undo and redo of board operations. Each step is a pair of operations, so undoing is itself
an audited change like any other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import RuleError

LIMIT = 200


@dataclass(frozen=True)
class Step:
    label: str
    undo: Callable[[], object]
    redo: Callable[[], object]


class UndoStack:
    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._replaying = False

    def push(self, step: Step) -> None:
        if self._replaying:
            return
        self._done.append(step)
        del self._done[:-LIMIT]
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    @property
    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def undo(self) -> str:
        if not self._done:
            raise RuleError("nothing_to_undo")
        step = self._done.pop()
        self._replay(step.undo)
        self._undone.append(step)
        return step.label

    def redo(self) -> str:
        if not self._undone:
            raise RuleError("nothing_to_redo")
        step = self._undone.pop()
        self._replay(step.redo)
        self._done.append(step)
        return step.label

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    def _replay(self, action: Callable[[], object]) -> None:
        self._replaying = True
        try:
            action()
        finally:
            self._replaying = False
