"""Turning stored rows into domain records (one place, so every face reads the same thing)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from app.core.model import (
    ActorType,
    Area,
    Channel,
    Competence,
    Group,
    Note,
    NoteStatus,
    Participant,
    Phase,
    PhaseKind,
    RoundStatus,
    RoundTarget,
    Session,
    SessionStatus,
    Theme,
    VoteRound,
    WalkIn,
)
from app.core.time_zones import local_zone_name
from app.storage.errors import StoreError

Built = TypeVar("Built")


def _stored(what: str) -> Callable[[Callable[..., Built]], Callable[..., Built]]:
    """A row whose values are not what Roundtable writes (a damaged byte turned "ideas" into
    "i\ufffdeas") is named as damage, not raised as a programming error."""

    def wrap(build: Callable[..., Built]) -> Callable[..., Built]:
        @wraps(build)
        def read(row: dict[str, Any], *args: Any) -> Built:
            try:
                return build(row, *args)
            except (ValueError, TypeError, KeyError) as exc:
                raise StoreError("corrupt_row", Path(), what) from exc

        return read

    return wrap

SESSION_SQL = """
SELECT s.*, COALESCE(t.name, '') AS territory_name
FROM session s LEFT JOIN territory t ON t.id = s.territory_id
"""


@_stored("session")
def session(row: dict[str, Any]) -> Session:
    return Session(
        id=row["id"],
        uid=row["uid"],
        title=row["title"],
        territory=row["territory_name"],
        date=row["date"],
        venue=row["venue"],
        languages=tuple(json.loads(row["languages"])),
        status=SessionStatus(row["status"]),
        archived=bool(row["archived"]),
        current_phase_id=row["current_phase_id"],
        next_steps=row["next_steps"],
        moderation=bool(row["moderation"]),
        room_token=row["room_token"],
        wifi_ssid=row["wifi_ssid"],
        wifi_security=row["wifi_security"],
        wifi_password=row["wifi_password"],
        time_zone=row["time_zone"] or local_zone_name(),
        walk_in_approval=bool(row["walk_in_approval"]),
        programme_id=row.get("programme_id"),
        bridging_share=float(row.get("bridging_share", 0.25)),
    )


@_stored("phase")
def phase(row: dict[str, Any]) -> Phase:
    return Phase(
        id=row["id"],
        session_id=row["session_id"],
        position=row["position"],
        kind=PhaseKind(row["kind"]),
        title=row["title"],
        planned_minutes=row["planned_minutes"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        paused_at=row["paused_at"],
        paused_seconds=row["paused_seconds"],
    )


@_stored("participant")
def participant(row: dict[str, Any]) -> Participant:
    return Participant(
        id=row["id"],
        session_id=row["session_id"],
        pseudonym=row["pseudonym"],
        display_name=row["display_name"],
        group=Group(row["grp"]),
        actor_type=ActorType(row["actor_type"]) if row["actor_type"] else None,
        language=row["language"],
        consent_given=bool(row["consent_given"]),
        named_in_minutes=bool(row["named_in_minutes"]),
        short_code=row["short_code"],
        removed=bool(row["removed"]),
        walk_in=WalkIn(row["walk_in"]) if row["walk_in"] else None,
    )


@_stored("note")
def note(row: dict[str, Any]) -> Note:
    return Note(
        id=row["id"],
        session_id=row["session_id"],
        area=Area(row["area"]),
        text=row["text"],
        language=row["language"],
        colour=row["colour"],
        x=row["x"],
        y=row["y"],
        theme_id=row["theme_id"],
        author_id=row["author_id"],
        channel=Channel(row["channel"]),
        status=NoteStatus(row["status"]),
        competence=Competence(row["competence"]) if row["competence"] else None,
        forwarded_to=row["forwarded_to"],
        created_at=row["created_at"],
    )


@_stored("theme")
def theme(row: dict[str, Any]) -> Theme:
    return Theme(
        id=row["id"],
        session_id=row["session_id"],
        name=row["name"],
        colour=row["colour"],
        x=row["x"],
        y=row["y"],
    )


@_stored("round")
def vote_round(row: dict[str, Any], item_ids: tuple[int, ...]) -> VoteRound:
    return VoteRound(
        id=row["id"],
        session_id=row["session_id"],
        title=row["title"],
        target=RoundTarget(row["target"]),
        dots_per_person=row["dots_per_person"],
        cap_per_item=row["cap_per_item"],
        secret=bool(row["secret"]),
        show_live=bool(row["show_live"]),
        timer_minutes=row["timer_minutes"],
        status=RoundStatus(row["status"]),
        runoff_of=row["runoff_of"],
        item_ids=item_ids,
        opened_at=row["opened_at"],
        closed_at=row["closed_at"],
        revealed_at=row["revealed_at"],
    )
