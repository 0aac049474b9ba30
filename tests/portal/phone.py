"""A phone for tests: one keep-alive HTTP connection with its own cookies, like a browser tab."""

from __future__ import annotations

import http.client
import json
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def code(self) -> str:
        return str(self.json().get("code", ""))


class Phone:
    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = port
        self.origin = f"http://{host}:{port}"
        self.cookies: dict[str, str] = {}
        self.conn = http.client.HTTPConnection(host, port, timeout=10)

    def close(self) -> None:
        self.conn.close()

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Reply:
        sent = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        sent.update(headers or {})
        try:
            self.conn.request(method, path, body=body, headers=sent)
            response = self.conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
            self.conn.request(method, path, body=body, headers=sent)
            response = self.conn.getresponse()
        data = response.read()
        for value in response.headers.get_all("Set-Cookie") or []:
            jar: SimpleCookie = SimpleCookie()
            jar.load(value)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value
        return Reply(response.status, response.headers, data)

    def get(self, path: str, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, headers=headers)

    def post(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Reply:
        """A same-origin JSON write with the CSRF header, as the portal's page sends it."""
        if "rt_csrf" not in self.cookies:
            self.get("/")
        sent = {"Content-Type": "application/json", "Origin": self.origin,
                "X-CSRF-Token": self.cookies.get("rt_csrf", "")}
        sent.update(headers or {})
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.request("POST", path, body=raw, headers=sent)

    def check_in(self, room: str, *, group: str = "newcomer", name: str = "",
                 language: str = "en", badge: str = "", key: str | None = None) -> Reply:
        body: dict[str, Any] = {"room": room, "key": key or new_key(), "language": language,
                                "consent": True}
        if badge:
            body["badge"] = badge
        else:
            body.update(group=group, display_name=name)
        return self.post("/api/checkin", body)

    def note(self, text: str, *, signed: bool = False, key: str | None = None) -> Reply:
        return self.post("/api/notes", {"text": text, "signed": signed, "key": key or new_key()})

    def ballot(self, round_id: int, dots: dict[int, int], key: str | None = None) -> Reply:
        return self.post("/api/ballot", {"round": round_id, "key": key or new_key(),
                                         "dots": {str(k): v for k, v in dots.items()}})

    def state(self) -> dict[str, Any]:
        reply = self.get("/api/state")
        assert reply.status == 200, reply.body
        data: dict[str, Any] = reply.json()
        return data


def new_key() -> str:
    return secrets.token_hex(16)
