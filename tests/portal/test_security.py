"""The portal's guards: Host, Origin, CSRF, body size, rate limits, headers, fixed files."""

from __future__ import annotations

import http.client
import json
import logging

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.config import BODY_LIMIT, Rate, RateLimits
from app.portal.ratelimit import RateLimiter
from app.portal.security import allowed_hosts
from tests.portal.conftest import start_portal
from tests.portal.phone import Phone, new_key

TRAVERSALS = (
    "/../../etc/passwd", "/static/../../app/portal/server.py", "/static/..%2f..%2fpyproject.toml",
    "/static/%2e%2e/%2e%2e/etc/passwd", "/static/....//....//etc/passwd",
    "/static/app.js/../../../etc/passwd", "/static/..\\..\\pyproject.toml",
    "/static/%252e%252e/etc/passwd", "/static/app.js%00.png", "/static/fonts/../style.css",
    "/j/../static/app.js/..", "//etc/passwd", "/static/", "/static", "/resources/portal/app.js",
    "/app/portal/server.py", "/static/APP.JS", "/static/app.js.bak", "/.git/config",
)


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_finds_nothing(phone: Phone, path: str) -> None:
    reply = phone.get(path)
    assert reply.status in (400, 404), path
    assert b"import" not in reply.body
    assert b"root:" not in reply.body


def test_only_mapped_files_are_served(phone: Phone) -> None:
    for path, kind in (("/static/app.js", "text/javascript"), ("/static/style.css", "text/css"),
                       ("/static/arabic.ttf", "font/ttf"), ("/", "text/html")):
        reply = phone.get(path)
        assert reply.status == 200
        assert reply.headers["Content-Type"].startswith(kind)


def test_a_foreign_host_header_is_refused(phone: Phone) -> None:
    for host in ("evil.example", "127.0.0.1", f"127.0.0.2:{phone.port}", ""):
        reply = phone.get("/", headers={"Host": host})
        assert (reply.status, reply.code) == (421, "bad_host"), host
    assert phone.get("/", headers={"Host": f"localhost:{phone.port}"}).status == 200


def test_allowed_hosts_of_a_lan_address_are_that_address_only() -> None:
    assert allowed_hosts("192.168.1.20", 8080) == {"192.168.1.20:8080"}
    assert allowed_hosts("192.168.1.20", 80) == {"192.168.1.20:80", "192.168.1.20"}
    assert "[fe80::1]:8080" in allowed_hosts("fe80::1", 8080)


def test_cross_origin_writes_are_refused(checked_in: Phone, session: Session,
                                         workshop: Workshop) -> None:
    body = {"text": "forged", "key": new_key()}
    for origin in ("http://evil.example", "null", f"https://127.0.0.1:{checked_in.port}",
                   f"http://127.0.0.1:{checked_in.port + 1}"):
        reply = checked_in.post("/api/notes", body, headers={"Origin": origin})
        assert (reply.status, reply.code) == (403, "bad_origin"), origin
    raw = json.dumps(body).encode()
    reply = checked_in.request("POST", "/api/notes", raw, {
        "Content-Type": "application/json", "X-CSRF-Token": checked_in.cookies["rt_csrf"]})
    assert reply.code == "bad_origin"  # no Origin at all
    assert workshop.board.notes(session.id) == []


def test_writes_without_the_csrf_header_are_refused(checked_in: Phone, session: Session,
                                                    workshop: Workshop) -> None:
    for header in ("", "wrong-token-wrong-token", checked_in.cookies["rt_csrf"] + "x"):
        reply = checked_in.post("/api/notes", {"text": "forged", "key": new_key()},
                                headers={"X-CSRF-Token": header})
        assert (reply.status, reply.code) == (403, "csrf")
    assert workshop.board.notes(session.id) == []


def test_token_less_writes_are_refused(phone: Phone, session: Session,
                                       workshop: Workshop) -> None:
    assert phone.note("no token").code == "not_checked_in"
    assert phone.ballot(1, {}).code == "not_checked_in"
    phone.cookies["rt_p"] = "A" * 22  # a made-up token
    assert phone.note("made up").code == "not_checked_in"
    assert workshop.board.notes(session.id) == []


