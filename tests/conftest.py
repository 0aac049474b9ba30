"""Shared fixtures. Every test gets its own app-data folder and database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.workshop import Workshop


@pytest.fixture(autouse=True)
def _private_app_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_DATA_DIR", str(tmp_path / "app-data"))
    monkeypatch.delenv("ROUNDTABLE_DB", raising=False)


@pytest.fixture(autouse=True)
def _no_store_troubles() -> Iterator[None]:
    """A trouble one test met (a full disk …) is not still reported in the next."""
    from app.storage.faults import TROUBLES

    yield
    TROUBLES.forget()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "roundtable.sqlite"


@pytest.fixture
def workshop(db_path: Path) -> Iterator[Workshop]:
    opened = Workshop.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def demo(workshop: Workshop) -> Workshop:
    """A workshop holding the sample Lyon session (session id 1)."""
    from app.demo import create_demo

    create_demo(workshop)
    return workshop
