"""Ten thousand generated requests over real HTTP: no answer >= 500, no hang, every answer
with the security headers and without a Server header, every refusal in JSON.

Hypothesis draws each request whole, as bytes: method, target (every route, random paths,
percent-encoded bytes, proxy-style targets), version, every header the portal reads and others
(Host, Origin, Cookie, X-CSRF-Token, Content-Type, Content-Encoding, Transfer-Encoding,
Expect, Upgrade, Range …, with bytes that are not UTF-8), and a body from the OpenAPI schema
of the route or anything at all, lone UTF-16 surrogates and false compression included.
They go in batches over a few keep-alive connections in parallel, to a portal on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import json
import random
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.openapi import DOCUMENT
from app.portal.security import HEADERS
from app.portal.static import FILES
from tests.portal.conftest import open_round, start_portal
from tests.portal.phone import Phone
from tests.portal.raw_http import HangError, RawConnection, RawReply

REQUESTS = 10_000
BATCH = 50  # requests drawn per example
THREADS = 4  # keep-alive connections sending at once
STORM = settings(max_examples=REQUESTS // BATCH, deadline=None, database=None,
                 phases=[Phase.generate], suppress_health_check=list(HealthCheck))

# Hypothesis chooses each request's shape (method, target, version, what each header the portal
# reads is, which other headers come, the body's route, form, poison, coding and framing);
# a generator seeded by it fills in the bulk bytes, so that ten thousand requests are drawn in
# seconds rather than minutes.
LONE = ("\ud800", "\udbff", "\udc00", "\udfff")
TEXT = ("a", "Z", "0", " ", "é", "ع", "ی", "я", "🙂", "\u200b", "\u202e", "\u2066", "\n", "\x00",
        "<", '"', "\\", "%")
TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
PATH_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_./%~:@!$&'()*+,;="
METHODS = ["GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH",
           "BREW", "get", "M-SEARCH"]
VERSIONS = ["HTTP/1.1"] * 12 + ["HTTP/1.0", "HTTP/2.0", "HTTP/1.x", ""]
EXTRAS = [("Accept", b"*/*"), ("Accept", b"text/html"), ("Accept-Encoding", b"gzip, br"),
          ("Expect", b"100-continue"), ("Expect", b"nothing"), ("Upgrade", b"websocket"),
          ("Range", b"bytes=0-10"), ("If-None-Match", b"*"), ("X-Forwarded-For", b"10.0.0.1"),
          ("Connection", b"close"), ("Connection", b"Upgrade"), ("User-Agent", None),
          ("X-Made-Up", None), (None, None)]


@dataclass(frozen=True)
class Room:
    """What a checked-in phone holds: the right values, which the storm mixes with wrong ones."""

    port: int
    token: str
    participant: str
    csrf: str
    ints: tuple[int, ...]
    keys: tuple[str, ...]

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"


@dataclass(frozen=True)
class Sent:
    data: bytes
    head: bool  # a HEAD: the answer has no body


def junk_bytes(rnd: random.Random, size: int = 40) -> bytes:
    """Bytes for a header value: anything but the line's end."""
    raw = rnd.randbytes(rnd.randint(0, size))
    return raw.replace(b"\r", b"").replace(b"\n", b"")


def text(rnd: random.Random, size: int) -> str:
    return "".join(rnd.choice(TEXT) for _ in range(rnd.randint(0, size)))


def any_json(rnd: random.Random, depth: int = 0) -> Any:
    kind = rnd.randrange(8 if depth < 3 else 6)
    scalars = [None, rnd.random() < 0.5, rnd.randint(-(2**63), 2**63), rnd.random() * 1e300,
               text(rnd, 20), rnd.choice(LONE)]
    if kind < 6:
        return scalars[kind]
    if kind == 6:
        return [any_json(rnd, depth + 1) for _ in range(rnd.randint(0, 3))]
    return {text(rnd, 6): any_json(rnd, depth + 1) for _ in range(rnd.randint(0, 3))}


