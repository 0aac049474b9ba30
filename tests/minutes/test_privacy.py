"""The pre-signing check finds phone numbers, e-mail addresses and ID-like numbers in notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.model import Area, SessionStatus
from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.privacy import findings, privacy_warnings


@pytest.mark.parametrize(("text", "kind"), [
    ("Appelez-moi au 06 12 34 56 78", "phone"),
    ("+33 6 12 34 56 78 le soir", "phone"),
    ("رقمي 0612345678", "phone"),
    ("هاتفي ٠٦١٢٣٤٥٦٧٨", "phone"),
    ("écrire à karim.b@example.org", "email"),
    ("titre de séjour AB1234567", "id_number"),
    ("IBAN FR76 3000 6000 0112 3456 7890 189", "id_number"),
    ("numéro 1 85 07 75 123 456 78", "id_number"),
])
def test_personal_details_are_found(text: str, kind: str) -> None:
    assert kind in [found_kind for found_kind, _ in findings(text)]


@pytest.mark.parametrize("text", [
    "Deux matinées par semaine, de 9h à 12h, à partir du 2027-01-05",
    "≥ 60 % des démarches abouties",
    "Lyon 69007, ligne 12 et C3",
    "Former 15 agents en 2027",
])
def test_ordinary_numbers_are_not_flagged(text: str) -> None:
    assert findings(text) == []


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=200))
def test_text_without_digits_or_at_signs_is_never_flagged(text: str) -> None:
    if "@" not in text:
        assert findings(text) == []


def test_the_demo_is_clean_and_a_phone_in_a_note_is_listed(demo: Workshop) -> None:
    assert privacy_warnings(gather(demo, 1)) == []
    demo.sessions.set_status(1, SessionStatus.LIVE)
    note = demo.board.add_note(1, Area.IDEAS, "Contact : 06 12 34 56 78")
    (warning,) = privacy_warnings(gather(demo, 1))
    assert (warning.where, warning.item_id, warning.kind) == ("note", note.id, "phone")
    assert warning.found == "06 12 34 56 78"


def test_names_of_people_who_did_not_agree_are_found(demo: Workshop) -> None:
    from app.minutes.content import hidden_names

    names = hidden_names(demo, 1)
    karim = next(p for p in demo.roster.participants(1) if p.display_name == "Karim")
    assert {"Karim", "أمينة", karim.pseudonym, karim.short_code} <= set(names)
    assert "Claire Martin" not in names
    assert privacy_warnings(gather(demo, 1), names) == []  # the demo names no one
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, "Comme l'a dit karim, et aussi أمينة : plus d'horaires")
    demo.board.add_note(1, Area.IDEAS, "Karima propose autre chose")  # another name
    found = {(w.kind, w.found) for w in privacy_warnings(gather(demo, 1), names)}
    assert found == {("name", "Karim"), ("name", "أمينة")}
