"""What people write is cleaned, never rewritten."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.text_rules import (
    NOTE_LIMIT,
    balanced_bidi,
    clean_line,
    clean_text,
    has_visible,
    isolated,
)


def test_control_characters_go_markup_stays() -> None:
    assert clean_text("  <i>a</i>\x00\x07 b\n", 100) == "<i>a</i> b"


def test_nfc_normalisation() -> None:
    assert clean_text("e\u0301", 10) == "\u00e9"


def test_lines_fold_white_space_and_refuse_long_text() -> None:
    assert clean_line("Claire \n  Martin") == "Claire Martin"
    with pytest.raises(RuleError) as caught:
        clean_line("x" * 61)
    assert caught.value.params == {"length": 61, "limit": 60}


@pytest.mark.parametrize("blank", [
    "\u200b", "\u200b\u200d\u200c", "\u2060\ufeff", "\u202e\u2069\u2066", "\u200f\u200e",
    "\ufe0f\ufe0e", "\u3164\u115f", " \u00a0\u2003\u3000", "\u2800", "\u034f\u200b",
])
def test_a_note_of_invisible_characters_is_refused(blank: str) -> None:
    with pytest.raises(RuleError) as refused:
        clean_text(f" {blank} ", NOTE_LIMIT)
    assert refused.value.code == "invisible_text" or blank.isspace()
    assert clean_line(blank, required=False) == ""


def test_visible_text_with_joiners_is_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(family, NOTE_LIMIT) == family
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # with its ZWNJ
    assert clean_text(persian, NOTE_LIMIT) == persian
    assert has_visible("\u2764\ufe0f")


def test_bidi_controls_are_paired_inside_an_isolate() -> None:
    assert balanced_bidi("\u2069\u202eabc") == "\u202eabc\u202c"
    assert balanced_bidi("a\u2067b\u202bc\u2069d\u202c") == "a\u2067b\u202bc\u202c\u2069d"
    assert balanced_bidi("\u202eab\ncd") == "\u202eab\u202c\ncd"
    assert isolated("") == ""
    assert isolated("x\u2069") == "\u2068x\u2069"
