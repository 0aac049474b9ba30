"""The hall's phones: a separate process, so they do not share the portal's or the window's
interpreter.

`python -m benchmarks.assembly.phones BASE_URL --room=TOKEN ROUND ITEMS... [--phones N]`
checks N phones in, opens each one's live channel (as the page does, reading the state again
on each frame), prints "ready", and waits for a line on its input: the facilitator has opened
the vote. Then every phone casts its ballot at once; some answers are lost and the ballot
sent again with the same key (it must count once). `--bare` sends the same requests to a bare
endpoint instead. Prints one JSON line of figures.

The ballots go over benchmarks.wire (a lean hand-written HTTP/1.1 connection per phone) rather
than aiohttp's client, whose CPU per request would be taken from the portal measured beside it;
check-in and the live channel stay on aiohttp, as they are not timed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import secrets
import sys
import time
from typing import Any

import aiohttp

from app.portal.door import raise_open_file_limit
from benchmarks.wire import Wire

PHONES = 1_000
DOTS = 3
REPLAY_SHARE = 0.1  # an answer lost: the same ballot again, same key
ATTEMPTS = 5  # a request whose connection is lost is sent again, same key, this many times
DEADLINE_SECONDS = 120.0


class Phone:
    def __init__(self, base: str, session: aiohttp.ClientSession, rng: random.Random) -> None:
        self.base = base
        self.session = session
        self.rng = rng
        self.latencies: list[float] = []
        self.accepted = self.replays = self.reads = self.resent = 0
        self.refused: dict[str, int] = {}
        self.listening = asyncio.Event()
        self.stage = "waiting"
        self.wire: Wire | None = None  # for the ballot, once checked in

    def _headers(self) -> dict[str, str]:
        csrf = next((c.value for c in self.session.cookie_jar if c.key == "rt_csrf"), "")
        return {"Origin": self.base, "X-CSRF-Token": csrf}

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        """Send; a connection lost on the way (Wi-Fi, a kept-alive connection the server had
        closed) is sent again with the same key, as the page does."""
        for attempt in range(ATTEMPTS):
            try:
                async with self.session.post(self.base + path, json=body,
                                             headers=self._headers()) as reply:
                    return reply.status, await reply.json()
            except (aiohttp.ClientConnectionError, TimeoutError):
                if attempt == ATTEMPTS - 1:
                    raise
                self.resent += 1
        raise AssertionError("unreachable")

    async def check_in(self, room: str, bare: bool) -> None:
        async with self.session.get(f"{self.base}/api/state?room={room}") as reply:
            await reply.read()
        body = {"room": room, "key": secrets.token_hex(16), "language": "fr", "consent": True,
                "group": self.rng.choice(["newcomer", "local_actor"])}
        status, data = await self.post("/api/bare" if bare else "/api/checkin", body)
        if status != 200:
            raise SystemExit(f"check-in refused: {status} {data}")
        self.wire = Wire(self.base, {c.key: c.value for c in self.session.cookie_jar})

    async def listen(self) -> None:
        """The live channel, open all along; each frame, the state read again."""
        with contextlib.suppress(aiohttp.ClientError, asyncio.CancelledError):
            async with self.session.get(f"{self.base}/api/live") as stream:
                async for line in stream.content:
                    if line.startswith(b"data: "):
                        self.listening.set()
                        if b"hello" in line:
                            continue
                        async with self.session.get(f"{self.base}/api/state") as reply:
                            await reply.read()
                        self.reads += 1

    async def vote(self, round_id: int, items: list[int], bare: bool) -> None:
        dots: dict[str, int] = {}
        for _ in range(DOTS):
            item = str(self.rng.choice(items))
            dots[item] = dots.get(item, 0) + 1
        body = {"round": round_id, "dots": dots, "key": secrets.token_hex(16)}
        path = "/api/bare" if bare else "/api/ballot"
        assert self.wire is not None
        start = time.perf_counter()
        self.stage = "ballot sent"
        status, data = await self.wire.post(path, body)
        self.latencies.append(time.perf_counter() - start)
        self.stage = "ballot answered"
        if status != 200:
            self.refused[str(status)] = self.refused.get(str(status), 0) + 1
            self.wire.close()
            return
        self.accepted += 1
        if self.rng.random() < REPLAY_SHARE:
            self.replays += 1
            self.stage = "ballot sent again"
            again_status, again = await self.wire.post(path, body)
            assert again_status == 200, again
            # The same answer; "N of M have voted" in it is counted as it is now.
            assert {**again, "turnout": None} == {**data, "turnout": None}, (again, data)
        self.stage = "done"
        self.resent += self.wire.reopened
        self.wire.close()


async def hall(base: str, room: str, round_id: int, items: list[int], phones: int,
               bare: bool) -> dict[str, Any]:
    rng = random.Random(11)
    connector = aiohttp.TCPConnector(limit=0)
    sessions = [aiohttp.ClientSession(connector=connector, connector_owner=False,
                                      cookie_jar=aiohttp.CookieJar(unsafe=True))
                for _ in range(phones)]
    hall = [Phone(base, s, random.Random(rng.random())) for s in sessions]
    streams: list[asyncio.Task[None]] = []
    try:
        began = time.monotonic()
        await asyncio.wait_for(asyncio.gather(*(p.check_in(room, bare) for p in hall)),
                               DEADLINE_SECONDS)
        print(f"phones: {phones} checked in in {time.monotonic() - began:.1f} s",
              file=sys.stderr, flush=True)
        streams = [asyncio.create_task(p.listen()) for p in hall]
        await asyncio.wait_for(asyncio.gather(*(p.listening.wait() for p in hall)),
                               DEADLINE_SECONDS)
        print(f"phones: {phones} live channels open after {time.monotonic() - began:.1f} s",
              file=sys.stderr, flush=True)
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        start = time.monotonic()
        voting = [asyncio.create_task(p.vote(round_id, items, bare)) for p in hall]
        done, waiting = await asyncio.wait(voting, timeout=DEADLINE_SECONDS)
        end = time.monotonic()
        if waiting:
            stages: dict[str, int] = {}
            for p in hall:
                stages[p.stage] = stages.get(p.stage, 0) + 1
            raise SystemExit(f"{len(waiting)} phones still voting after {DEADLINE_SECONDS:.0f} s"
                             f": {stages}")
        for task in done:
            task.result()
    finally:
        for task in streams:
            task.cancel()
        await asyncio.gather(*streams, return_exceptions=True)
        for s in sessions:
            await s.close()
        await connector.close()
    latencies = sorted(x for p in hall for x in p.latencies)
    print("deciles", [round(1000 * latencies[len(latencies) * k // 10]) for k in range(10)],
          file=sys.stderr)
    refused: dict[str, int] = {}
    for p in hall:
        for status, n in p.refused.items():
            refused[status] = refused.get(status, 0) + n
    return {
        "start": start, "end": end, "seconds": end - start, "sent": len(latencies),
        "accepted": sum(p.accepted for p in hall), "replays": sum(p.replays for p in hall),
        "resent": sum(p.resent for p in hall),
        "reads": sum(p.reads for p in hall), "refused": refused,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "max_ms": 1000 * latencies[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--room", required=True)  # a token may start with "-"
    parser.add_argument("round", type=int)
    parser.add_argument("items", type=int, nargs="+")
    parser.add_argument("--phones", type=int, default=PHONES)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    raise_open_file_limit()  # a stream and a request or two per phone
    figures = asyncio.run(hall(args.base, args.room, args.round, args.items, args.phones,
                               args.bare))
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
