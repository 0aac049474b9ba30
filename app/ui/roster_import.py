"""Reading a roster from CSV: every row checked first, then all added or none.

Expected columns (a header row, any order): ``group`` (local_actor, newcomer, facilitator,
observer), ``language`` (a code such as fr, ar, en), and optionally ``display_name``,
``actor_type`` (public_agent, elected, civil_society), ``named_in_minutes``, ``consent``.
Any other column (for instance a legal status or a nationality) is never read or stored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.core.errors import RuleError
from app.core.model import ActorType, Group
from app.core.roster import LANGUAGE_CODES, NewParticipant
from app.core.text_rules import NAME_LIMIT, clean_line

translate = QCoreApplication.translate

KNOWN = {"group", "language", "display_name", "actor_type", "named_in_minutes", "consent"}
ALIASES = {
    "name": "display_name",
    "lang": "language",
    "consent_given": "consent",
    "type": "actor_type",
}
YES = {"1", "yes", "y", "true", "oui", "x"}
NO = {"", "0", "no", "n", "false", "non"}


@dataclass
class RosterImport:
    people: list[NewParticipant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one clear sentence per rejected row
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.people)


def _key(name: str) -> str:
    key = name.strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(key, key)


def _yes(value: str) -> bool | None:
    value = value.strip().lower()
    if value in YES:
        return True
    if value in NO:
        return False
    return None


def read_roster(text: str) -> RosterImport:
    result = RosterImport()
    text = text.lstrip("\ufeff")
    dialect: type[csv.Dialect] | csv.Dialect
    try:
        dialect = csv.Sniffer().sniff(text[:2048], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel()
    reader = csv.reader(io.StringIO(text), dialect)
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    if not rows:
        result.problems.append(translate("Roster", "The file is empty."))
        return result
    header = [_key(name) for name in rows[0]]
    result.ignored_columns = [
        name for name, key in zip(rows[0], header, strict=True) if key not in KNOWN
    ]
    if "group" not in header:
        result.problems.append(
            translate(
                "Roster",
                'The first line must name the columns, with at least "group" and "language".',
            )
        )
        return result
    for number, row in enumerate(rows[1:], start=2):
        values = {
            key: (row[i].strip() if i < len(row) else "")
            for i, key in enumerate(header)
            if key in KNOWN
        }
        problem, person = _person(values)
        if problem:
            result.problems.append(
                translate("Roster", "Line {line}: {problem}").format(line=number, problem=problem)
            )
        elif person is not None:
            result.people.append(person)
    if not result.people and not result.problems:
        result.problems.append(translate("Roster", "The file has no participants."))
    return result


def _person(values: dict[str, str]) -> tuple[str, NewParticipant | None]:
    group_text = values.get("group", "").lower().replace(" ", "_")
    try:
        group = Group(group_text)
    except ValueError:
        return translate(
            "Roster",
            'the group "{value}" is not one of local_actor, newcomer, facilitator, observer.',
        ).format(value=values.get("group", "")), None
    language = values.get("language", "").lower() or "en"
    if language not in LANGUAGE_CODES:
        return translate(
            "Roster", 'the language "{value}" is not a known language code (such as fr, ar, en).'
        ).format(value=values.get("language", "")), None
    actor_text = values.get("actor_type", "").lower().replace(" ", "_")
    actor: ActorType | None = None
    if actor_text:
        try:
            actor = ActorType(actor_text)
        except ValueError:
            return translate(
                "Roster",
                'the kind of actor "{value}" is not one of public_agent, elected, civil_society.',
            ).format(value=values.get("actor_type", "")), None
        if group is not Group.LOCAL_ACTOR:
            return translate("Roster", "only a local actor has a kind of actor."), None
    try:
        name = clean_line(values.get("display_name", ""), NAME_LIMIT, required=False)
    except RuleError:
        return translate("Roster", "the display name is longer than {limit} characters.").format(
            limit=NAME_LIMIT
        ), None
    named = _yes(values.get("named_in_minutes", ""))
    consent = _yes(values.get("consent", ""))
    if named is None or consent is None:
        return translate("Roster", '"named_in_minutes" and "consent" must be yes or no.'), None
    return "", NewParticipant(group, language, name, actor, named, consent)
