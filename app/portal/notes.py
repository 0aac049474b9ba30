"""Posting a sticky note from a phone: anonymous unless the participant signs it."""

from __future__ import annotations

from aiohttp import web

from app.core.model import Channel
from app.core.text_rules import NOTE_LIMIT
from app.portal.context import context
from app.portal.replies import RefusalError, answer, bool_field, client_key, read_json, text_field
from app.portal.state import note_area


async def post_note(request: web.Request) -> web.Response:
    ctx = context(request)
    person = ctx.require_participant(request)
    ctx.limit_writes(person)
    body = await read_json(request)
    key = client_key(body)
    text = text_field(body, "text", limit=NOTE_LIMIT * 4)
    signed = bool_field(body, "signed")
    scope = f"note:{person.id}"

    def post() -> dict[str, object]:
        first = ctx.writer.ops.receipt(key, scope)
        if first is not None:  # a retry of a note already on the board: same answer
            return {"id": first["id"], "status": first["status"], "duplicate": True}
        area = note_area(ctx.writer, ctx.session_id)
        if area is None:
            raise RefusalError(409, "notes_closed")
        note = ctx.writer.board.add_note(
            ctx.session_id, area, text, language=person.language,
            author_id=person.id if signed else None, origin=Channel.PHONE, key=key,
            key_scope=scope)
        return {"id": note.id, "status": note.status.value, "duplicate": False}

    # One write at most (add_note), so no savepoint of its own is needed around it.
    return answer(await ctx.group.run(post, atomic=False))  # "recorded" once on disk


def setup(app: web.Application) -> None:
    app.router.add_post("/api/notes", post_note)
