"""What a phone shows: the phase and its timer, whether notes are open, the vote round.

A phone sees its own dots and the round's turnout; results only when the round shows them
(revealed, or live if the facilitator chose so). Never another person's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp import web

from app.core.agenda import timer_state
from app.core.errors import RuleError
from app.core.model import Area, Phase, PhaseKind, RoundStatus, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.portal.checkin import ROOM_MAX, check_room, me
from app.portal.context import PortalContext, context, give_csrf_cookie
from app.portal.replies import RefusalError, answer

NOTE_AREAS = {PhaseKind.EXPECTATIONS: Area.EXPECTATIONS, PhaseKind.IDEATION: Area.IDEAS}


def note_area(workshop: Workshop, session_id: int) -> Area | None:
    """Where a phone's note goes now, or None outside the expectations and ideation phases."""
    timer = workshop.agenda.timer(session_id)
    if timer.phase is None or timer.phase.started_at is None or timer.phase.ended_at:
        return None
    return NOTE_AREAS.get(timer.phase.kind)


def phase_view(phase: Phase | None) -> dict[str, Any] | None:
    """The phase and its countdown now (computed at each read, from the phase's times)."""
    if phase is None:
        return None
    timer = timer_state(phase)
    return {"kind": phase.kind.value, "title": phase.title,
            "remaining": round(timer.remaining_seconds), "running": timer.running,
            "paused": timer.paused, "ended": phase.ended_at is not None}


def _item(workshop: Workshop, target: RoundTarget, item_id: int) -> dict[str, Any]:
    """An idea on the ballot: its text and, for a note, the language it was written in (the
    phone tags it, so a screen reader reads a French note in French)."""
    try:
        if target is RoundTarget.NOTES:
            note = workshop.board.note(item_id)
            return {"id": item_id, "text": note.text, "language": note.language}
        return {"id": item_id, "text": workshop.board.theme(item_id).name, "language": ""}
    except RuleError:
        return {"id": item_id, "text": "", "language": ""}


def shown_round(workshop: Workshop, session_id: int) -> VoteRound | None:
    """The open round, else the latest one that was opened."""
    found = workshop.voting.open_round(session_id)
    if found is not None:
        return found
    started = [r for r in workshop.voting.rounds(session_id) if r.status is not RoundStatus.DRAFT]
    return started[-1] if started else None


def round_view(workshop: Workshop, vote_round: VoteRound) -> dict[str, Any]:
    """What every phone sees of a round that only changes with the round itself."""
    return {
        "id": vote_round.id, "title": vote_round.title, "status": vote_round.status.value,
        "dots_per_person": vote_round.dots_per_person, "cap_per_item": vote_round.cap_per_item,
        "secret": vote_round.secret,
        "items": [_item(workshop, vote_round.target, item) for item in vote_round.item_ids],
    }


def round_totals(workshop: Workshop, vote_round: VoteRound) -> dict[str, Any]:
    """What every phone sees of a round that moves with the dots: turnout, results if shown."""
    turnout = workshop.voting.turnout(vote_round.id)
    totals: dict[str, Any] = {"turnout": {"voted": turnout.voted, "eligible": turnout.eligible},
                              "results": None}
    if vote_round.tallies_visible:
        tally = workshop.voting.tally(vote_round.id)
        totals["results"] = [{"id": i.item_id, "total": i.total, "rank": i.rank}
                             for i in tally.items]
    return totals


def round_counts(workshop: Workshop, vote_round: VoteRound, participant_id: int,
                 totals: dict[str, Any] | None = None) -> dict[str, Any]:
    """What moves with every dot: turnout, results if shown (``totals``, if already read for
    every phone), and this phone's own dots."""
    counts: dict[str, Any] = {**(totals or round_totals(workshop, vote_round)), "my_dots": {},
                              # A restart lost this secret round's key: it takes no ballot
                              # until the desk recovers it.
                              "interrupted": vote_round.status is RoundStatus.OPEN
                              and vote_round.secret and not workshop.keys.holds(vote_round.id)}
    if vote_round.status is RoundStatus.OPEN:
        mine = workshop.voting.my_dots(vote_round.id, participant_id)
        counts["my_dots"] = {str(item): n for item, n in mine.items()}
    return counts


@dataclass(frozen=True)
class SharedTotals:
    """A round's turnout and results, read once for every phone, again after any dot,
    check-in or round change (LiveChannel.counts_version): a hall of phones reading the state
    after each frame counts the turnout once, not once per phone."""

    version: int
    vote_round: VoteRound
    totals: dict[str, Any]


def shared_totals(ctx: PortalContext, vote_round: VoteRound) -> dict[str, Any]:
    found: SharedTotals | None = ctx.totals
    version = ctx.live.counts_version  # read before reading the store
    if found is not None and found.version == version and found.vote_round == vote_round:
        return found.totals
    ctx.totals = found = SharedTotals(version, vote_round, round_totals(ctx.workshop, vote_round))
    return found.totals


@dataclass(frozen=True)
class SharedState:
    """The part of the state that is the same for every phone and does not move with dots:
    read once for all phones, again after any other change (LiveChannel.screen_version)."""

    version: int
    phase: Phase | None
    data: dict[str, Any]
    vote_round: VoteRound | None
    round_view: dict[str, Any] | None


def shared_state(ctx: PortalContext) -> SharedState:
    found: SharedState | None = ctx.shared
    version = ctx.live.screen_version  # read before reading the store
    if found is not None and found.version == version:
        return found
    workshop, session_id = ctx.workshop, ctx.session_id
    session = workshop.sessions.get(session_id)
    vote_round = shown_round(workshop, session_id)
    ctx.shared = found = SharedState(
        version=version, phase=workshop.agenda.current(session_id),
        data={"session": {"title": session.title, "languages": list(session.languages)},
              "notes_open": note_area(workshop, session_id) is not None,
              "moderation": session.moderation},
        vote_round=vote_round,
        round_view=round_view(workshop, vote_round) if vote_round is not None else None,
    )
    return found


async def state(request: web.Request) -> web.Response:
    ctx = context(request)
    person = ctx.participant(request)
    if person is None:
        ctx.refuse_removed(request)
        check_room(ctx, request.query.get("room", "")[:ROOM_MAX])
    shared = shared_state(ctx)
    data: dict[str, Any] = {**shared.data, "phase": phase_view(shared.phase), "me": None,
                            "round": None}
    if person is not None:
        data["me"] = me(person)
        if shared.vote_round is not None and shared.round_view is not None:
            data["round"] = {**shared.round_view,
                             **round_counts(ctx.workshop, shared.vote_round, person.id,
                                            shared_totals(ctx, shared.vote_round))}
    reply = answer(data)
    give_csrf_cookie(request, reply)
    return reply


async def live(request: web.Request) -> web.StreamResponse:
    ctx = context(request)
    person = ctx.participant(request)
    if person is None:
        raise RefusalError(401, "not_checked_in")
    return await ctx.live.stream(request, person.id)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/state", state)
    app.router.add_get("/api/live", live)
