"""What a stranger's odd bytes get: a JSON 400 with the security headers, never a 5xx.

Lone UTF-16 surrogates in any JSON string, bodies labelled compressed that are not, bytes that
are not UTF-8 in the cookie or the CSRF header, requests aiohttp's parser refuses, proxy-style
targets, and HEAD on the endless live channel.
"""

from __future__ import annotations

import gzip
import json
import zlib

import pytest

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.security import HEADERS
from app.portal.server import PortalServer
from tests.portal.conftest import open_round
from tests.portal.phone import Phone, new_key
from tests.portal.raw_http import RawConnection, RawReply

LONE = "\ud800"


def raw_request(phone: Phone, method: str, target: str, body: bytes = b"",
                headers: dict[str, bytes] | None = None) -> bytes:
    sent: dict[str, bytes] = {"Host": f"127.0.0.1:{phone.port}".encode()}
    if phone.cookies:
        sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in phone.cookies.items()).encode()
    if method == "POST":
        sent.update({"Origin": phone.origin.encode(), "Content-Type": b"application/json",
                     "X-CSRF-Token": phone.cookies.get("rt_csrf", "").encode()})
    sent.update(headers or {})
    if body or method == "POST":
        sent["Content-Length"] = str(len(body)).encode()
    head = f"{method} {target} HTTP/1.1\r\n".encode()
    head += b"".join(name.encode() + b": " + value + b"\r\n" for name, value in sent.items())
    return head + b"\r\n" + body


def send(phone: Phone, request: bytes, *, head: bool = False) -> RawReply:
    conn = RawConnection(phone.port)
    try:
        return conn.send(request, head=head)
    finally:
        conn.close()


def assert_refused(reply: RawReply, status: int = 400) -> None:
    assert reply.status == status, reply.body
    assert reply.header("content-type") == b"application/json; charset=utf-8"
    assert reply.json()["code"]
    assert reply.json()["message"]
    for name, value in HEADERS.items():
        assert reply.header(name) == value.encode(), name
    assert not reply.has("server")


def escaped(body: dict[str, object]) -> bytes:
    return json.dumps(body).encode()  # ASCII: a lone surrogate becomes "\ud800"


@pytest.mark.parametrize("field", ["room", "display_name", "key", "badge", "language", "group"])
def test_a_lone_surrogate_in_a_check_in_is_a_400(phone: Phone, session: Session,
                                                 field: str) -> None:
    phone.get("/")
    body: dict[str, object] = {"room": session.room_token, "key": new_key(), "language": "en",
                               "consent": True, "group": "newcomer", "display_name": "Amina"}
    body[field] = f"a{LONE}b"
    reply = send(phone, raw_request(phone, "POST", "/api/checkin", escaped(body)))
    assert_refused(reply)
    assert reply.json()["params"] == {"field": field}


def test_a_lone_surrogate_anywhere_in_a_note_or_ballot_is_a_400(
        checked_in: Phone, workshop: Workshop, session: Session) -> None:
    vote = open_round(workshop, session)
    for path, body in (
            ("/api/notes", {"text": f"Bus {LONE}", "key": new_key()}),
            ("/api/notes", {"text": "Bus", "key": new_key(), "extra": [{"x": f"{LONE}"}]}),
            ("/api/notes", {"text": "Bus", "key": new_key(), f"k{LONE}": 1}),
            ("/api/ballot", {"round": vote.id, "key": new_key(), "dots": {f"1{LONE}": 1}}),
            ("/api/ballot", {"round": vote.id, "key": f"{LONE}" * 20, "dots": {}})):
        assert_refused(send(checked_in, raw_request(checked_in, "POST", path, escaped(body))))
    assert len(workshop.board.notes(session.id)) == len(vote.item_ids)  # the round's own


def test_surrogate_bytes_that_are_not_utf8_are_a_400(checked_in: Phone) -> None:
    body = b'{"text": "\xed\xa0\x80", "key": "' + new_key().encode() + b'"}'
    assert_refused(send(checked_in, raw_request(checked_in, "POST", "/api/notes", body)))


@pytest.mark.parametrize("coding", ["gzip", "deflate", "x-gzip", "br", "made-up"])
def test_a_body_labelled_compressed_that_is_not_is_a_400(checked_in: Phone,
                                                         coding: str) -> None:
    body = escaped({"text": "Plain, not compressed", "key": new_key()})
    reply = send(checked_in, raw_request(checked_in, "POST", "/api/notes", body,
                                         {"Content-Encoding": coding.encode()}))
    assert_refused(reply)
    assert reply.json()["params"] == {"field": "Content-Encoding"}


