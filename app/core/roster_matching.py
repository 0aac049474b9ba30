"""Importing a roster again: people already in the session are recognised and updated, never
added twice.

A row is matched to someone already in the session by, in order: their pseudonym, their badge
code, then their display name (ignoring case, accents and extra spaces). Each person in the
session is matched by one row at most, so two "Karim" in the file stay two "Karim" in the
session. A row that matches no one is a new participant.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.model import Participant
from app.core.pseudonyms import normalise_code

if TYPE_CHECKING:
    from app.core.roster import NewParticipant


@dataclass(frozen=True)
class RosterRow:
    """One line of an imported roster: who, and how to recognise them if already here."""

    person: NewParticipant
    pseudonym: str = ""
    code: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """What an import will do, worked out before anything is written."""

    to_add: tuple[NewParticipant, ...]
    to_update: tuple[tuple[int, NewParticipant], ...]
    unchanged: tuple[int, ...]


@dataclass(frozen=True)
class ImportOutcome:
    added: tuple[int, ...]
    updated: tuple[int, ...]
    unchanged: tuple[int, ...]


def name_key(name: str) -> str:
    """A display name as compared on import: case, accents and spacing do not count."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())


def same_person(current: Participant, spec: NewParticipant) -> bool:
    """Whether a row says nothing new about someone already in the session."""
    return (current.group, current.actor_type, current.language, current.display_name,
            current.named_in_minutes, current.consent_given) == (
        spec.group, spec.actor_type, spec.language, spec.display_name,
        spec.named_in_minutes, spec.consent_given)


def plan_import(existing: list[Participant], rows: list[RosterRow]) -> ImportPlan:
    """Match each row to at most one person already in the session (see the module's text)."""
    free = [p for p in existing if not p.removed]
    by_pseudonym = {p.pseudonym.casefold(): p for p in free}
    by_code = {p.short_code: p for p in free}
    by_name: dict[str, list[Participant]] = {}
    for person in free:
        if person.display_name:
            by_name.setdefault(name_key(person.display_name), []).append(person)
    used: set[int] = set()
    to_add: list[NewParticipant] = []
    to_update: list[tuple[int, NewParticipant]] = []
    unchanged: list[int] = []
    for row in rows:
        match = _match(row, by_pseudonym, by_code, by_name, used)
        if match is None:
            to_add.append(row.person)
            continue
        used.add(match.id)
        spec = row.person
        if not spec.display_name and match.display_name:
            # A file without names (codes only) does not erase the names already typed.
            spec = dataclasses.replace(spec, display_name=match.display_name)
        if same_person(match, spec):
            unchanged.append(match.id)
        else:
            to_update.append((match.id, spec))
    return ImportPlan(tuple(to_add), tuple(to_update), tuple(unchanged))


def _match(row: RosterRow, by_pseudonym: dict[str, Participant], by_code: dict[str, Participant],
           by_name: dict[str, list[Participant]], used: set[int]) -> Participant | None:
    candidates: list[Participant | None] = [
        by_pseudonym.get(row.pseudonym.strip().casefold()) if row.pseudonym.strip() else None,
        by_code.get(normalise_code(row.code)) if row.code.strip() else None,
    ]
    for found in candidates:
        if found is not None and found.id not in used:
            return found
    if row.person.display_name:
        for person in by_name.get(name_key(row.person.display_name), []):
            if person.id not in used:
                return person
    return None
