"""Reading a roster from CSV: every row checked first, then all imported or none.

A header row names the columns, in any order, in English, French or Arabic (roster_words):
``group`` / ``Groupe`` / ``المجموعة`` (local actor, newcomer, facilitator, observer — or
"Acteur local", "Nouvel arrivant", "Animateur", "Observateur", "فاعل محلي" …), ``language`` /
``Langue`` (a code such as fr, or a name: "Français", "arabe", "العربية"), and optionally
``display_name`` / ``Nom affiché``, ``actor_type`` / ``Type d'acteur``, ``named_in_minutes``,
``consent`` / ``Consentement`` (yes/no, oui/non, نعم/لا), ``pseudonym`` and ``code`` (to
recognise people already in the session). Any other column (for instance a legal status or a
nationality) is never read or stored.

The file may be UTF-8 (with or without a byte-order mark), UTF-16 or Windows-1252 (what French
Excel writes), separated by commas, semicolons (French Excel) or tabs.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.core.errors import RuleError
from app.core.model import ActorType, Group
from app.core.roster import LANGUAGE_CODES, NewParticipant
from app.core.roster_matching import ImportOutcome, RosterRow
from app.core.text_rules import NAME_LIMIT, clean_line
from app.ui.labels import own_direction
from app.ui.roster_words import (
    ACTOR_OF,
    COLUMN_OF,
    GROUP_OF,
    LANGUAGE_OF,
    NO_KEYS,
    YES_KEYS,
    word_key,
)

translate = QCoreApplication.translate


@dataclass
class RosterImport:
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one clear sentence per rejected row
    ignored_columns: list[str] = field(default_factory=list)
    outcome: ImportOutcome | None = None  # once imported: who was added, updated, unchanged

    @property
    def people(self) -> list[NewParticipant]:
        return [row.person for row in self.rows]

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


def decode_roster(data: bytes) -> str:
    """The file's text, whatever a spreadsheet saved it as (see the module's text)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(first_line: str) -> str:
    """The separator of the header line: the one it uses most (French Excel writes ';')."""
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_roster(text: str) -> RosterImport:
    result = RosterImport()
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(first))
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    if not rows:
        result.problems.append(translate("Roster", "The file is empty."))
        return result
    header = [COLUMN_OF.get(word_key(name), "") for name in rows[0]]
    result.ignored_columns = [
        name.strip() for name, key in zip(rows[0], header, strict=True) if not key
    ]
    if "group" not in header:
        result.problems.append(
            translate(
                "Roster",
                'The first line must name the columns, with at least "group" (or "Groupe") '
                'and "language" (or "Langue").',
            )
        )
        return result
    for number, row in enumerate(rows[1:], start=2):
        values = {
            key: (row[i].strip() if i < len(row) else "")
            for i, key in enumerate(header)
            if key
        }
        problem, person = _person(values)
        if problem:
            result.problems.append(
                translate("Roster", "Line {line}: {problem}").format(line=number, problem=problem)
            )
        elif person is not None:
            result.rows.append(
                RosterRow(person, values.get("pseudonym", ""), values.get("code", ""))
            )
    if not result.rows and not result.problems:
        result.problems.append(translate("Roster", "The file has no participants."))
    return result


def _language(text: str) -> str | None:
    key = word_key(text)
    if not key:
        return "en"
    if key in LANGUAGE_CODES:
        return key
    return LANGUAGE_OF.get(key)


def _person(values: dict[str, str]) -> tuple[str, NewParticipant | None]:
    group = GROUP_OF.get(word_key(values.get("group", "")))
    if group is None:
        return translate(
            "Roster",
            'the group "{value}" is not one of: local actor, newcomer, facilitator, observer.',
        ).format(value=own_direction(values.get("group", ""))), None
    language = _language(values.get("language", ""))
    if language is None:
        return translate(
            "Roster",
            'the language "{value}" is not known: write a code such as fr, ar, en '
            "or a name such as Français.",
        ).format(value=own_direction(values.get("language", ""))), None
    actor_text = word_key(values.get("actor_type", ""))
    actor: ActorType | None = None
    if actor_text:
        actor = ACTOR_OF.get(actor_text)
        if actor is None:
            return translate(
                "Roster",
                'the kind of actor "{value}" is not one of: public agent, elected, '
                "civil society.",
            ).format(value=own_direction(values.get("actor_type", ""))), None
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
        return translate(
            "Roster", '"named in the minutes" and "consent" must be yes or no (oui or non).'
        ), None
    return "", NewParticipant(group, language, name, actor, named, consent)


def _yes(value: str) -> bool | None:
    key = word_key(value)
    if key in YES_KEYS:
        return True
    if key in NO_KEYS:
        return False
    return None
