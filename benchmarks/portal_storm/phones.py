"""The simulated phones: a separate process, so they do not share the laptop's interpreter.

`python -m benchmarks.portal_storm.phones BASE_URL --room=TOKEN ROUND ITEMS...` checks in
PHONES phones; once all are in, each sets its ballot DOTS times, one dot more each time, as the
phone page does. Only the dots are timed. Some
requests are replayed (same key, as when an answer is lost) and some are cut off mid-way and
retried with the same key. `--bare` sends the same ballots to a bare endpoint instead.
`--pace S` makes each phone wait about S seconds between taps (a room of people voting) and
listen to the live channel as the page does, reading the state again when told; without it the
phones send as fast as answers come (the saturation run). Prints one JSON line
of figures.
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

PHONES = 300
DOTS = 10
REPLAY_SHARE = 0.15  # an answer lost: the same request again, same key
CUT_SHARE = 0.05  # the connection drops mid-request: retried with the same key
DEADLINE_SECONDS = 120.0


class Phone:
    def __init__(self, base: str, session: aiohttp.ClientSession, rng: random.Random) -> None:
        self.base = base
        self.session = session
        self.rng = rng
        self.latencies: list[float] = []
        self.replays = self.cuts = self.duplicates_answered = self.reads = 0
        self.refused: dict[int, int] = {}

    def _headers(self) -> dict[str, str]:
        csrf = ""
        for cookie in self.session.cookie_jar:
            if cookie.key == "rt_csrf":
                csrf = cookie.value
        return {"Origin": self.base, "X-CSRF-Token": csrf}

    async def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        start = time.perf_counter()
        async with self.session.post(self.base + path, json=body,
                                     headers=self._headers()) as reply:
            data = await reply.json()
            status = reply.status
        self.latencies.append(time.perf_counter() - start)
        return status, data

    async def send(self, path: str, body: dict[str, Any]) -> Any:
        """Send once, maybe cut off and retried, maybe replayed; returns the accepted answer."""
        if self.rng.random() < CUT_SHARE:
            self.cuts += 1
            with contextlib.suppress(TimeoutError):  # give up before the answer, as a phone
                await asyncio.wait_for(self.post(path, body), timeout=0.0005)  # losing Wi-Fi
        while True:
            status, data = await self.post(path, body)
            if status == 200:
                break
            if status != 429:
                self.refused[status] = self.refused.get(status, 0) + 1
                return None
            await asyncio.sleep(float(data.get("params", {}).get("seconds", 1)))
        if self.rng.random() < REPLAY_SHARE:
            self.replays += 1
            again_status, again = await self.post(path, body)
            assert again_status == 200, again
            assert again == data, (again, data)
        return data

    async def listen(self) -> None:
        """The page's live channel: on each frame, read the state again (as app.js does)."""
        async with self.session.get(f"{self.base}/api/live") as stream:
            async for line in stream.content:
                if line.startswith(b"data: "):
                    async with self.session.get(f"{self.base}/api/state") as reply:
                        await reply.read()
                    self.reads += 1

    async def check_in(self, room: str, bare: bool) -> None:
        async with self.session.get(f"{self.base}/api/state?room={room}") as reply:
            await reply.read()
        checkin = {"room": room, "key": secrets.token_hex(16), "language": "fr",
                   "consent": True, "group": self.rng.choice(["newcomer", "local_actor"])}
        await self.send("/api/bare" if bare else "/api/checkin", checkin)

    async def vote(self, round_id: int, items: list[int], bare: bool, pace: float) -> None:
        listening = asyncio.create_task(self.listen()) if pace and not bare else None
        dots: dict[str, int] = {}
        for _ in range(DOTS):
            if pace:
                await asyncio.sleep(self.rng.uniform(0.5 * pace, 1.5 * pace))
            item = str(self.rng.choice(items))
            dots[item] = dots.get(item, 0) + 1
            body = {"round": round_id, "dots": dict(dots), "key": secrets.token_hex(16)}
            await self.send("/api/bare" if bare else "/api/ballot", body)
        if listening is not None:
            listening.cancel()
            with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
                await listening


async def storm(base: str, room: str, round_id: int, items: list[int], bare: bool,
                pace: float, phones_count: int = PHONES) -> dict[str, Any]:
    rng = random.Random(7)
    connector = aiohttp.TCPConnector(limit=0)
    sessions = [aiohttp.ClientSession(connector=connector, connector_owner=False,
                                      cookie_jar=aiohttp.CookieJar(unsafe=True))
                for _ in range(phones_count)]
    phones = [Phone(base, s, random.Random(rng.random())) for s in sessions]
    try:
        # Everyone checks in first; the figures are about the dots that follow.
        await asyncio.wait_for(asyncio.gather(*(p.check_in(room, bare) for p in phones)),
                               DEADLINE_SECONDS)
        for phone in phones:
            phone.latencies.clear()
        start = time.perf_counter()
        await asyncio.wait_for(
            asyncio.gather(*(p.vote(round_id, items, bare, pace) for p in phones)),
            DEADLINE_SECONDS)
        seconds = time.perf_counter() - start
    finally:
        for s in sessions:
            await s.close()
        await connector.close()
    latencies = sorted(x for p in phones for x in p.latencies)
    requests = len(latencies)
    refused: dict[str, int] = {}
    for p in phones:
        for status, n in p.refused.items():
            refused[str(status)] = refused.get(str(status), 0) + n
    return {
        "seconds": seconds,
        "requests": requests,
        "per_second": requests / seconds,
        "p50_ms": 1000 * latencies[requests // 2],
        "p99_ms": 1000 * latencies[min(requests - 1, int(requests * 0.99))],
        "max_ms": 1000 * latencies[-1],
        "replays": sum(p.replays for p in phones),
        "cuts": sum(p.cuts for p in phones),
        "reads": sum(p.reads for p in phones),
        "refused": refused,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--room", required=True)  # a token may start with "-"
    parser.add_argument("round", type=int)
    parser.add_argument("items", type=int, nargs="+")
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--pace", type=float, default=0.0)
    parser.add_argument("--phones", type=int, default=PHONES)
    args = parser.parse_args()
    figures = asyncio.run(storm(args.base, args.room, args.round, args.items, args.bare,
                                args.pace, args.phones))
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
