"""JSON answers and refusals: every refusal carries a stable code the phone translates."""

from __future__ import annotations

import asyncio
import json
import re
import zlib
from typing import Any

from aiohttp import web

from app.core.errors import fill
from app.portal.config import BODY_LIMIT, CLIENT_KEY_MAX, CLIENT_KEY_MIN

# English text of the portal's own codes (the core's codes are in app.core.errors).
MESSAGES: dict[str, str] = {
    "bad_host": "This address is not served here.",
    "bad_origin": "Writes are accepted only from the portal's own pages.",
    "csrf": "The page is out of date; reload it and try again.",
    "json_only": "Send JSON (Content-Type: application/json).",
    "bad_json": "The request is not valid JSON.",
    "bad_request": "The field {field} is missing or not valid.",
    "too_large": "The request is too large: at most {limit} bytes.",
    "rate_limited": "Too many requests; wait {seconds} seconds and try again.",
    "room_token": "Scan the QR code on the big screen to join.",
    "not_checked_in": "Please check in first.",
    "consent_required": "Please read and accept the consent text first.",
    "badge_unknown": "No badge has this code.",
    "walk_ins_limited": "Several people have just joined from this network; wait {seconds} "
    "seconds and try again, or ask the facilitator for your badge code.",
    "notes_closed": "Notes can be posted during the expectations and ideation phases.",
    "not_found": "Not found.",
    "method_not_allowed": "This method is not allowed here.",
    "request_timeout": "The request took too long to arrive; try again.",
    "unreadable": "The request could not be read.",
    "server_error": "Something went wrong on the laptop; your request was not recorded.",
}

# Given whole (aiohttp copies them): the content type need not be composed for every answer.
_JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"}
_KEY = re.compile(r"[A-Za-z0-9_-]+")
# Seconds a request body may take to arrive (the portal sets it from its DoorLimits).
REQUEST_SECONDS = web.AppKey("request_seconds", float)
# Content codings a body may come in; zlib's window bits for each (None: as it is).
_CODINGS: dict[str, int | None] = {"identity": None, "gzip": 16 + zlib.MAX_WBITS,
                                   "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class RefusalError(Exception):
    """A request the portal refuses; becomes a JSON answer with ``status``."""

    def __init__(self, status: int, code: str, headers: dict[str, str] | None = None,
                 **params: Any) -> None:
        self.status = status
        self.code = code
        self.params = params
        self.headers = headers or {}
        super().__init__(fill(MESSAGES.get(code, code), params))


def answer(data: Any, status: int = 200,
           response: type[web.Response] = web.Response) -> web.Response:
    return response(status=status, body=json.dumps(data, ensure_ascii=False).encode(),
                    headers=_JSON_HEADERS)


def refusal(status: int, code: str, message: str, params: dict[str, Any],
            headers: dict[str, str] | None = None,
            response: type[web.Response] = web.Response) -> web.Response:
    reply = answer({"code": code, "params": params, "message": message}, status, response)
    reply.headers.update(headers or {})
    return reply


def utf8(text: str) -> bool:
    """Whether ``text`` can be written as UTF-8: not when it holds a lone surrogate (a JSON
    "\\ud800", or a header's bytes that were not UTF-8)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def read_json(request: web.Request) -> dict[str, Any]:
    """The request's JSON object, read up to the body limit (refused beyond it), within the
    portal's request time, decompressed if it says so, every string writable as UTF-8."""
    if request.content_type != "application/json":
        raise RefusalError(415, "json_only")
    coding = request.headers.get("Content-Encoding", "identity").strip().lower() or "identity"
    if coding not in _CODINGS:
        raise RefusalError(400, "bad_request", field="Content-Encoding")
    length = request.content_length
    if length is not None and length > BODY_LIMIT:
        raise RefusalError(413, "too_large", limit=BODY_LIMIT)
    try:
        async with asyncio.timeout(request.app.get(REQUEST_SECONDS, 10.0)):
            raw = await _read_body(request, length)
    except TimeoutError as exc:  # a body sent a byte at a time: the connection is given back
        raise RefusalError(408, "request_timeout") from exc
    wbits = _CODINGS[coding]
    if wbits is not None:
        raw = _decompress(raw, wbits)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise RefusalError(400, "bad_json") from exc
    if not isinstance(data, dict):
        raise RefusalError(400, "bad_json")
    if b"\\u" in raw:  # only an escape can make a lone surrogate: the bytes were UTF-8
        _check_strings(data)
    return data


async def _read_body(request: web.Request, length: int | None) -> bytes:
    if length is None:
        return await _read_chunked(request)
    try:  # the usual case: one read of what the phone said it sends
        return await request.content.readexactly(length)
    except asyncio.IncompleteReadError as exc:  # the phone went away mid-way
        raise RefusalError(400, "bad_json") from exc


def _decompress(raw: bytes, wbits: int) -> bytes:
    """A gzip or deflate body, refused if it is not what it says or unpacks past the limit."""
    unpacker = zlib.decompressobj(wbits)
    try:
        data = unpacker.decompress(raw, BODY_LIMIT + 1)
    except zlib.error as exc:
        raise RefusalError(400, "bad_request", field="Content-Encoding") from exc
    if len(data) > BODY_LIMIT:
        raise RefusalError(413, "too_large", limit=BODY_LIMIT)
    if not unpacker.eof:
        raise RefusalError(400, "bad_request", field="Content-Encoding")
    return data


def _check_strings(data: dict[str, Any]) -> None:
    """Every key and string in ``data`` can be stored as UTF-8 (else a 400 naming the field)."""
    for name, value in data.items():
        field = name if utf8(name) else ""
        waiting: list[Any] = [name, value]
        while waiting:
            item = waiting.pop()
            if isinstance(item, str):
                if not utf8(item):
                    raise (RefusalError(400, "bad_request", field=field) if field
                           else RefusalError(400, "bad_json"))
            elif isinstance(item, dict):
                waiting.extend(item.keys())
                waiting.extend(item.values())
            elif isinstance(item, list):
                waiting.extend(item)


async def _read_chunked(request: web.Request) -> bytes:
    """A chunked body says its size only by being too long."""
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.read(BODY_LIMIT + 1 - size):
        size += len(chunk)
        chunks.append(chunk)
        if size > BODY_LIMIT:
            raise RefusalError(413, "too_large", limit=BODY_LIMIT)
    return b"".join(chunks)


def text_field(body: dict[str, Any], name: str, *, required: bool = True,
               limit: int = 4000) -> str:
    value = body.get(name, None if required else "")
    if not isinstance(value, str) or len(value) > limit:
        raise RefusalError(400, "bad_request", field=name)
    return value


def bool_field(body: dict[str, Any], name: str, default: bool = False) -> bool:
    value = body.get(name, default)
    if not isinstance(value, bool):
        raise RefusalError(400, "bad_request", field=name)
    return value


def int_field(body: dict[str, Any], name: str, low: int = 0, high: int = 2**31) -> int:
    value = body.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RefusalError(400, "bad_request", field=name)
    return value


def client_key(body: dict[str, Any]) -> str:
    """The phone's idempotency key: random, URL-safe, 16 to 64 characters."""
    value = body.get("key")
    if (not isinstance(value, str) or not CLIENT_KEY_MIN <= len(value) <= CLIENT_KEY_MAX
            or not _KEY.fullmatch(value)):
        raise RefusalError(400, "bad_request", field="key")
    return value
