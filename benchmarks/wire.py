"""A phone's timed requests, written and read by hand on one kept-alive HTTP/1.1 connection.

In a hall every phone is a device of its own; in a benchmark they are all one process on the
laptop's own CPUs, so what the phones spend on each request is taken from the portal being
measured. aiohttp's client (cookie jars, multidicts, a payload object per request) costs about
as much CPU per request as a bare aiohttp server; this costs a fraction of it. The same wire
serves the bare baseline, so the comparison stays fair. Only what the portal sends is read:
a status line, headers with a Content-Length, a JSON body.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit


class Wire:
    """One phone's connection: opened when first needed, opened again if the server closed it
    (its idle time-out, ``Connection: close``), the request then sent again as it was."""

    def __init__(self, base: str, cookies: dict[str, str]) -> None:
        address = urlsplit(base)
        self.host, self.port = address.hostname or "127.0.0.1", address.port or 80
        self.head = (f"Host: {address.netloc}\r\nOrigin: {base}\r\n"
                     f"X-CSRF-Token: {cookies.get('rt_csrf', '')}\r\n"
                     f"Cookie: {'; '.join(f'{k}={v}' for k, v in cookies.items())}\r\n"
                     "Content-Type: application/json\r\n")
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.reopened = 0  # requests sent again on a new connection

    async def post(self, path: str, body: dict[str, Any], attempts: int = 5) -> tuple[int, Any]:
        data = json.dumps(body).encode()
        request = (f"POST {path} HTTP/1.1\r\n{self.head}Content-Length: {len(data)}\r\n\r\n"
                   ).encode() + data
        for attempt in range(attempts):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
                self.writer.write(request)
                return await self._answer()
            except (ConnectionError, asyncio.IncompleteReadError, EOFError):
                self.close()
                if attempt == attempts - 1:
                    raise
                self.reopened += 1
        raise AssertionError("unreachable")

    async def _answer(self) -> tuple[int, Any]:
        assert self.reader is not None
        status_line = await self.reader.readline()
        if not status_line:
            raise EOFError("closed before answering")
        status = int(status_line.split(b" ", 2)[1])
        length, keep = 0, True
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                keep = False
        body = json.loads(await self.reader.readexactly(length)) if length else None
        if not keep:
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None
