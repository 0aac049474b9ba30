"""The room's phones: a separate process, so they do not share the laptop's interpreter.

`python -m benchmarks.ideation.phones BASE_URL --room=TOKEN --notes N --rate R` checks in
PHONES phones; once all are in, they post N sticky notes between them, about R a second in
all (each phone waits about PHONES / R seconds between its notes, as people typing do). Some
notes are sent twice (an answer lost: same key); a note whose connection drops is sent again
with the same key. Prints one JSON line of figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import secrets
import sys
import time
from typing import Any

import aiohttp

from benchmarks.portal_storm.phones import DEADLINE_SECONDS, PHONES, REPLAY_SHARE, Phone

WORDS = ("guichet unique", "horaires du soir", "مواعيد عبر الهاتف", "interprètes",
         "translated guides", "ateliers numériques", "خريطة بسيطة للخدمات", "transport",
         "permanence", "buddy for the first month", "cours de français", "garde d'enfants")


def idea(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))


class NotePhone(Phone):
    async def note(self, body: dict[str, Any]) -> bool:
        """Post a note until recorded (waiting when asked to slow down); some are sent again
        with the same key, as when an answer is lost: the same note must come back."""
        while True:
            try:
                status, data = await self.post("/api/notes", body)
            except aiohttp.ClientError:  # the connection dropped: sent again, same key
                self.cuts += 1
                await asyncio.sleep(0.5)
                continue
            if status == 200:
                break
            if status != 429:
                self.refused[status] = self.refused.get(status, 0) + 1
                return False
            await asyncio.sleep(float(data.get("params", {}).get("seconds", 1)))
        if self.rng.random() < REPLAY_SHARE:
            self.replays += 1
            status, again = await self.post("/api/notes", body)
            if status != 200 or again["id"] != data["id"] or not again["duplicate"]:
                raise SystemExit(f"a note sent again was not recognised: {again}")
        return True


async def write_notes(phone: NotePhone, count: int, gap: float) -> int:
    posted = 0
    await asyncio.sleep(phone.rng.uniform(0, gap))  # people start at different moments
    for _ in range(count):
        if await phone.note({"text": idea(phone.rng), "key": secrets.token_hex(16)}):
            posted += 1
        await asyncio.sleep(phone.rng.uniform(0.5 * gap, 1.5 * gap))
    return posted


async def room(base: str, token: str, notes: int, rate: float) -> dict[str, Any]:
    rng = random.Random(11)
    connector = aiohttp.TCPConnector(limit=0)
    sessions = [aiohttp.ClientSession(connector=connector, connector_owner=False,
                                      cookie_jar=aiohttp.CookieJar(unsafe=True))
                for _ in range(PHONES)]
    phones = [NotePhone(base, s, random.Random(rng.random())) for s in sessions]
    shares = [notes // PHONES + (1 if i < notes % PHONES else 0) for i in range(PHONES)]
    try:
        await asyncio.wait_for(asyncio.gather(*(p.check_in(token, False) for p in phones)),
                               DEADLINE_SECONDS)
        for phone in phones:
            phone.latencies.clear()
            phone.cuts = 0  # the figures are about the notes
        start = time.perf_counter()
        posted = await asyncio.gather(*(write_notes(p, n, PHONES / rate)
                                        for p, n in zip(phones, shares, strict=True)))
        seconds = time.perf_counter() - start
    finally:
        for s in sessions:
            await s.close()
        await connector.close()
    latencies = sorted(x for p in phones for x in p.latencies)
    refused: dict[str, int] = {}
    for p in phones:
        for status, n in p.refused.items():
            refused[str(status)] = refused.get(str(status), 0) + n
    return {
        "seconds": seconds,
        "posted": sum(posted),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "replays": sum(p.replays for p in phones),
        "resent": sum(p.cuts for p in phones),
        "refused": refused,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--room", required=True)  # a token may start with "-"
    parser.add_argument("--notes", type=int, default=3000)
    parser.add_argument("--rate", type=float, default=10.0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(room(args.base, args.room, args.notes, args.rate))),
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
