"""The Policy Lab domain, as plain frozen records.

Privacy by construction: a participant is a pseudonym, an optional self-chosen display name, a
group and a language — and nothing else about the person (DESIGN.md, privacy rules lists the
kinds of data that must never have a field here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SessionStatus(StrEnum):
    DRAFT = "draft"
    LIVE = "live"
    CLOSED = "closed"
    SIGNED = "signed"


class PhaseKind(StrEnum):
    WELCOME = "welcome"
    EXPECTATIONS = "expectations"
    INPUT = "input"
    IDEATION = "ideation"
    CLUSTERING = "clustering"
    VOTING = "voting"
    ACTION_PLANNING = "action_planning"
    BREAK = "break"
    CLOSING = "closing"
    REVIEW = "review"  # "you said, we did": what became of an earlier Lab's ideas


class Group(StrEnum):
    LOCAL_ACTOR = "local_actor"
    NEWCOMER = "newcomer"
    FACILITATOR = "facilitator"
    OBSERVER = "observer"


class ActorType(StrEnum):
    """Sub-type of a local actor."""

    PUBLIC_AGENT = "public_agent"
    ELECTED = "elected"
    CIVIL_SOCIETY = "civil_society"


VOTING_GROUPS = frozenset({Group.LOCAL_ACTOR, Group.NEWCOMER})


class Area(StrEnum):
    EXPECTATIONS = "expectations"
    IDEAS = "ideas"
    PARKING_LOT = "parking_lot"


class NoteStatus(StrEnum):
    SHOWN = "shown"
    PENDING = "pending"  # waiting for the facilitator's approval (moderation on)
    REJECTED = "rejected"


class WalkIn(StrEnum):
    """Someone who joined from a phone "as someone new", not from the roster."""

    WAITING = "waiting"  # for the facilitator to let them in (walk-in approval on)
    ADMITTED = "admitted"
    REFUSED = "refused"


class Channel(StrEnum):
    DESK = "desk"  # typed by the facilitator at the laptop
    PHONE = "phone"
    KIOSK = "kiosk"
    PAPER = "paper"


class Competence(StrEnum):
    """Level of government that can act on a parking-lot item."""

    MUNICIPAL = "municipal"
    METROPOLITAN = "metropolitan"
    DEPARTMENTAL = "departmental"
    REGIONAL = "regional"
    NATIONAL = "national"
    EU = "eu"
    OTHER = "other"


class RoundTarget(StrEnum):
    NOTES = "notes"
    THEMES = "themes"


class RoundStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class ActionKind(StrEnum):
    DECISION = "decision"
    EXPERIMENT = "experiment"


NOTE_COLOURS = ("#FFE873", "#FFB870", "#9FE0A8", "#8FD3F5", "#F5A3C7", "#D0B8F5")
THEME_COLOURS = ("#2B6CB0", "#2F855A", "#B7791F", "#9B2C2C", "#6B46C1", "#2C7A7B")


@dataclass(frozen=True)
class Territory:
    id: int
    name: str


@dataclass(frozen=True)
class Session:
    id: int
    uid: str
    title: str
    territory: str
    date: str
    venue: str
    languages: tuple[str, ...]
    status: SessionStatus
    archived: bool
    current_phase_id: int | None
    next_steps: str
    moderation: bool
    room_token: str
    wifi_ssid: str = ""
    wifi_security: str = "WPA"
    wifi_password: str = field(default="", repr=False)
    time_zone: str = "UTC"  # IANA name; times are stored in UTC and shown in this zone
    walk_in_approval: bool = False  # people joining as someone new wait to be let in
    programme_id: int | None = None  # the programme of Labs this session belongs to, if any
    bridging_share: float = 0.25  # share of each group's dots that makes an idea "bridging"


@dataclass(frozen=True)
class Phase:
    id: int
    session_id: int
    position: int
    kind: PhaseKind
    title: str
    planned_minutes: int
    started_at: str | None
    ended_at: str | None
    paused_at: str | None
    paused_seconds: float


@dataclass(frozen=True)
class Participant:
    id: int
    session_id: int
    pseudonym: str
    display_name: str
    group: Group
    actor_type: ActorType | None
    language: str
    consent_given: bool
    named_in_minutes: bool
    short_code: str
    removed: bool
    walk_in: WalkIn | None = None  # None: on the roster, or added at the desk

    @property
    def waiting(self) -> bool:
        """A walk-in the facilitator has not let in yet: follows, but neither votes nor posts."""
        return self.walk_in is WalkIn.WAITING

    @property
    def shown_name(self) -> str:
        """The name the participant chose, else their pseudonym."""
        return self.display_name or self.pseudonym


@dataclass(frozen=True)
class Attendance:
    participant_id: int
    arrived_at: str
    left_at: str | None
    channel: Channel


@dataclass(frozen=True)
class Theme:
    id: int
    session_id: int
    name: str
    colour: str
    x: float
    y: float


@dataclass(frozen=True)
class Note:
    id: int
    session_id: int
    area: Area
    text: str
    language: str
    colour: str
    x: float
    y: float
    theme_id: int | None
    author_id: int | None
    channel: Channel
    status: NoteStatus
    competence: Competence | None
    forwarded_to: str
    created_at: str


@dataclass(frozen=True)
class ParkingLotItem:
    """A demand the city cannot act on itself, kept with who can and where it goes."""

    note_id: int
    text: str
    language: str
    competence: Competence
    forwarded_to: str


@dataclass(frozen=True)
class VoteRound:
    id: int
    session_id: int
    title: str
    target: RoundTarget
    dots_per_person: int
    cap_per_item: int
    secret: bool
    show_live: bool
    timer_minutes: int | None
    status: RoundStatus
    runoff_of: int | None
    item_ids: tuple[int, ...]
    opened_at: str | None
    closed_at: str | None
    revealed_at: str | None

    @property
    def tallies_visible(self) -> bool:
        return self.status is RoundStatus.REVEALED or (
            self.show_live and self.status is not RoundStatus.DRAFT
        )


@dataclass(frozen=True)
class Criterion:
    id: int
    indicator: str
    target: str
    how_measured: str


@dataclass(frozen=True)
class Action:
    """A decision, or a micro-experiment with its owner role, criteria and dates."""

    id: int
    session_id: int
    kind: ActionKind
    title: str
    description: str
    source_note_id: int | None
    source_theme_id: int | None
    owner_role: str
    start_date: str | None
    end_date: str | None
    review_date: str | None
    criteria: tuple[Criterion, ...]
