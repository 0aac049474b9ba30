"""The portal's guards: Host allow-list, Origin and CSRF on writes, rate limits, headers.

One middleware, in this order: Host → rate limit (per participant for a checked-in phone,
per address before check-in) → writes must be same-origin JSON
with the CSRF header; every refusal and error becomes JSON. Security headers are added to every
response, errors and the live stream included. Nothing here logs an address.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from app.core.errors import RuleError
from app.portal.config import BODY_LIMIT, CSRF_COOKIE, CSRF_HEADER, RateLimits
from app.portal.context import CONTEXT, context, cookie
from app.portal.ratelimit import RateLimiter
from app.portal.replies import MESSAGES, RefusalError, refusal, utf8
from app.storage import faults

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

# Which core rule codes mean "bad input" (400), "gone" (404 / 403); the rest are conflicts.
_RULE_STATUS = {"bad_value": 400, "empty_text": 400, "invisible_text": 400, "text_too_long": 400,
                "not_found": 404, "item_not_in_round": 400, "participant_removed": 403,
                "cannot_vote": 403, "waiting_for_approval": 403}


_READ_HEADERS = ("Cookie", CSRF_HEADER)


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host header values this portal answers to (the chosen address, and loopback names)."""
    shown = f"[{host}]" if ":" in host else host
    names = {shown}
    try:
        if ipaddress.ip_address(host).is_loopback:
            names |= {"localhost", "127.0.0.1", "[::1]"}
    except ValueError:
        pass
    hosts = {f"{name}:{port}".lower() for name in names}
    if port == 80:
        hosts |= {name.lower() for name in names}
    return frozenset(hosts)


def _error_reply(exc: RefusalError) -> web.Response:
    reply = refusal(exc.status, exc.code, str(exc), exc.params, exc.headers)
    if exc.status == 408:  # the rest of a slow body is not waited for
        reply.force_close()
    return reply


Middleware = Callable[..., Awaitable[web.StreamResponse]]


def guard(hosts: frozenset[str], limits: RateLimits) -> Middleware:
    """The one middleware every request passes (one pass: it runs on every phone's tap)."""
    per_address = RateLimiter(limits.per_address)
    per_participant = RateLimiter(limits.per_participant)
    origins = frozenset(f"http://{host}" for host in hosts)

    def admit(request: web.Request) -> None:
        headers = request.headers
        target = request.raw_path
        if not target.startswith("/"):
            # The absolute form (a proxy's "GET http://host/"): its authority is the host.
            if not target.lower().startswith("http://"):
                raise RefusalError(400, "unreadable")
            if target[7:].split("/", 1)[0].lower() not in hosts:
                raise RefusalError(421, "bad_host")
        elif headers.get("Host", "").lower() not in hosts:
            raise RefusalError(421, "bad_host")
        for name in _READ_HEADERS:  # the values the portal reads must be text it can store
            for value in headers.getall(name, ()):
                if not utf8(value):
                    raise RefusalError(400, "bad_request", field=name)
        if request.path.startswith("/api/"):
            # Per participant first: a room behind one venue Wi-Fi address is many phones.
            person = context(request).participant(request)
            wait = (per_address.take(request.remote or "?") if person is None
                    else per_participant.take(f"p{person.id}"))
            if wait:
                raise RefusalError(429, "rate_limited", {"Retry-After": str(wait)}, seconds=wait)
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            if headers.get("Origin", "").lower() not in origins:
                raise RefusalError(403, "bad_origin")
            header = headers.get(CSRF_HEADER, "")
            sent = cookie(request, CSRF_COOKIE)
            if len(sent) < 16 or not hmac.compare_digest(header.encode(), sent.encode()):
                raise RefusalError(403, "csrf")

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            admit(request)
            return await handler(request)
        except ConnectionResetError:
            raise
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            return refused(request, exc)
        except Exception as exc:
            return refused(request, exc)

    return check


def refused(request: web.Request, exc: Exception) -> web.Response:
    """Every refusal and error becomes JSON with a code; no traceback, no address, ever."""
    if isinstance(exc, RefusalError):
        return _error_reply(exc)
    if isinstance(exc, RuleError):
        return refusal(_RULE_STATUS.get(exc.code, 409), exc.code, str(exc), exc.params)
    if isinstance(exc, web.HTTPRequestEntityTooLarge):
        return _error_reply(RefusalError(413, "too_large", limit=BODY_LIMIT))
    if isinstance(exc, web.HTTPNotFound):
        return _error_reply(RefusalError(404, "not_found"))
    if isinstance(exc, web.HTTPMethodNotAllowed):
        allow = ", ".join(sorted(exc.allowed_methods))
        return refusal(405, "method_not_allowed", MESSAGES["method_not_allowed"], {},
                       {"Allow": allow})
    if isinstance(exc, TimeoutError):
        return _error_reply(RefusalError(408, "request_timeout"))
    if isinstance(exc, web.HTTPException):
        return refusal(exc.status, "bad_request", exc.reason, {"field": ""})
    ctx = request.app.get(CONTEXT)
    if ctx is not None and faults.notice(exc, ctx.writer.database.path):
        # The disk is full (or the file went wrong): the facilitator is told once; the
        # phone hears its write was not recorded, as for any failed write.
        return _error_reply(RefusalError(500, "server_error"))
    log.exception("portal request failed: %s %s", request.method, request.path, exc_info=exc)
    return _error_reply(RefusalError(500, "server_error"))


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(HEADERS)
    response.headers.pop("Server", None)
