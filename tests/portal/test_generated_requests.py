"""Over a thousand generated requests, good and bad: the portal never answers 5xx.

Bodies are drawn from the OpenAPI document's request schemas (right fields, wrong types,
junk values, extra fields), mixed with random paths, methods, Host/Origin/CSRF headers and raw
bytes. After the storm the audit chain must still verify and no ballot may exceed its budget.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.model import Session
from app.core.workshop import Workshop
from app.portal.openapi import DOCUMENT
from tests.portal.conftest import open_round, start_portal
from tests.portal.phone import Phone, new_key

EXAMPLES = 400  # per test; three tests
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats(allow_nan=False)
    | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)
PATH_CHARS = st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789-_./%~:@!$&'()*+,;=")


def value_for(schema: dict[str, Any], extra: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right kind, sometimes anything at all."""
    kind = schema.get("type")
    if "enum" in schema:
        right: st.SearchStrategy[Any] = st.sampled_from(schema["enum"])
    elif kind == "string":
        right = st.text(max_size=schema.get("maxLength", 100) + 5)
    elif kind == "integer":
        right = st.sampled_from(extra.get("ints", [1])) | st.integers(-5, 10_000)
    elif kind == "boolean":
        right = st.just(True) | st.booleans()
    elif kind == "object":
        right = st.dictionaries(st.sampled_from(extra.get("keys", ["1"])), st.integers(0, 3),
                                max_size=3)
    else:
        right = JSON
    return st.one_of(right, right, right, right, JSON)


def body_for(path: str, extra: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The schema's required fields (usually), its optional ones (sometimes), and junk."""
    schema = DOCUMENT["paths"][path]["post"]["requestBody"]["content"]["application/json"][
        "schema"]
    required = set(schema.get("required", []))
    props = schema["properties"]
    return st.tuples(
        st.fixed_dictionaries({n: value_for(props[n], extra) for n in props if n in required}),
        st.fixed_dictionaries({}, optional={**{n: value_for(props[n], extra)
                                               for n in props if n not in required},
                                            "junk": JSON}),
        st.sets(st.sampled_from(sorted(required))) if required else st.just(set()),
        st.integers(0, 3),
    ).map(lambda t: {k: v for k, v in {**t[0], **t[1]}.items()
                     if t[3] or k not in t[2]})


def check(reply_status: int, body: bytes) -> None:
    assert reply_status < 500, body[:300]


def test_generated_writes_never_fail_the_server(workshop: Workshop, session: Session) -> None:
    vote = open_round(workshop, session, dots=5, cap=3)
    server = start_portal(workshop, session)
    phone = Phone(server.port)
    assert phone.check_in(session.room_token).status == 200
    extra = {"ints": [vote.id, *vote.item_ids],
             "keys": [str(i) for i in vote.item_ids],
             "fixed": {}}
    writes = [p for p, ops in DOCUMENT["paths"].items() if "post" in ops]
    seen: Counter[tuple[str, int]] = Counter()

    @SETTINGS
    @given(path=st.sampled_from(writes), data=st.data(), valid_key=st.booleans(),
           room=st.sampled_from([session.room_token, session.room_token, "x"]))
    def storm(path: str, data: st.DataObject, valid_key: bool, room: str) -> None:
        body = data.draw(body_for(path, extra))
        if valid_key:
            body["key"] = new_key()
        if path == "/api/checkin" and "room" in body:
            body["room"] = room
            body.setdefault("group", "newcomer")
        reply = phone.post(path, body)
        seen[path, reply.status] += 1
        check(reply.status, reply.body)
        assert reply.headers["Content-Type"].startswith("application/json")

    try:
        storm()
        assert sum(seen.values()) >= EXAMPLES
        for path in writes:  # each route both accepted and refused something
            assert seen[path, 200] > 0, seen
            assert sum(n for (p, status), n in seen.items() if p == path and status >= 400)
        assert workshop.sessions.verify_audit(session.id).ok
        for person in workshop.roster.participants(session.id):
            assert sum(workshop.voting.my_dots(vote.id, person.id).values()) <= 5
    finally:
        phone.close()
        server.stop()


def test_generated_requests_of_any_shape_never_fail_the_server(
        workshop: Workshop, session: Session) -> None:
    server = start_portal(workshop, session)
    phone = Phone(server.port)
    assert phone.check_in(session.room_token).status == 200
    known = ["/", f"/j/{session.room_token}", "/api/state", "/api/live", "/api/checkin",
             "/api/notes", "/api/ballot", "/api/openapi.json", "/static/app.js"]

    @SETTINGS
    @given(
        method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
        path=st.one_of(st.sampled_from(known),
                       st.text(PATH_CHARS, max_size=60).map(lambda p: "/" + p)),
        query=st.text(PATH_CHARS, max_size=30),
        host=st.sampled_from([f"127.0.0.1:{server.port}", "evil", ""]),
        origin=st.sampled_from([phone.origin, "http://evil", None]),
        csrf=st.sampled_from(["right", "wrong", None]),
        content_type=st.sampled_from(["application/json", "text/plain", "multipart/form-data",
                                      "application/json; charset=latin-1"]),
        raw=st.one_of(st.binary(max_size=300), JSON.map(lambda v: json.dumps(v).encode())),
    )
    def storm(method: str, path: str, query: str, host: str, origin: str | None,
              csrf: str | None, content_type: str, raw: bytes) -> None:
        if path == "/api/live" and method == "GET":
            path = "/api/live-not"  # an endless stream is tested on its own
        headers = {"Host": host, "Content-Type": content_type}
        if origin:
            headers["Origin"] = origin
        if csrf:
            headers["X-CSRF-Token"] = phone.cookies["rt_csrf"] if csrf == "right" else "x" * 20
        target = f"{path}?{query}" if query else path
        reply = phone.request(method, target, raw if method != "GET" else None, headers)
        check(reply.status, reply.body)

    try:
        storm()
    finally:
        phone.close()
        server.stop()


def test_generated_state_reads_never_fail_the_server(workshop: Workshop,
                                                     session: Session) -> None:
    server = start_portal(workshop, session)
    phones = [Phone(server.port) for _ in range(3)]
    phones[0].check_in(session.room_token)
    phones[1].cookies["rt_p"] = "made-up-token-made-up"

    @SETTINGS
    @given(which=st.integers(0, 2), room=st.text(PATH_CHARS, max_size=120))
    def storm(which: int, room: str) -> None:
        reply = phones[which].get(f"/api/state?room={room}")
        check(reply.status, reply.body)
        assert reply.status in (200, 403, 400)

    try:
        storm()
    finally:
        for phone in phones:
            phone.close()
        server.stop()
