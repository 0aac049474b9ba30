"""The comparison: a bare aiohttp endpoint on its own thread, reading JSON and answering JSON."""

from __future__ import annotations

import asyncio
import threading

from aiohttp import web


class BareServer:
    def __init__(self) -> None:
        self.base = ""
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="bare", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        async def echo(request: web.Request) -> web.Response:
            body = await request.json()
            return web.json_response({"ok": True, "key": body.get("key")})

        async def state(request: web.Request) -> web.Response:
            return web.json_response({})

        app = web.Application()
        app.router.add_post("/api/bare", echo)
        app.router.add_get("/api/state", state)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()
