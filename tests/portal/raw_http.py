"""HTTP/1.1 by hand over one keep-alive socket: bytes no browser would send, answers read raw.

``RawConnection.send(request_bytes)`` returns the answer, or raises ``HangError`` if none
arrived whole in time; a connection the portal closed is opened again for the next request.
"""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from typing import Any


class HangError(Exception):
    """No whole answer within the connection's timeout."""


@dataclass
class RawReply:
    status: int
    version: bytes
    headers: list[tuple[str, bytes]]
    body: bytes

    def header(self, name: str) -> bytes | None:
        for key, value in self.headers:
            if key == name.lower():
                return value
        return None

    def has(self, name: str) -> bool:
        return self.header(name) is not None

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def closes(self) -> bool:
        return self.version == b"HTTP/1.0" or self.header("connection") == b"close"


class RawConnection:
    def __init__(self, port: int, timeout: float = 5.0) -> None:
        self.port = port
        self.timeout = timeout
        self.sock: socket.socket | None = None
        self.buffer = b""

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None
        self.buffer = b""

    def send(self, request: bytes, *, head: bool = False) -> RawReply:
        """One request; ``head``: its answer has no body whatever its headers say."""
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=self.timeout)
        try:
            self.sock.sendall(request)
            reply = self._read(head)
            while 100 <= reply.status < 200:  # "100 Continue" before the real answer
                reply = self._read(head)
        except TimeoutError as exc:
            self.close()
            raise HangError(request[:300]) from exc
        except (ConnectionResetError, BrokenPipeError):
            self.close()
            raise
        if reply.closes:
            self.close()
        return reply

    def _fill(self) -> bool:
        assert self.sock is not None
        chunk = self.sock.recv(65536)
        self.buffer += chunk
        return bool(chunk)

    def _until(self, mark: bytes) -> bytes:
        while mark not in self.buffer:
            if not self._fill():
                raise ConnectionResetError("closed before the answer ended")
        found, _, self.buffer = self.buffer.partition(mark)
        return found

    def _exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            if not self._fill():
                raise ConnectionResetError("closed before the answer ended")
        found, self.buffer = self.buffer[:size], self.buffer[size:]
        return found

    def _read(self, head: bool) -> RawReply:
        lines = self._until(b"\r\n\r\n").split(b"\r\n")
        version, status = lines[0].split(b" ", 2)[:2]
        headers = []
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers.append((name.decode("latin-1").strip().lower(), value.strip()))
        reply = RawReply(int(status), version, headers, b"")
        if head or reply.status in (204, 304) or reply.status < 200:
            return reply
        length = reply.header("content-length")
        if length is not None:
            reply.body = self._exactly(int(length))
        elif reply.header("transfer-encoding") == b"chunked":
            reply.body = self._chunks()
        else:  # to the end of the connection
            while self._fill():
                pass
            reply.body, self.buffer = self.buffer, b""
            self.close()
        return reply

    def _chunks(self) -> bytes:
        body = b""
        while size := int(self._until(b"\r\n").split(b";")[0], 16):
            body += self._exactly(size)
            self._until(b"\r\n")
        self._until(b"\r\n")
        return body
