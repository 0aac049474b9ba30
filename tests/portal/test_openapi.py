"""The OpenAPI document says exactly what the routes are, and the server serves it."""

from __future__ import annotations

from aiohttp import web

from app.core.workshop import Workshop
from app.portal.application import build_app, portal_workshop
from app.portal.config import PortalConfig
from app.portal.openapi import DOCUMENT
from tests.portal.phone import Phone


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
