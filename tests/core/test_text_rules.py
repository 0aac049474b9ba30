"""What people write is cleaned, never rewritten."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.text_rules import clean_line, clean_text


def test_control_characters_go_markup_stays() -> None:
    assert clean_text("  <i>a</i>\x00\x07 b\n", 100) == "<i>a</i> b"


def test_nfc_normalisation() -> None:
    assert clean_text("e\u0301", 10) == "\u00e9"


def test_lines_fold_white_space_and_refuse_long_text() -> None:
    assert clean_line("Claire \n  Martin") == "Claire Martin"
    with pytest.raises(RuleError) as caught:
        clean_line("x" * 61)
    assert caught.value.params == {"length": 61, "limit": 60}
