"""Fixtures of the desktop tests: bundled fonts loaded, English restored after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.ui.fonts import load_fonts

_FONTS: list[str] = []


@pytest.fixture(autouse=True)
def _fonts_and_language(qapp: QApplication) -> Iterator[None]:
    if not _FONTS:
        _FONTS.extend(load_fonts(qapp))
    yield
    if i18n.current_language() != "en":
        i18n.install(qapp, "en")
