"""The text an audit hash covers is what verification recomputes, whatever the event holds."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.storage import audit

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=5), inner, max_size=4),
        st.dictionaries(st.integers(-20, 20), inner, max_size=4),  # keys that are not text
    ),
    max_leaves=12,
)


@given(st.integers(1, 10**9), st.text(), st.text(), st.dictionaries(st.text(), values))
def test_event_text_is_what_verify_hashes(seq: int, at: str, op: str,
                                          data: dict[str, Any]) -> None:
    data_json = audit.canonical_json(data)
    expected = audit.canonical_json(audit._event(seq, at, op, data_json))
    assert audit.event_json(seq, at, op, data, data_json) == expected


def test_integer_keys_are_hashed_as_read_back() -> None:
    data = {"dots": {10: 1, 9: 2}}
    data_json = audit.canonical_json(data)
    assert audit.event_json(1, "t", "op", data, data_json) == audit.canonical_json(
        audit._event(1, "t", "op", data_json))
