"""What every route shares: the portal thread's Workshop, the session, limits, the live channel."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from app.core.model import Participant
from app.core.workshop import Workshop
from app.portal.config import CSRF_COOKIE, PARTICIPANT_COOKIE, PortalConfig
from app.portal.group_commit import GroupCommit
from app.portal.known_phones import KnownPhones
from app.portal.live import LiveChannel
from app.portal.ratelimit import RateLimiter
from app.portal.replies import RefusalError


@dataclass
class PortalContext:
    workshop: Workshop  # the portal thread's own connection, for reading
    writer: Workshop  # the connection whose writes ``group`` commits (only in its work)
    config: PortalConfig
    writes: RateLimiter  # per participant
    checkins: RateLimiter  # per address
    walk_ins: RateLimiter  # per address, while a round is open
    live: LiveChannel
    group: GroupCommit
    phones: KnownPhones
    shared: Any = None  # the state every phone shares (app.portal.state.SharedState)
    totals: Any = None  # the open round's turnout every phone shares (state.SharedTotals)

    @property
    def session_id(self) -> int:
        return self.config.session_id

    def participant(self, request: web.Request) -> Participant | None:
        token = cookie(request, PARTICIPANT_COOKIE)
        if not 16 <= len(token) <= 64:
            return None
        return self.phones.find(
            token, lambda: self.workshop.roster.by_token(self.session_id, token))

    def refuse_removed(self, request: web.Request) -> None:
        """A phone whose participant was removed is told so (and cannot simply check in again
        with the same browser)."""
        token = cookie(request, PARTICIPANT_COOKIE)
        if 16 <= len(token) <= 64 and self.workshop.roster.token_revoked(self.session_id, token):
            raise RefusalError(403, "participant_removed")

    def require_participant(self, request: web.Request) -> Participant:
        found = self.participant(request)
        if found is None:
            raise RefusalError(401, "not_checked_in")
        return found

    def limit_writes(self, participant: Participant) -> None:
        """A write's own limit, per participant; a walk-in waiting to be let in writes
        nothing yet."""
        if participant.waiting:
            raise RefusalError(403, "waiting_for_approval")
        wait = self.writes.take(f"p{participant.id}")
        if wait:
            raise RefusalError(429, "rate_limited", {"Retry-After": str(wait)}, seconds=wait)


CONTEXT = web.AppKey("portal", PortalContext)


def cookie(request: web.Request, name: str) -> str:
    """One of the portal's own cookies, "" if absent. Their values are URL-safe tokens, never
    quoted, so the Cookie header is read directly: parsing every cookie into Morsels on every
    tap cost as much as the vote's own checks."""
    for header in request.headers.getall("Cookie", ()):
        for part in header.split(";"):
            key, equals, value = part.strip().partition("=")
            if equals and key == name:
                return value
    return ""


def context(request: web.Request) -> PortalContext:
    return request.app[CONTEXT]


def give_csrf_cookie(request: web.Request, response: web.StreamResponse) -> None:
    """The double-submit CSRF cookie: readable by the page's script, sent back as a header."""
    if len(cookie(request, CSRF_COOKIE)) < 16:
        response.set_cookie(CSRF_COOKIE, secrets.token_urlsafe(16), path="/",
                            samesite="Strict", httponly=False)