def test_only_json_is_accepted(checked_in: Phone) -> None:
    reply = checked_in.post("/api/notes", b"text=hello",
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert (reply.status, reply.code) == (415, "json_only")
    for raw in (b"{", b"[]", b"\xff\xfe", b"null", b'"text"', b"[" * 5000 + b"]" * 5000):
        assert checked_in.post("/api/notes", raw).code == "bad_json"


def test_an_oversize_body_is_refused_with_a_clear_message(checked_in: Phone) -> None:
    body = {"text": "x" * (BODY_LIMIT + 10), "key": new_key()}
    reply = checked_in.post("/api/notes", body)
    assert reply.status == 413
    assert reply.json()["message"] == f"The request is too large: at most {BODY_LIMIT} bytes."


def test_an_oversize_chunked_body_is_refused_too(checked_in: Phone) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", checked_in.port, timeout=10)
    try:
        conn.putrequest("POST", "/api/notes", skip_host=True)
        for name, value in (("Host", f"127.0.0.1:{checked_in.port}"),
                            ("Content-Type", "application/json"),
                            ("Origin", checked_in.origin),
                            ("X-CSRF-Token", checked_in.cookies["rt_csrf"]),
                            ("Cookie", "; ".join(f"{k}={v}" for k, v in
                                                 checked_in.cookies.items())),
                            ("Transfer-Encoding", "chunked")):
            conn.putheader(name, value)
        conn.endheaders()
        chunk = b"x" * 4096
        for _ in range(6):
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        conn.send(b"0\r\n\r\n")
        response = conn.getresponse()
        assert response.status == 413
        assert json.loads(response.read())["code"] == "too_large"
    finally:
        conn.close()


def test_every_answer_carries_a_strict_content_security_policy(phone: Phone) -> None:
    for path in ("/", "/api/state", "/static/app.js", "/nowhere"):
        headers = phone.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "unsafe-eval" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert "Server" not in headers


def test_the_rate_limit_per_address_answers_429(workshop: Workshop, session: Session) -> None:
    server = start_portal(workshop, session, RateLimits(per_address=Rate(0.001, 5)))
    phone = Phone(server.port)
    try:
        codes = [phone.get(f"/api/state?room={session.room_token}").status for _ in range(8)]
        assert codes[:5] == [200] * 5
        assert codes[5:] == [429] * 3
        reply = phone.get("/api/state")
        assert reply.code == "rate_limited"
        assert int(reply.headers["Retry-After"]) >= 1
        assert phone.get("/").status == 200  # the page itself stays reachable
    finally:
        phone.close()
        server.stop()


def test_the_rate_limit_per_participant_stops_a_flood_of_writes(
        workshop: Workshop, session: Session) -> None:
    limits = RateLimits(per_address=Rate(1e6, 10**6), writes_per_participant=Rate(0.001, 3))
    server = start_portal(workshop, session, limits)
    phone = Phone(server.port)
    try:
        assert phone.check_in(session.room_token).status == 200
        codes = [phone.note(f"note {i}").status for i in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        assert len(workshop.board.notes(session.id)) == 3
    finally:
        phone.close()
        server.stop()


def test_check_in_attempts_per_address_are_limited(workshop: Workshop, session: Session) -> None:
    limits = RateLimits(per_address=Rate(1e6, 10**6), checkin_per_address=Rate(0.001, 4))
    server = start_portal(workshop, session, limits)
    phone = Phone(server.port)
    try:
        codes = [phone.check_in(session.room_token, badge=f"AAAA{i:02}").status
                 for i in range(6)]
        assert codes == [403, 403, 403, 403, 429, 429]
    finally:
        phone.close()
        server.stop()


def test_a_rate_limiter_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(Rate(2.0, 2), clock=lambda: now[0])
    assert [limiter.take("a"), limiter.take("a"), limiter.take("a")] == [0, 0, 1]
    assert limiter.take("b") == 0
    now[0] += 0.5
    assert limiter.take("a") == 0


def test_nothing_logs_an_address(checked_in: Phone, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    checked_in.note("hello")
    checked_in.get("/nowhere")
    checked_in.post("/api/notes", b"{")
    assert "127.0.0.1" not in caplog.text


def test_a_malformed_request_is_answered_in_json_and_not_logged(
        phone: Phone, caplog: pytest.LogCaptureFixture) -> None:
    import socket

    caplog.set_level(logging.DEBUG)
    for garbage in (b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"):
        received = b""
        with socket.create_connection(("127.0.0.1", phone.port), timeout=5) as raw:
            raw.sendall(garbage)  # and wait: the portal answers, then closes
            while chunk := raw.recv(4096):
                received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.")
        assert b" 400 " in head.split(b"\r\n")[0]
        assert b"application/json" in head
        assert json.loads(body)["code"] == "unreadable"
        assert b"\r\nX-Frame-Options: DENY" in head
        assert b"\r\nServer:" not in head
    assert "Traceback" not in caplog.text  # a stranger's bytes never fill the log
    assert "127.0.0.1" not in caplog.text
