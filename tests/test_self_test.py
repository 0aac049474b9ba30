"""The self-test finds nothing wrong in a checkout where `make translations` has run."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import self_test


def test_no_problems_in_a_built_checkout() -> None:
    assert self_test.problems() == []


def test_missing_translations_are_reported(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    (tmp_path / "fonts").mkdir()
    monkeypatch.setattr(self_test, "resource", lambda *parts: tmp_path.joinpath(*parts))
    found = self_test.problems()
    assert any("font missing" in p for p in found)
    assert any("no compiled translations for ar" in p for p in found)
