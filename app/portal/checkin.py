"""Checking in from a phone: the room token proves the QR was seen; the badge code, who one is.

A person either claims a roster entry the facilitator made (their badge's short code is the
proof, so nobody can take over another's pseudonym) or joins as someone new, choosing a group
(local actor or newcomer; facilitators and observers are set at the laptop) and a language.
Either way they accept the consent text, and get an HttpOnly, SameSite=Strict cookie.

Someone new is a walk-in. If the facilitator asked to let walk-ins in, they wait (following,
neither voting nor posting) until let in; otherwise, while a vote is open, only a few new
walk-ins per address are taken every few minutes: a phone clearing its cookies to join again
and again does not become a room of voters.
"""

from __future__ import annotations

import hmac

from aiohttp import web

from app.core.model import Channel, Group, Participant, WalkIn
from app.core.pseudonym_words import picture, readable
from app.core.roster import NewParticipant
from app.portal.config import PARTICIPANT_COOKIE
from app.portal.context import PortalContext, context
from app.portal.replies import (
    RefusalError,
    answer,
    bool_field,
    client_key,
    read_json,
    text_field,
    utf8,
)

PHONE_LANGUAGES = ("en", "fr", "ar", "fa", "uk", "es", "it", "de")
SELF_DECLARED = {"local_actor": Group.LOCAL_ACTOR, "newcomer": Group.NEWCOMER}
COOKIE_SECONDS = 24 * 3600
ROOM_MAX = 100
BADGE_MAX = 32


def me(participant: Participant) -> dict[str, object]:
    """What a phone may know about its own participant (and nothing about anyone else)."""
    return {
        "pseudonym": participant.pseudonym,
        # How the phone shows it: the word in the person's language and script, its picture.
        "pseudonym_shown": readable(participant.pseudonym, participant.language),
        "picture": picture(participant.pseudonym),
        "display_name": participant.display_name,
        "group": participant.group.value,
        "language": participant.language,
        "code": participant.short_code,
        "can_vote": participant.group in (Group.LOCAL_ACTOR, Group.NEWCOMER),
        "waiting": participant.waiting,  # for the facilitator to let them in
    }


def check_room(ctx: PortalContext, room: str) -> None:
    token = ctx.workshop.sessions.get(ctx.session_id).room_token
    if not utf8(room) or not hmac.compare_digest(room.encode(), token.encode()):
        raise RefusalError(403, "room_token")


async def checkin(request: web.Request) -> web.Response:
    ctx = context(request)
    wait = ctx.checkins.take(request.remote or "?")
    if wait:
        raise RefusalError(429, "rate_limited", {"Retry-After": str(wait)}, seconds=wait)
    ctx.refuse_removed(request)
    body = await read_json(request)
    check_room(ctx, text_field(body, "room", limit=ROOM_MAX))
    key = client_key(body)
    language = text_field(body, "language", limit=8)
    if language not in PHONE_LANGUAGES:
        raise RefusalError(400, "bad_request", field="language")
    if not bool_field(body, "consent"):
        raise RefusalError(400, "consent_required")
    if not body.get("badge"):
        _limit_walk_ins(ctx, request, key)
    person, token = await ctx.group.run(lambda: _check_in(ctx, body, key, language))
    reply = answer({"me": me(person)})
    reply.set_cookie(PARTICIPANT_COOKIE, token, path="/", httponly=True, samesite="Strict",
                     max_age=COOKIE_SECONDS)
    return reply


def _limit_walk_ins(ctx: PortalContext, request: web.Request, key: str) -> None:
    """While a round is open and walk-ins come in without the facilitator's approval, one
    address brings only a few new people every few minutes (a retry of a check-in that was
    recorded brings nobody new)."""
    session = ctx.workshop.sessions.get(ctx.session_id)
    if session.walk_in_approval or ctx.workshop.voting.open_round(ctx.session_id) is None:
        return
    if ctx.workshop.ops.receipt(f"checkin:{key}", "roster") is not None:
        return
    wait = ctx.walk_ins.take(request.remote or "?")
    if wait:
        raise RefusalError(429, "walk_ins_limited", {"Retry-After": str(wait)}, seconds=wait)


def _check_in(ctx: PortalContext, body: dict[str, object], key: str,
              language: str) -> tuple[Participant, str]:
    roster = ctx.writer.roster
    badge = text_field(body, "badge", required=False, limit=BADGE_MAX)
    if badge:
        found = roster.by_code(ctx.session_id, badge)
        if found is None or found.removed:
            raise RefusalError(403, "badge_unknown")
        person = roster.update(found.id, language=language, consent_given=True,
                               origin=Channel.PHONE)
    else:
        group = SELF_DECLARED.get(text_field(body, "group", limit=20))
        if group is None:
            raise RefusalError(400, "bad_request", field="group")
        name = text_field(body, "display_name", required=False, limit=400)
        approval = ctx.writer.sessions.get(ctx.session_id).walk_in_approval
        walk_in = WalkIn.WAITING if approval else WalkIn.ADMITTED
        person = roster.add(ctx.session_id,
                            NewParticipant(group, language, name, consent_given=True,
                                           walk_in=walk_in),
                            origin=Channel.PHONE, key=f"checkin:{key}")
    if not person.waiting:  # a waiting walk-in is checked in when the facilitator lets them in
        roster.check_in(person.id, origin=Channel.PHONE, key=key)
    return person, roster.issue_token(person.id)


def setup(app: web.Application) -> None:
    app.router.add_post("/api/checkin", checkin)
