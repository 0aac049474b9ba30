"""What the minutes say, gathered from the store into one plain, frozen record.

Counts, not people: the only names are those of participants who agreed to be named. Notes are
kept verbatim in their own language, never with their author. Vote rounds carry their tallies
only (a secret round has nothing else; an open round's ballots are not copied either).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from app.core.agenda import timer_state
from app.core.minutes_versions import MinutesVersions
from app.core.model import Area, Group, Note, RoundStatus, RoundTarget
from app.core.time_zones import local_iso
from app.core.workshop import Workshop
from app.minutes.follow_up_section import FollowUpBlock, gather_follow_up


@dataclass(frozen=True)
class NamedPerson:
    name: str
    group: str
    actor_type: str


@dataclass(frozen=True)
class AgendaLine:
    kind: str
    title: str
    planned_minutes: int
    started_at: str | None
    ended_at: str | None
    actual_minutes: int | None


@dataclass(frozen=True)
class GroupCount:
    group: str
    registered: int
    attended: int


@dataclass(frozen=True)
class NoteText:
    id: int
    text: str
    language: str


@dataclass(frozen=True)
class ThemeBlock:
    name: str
    notes: tuple[NoteText, ...]


@dataclass(frozen=True)
class RankedItem:
    rank: int
    tied: bool
    text: str
    language: str
    total: int
    paper: int
    by_channel: dict[str, int]
    by_group: dict[str, int]


@dataclass(frozen=True)
class RoundResult:
    title: str
    target: str
    secret: bool
    status: str
    dots_per_person: int
    cap_per_item: int
    voters: int  # who voted at a kiosk or phone; paper voters are counted by their dots
    total_dots: int
    paper_dots: int
    shown_groups: tuple[str, ...]
    suppressed_groups: tuple[str, ...]
    items: tuple[RankedItem, ...]  # empty while the round is not closed


@dataclass(frozen=True)
class CriterionText:
    indicator: str
    target: str
    how_measured: str


@dataclass(frozen=True)
class ActionBlock:
    kind: str
    title: str
    description: str
    owner_role: str
    start_date: str | None
    end_date: str | None
    review_date: str | None
    criteria: tuple[CriterionText, ...]


@dataclass(frozen=True)
class ParkingItem:
    text: str
    language: str
    competence: str
    forwarded_to: str


@dataclass(frozen=True)
class MinutesContent:
    session_uid: str
    title: str
    territory: str
    date: str
    venue: str
    languages: tuple[str, ...]
    version: int
    named: tuple[NamedPerson, ...]
    agenda: tuple[AgendaLine, ...]
    attendance: tuple[GroupCount, ...]
    expectations: tuple[NoteText, ...]
    themes: tuple[ThemeBlock, ...]
    unthemed: tuple[NoteText, ...]
    rounds: tuple[RoundResult, ...]
    actions: tuple[ActionBlock, ...]
    parking_lot: tuple[ParkingItem, ...]
    next_steps: str
    audit_events: int
    audit_head: str
    audit_intact: bool
    time_zone: str = "UTC"  # where the session took place: times are printed in this zone
    # Expectations against outcomes and bridging ideas (None: nothing marked, no closed round)
    follow_up: FollowUpBlock | None = None

    @property
    def attended(self) -> int:
        return sum(count.attended for count in self.attendance)

    @property
    def idea_count(self) -> int:
        return sum(len(theme.notes) for theme in self.themes) + len(self.unthemed)

    def to_json(self) -> dict[str, Any]:
        found = dataclasses.asdict(self)
        if found["follow_up"] is None:  # the content of a Lab without follow-up is unchanged
            del found["follow_up"]
        return found

    def digest(self) -> str:
        """SHA-256 of the canonical JSON of this content: the document digest in the QR code.

        The JSON export carries the same content, so anyone can recompute it (``verify
        --content``). The audit log's head is left out: signing itself adds an event, so an
        export made after signing still matches the signed minutes.
        """
        return content_digest_of(self.to_json())


AUDIT_FIELDS = ("audit_events", "audit_head", "audit_intact")


def content_digest_of(content: dict[str, Any]) -> str:
    """The digest of a content record (as in ``MinutesContent.to_json`` or minutes.json)."""
    kept = {key: value for key, value in content.items() if key not in AUDIT_FIELDS}
    text = json.dumps(kept, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # Two surrogates that make a pair are the one character the JSON export reads back as.
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    # "surrogatepass": a lone surrogate (possible in a Python string, never in the store)
    # still has bytes to hash, the same ones the JSON export's "\\udXXX" reads back to.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


CONTENT_KEYWORD = "roundtable-content-sha256:"  # PDF keywords: the digest, machine-readable

GROUP_ORDER = (Group.LOCAL_ACTOR, Group.NEWCOMER, Group.FACILITATOR, Group.OBSERVER)


def _note_text(note: Note) -> NoteText:
    return NoteText(note.id, note.text, note.language)


def _agenda(workshop: Workshop, session_id: int, zone: str) -> tuple[AgendaLine, ...]:
    """The phases, their times in the session's zone with its offset (ISO 8601)."""
    lines = []
    for phase in workshop.agenda.phases(session_id):
        actual = None
        if phase.started_at is not None and phase.ended_at is not None:
            actual = round(timer_state(phase).elapsed_seconds / 60)
        lines.append(AgendaLine(phase.kind.value, phase.title, phase.planned_minutes,
                                local_iso(phase.started_at, zone) or None,
                                local_iso(phase.ended_at, zone) or None, actual))
    return tuple(lines)