def test_a_truly_compressed_body_is_read(checked_in: Phone, workshop: Workshop,
                                         session: Session) -> None:
    for coding, packed in (("gzip", gzip.compress), ("deflate", zlib.compress)):
        body = escaped({"text": f"Packed with {coding}", "key": new_key()})
        reply = send(checked_in, raw_request(checked_in, "POST", "/api/notes", packed(body),
                                             {"Content-Encoding": coding.encode()}))
        assert reply.status == 200, reply.body
    texts = {n.text for n in workshop.board.notes(session.id)}
    assert {"Packed with gzip", "Packed with deflate"} <= texts


def test_a_compressed_bomb_is_refused_as_too_large(checked_in: Phone) -> None:
    body = gzip.compress(b'{"text": "' + b"a" * 1_000_000 + b'"}')
    reply = send(checked_in, raw_request(checked_in, "POST", "/api/notes", body,
                                         {"Content-Encoding": b"gzip"}))
    assert_refused(reply, 413)


@pytest.mark.parametrize("target", ["/api/state", "/api/live", "/", "/api/notes"])
def test_bytes_that_are_not_utf8_in_the_participant_cookie_are_a_400(
        checked_in: Phone, target: str) -> None:
    cookie = b"rt_csrf=" + checked_in.cookies["rt_csrf"].encode() + b"; rt_p=\xff\xfe" + b"a" * 20
    method = "POST" if target == "/api/notes" else "GET"
    body = escaped({"text": "x", "key": new_key()}) if method == "POST" else b""
    reply = send(checked_in, raw_request(checked_in, method, target, body, {"Cookie": cookie}))
    assert_refused(reply)
    assert reply.json()["params"] == {"field": "Cookie"}


def test_bytes_that_are_not_utf8_in_the_csrf_header_are_a_400(checked_in: Phone) -> None:
    body = escaped({"text": "x", "key": new_key()})
    reply = send(checked_in, raw_request(checked_in, "POST", "/api/notes", body,
                                         {"X-CSRF-Token": b"\xc3\x28" * 10}))
    assert_refused(reply)
    assert reply.json()["params"] == {"field": "X-CSRF-Token"}


@pytest.mark.parametrize("request_line", [
    b"GARBAGE\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"GET / HTTP/1.1\r\nBad Header\r\n\r\n",
    b"GET /\x00 HTTP/1.1\r\n\r\n",
    b"GET / HTTP/9.9\r\n\r\n",
    b"GET / HTTP/1.1\r\nX: " + b"a" * 20_000 + b"\r\n\r\n",
])
def test_what_the_parser_refuses_gets_our_json_and_headers(portal: PortalServer,
                                                           request_line: bytes) -> None:
    conn = RawConnection(portal.port)
    try:
        reply = conn.send(request_line)
    finally:
        conn.close()
    assert 400 <= reply.status < 500
    assert_refused(reply, reply.status)


@pytest.mark.parametrize("target", ["http://evil.example/", "http://evil.example/api/state",
                                    "*", "evil.example:80"])
def test_a_proxy_style_target_for_another_host_is_refused(phone: Phone, target: str) -> None:
    reply = send(phone, raw_request(phone, "GET", target))
    assert 400 <= reply.status < 500
    assert_refused(reply, reply.status)


def test_a_proxy_style_target_for_this_portal_is_served(phone: Phone) -> None:
    reply = send(phone, raw_request(phone, "GET", f"{phone.origin}/api/openapi.json"))
    assert reply.status == 200
    assert not reply.has("server")


def test_head_on_the_live_channel_ends(checked_in: Phone) -> None:
    conn = RawConnection(checked_in.port, timeout=3)
    try:
        reply = conn.send(raw_request(checked_in, "HEAD", "/api/live"), head=True)
        assert reply.status == 200
        assert reply.header("content-type") == b"text/event-stream; charset=utf-8"
        # The same connection answers the next request: the stream did not hold it.
        assert conn.send(raw_request(checked_in, "GET", "/api/openapi.json")).status == 200
    finally:
        conn.close()


def test_no_answer_names_the_server(checked_in: Phone) -> None:
    for target in ("/", "/api/state", "/nowhere", "/static/app.js", "/api/openapi.json"):
        assert not send(checked_in, raw_request(checked_in, "GET", target)).has("server")
