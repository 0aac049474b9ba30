"""The comparison: a bare aiohttp program answering the same requests, with the same live
channel held open (a hello, then silence), and nothing else. Prints its address, then serves
until stopped. `python -m benchmarks.assembly.bare`"""

from __future__ import annotations

import asyncio
import signal

from aiohttp import web

from app.portal.door import BACKLOG, raise_open_file_limit


async def echo(request: web.Request) -> web.Response:
    body = await request.json()
    return web.json_response({"ok": True, "key": body.get("key")})


async def state(request: web.Request) -> web.Response:
    return web.json_response({})


async def live(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    await response.write(b'data: {"subjects": ["hello"]}\n\n')
    while True:
        await asyncio.sleep(15)
        await response.write(b": still here\n\n")


async def serve() -> None:
    app = web.Application()
    app.router.add_post("/api/bare", echo)
    app.router.add_get("/api/state", state)
    app.router.add_get("/api/live", live)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=BACKLOG)  # the portal's own door size
    await site.start()
    print(f"Join URL: http://127.0.0.1:{runner.addresses[0][1]}/", flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await runner.cleanup()


if __name__ == "__main__":
    raise_open_file_limit()
    asyncio.run(serve())
