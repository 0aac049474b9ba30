"""Dot voting from a phone: the whole allocation at once, replaced until the round closes."""

from __future__ import annotations

from aiohttp import web

from app.core.model import Channel
from app.core.voting import MAX_DOTS
from app.portal.context import context
from app.portal.replies import RefusalError, answer, client_key, int_field, read_json
from app.portal.state import shared_totals

MAX_ITEMS = 200


def _dots(value: object) -> dict[int, int]:
    if not isinstance(value, dict) or len(value) > MAX_ITEMS:
        raise RefusalError(400, "bad_request", field="dots")
    dots: dict[int, int] = {}
    for item, count in value.items():
        if not (isinstance(item, str) and item.isascii() and item.isdigit() and len(item) < 10):
            raise RefusalError(400, "bad_request", field="dots")
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_DOTS:
            raise RefusalError(400, "bad_request", field="dots")
        dots[int(item)] = count
    return dots


async def set_ballot(request: web.Request) -> web.Response:
    ctx = context(request)
    person = ctx.require_participant(request)
    ctx.limit_writes(person)
    body = await read_json(request)
    key = client_key(body)
    round_id = int_field(body, "round", 1)
    dots = _dots(body.get("dots"))
    cast = await ctx.group.run(lambda: ctx.writer.voting.set_ballot_in(
        ctx.session_id, round_id, person.id, dots, origin=Channel.PHONE, key=key,
        count_turnout=False), atomic=False)  # on disk
    if cast is None:  # no such round in this session
        raise RefusalError(404, "not_found")
    used = sum(cast.dots.values())
    reply: dict[str, object] = {"round": round_id,
                                "dots": {str(k): v for k, v in cast.dots.items()},
                                "remaining": cast.vote_round.dots_per_person - used}
    if cast.moved:  # this ballot moved "N of M have voted": the page shows it now, counted
        # once for all the ballots that shared its COMMIT (read after it: theirs included);
        # a replay's answer is the first one, with the turnout as it is now
        reply["turnout"] = dict(shared_totals(ctx, cast.vote_round)["turnout"])
    return answer(reply)


def setup(app: web.Application) -> None:
    app.router.add_post("/api/ballot", set_ballot)