def _attendance(workshop: Workshop, session_id: int) -> tuple[GroupCount, ...]:
    people = workshop.roster.participants(session_id)
    came = workshop.roster.attendance(session_id)
    registered = Counter(p.group for p in people)
    attended = Counter(p.group for p in people if p.id in came)
    return tuple(GroupCount(g.value, registered[g], attended[g]) for g in GROUP_ORDER
                 if registered[g])


def _rounds(workshop: Workshop, session_id: int) -> tuple[RoundResult, ...]:
    notes = {n.id: n for n in workshop.board.notes(session_id, include_pending=True)}
    themes = {t.id: t for t in workshop.board.themes(session_id)}
    results = []
    for vote_round in workshop.voting.rounds(session_id):
        counted = vote_round.status in (RoundStatus.CLOSED, RoundStatus.REVEALED)
        tally = workshop.voting.tally(vote_round.id)
        items = []
        if counted:
            for item in tally.items:
                if vote_round.target is RoundTarget.NOTES and item.item_id in notes:
                    text, language = notes[item.item_id].text, notes[item.item_id].language
                elif vote_round.target is RoundTarget.THEMES and item.item_id in themes:
                    text, language = themes[item.item_id].name, ""
                else:
                    text, language = "—", ""
                items.append(RankedItem(item.rank, item.tied, text, language, item.total,
                                        item.by_channel.get("paper", 0), dict(item.by_channel),
                                        dict(item.by_group)))
        results.append(RoundResult(
            title=vote_round.title, target=vote_round.target.value, secret=vote_round.secret,
            status=vote_round.status.value, dots_per_person=vote_round.dots_per_person,
            cap_per_item=vote_round.cap_per_item,
            voters=workshop.voting.turnout(vote_round.id).voted,
            total_dots=tally.total_dots if counted else 0,
            paper_dots=tally.paper_dots if counted else 0,
            shown_groups=tally.shown_groups if counted else (),
            suppressed_groups=tally.suppressed_groups if counted else (),
            items=tuple(items),
        ))
    return tuple(results)


def gather(workshop: Workshop, session_id: int) -> MinutesContent:
    """Everything the minutes print, read from the store in one go."""
    session = workshop.sessions.get(session_id)
    named = tuple(
        NamedPerson(p.display_name, p.group.value, p.actor_type.value if p.actor_type else "")
        for p in workshop.roster.participants(session_id)
        if p.named_in_minutes and p.display_name
    )
    ideas = workshop.board.notes(session_id, area=Area.IDEAS, include_pending=False)
    themes = tuple(
        ThemeBlock(theme.name, tuple(_note_text(n) for n in ideas if n.theme_id == theme.id))
        for theme in workshop.board.themes(session_id)
    )
    theme_ids = {theme.id for theme in workshop.board.themes(session_id)}
    events, head = workshop.sessions.audit_head(session_id)
    verdict = workshop.sessions.verify_audit(session_id)
    return MinutesContent(
        session_uid=session.uid,
        title=session.title,
        territory=session.territory,
        date=session.date,
        venue=session.venue,
        languages=session.languages,
        version=MinutesVersions(workshop.ops).version(session_id),
        named=named,
        agenda=_agenda(workshop, session_id, session.time_zone),
        attendance=_attendance(workshop, session_id),
        expectations=tuple(_note_text(n) for n in workshop.board.notes(
            session_id, area=Area.EXPECTATIONS, include_pending=False)),
        themes=themes,
        unthemed=tuple(_note_text(n) for n in ideas if n.theme_id not in theme_ids),
        rounds=_rounds(workshop, session_id),
        actions=tuple(
            ActionBlock(a.kind.value, a.title, a.description, a.owner_role, a.start_date,
                        a.end_date, a.review_date,
                        tuple(CriterionText(c.indicator, c.target, c.how_measured)
                              for c in a.criteria))
            for a in workshop.actions.all(session_id)
        ),
        parking_lot=tuple(
            ParkingItem(item.text, item.language, item.competence.value, item.forwarded_to)
            for item in workshop.board.parking_lot(session_id)
        ),
        next_steps=session.next_steps,
        audit_events=events,
        audit_head=head,
        audit_intact=verdict.ok,
        time_zone=session.time_zone,
        follow_up=gather_follow_up(workshop, session_id),
    )


def hidden_names(workshop: Workshop, session_id: int) -> tuple[str, ...]:
    """Names, pseudonyms and badge codes of everyone who did not agree to be named: they must
    not appear in the minutes (the privacy check looks for them in what people wrote)."""
    found: list[str] = []
    for person in workshop.roster.participants(session_id, include_removed=True):
        if not person.named_in_minutes:
            found += [person.display_name, person.pseudonym, person.short_code]
    return tuple(name for name in found if name)