def fake(schema: dict[str, Any], rnd: random.Random, room: Room) -> Any:
    """Mostly a value of the schema's kind (often a right one), sometimes anything."""
    if rnd.random() < 0.12:
        return any_json(rnd)
    kind = schema.get("type")
    if "enum" in schema:
        return rnd.choice(schema["enum"])
    if "const" in schema:
        return schema["const"] if rnd.random() < 0.9 else not schema["const"]
    if kind == "string":
        if "pattern" in schema:  # the idempotency key
            size = rnd.randint(schema["minLength"] - 2, schema["maxLength"] + 2)
            return "".join(rnd.choice(TOKEN_CHARS) for _ in range(max(size, 0)))
        return text(rnd, schema.get("maxLength", 100) + 5)
    if kind == "integer":
        return rnd.choice([*room.ints, rnd.randint(-5, 10_000), 2**40])
    if kind == "boolean":
        return rnd.random() < 0.8
    if kind == "object":
        names = [*room.keys, "a", "-1", "\u0661", "9" * 12]
        return {rnd.choice(names): rnd.choice([0, 1, 1, 2, 3, -1, 99, "1", None])
                for _ in range(rnd.randint(0, 3))}
    return any_json(rnd)


def fake_body(path: str, rnd: random.Random, room: Room) -> dict[str, Any]:
    schema = DOCUMENT["paths"][path]["post"]["requestBody"]["content"]["application/json"][
        "schema"]
    body = {name: fake(prop, rnd, room) for name, prop in schema["properties"].items()
            if name in schema["required"] or rnd.random() < 0.5}
    if rnd.random() < 0.1:
        body.pop(rnd.choice(sorted(body)), None)
    if path == "/api/checkin" and rnd.random() < 0.5:
        body.update(room=room.token, consent=True, group="newcomer")
    return body


def poisoned(body: dict[str, Any], poison: str, rnd: random.Random) -> dict[str, Any]:
    """A lone surrogate in one of the body's values, in a key, or deeper."""
    bad = text(rnd, 3) + rnd.choice(LONE) + text(rnd, 3)
    if poison == "value" and body:
        body[rnd.choice(sorted(body))] = bad
    elif poison == "key":
        body[bad] = 1
    elif poison == "nested":
        body["extra"] = [{"x": bad}]
    return body


