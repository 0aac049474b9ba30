"""The phone pages: a fixed map from URL to shipped file, read once at start. Nothing else.

No path from a request ever reaches the file system, so no traversal can: a URL that is not a
key of ``FILES`` is a 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from app.portal.context import give_csrf_cookie
from app.resources import resource

PAGE = "index.html"


@dataclass(frozen=True)
class StaticFile:
    parts: tuple[str, ...]  # under resources/
    content_type: str


FILES: dict[str, StaticFile] = {
    "/static/app.js": StaticFile(("portal", "app.js"), "text/javascript; charset=utf-8"),
    "/static/queue.js": StaticFile(("portal", "queue.js"), "text/javascript; charset=utf-8"),
    "/static/speak.js": StaticFile(("portal", "speak.js"), "text/javascript; charset=utf-8"),
    "/static/votes.js": StaticFile(("portal", "votes.js"), "text/javascript; charset=utf-8"),
    "/static/review.js": StaticFile(("portal", "review.js"), "text/javascript; charset=utf-8"),
    "/static/strings.js": StaticFile(("portal", "strings.js"), "text/javascript; charset=utf-8"),
    "/static/style.css": StaticFile(("portal", "style.css"), "text/css; charset=utf-8"),
    "/static/icon.svg": StaticFile(("portal", "icon.svg"), "image/svg+xml"),
    "/static/arabic.ttf": StaticFile(("fonts", "NotoSansArabic-Regular.ttf"), "font/ttf"),
    "/static/arabic-bold.ttf": StaticFile(("fonts", "NotoSansArabic-Bold.ttf"), "font/ttf"),
}


def _read(parts: tuple[str, ...]) -> bytes:
    return Path(resource(*parts)).read_bytes()


def setup(app: web.Application) -> None:
    page = _read(("portal", PAGE))

    async def index(request: web.Request) -> web.Response:
        reply = web.Response(body=page, content_type="text/html", charset="utf-8",
                             headers={"Cache-Control": "no-cache"})
        give_csrf_cookie(request, reply)
        return reply

    app.router.add_get("/", index)
    app.router.add_get("/j/{room}", index)
    for url, shipped in FILES.items():
        body = _read(shipped.parts)

        async def serve(request: web.Request, body: bytes = body,
                        content_type: str = shipped.content_type) -> web.Response:
            return web.Response(body=body, headers={"Content-Type": content_type,
                                                    "Cache-Control": "no-cache"})

        app.router.add_get(url, serve)
