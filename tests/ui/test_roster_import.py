from __future__ import annotations

from app.core.model import ActorType, Group
from app.ui.roster_import import read_roster


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