def request_strategy(room: Room) -> st.SearchStrategy[Sent]:
    """Every strategy is built once here; drawing a request then only draws."""
    routes = ["/", f"/j/{room.token}", "/api/state", "/api/live", "/api/checkin",
              "/api/notes", "/api/ballot", "/api/openapi.json", *FILES]
    odd = ["*", "http://evil.example/", f"http://{room.host}/api/state", "//evil.example/",
           "/%ff", "/%ED%A0%80", "evil:80", "/api/state/../api/state", "/j/", "/static/"]
    paths = st.sampled_from(routes) | st.sampled_from(odd) | st.just("random")
    queries = st.sampled_from(["", "", "", "room", "wrong room", "percent", "random"])
    hosts = st.sampled_from(["right"] * 8 + ["evil", "empty", "none", "junk"])
    origins = st.sampled_from(["right"] * 6 + ["evil", "none", "junk"])
    tokens = st.sampled_from(["right"] * 6 + ["wrong", "none", "junk"])
    types = st.sampled_from(["application/json"] * 6 + [
        "application/json; charset=latin-1", "text/plain", "multipart/form-data", "none", "junk"])
    cookies = st.sampled_from(["both"] * 5 + ["csrf only", "made-up", "junk rt_p", "junk",
                                              "none"])
    extras = st.lists(st.sampled_from(EXTRAS), max_size=2)
    writes = st.sampled_from(["/api/checkin", "/api/notes", "/api/ballot"])
    shapes = st.sampled_from(["ascii", "ascii", "ascii", "utf8", "raw", "json"])
    poisons = st.sampled_from(["none", "none", "value", "key", "nested"])
    codings = st.sampled_from(["none"] * 8 + ["gzip", "deflate", "br", "x-made-up"])
    framings = st.sampled_from(["length"] * 7 + ["chunked"])
    seeds = st.integers(0, 2**32 - 1)

    @st.composite
    def draw_request(draw: Callable[..., Any]) -> Sent:
        rnd = random.Random(draw(seeds))
        method = draw(st.sampled_from(METHODS))
        path = draw(paths)
        if path == "random":
            path = "/" + "".join(rnd.choice(PATH_CHARS) for _ in range(rnd.randint(0, 40)))
        query = {"": "", "room": f"?room={room.token}", "wrong room": "?room=x",
                 "percent": "?room=" + "".join(f"%{b:02X}" for b in rnd.randbytes(6)),
                 "random": "?" + "".join(rnd.choice(PATH_CHARS) for _ in range(20))}[
            draw(queries)]
        headers: list[tuple[bytes, bytes]] = []

        def put(name: str, choice: str, right: str, wrong: str) -> None:
            value = {"right": right.encode(), "evil": wrong.encode(), "wrong": wrong.encode(),
                     "empty": b"", "junk": junk_bytes(rnd)}.get(choice)
            if value is not None:
                headers.append((name.encode(), value))

        put("Host", draw(hosts), room.host, "evil.example")
        put("Origin", draw(origins), f"http://{room.host}", "http://evil.example")
        put("X-CSRF-Token", draw(tokens), room.csrf, "x" * 22)
        kind = draw(types)
        put("Content-Type", "junk" if kind == "junk" else "none" if kind == "none" else "right",
            kind, "")
        jar = draw(cookies)
        cookie = {"both": f"rt_csrf={room.csrf}; rt_p={room.participant}".encode(),
                  "csrf only": f"rt_csrf={room.csrf}".encode(),
                  "made-up": f"rt_csrf={room.csrf}; rt_p={'m' * 22}".encode(),
                  "junk rt_p": f"rt_csrf={room.csrf}; rt_p=".encode() + junk_bytes(rnd),
                  "junk": junk_bytes(rnd)}.get(jar)
        if cookie is not None:
            headers.append((b"Cookie", cookie))
        for name, value in draw(extras):
            headers.append(((name or "".join(rnd.choice("abcxyz-") for _ in range(8)) or "x")
                            .encode(), value if value is not None else junk_bytes(rnd)))

        body = b""
        if method not in ("GET", "HEAD") or rnd.random() < 0.05:
            target = path if path in ("/api/checkin", "/api/notes", "/api/ballot") \
                else draw(writes)
            fields = poisoned(fake_body(target, rnd, room), draw(poisons), rnd)
            shape = draw(shapes)
            if shape == "raw":
                body = rnd.randbytes(rnd.randint(0, 200))
            elif shape == "json":
                body = json.dumps(any_json(rnd)).encode()
            elif shape == "utf8":  # lone surrogates as raw bytes: not UTF-8
                body = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
            else:  # lone surrogates travel as "\ud800" escapes
                body = json.dumps(fields).encode()
            coding = draw(codings)
            if coding != "none":
                if rnd.random() < 0.5:  # truly compressed, or only labelled so
                    body = gzip.compress(body) if coding == "gzip" else zlib.compress(body)
                headers.append((b"Content-Encoding", coding.encode()))
        if body or method in ("POST", "PUT", "PATCH"):
            if draw(framings) == "chunked":
                headers.append((b"Transfer-Encoding", b"chunked"))
                body = b"".join(b"%x\r\n%s\r\n" % (len(part), part)
                                for part in (body[:7], body[7:]) if part) + b"0\r\n\r\n"
            else:
                headers.append((b"Content-Length", str(len(body)).encode()))
        is_head = method == "HEAD"
        if method == "GET" and path.endswith("/api/live") and jar == "both":
            method, is_head = "HEAD", True  # the endless stream has its own tests
        line = f"{method} {path}{query} {draw(st.sampled_from(VERSIONS))}".rstrip().encode()
        head = line + b"\r\n" + b"".join(n + b": " + v + b"\r\n" for n, v in headers)
        return Sent(head + b"\r\n" + body, is_head)

    return draw_request()


