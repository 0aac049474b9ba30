from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.core.model import ActorType, Group
from app.ui.roster_import import decode_roster, read_roster
from tests.ui.roster_fixture import french_excel_roster


def test_a_good_file_is_read_whole() -> None:
    result = read_roster("group,language,display_name,actor_type,consent\n"
                         "newcomer,ar,أمينة,,yes\n"
                         "local_actor,fr,Karim,public_agent,oui\n")
    assert result.ok
    assert [(p.group, p.language, p.display_name, p.actor_type) for p in result.people] == [
        (Group.NEWCOMER, "ar", "أمينة", None),
        (Group.LOCAL_ACTOR, "fr", "Karim", ActorType.PUBLIC_AGENT)]


def test_each_rejected_row_gets_its_own_sentence() -> None:
    result = read_roster("group;language\nnewcomer;fr\nvisitor;fr\nnewcomer;xx\n")
    assert not result.ok
    assert len(result.problems) == 2
    assert result.problems[0].startswith("Line 3:")
    assert "visitor" in result.problems[0]
    assert result.problems[1].startswith("Line 4:")
    assert "xx" in result.problems[1]


def test_identity_columns_are_never_read() -> None:
    result = read_roster("group,language,nationality,legal_status\n"
                         "newcomer,fa,Afghan,asylum seeker\n")
    assert result.ok
    assert result.ignored_columns == ["nationality", "legal_status"]
    person = result.people[0]
    assert "Afghan" not in repr(person)
    assert "asylum" not in repr(person)


def test_a_file_without_a_header_or_rows_is_refused() -> None:
    assert not read_roster("").ok
    assert not read_roster("newcomer,fr\n").ok
    assert not read_roster("group,language\n").ok


def test_actor_type_only_for_local_actors() -> None:
    result = read_roster("group,language,actor_type\nnewcomer,fr,elected\n")
    assert not result.ok


def test_a_french_excel_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "participants.csv"
    lines = french_excel_roster(path)
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really what French Excel writes
    result = read_roster(decode_roster(data))
    assert result.problems == []
    assert len(result.people) == 40
    assert result.ignored_columns == ["Remarques"]
    assert [p.display_name for p in result.people] == [line.name for line in lines]
    groups = Counter(p.group for p in result.people)
    assert groups == {Group.NEWCOMER: 16, Group.LOCAL_ACTOR: 16, Group.FACILITATOR: 4,
                      Group.OBSERVER: 4}
    assert {p.language for p in result.people} >= {"ar", "prs", "ti", "fr", "en", "ps", "uk"}
    elected = [p for p in result.people if p.actor_type is ActorType.ELECTED]
    assert elected
    assert all(p.named_in_minutes for p in elected)


def test_arabic_headers_and_values_with_a_byte_order_mark() -> None:
    text = "\n".join([",".join(("المجموعة", "اللغة", "الاسم", "نوع الفاعل", "الموافقة")),
                      ",".join(("وافد جديد", "العربية", "أمينة", "", "نعم")),
                      ",".join(("فاعل محلي", "الفرنسية", "Karim", "موظف عمومي", "لا"))])
    result = read_roster(decode_roster(("\ufeff" + text).encode("utf-8")))
    assert result.ok
    assert [(p.group, p.language, p.display_name, p.actor_type, p.consent_given)
            for p in result.people] == [
        (Group.NEWCOMER, "ar", "أمينة", None, True),
        (Group.LOCAL_ACTOR, "fr", "Karim", ActorType.PUBLIC_AGENT, False)]


def test_encodings_a_spreadsheet_may_write() -> None:
    text = "Groupe;Langue;Nom affiché\nNouvel arrivant;Français;Hélène\n"
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"),
                 text.encode("cp1252"), text.encode("utf-16")):
        result = read_roster(decode_roster(data))
        assert result.ok
        assert result.people[0].display_name == "Hélène"


def test_a_comma_in_a_name_does_not_split_a_semicolon_file() -> None:
    result = read_roster("Groupe;Langue;Nom\nObservateur;fr;Dupont, Léa\n")
    assert result.ok
    assert result.people[0].display_name == "Dupont, Léa"


def test_a_wrong_value_says_what_is_expected() -> None:
    result = read_roster("Groupe;Langue\nVisiteur;fr\nNouvel arrivant;klingon\n")
    assert not result.ok
    assert "local actor, newcomer, facilitator, observer" in result.problems[0]
    assert "fr, ar, en" in result.problems[1]


def test_codes_and_pseudonyms_are_read_to_recognise_people() -> None:
    result = read_roster("Pseudonyme;Code;Groupe;Langue\nRenard-42;AB3-K7P;Observateur;fr\n")
    assert result.ok
    assert (result.rows[0].pseudonym, result.rows[0].code) == ("Renard-42", "AB3-K7P")
