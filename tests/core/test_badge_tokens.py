"""Badge tokens: signed for one session and one participant; everything else is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.badge_tokens import BadgeSigner, identify, looks_like_badge
from app.core.errors import MESSAGES, RuleError
from app.core.model import Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop

SIGNER = BadgeSigner("0123456789abcdef0123456789abcdef", "ab" * 32)


def test_a_token_names_its_participant() -> None:
    token = SIGNER.token(42)
    assert looks_like_badge(token)
    assert SIGNER.verify(token) == 42
    assert SIGNER.verify(" " + token.lower() + "\n") == 42


def test_the_token_is_qr_alphanumeric() -> None:
    allowed = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(SIGNER.token(7)) <= allowed


def test_another_participant_number_is_refused_as_forged() -> None:
    prefix, uid, _, mac = SIGNER.token(42).split(".")
    with pytest.raises(RuleError) as caught:
        SIGNER.verify(f"{prefix}.{uid}.43.{mac}")
    assert caught.value.code == "badge_forged"


def test_another_session_is_refused_as_such() -> None:
    other = BadgeSigner("fedcba9876543210fedcba9876543210", "cd" * 32)
    with pytest.raises(RuleError) as caught:
        SIGNER.verify(other.token(42))
    assert caught.value.code == "badge_other_session"


def test_same_uid_but_another_key_is_forged() -> None:
    thief = BadgeSigner(SIGNER.session_uid, "00" * 32)
    with pytest.raises(RuleError) as caught:
        SIGNER.verify(thief.token(42))
    assert caught.value.code == "badge_forged"


@pytest.mark.parametrize("text", ["", "hello", "https://example.org/", "RT2.A.1.B", "RT1.A.B"])
def test_not_a_badge(text: str) -> None:
    with pytest.raises(RuleError) as caught:
        SIGNER.verify(text)
    assert caught.value.code == "badge_unknown"


@settings(max_examples=300)
@given(position=st.integers(min_value=0, max_value=60), char=st.sampled_from("0123456789ABCDEF"))
def test_any_single_altered_character_is_refused(position: int, char: str) -> None:
    token = SIGNER.token(1234)
    if position >= len(token) or token[position] == char or token[position] == ".":
        return
    altered = token[:position] + char + token[position + 1:]
    with pytest.raises(RuleError):
        SIGNER.verify(altered)


def test_refusals_have_clear_english_texts() -> None:
    for code in ("badge_unknown", "badge_other_session", "badge_forged", "unknown_code"):
        assert code in MESSAGES
    assert "another session" in str(RuleError("badge_other_session"))


def _two_sessions(workshop: Workshop) -> tuple[int, int, int, int]:
    first = workshop.sessions.create("Lab A", "2026-11-14")
    second = workshop.sessions.create("Lab B", "2026-11-15")
    a = workshop.roster.add(first.id, NewParticipant(Group.NEWCOMER, "ar", "أمينة"))
    b = workshop.roster.add(second.id, NewParticipant(Group.NEWCOMER))
    return first.id, second.id, a.id, b.id


def test_identify_by_badge_or_typed_code(workshop: Workshop) -> None:
    first, _, amina, _ = _two_sessions(workshop)
    token = BadgeSigner.for_session(workshop.database, first).token(amina)
    assert identify(workshop, first, token).display_name == "أمينة"
    code = workshop.roster.get(amina).short_code
    typed = f" {code[:3].lower()}-{code[3:]} "
    assert identify(workshop, first, typed).id == amina


def test_identify_refuses_other_sessions_and_unknown_codes(workshop: Workshop) -> None:
    first, second, _amina, other = _two_sessions(workshop)
    other_token = BadgeSigner.for_session(workshop.database, second).token(other)
    with pytest.raises(RuleError) as caught:
        identify(workshop, first, other_token)
    assert caught.value.code == "badge_other_session"
    # A well-signed badge of this session naming someone of another session.
    cross = BadgeSigner.for_session(workshop.database, first).token(other)
    with pytest.raises(RuleError) as caught:
        identify(workshop, first, cross)
    assert caught.value.code == "badge_forged"
    with pytest.raises(RuleError) as caught:
        identify(workshop, first, "ZZZZZZ")
    assert caught.value.code == "unknown_code"


def test_identify_refuses_a_removed_participant(workshop: Workshop) -> None:
    first, _, amina, _ = _two_sessions(workshop)
    token = BadgeSigner.for_session(workshop.database, first).token(amina)
    workshop.roster.remove(amina)
    with pytest.raises(RuleError) as caught:
        identify(workshop, first, token)
    assert caught.value.code == "participant_removed"


def test_each_session_has_its_own_key(workshop: Workshop) -> None:
    first, second, _, _ = _two_sessions(workshop)
    one = BadgeSigner.for_session(workshop.database, first)
    two = BadgeSigner.for_session(workshop.database, second)
    assert one.badge_key != two.badge_key
    assert len(one.badge_key) == 64


def test_another_kind_of_qr_code_is_not_a_badge(workshop: Workshop) -> None:
    first, _, _, _ = _two_sessions(workshop)
    for text in ("http://10.42.0.1:8080/j/abcdef", "WIFI:T:WPA;S:Lab;P:secret;;"):
        with pytest.raises(RuleError) as caught:
            identify(workshop, first, text)
        assert caught.value.code == "badge_unknown"