def check(sent: Sent, reply: RawReply) -> None:
    assert reply.status < 500, (sent.data[:400], reply.body[:300])
    assert not reply.has("server"), sent.data[:400]
    for name, value in HEADERS.items():
        assert reply.header(name) == value.encode(), (name, sent.data[:400])
    if reply.status >= 400 and not sent.head:
        assert reply.header("content-type") == b"application/json; charset=utf-8", sent.data
        assert reply.json()["code"], sent.data[:400]


@pytest.mark.slow
def test_ten_thousand_generated_requests_never_fail_the_server(
        workshop: Workshop, session: Session) -> None:
    vote = open_round(workshop, session, dots=5, cap=3)
    server = start_portal(workshop, session)
    phone = Phone(server.port)
    assert phone.check_in(session.room_token).status == 200
    room = Room(server.port, session.room_token, phone.cookies["rt_p"],
                phone.cookies["rt_csrf"], (vote.id, *vote.item_ids),
                tuple(str(i) for i in vote.item_ids))
    local = threading.local()
    statuses: Counter[int] = Counter()
    problems: list[str] = []
    reconnects = [0]
    connections: list[RawConnection] = []

    def send(sent: Sent) -> None:
        conn: RawConnection | None = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = RawConnection(server.port, timeout=5.0)
            connections.append(conn)
        reused = conn.sock is not None
        try:
            try:
                reply = conn.send(sent.data, head=sent.head)
            except (ConnectionResetError, BrokenPipeError):
                if not reused:
                    raise
                reconnects[0] += 1  # the portal had closed a kept-alive connection
                reply = conn.send(sent.data, head=sent.head)
            statuses[reply.status] += 1
            check(sent, reply)
        except HangError:
            problems.append(f"no answer within 5 s: {sent.data[:300]!r}")
        except (AssertionError, OSError, ValueError) as exc:
            problems.append(f"{exc!r}: {sent.data[:300]!r}")

    pool = ThreadPoolExecutor(THREADS)
    in_flight: list[list[Future[None]]] = []
    started = time.monotonic()

    @STORM
    @given(batch=st.lists(request_strategy(room), min_size=BATCH, max_size=BATCH))
    def storm(batch: list[Sent]) -> None:
        # The next batch is drawn while this one is on the wire; two at most are waiting.
        in_flight.append([pool.submit(send, sent) for sent in batch])
        if len(in_flight) > 2:
            for future in in_flight.pop(0):
                future.result()

    try:
        storm()
        for batch in in_flight:
            for future in batch:
                future.result()
        took = time.monotonic() - started
        print(f"\nportal storm: {sum(statuses.values())} requests in {took:.1f} s, "
              f"statuses {dict(sorted(statuses.items()))}, {reconnects[0]} reconnections")
        assert problems == [], problems[:20]
        assert sum(statuses.values()) >= REQUESTS
        assert max(statuses) < 500
        assert statuses[200] > 0
        assert took < 180  # bounded: about 40 s on a busy two-core laptop
        assert workshop.sessions.verify_audit(session.id).ok
        for person in workshop.roster.participants(session.id):
            assert sum(workshop.voting.my_dots(vote.id, person.id).values()) <= 5
        assert phone.state()["me"] is not None  # and the portal still serves
    finally:
        pool.shutdown()
        for conn in connections:
            conn.close()
        phone.close()
        server.stop()
