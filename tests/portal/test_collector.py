"""The cycle collector while the portal serves: never a full walk by itself, a full one when the
phones are quiet, short ones in a room that never pauses, the old thresholds back at the end."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import weakref
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from app.portal import collector
from app.portal.collector import NEVER, YOUNG, QuietCollector


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(collector, "CHECK_SECONDS", 0.01)
    monkeypatch.setattr(collector, "QUIET_SECONDS", 0.1)
    monkeypatch.setattr(collector, "SWEEP_SECONDS", 0.1)
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)
    gc.unfreeze()


async def until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), seconds)


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_no_full_walk_by_itself_while_serving_and_the_thresholds_come_back() -> None:
    before = gc.get_threshold()

    async def serve() -> tuple[int, int, int]:
        quiet = QuietCollector(lambda: 0)
        quiet.start(asyncio.get_running_loop())
        during = gc.get_threshold()
        quiet.stop()
        return during

    during = asyncio.run(serve())
    assert during == (max(YOUNG, before[0]), before[1], NEVER)
    assert gc.get_threshold() == before


@contextlib.asynccontextmanager
async def collecting(writes: list[int]) -> AsyncIterator[QuietCollector]:
    """A collector on this loop, told of the phones' writes counted in ``writes[0]``."""
    quiet = QuietCollector(lambda: writes[0])
    quiet.start(asyncio.get_running_loop())
    try:
        yield quiet
    finally:
        quiet.stop()


async def phones_write(writes: list[int], times: int, pause: float) -> None:
    for _ in range(times):
        writes[0] += 1
        await asyncio.sleep(pause)


def test_a_room_falling_quiet_is_walked_once_and_its_garbage_freed() -> None:
    writes = [0]

    async def serve() -> None:
        async with collecting(writes) as quiet:
            await phones_write(writes, 3, 0.02)  # less than a sweep's time: no walk yet
            assert quiet.swept == 0
            gone = weakref.ref(Cycle())  # garbage only the cycle collector frees
            await until(lambda: quiet.swept == 1)
            assert gone() is None
            assert gc.get_freeze_count() > 0  # what survived is set aside
            await asyncio.sleep(0.2)
            assert quiet.swept == 1  # nothing written since: nothing more to walk

    asyncio.run(serve())


def test_a_room_that_never_pauses_gets_short_walks() -> None:
    writes = [0]

    async def serve() -> QuietCollector:
        async with collecting(writes) as quiet:
            await phones_write(writes, 30, 0.01)
            return quiet

    quiet = asyncio.run(serve())
    assert quiet.swept >= 1  # every SWEEP_SECONDS, though never quiet
    assert quiet.longest_ms > 0
