"""The OpenAPI description of the portal's JSON API.

It states what the server enforces (lengths, patterns, ranges, digit keys in ``dots``); a test
keeps it true to the routes and sends, for each constraint, a request that breaks it.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from app.core.text_rules import NAME_LIMIT, NOTE_LIMIT
from app.core.voting import MAX_DOTS
from app.portal.checkin import BADGE_MAX, PHONE_LANGUAGES, ROOM_MAX, SELF_DECLARED
from app.portal.config import BODY_LIMIT, CLIENT_KEY_MAX, CLIENT_KEY_MIN, CSRF_HEADER
from app.portal.replies import answer
from app.portal.votes import MAX_ITEMS

_KEY = {"type": "string", "pattern": "^[A-Za-z0-9_-]+$", "minLength": CLIENT_KEY_MIN,
        "maxLength": CLIENT_KEY_MAX, "description": "client idempotency key; a retry with the "
        "same key gets the first answer and changes nothing"}
_ERROR = {"$ref": "#/components/schemas/Error"}
_LANG = {"type": "string", "enum": list(PHONE_LANGUAGES)}


def _refusals(*codes: int) -> dict[str, Any]:
    text = {400: "bad input", 401: "not checked in", 403: "refused (origin, CSRF, token)",
            404: "not found", 409: "against a rule now", 413: f"body over {BODY_LIMIT} bytes",
            408: "the body took too long to arrive", 415: "not JSON", 421: "Host not allowed",
            429: "rate limited"}
    return {str(c): {"description": text[c],
                     "content": {"application/json": {"schema": _ERROR}}} for c in codes}


def _write(summary: str, schema: dict[str, Any], ok: dict[str, Any],
           *codes: int) -> dict[str, Any]:
    return {
        "summary": summary,
        "parameters": [{"name": CSRF_HEADER, "in": "header", "required": True,
                        "schema": {"type": "string"}}],
        "requestBody": {"required": True,
                        "content": {"application/json": {"schema": schema}}},
        "responses": {"200": {"description": "recorded (after COMMIT)",
                              "content": {"application/json": {"schema": ok}}},
                      **_refusals(400, 403, 408, 413, 415, 421, 429, *codes)},
    }


DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Roundtable participant portal", "version": "1"},
    "paths": {
        "/api/state": {"get": {
            "summary": "phase, timer, notes open, the vote round with my dots",
            "parameters": [{"name": "room", "in": "query", "required": False,
                            "description": "the room token, for a phone not checked in; a "
                            "longer value is never one (403)",
                            "schema": {"type": "string", "maxLength": ROOM_MAX}}],
            "responses": {"200": {"description": "the state",
                                  "content": {"application/json": {"schema": {
                                      "type": "object"}}}},
                          **_refusals(403, 421, 429)},
        }},
        "/api/live": {"get": {
            "summary": "Server-Sent Events: what changed (subject, change)",
            "responses": {"200": {"description": "event stream",
                                  "content": {"text/event-stream": {}}},
                          **_refusals(401, 421, 429)},
        }},
        "/api/checkin": {"post": _write(
            "check in with the room token: claim a badge, or join as someone new",
            {"type": "object", "required": ["room", "key", "language", "consent"],
             "properties": {"room": {"type": "string", "maxLength": ROOM_MAX}, "key": _KEY,
                            "language": _LANG, "consent": {"type": "boolean", "const": True},
                            "badge": {"type": "string", "maxLength": BADGE_MAX},
                            "group": {"type": "string", "enum": list(SELF_DECLARED)},
                            "display_name": {"type": "string", "maxLength": NAME_LIMIT,
                                             "description": "trimmed, inner spaces folded"}}},
            {"type": "object", "properties": {"me": {"type": "object"}}},
        )},
        "/api/notes": {"post": _write(
            "post a note in the running expectations or ideation phase",
            {"type": "object", "required": ["key", "text"],
             "properties": {"key": _KEY, "text": {"type": "string", "minLength": 1,
                                                  "maxLength": NOTE_LIMIT,
                                                  "description": "trimmed first"},
                            "signed": {"type": "boolean"}}},
            {"type": "object", "properties": {"id": {"type": "integer"},
                                              "status": {"type": "string"},
                                              "duplicate": {"type": "boolean"}}},
            401, 409,
        )},
        "/api/ballot": {"post": _write(
            "replace my whole allocation of dots in an open round",
            {"type": "object", "required": ["key", "round", "dots"],
             "properties": {"key": _KEY, "round": {"type": "integer", "minimum": 1},
                            "dots": {"type": "object", "maxProperties": MAX_ITEMS,
                                     "description": "item id -> dots on it",
                                     "propertyNames": {"pattern": "^[0-9]{1,9}$"},
                                     "additionalProperties": {
                                         "type": "integer", "minimum": 0,
                                         "maximum": MAX_DOTS}}}},
            {"type": "object", "properties": {
                "round": {"type": "integer"}, "dots": {"type": "object"},
                "remaining": {"type": "integer"},
                "turnout": {"type": "object", "description": "only when this ballot changed "
                            "how many have voted (the first dot, or the last taken back)",
                            "properties": {"voted": {"type": "integer"},
                                           "eligible": {"type": "integer"}}}}},
            401, 404, 409,
        )},
        "/api/review": {"get": {
            "summary": "what happened to the ideas of the programme's earlier Labs: "
            "commitments and experiments with their readings, in one language",
            "parameters": [{"name": "lang", "in": "query", "required": False,
                            "description": "the language to read commitments in (default: "
                            "the participant's own)", "schema": _LANG}],
            "responses": {"200": {"description": "the review items",
                                  "content": {"application/json": {"schema": {
                                      "type": "object"}}}},
                          **_refusals(400, 401, 421, 429)},
        }},
        "/api/openapi.json": {"get": {
            "summary": "this document",
            "responses": {"200": {"description": "OpenAPI 3",
                                  "content": {"application/json": {}}}},
        }},
    },
    "components": {"schemas": {"Error": {
        "type": "object", "required": ["code", "message"],
        "properties": {"code": {"type": "string"}, "params": {"type": "object"},
                       "message": {"type": "string", "description": "English; phones "
                                   "translate the code"}},
    }}},
}


async def openapi(request: web.Request) -> web.Response:
    return answer(DOCUMENT)


def setup(app: web.Application) -> None:
    app.router.add_get("/api/openapi.json", openapi)
