"""What the projector can show, and what a page must have to be paged or registered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from app.core.workshop import Workshop

PageFactory = Callable[[Workshop, int], QWidget]
Wants = Callable[[Workshop, int], bool]


class Show(StrEnum):
    """What the projector shows: the phase's page, or one the facilitator picked."""

    FOLLOW = "follow"
    JOIN = "join"
    BOARD = "board"
    THEMES = "themes"
    PARKING_LOT = "parking_lot"
    ACTIONS = "actions"
    CLOSING = "closing"
    TIMER = "timer"


@runtime_checkable
class Paged(Protocol):
    """A page with pages of its own (all the notes, all the actions, every item of a vote)."""

    page: int

    def page_count(self) -> int: ...

    def set_page(self, page: int) -> None: ...


@dataclass
class RegisteredPage:
    name: str
    factory: PageFactory
    wants: Wants
    widget: QWidget | None = None
