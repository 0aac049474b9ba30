"""The phones' "What happened to our ideas": the Review of the earlier Labs of the programme,
in the participant's language (a commitment's translation when the facilitator typed one).

Only for a phone checked in to the session, and only what the projector shows the room.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from app.core.review import ReviewItem, review_items
from app.portal.checkin import PHONE_LANGUAGES
from app.portal.context import context
from app.portal.replies import RefusalError, answer


def item_view(item: ReviewItem) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "source": item.source_kind.value if item.source_kind else None,
        "said": item.said, "did": item.did, "status": item.status, "progress": item.progress,
        "owner": item.owner_role, "reason": item.reason, "forwarded_to": item.forwarded_to,
        "answer": item.answer,
        "recommendation": item.recommendation.value if item.recommendation else None,
        "readings": [{"indicator": r.indicator, "target": r.target,
                      "values": [[day, value] for day, value in r.values]}
                     for r in item.readings],
        "date": item.session_date,
    }


async def review(request: web.Request) -> web.Response:
    ctx = context(request)
    person = ctx.participant(request)
    if person is None:
        raise RefusalError(401, "not_checked_in")
    language = request.query.get("lang", person.language)
    if language not in PHONE_LANGUAGES:
        raise RefusalError(400, "bad_request", field="lang")
    items = review_items(ctx.workshop, ctx.session_id, language)
    return answer({"items": [item_view(i) for i in items]})


def setup(app: web.Application) -> None:
    app.router.add_get("/api/review", review)
