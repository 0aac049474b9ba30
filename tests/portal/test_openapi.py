"""The OpenAPI document says exactly what the routes are and what they enforce; it is served."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.application import build_app, portal_workshop
from app.portal.config import PortalConfig
from app.portal.openapi import DOCUMENT
from tests.portal.conftest import open_round
from tests.portal.phone import Phone, new_key


def api_routes(app: web.Application) -> set[tuple[str, str]]:
    found = set()
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter", "")
        if path.startswith("/api/") and route.method != "HEAD":
            found.add((route.method.lower(), path))
    return found


def test_the_document_lists_every_api_route_and_no_other(workshop: Workshop) -> None:
    own = portal_workshop(workshop)
    try:
        app = build_app(own, PortalConfig(1, "127.0.0.1", 8080), 8080)
    finally:
        own.close()
    documented = {(method, path) for path, ops in DOCUMENT["paths"].items() for method in ops}
    assert documented == api_routes(app)


def test_every_write_documents_its_body_and_the_csrf_header() -> None:
    for path, ops in DOCUMENT["paths"].items():
        for method, op in ops.items():
            if method == "post":
                schema = op["requestBody"]["content"]["application/json"]["schema"]
                assert schema["type"] == "object", path
                assert any(p["name"] == "X-CSRF-Token" for p in op["parameters"]), path
                assert {"403", "413", "429"} <= set(op["responses"]), path


def test_the_document_is_served(phone: Phone) -> None:
    reply = phone.get("/api/openapi.json")
    assert reply.status == 200
    assert reply.json() == DOCUMENT


def violations(schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """For each constraint the schema states, a value that breaks it (and only it)."""
    found: list[tuple[str, Any]] = []
    if "maxLength" in schema:
        found.append(("maxLength", "x" * (schema["maxLength"] + 1)))
    if schema.get("minLength", 0) > 0:
        found.append(("minLength", "x" * (schema["minLength"] - 1)))
    if "pattern" in schema:
        found.append(("pattern", "!" * max(schema.get("minLength", 1), 1)))
    if "enum" in schema:
        found.append(("enum", "not-one-of-them"))
    if "const" in schema:
        found.append(("const", not schema["const"]))
    if "minimum" in schema:
        found.append(("minimum", schema["minimum"] - 1))
    if "maximum" in schema:
        found.append(("maximum", schema["maximum"] + 1))
    if "maxProperties" in schema:
        found.append(("maxProperties", {str(i): 0 for i in range(schema["maxProperties"] + 1)}))
    if "propertyNames" in schema:
        found += [("propertyNames", {name: 0}) for name in ("a", "-1", "1.5", "\u0661", "1" * 10)]
    if isinstance(schema.get("additionalProperties"), dict):
        found += [(f"value {kind}", {"1": value})
                  for kind, value in violations(schema["additionalProperties"])]
    wrong_type = {"string": 12, "integer": "12", "boolean": "true", "object": [1]}
    if schema.get("type") in wrong_type:
        found.append(("type", wrong_type[schema["type"]]))
    return found


def write_schema(path: str) -> dict[str, Any]:
    schema: dict[str, Any] = DOCUMENT["paths"][path]["post"]["requestBody"]["content"][
        "application/json"]["schema"]
    return schema


@pytest.mark.parametrize("path", ["/api/checkin", "/api/notes", "/api/ballot"])
def test_every_stated_constraint_is_enforced(path: str, checked_in: Phone, session: Session,
                                             workshop: Workshop) -> None:
    vote = open_round(workshop, session)
    valid: dict[str, dict[str, Any]] = {
        "/api/checkin": {"room": session.room_token, "language": "en", "consent": True,
                         "group": "newcomer", "display_name": "Amina"},
        "/api/notes": {"text": "More buses at night", "signed": False},
        "/api/ballot": {"round": vote.id, "dots": {str(vote.item_ids[0]): 1}},
    }
    schema = write_schema(path)
    assert checked_in.post(path, {**valid[path], "key": new_key()}).status == 200
    checked = 0
    for name, prop in schema["properties"].items():
        for constraint, value in violations(prop):
            body = {**valid[path], "key": new_key(), name: value}
            reply = checked_in.post(path, body)
            assert reply.status == 400, (name, constraint, reply.body)
            checked += 1
        for name in schema["required"]:
            body = {k: v for k, v in {**valid[path], "key": new_key()}.items() if k != name}
            assert checked_in.post(path, body).status == 400, name
    assert checked >= 5


def test_text_at_its_stated_limits_is_accepted(checked_in: Phone) -> None:
    props = write_schema("/api/notes")["properties"]
    key = props["key"]
    for text in ("x" * props["text"]["maxLength"], "x" * props["text"]["minLength"]):
        assert checked_in.note(text).status == 200
    for size in (key["minLength"], key["maxLength"]):
        assert checked_in.note("Key at its limit", key="k" * size).status == 200


def test_a_name_at_its_stated_limit_is_accepted(phone: Phone, session: Session) -> None:
    limit = write_schema("/api/checkin")["properties"]["display_name"]["maxLength"]
    assert phone.check_in(session.room_token, name="n" * limit).status == 200


def test_a_room_longer_than_stated_is_never_the_room(phone: Phone, session: Session) -> None:
    (room,) = DOCUMENT["paths"]["/api/state"]["get"]["parameters"]
    longer = session.room_token + "x" * (room["schema"]["maxLength"] + 1 - len(session.room_token))
    assert phone.get(f"/api/state?room={longer}").status == 403
    assert phone.get(f"/api/state?room={session.room_token}").status == 200
