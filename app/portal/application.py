"""Assembling the portal's aiohttp application: guards, then routes, then static pages."""

from __future__ import annotations

from aiohttp import web

from app.core.workshop import Workshop
from app.portal import (
    checkin,
    door,
    notes,
    openapi,
    review,
    security,
    state,
    static,
    votes,
)
from app.portal.config import BODY_LIMIT, PortalConfig
from app.portal.context import CONTEXT, PortalContext
from app.portal.group_commit import BatchingDatabase, GroupCommit, HeldHub
from app.portal.known_phones import KnownPhones
from app.portal.live import LiveChannel
from app.portal.ratelimit import RateLimiter
from app.portal.replies import REQUEST_SECONDS
from app.storage.database import open_database


def build_app(workshop: Workshop, config: PortalConfig, port: int) -> web.Application:
    """The portal for ``config.session_id``, answering to ``config.host`` on ``port``.

    ``workshop`` is the portal thread's own (see ``portal_workshop``): the phones' writes go
    through it; their reads go through a second connection opened here, so that reading never
    waits for a group being committed.
    """
    hosts = security.allowed_hosts(config.host, port)
    app = web.Application(
        client_max_size=BODY_LIMIT,
        middlewares=[door.mark_busy, security.guard(hosts, config.limits)],
    )
    app[REQUEST_SECONDS] = config.door.request_seconds
    hub = workshop.hub.hub if isinstance(workshop.hub, HeldHub) else workshop.hub
    reader = Workshop(open_database(workshop.database.path), hub, workshop.keys)
    app[CONTEXT] = PortalContext(
        workshop=reader,
        writer=workshop,
        config=config,
        writes=RateLimiter(config.limits.writes_per_participant),
        checkins=RateLimiter(config.limits.checkin_per_address),
        walk_ins=RateLimiter(config.limits.walk_ins_per_address),
        live=LiveChannel(workshop.hub, config.session_id),
        group=group_commit(workshop, config),
        phones=KnownPhones(workshop.hub, config.session_id),
    )
    group = app[CONTEXT].group
    app[CONTEXT].live.writes_waiting = lambda: group.busy  # a burst's ballots before reads
    app.on_cleanup.append(_close)
    app.on_response_prepare.append(security.add_headers)
    for module in (checkin, state, notes, votes, review, openapi, static):
        module.setup(app)
    return app


async def _close(app: web.Application) -> None:
    """After the last request: the last group on disk, then the reading connection closed."""
    ctx = app[CONTEXT]
    ctx.phones.stop()
    await ctx.group.close()
    ctx.workshop.close()


def portal_workshop(desk: Workshop) -> Workshop:
    """The portal thread's Workshop: its own connection, the process's hub and ballot keys, and
    the desk's backup schedule (phones' writes schedule backups too, off this thread)."""
    opened = open_database(desk.database.path)
    database = BatchingDatabase(opened.path, opened.conn)
    return Workshop(database, HeldHub(desk.hub), desk.keys, desk.backups)


def group_commit(workshop: Workshop, config: PortalConfig) -> GroupCommit:
    database, hub = workshop.database, workshop.hub
    if isinstance(database, BatchingDatabase) and isinstance(hub, HeldHub):
        backups = workshop.backups
        return GroupCommit(database, hub, enabled=config.group_commit,
                           window=config.group_window,
                           after_commit=backups.after_write if backups is not None else None)
    raise TypeError("the portal needs a Workshop made by portal_workshop()")
