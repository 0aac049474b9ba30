"""Assembling the portal's aiohttp application: guards, then routes, then static pages."""

from __future__ import annotations

from aiohttp import web

from app.core.workshop import Workshop
from app.portal import checkin, notes, openapi, security, state, static, votes
from app.portal.config import BODY_LIMIT, PortalConfig
from app.portal.context import CONTEXT, PortalContext
from app.portal.live import LiveChannel
from app.portal.ratelimit import RateLimiter


def build_app(workshop: Workshop, config: PortalConfig, port: int) -> web.Application:
    """The portal for ``config.session_id``, answering to ``config.host`` on ``port``."""
    hosts = security.allowed_hosts(config.host, port)
    app = web.Application(
        client_max_size=BODY_LIMIT,
        middlewares=[security.refusals, security.host_check(hosts),
                     security.rate_limit(config.limits), security.same_origin_writes(hosts)],
    )
    app[CONTEXT] = PortalContext(
        workshop=workshop,
        config=config,
        writes=RateLimiter(config.limits.writes_per_participant),
        checkins=RateLimiter(config.limits.checkin_per_address),
        live=LiveChannel(workshop.hub, config.session_id),
    )
    app.on_response_prepare.append(security.add_headers)
    for module in (checkin, state, notes, votes, openapi, static):
        module.setup(app)
    return app
