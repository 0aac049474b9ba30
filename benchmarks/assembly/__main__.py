"""Benchmark: a hall of 1,000 phones, served by a second program, votes at once.

Run with `python -m benchmarks.assembly [--phones N]`. Three programs, as in a large hall: this
one is the facilitator's window (a QApplication: the desk moves a note every 250 ms, a
projector-like view redraws the turnout and the count at most every 50 ms, a 5 ms QTimer
measures how long the GUI thread stalls); the portal is `python -m app portal` on the same
database (benchmarks/assembly/portal.py: the same, with the per-address limits lifted, since
every phone here shares 127.0.0.1); the phones are a third process
(benchmarks/assembly/phones.py). The phones check in and keep the live channel open; the window
opens the vote; every phone casts its ballot at once, some twice with the same key.

The window learns of the ballots only through the database file (app.core.outside_changes),
so "counted and shown on the projector" is the whole path: a phone's request, the portal's
COMMIT, the window reading it and redrawing. The same burst against a bare aiohttp program
(same requests, same open streams) is the baseline.

Targets: all counted and shown ≤ 5 s, p99 ≤ 500 ms, accepted = sent, duplicates 0, GUI stall
≤ 50 ms, the portal's RSS ≤ 300 MB (its open descriptors printed).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Channel, PhaseKind, RoundTarget
from app.core.outside_changes import OutsideChanges
from app.core.workshop import Workshop
from app.ui.live import LiveEvents
from app.ui.write_wait import wait_patiently
from benchmarks.assembly.phones import DOTS, PHONES
from benchmarks.footprint import footprint

ITEMS = 12
TICK_MS = 5
TARGET_SHOWN_S, TARGET_P99_MS, TARGET_STALL_MS, TARGET_RSS_MB = 5.0, 500.0, 50.0, 300.0
SETTLE_SECONDS = 30.0  # after the phones are done, how long the window may take to show all
ROOT = Path(__file__).resolve().parents[2]


class Window:
    """On the GUI thread: stalls, the desk's writes, and when the projector shows every ballot."""

    def __init__(self, workshop: Workshop, session_id: int) -> None:
        self.workshop = workshop
        self.session_id = session_id
        self.round_id = 0
        self.expected = 0
        self.shown_at = 0.0
        self.turnout = (0, 0)
        self.counted = 0
        self.longest_gap = self.longest_desk_write = 0.0
        self.dirty = False
        self._last = time.perf_counter()
        self.live = LiveEvents(workshop.hub)
        self.live.changed.connect(self._arrived)
        self.timers = [self._timer(TICK_MS, self._tick), self._timer(50, self._redraw),
                       self._timer(250, self._move_a_note)]

    @staticmethod
    def _timer(ms: int, slot: Any) -> QTimer:
        timer = QTimer()
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _arrived(self, event: object) -> None:
        if isinstance(event, ChangeEvent) and event.subject is Subject.DOTS:
            self.dirty = True

    def _redraw(self) -> None:
        if not (self.dirty and self.round_id):
            return
        self.dirty = False
        found = self.workshop.voting.turnout(self.round_id)  # "812 of 1,000 have voted"
        self.turnout = (found.voted, found.eligible)
        self.counted = self.workshop.voting.tally(self.round_id).total_dots
        if found.voted >= self.expected and not self.shown_at:
            self.shown_at = time.monotonic()

    def _move_a_note(self) -> None:
        start = time.perf_counter()
        note = self.workshop.board.notes(self.session_id)[0]
        self.workshop.board.move_notes({note.id: (note.x + 1.0, note.y)})
        self.longest_desk_write = max(self.longest_desk_write, time.perf_counter() - start)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now

    def start(self, round_id: int, expected: int) -> None:
        self.round_id, self.expected, self.shown_at = round_id, expected, 0.0
        self.longest_gap = self.longest_desk_write = 0.0
        self._last = time.perf_counter()
        for timer in self.timers:
            timer.start()

    def stop(self) -> None:
        for timer in self.timers:
            timer.stop()


class Program:
    """A child process whose output lines are read on a thread of their own."""

    def __init__(self, command: list[str], *, stdin: bool = False) -> None:
        self.process = subprocess.Popen(
            command, cwd=ROOT, text=True, stdout=subprocess.PIPE,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL)
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.strip())
        self.lines.put("")

    def line(self, timeout: float = 120.0) -> str:
        return self.lines.get(timeout=timeout)

    def url(self) -> str:
        while True:
            line = self.line()
            if not line:
                raise SystemExit(f"{self.process.args!r} did not start")
            if line.startswith("Join URL: "):
                scheme, _, rest = line.removeprefix("Join URL: ").partition("://")
                return f"{scheme}://{rest.split('/')[0]}"  # the address, without the path

    def say(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(20)


def build(workshop: Workshop) -> tuple[int, str, int, list[int]]:
    """A session in its voting phase with a round of ITEMS notes, not opened yet."""
    session = workshop.sessions.create("Assembly", "2026-11-22", languages=("fr", "ar", "en"))
    items = [workshop.board.add_note(session.id, Area.IDEAS, f"Idea {i}",
                                     origin=Channel.DESK).id for i in range(ITEMS)]
    voting = next(p for p in workshop.agenda.phases(session.id) if p.kind is PhaseKind.VOTING)
    workshop.agenda.start(voting.id)
    vote = workshop.voting.create(session.id, "Which first?", RoundTarget.NOTES, items,
                                  dots_per_person=DOTS, cap_per_item=DOTS)
    return session.id, session.room_token, vote.id, items


def hall(window: Window, base: str, room: str, round_id: int, items: list[int], phones: int,
         *, bare: bool, served_by: Program | None = None) -> dict[str, Any]:
    """The phones against ``base``; the GUI's event loop turns all along."""
    command = [sys.executable, "-m", "benchmarks.assembly.phones", base, f"--room={room}",
               str(round_id), *map(str, items), "--phones", str(phones)]
    if bare:
        command.append("--bare")
    peak = {"rss_mb": 0.0, "fds": 0}

    def sample() -> None:
        if served_by is not None:
            rss, fds = footprint(served_by.process.pid)
            peak["rss_mb"], peak["fds"] = max(peak["rss_mb"], rss), max(peak["fds"], fds)

    phones_program = Program(command, stdin=True)
    if phones_program.line() != "ready":
        raise SystemExit("the phones did not get ready")
    if not bare:
        window.workshop.voting.open(round_id)  # the facilitator opens the vote: go
    window.start(round_id, phones)
    phones_program.say("go")
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    done_at = [0.0]

    def check() -> None:
        sample()
        if phones_program.process.poll() is None:
            return
        done_at[0] = done_at[0] or time.monotonic()
        if bare or window.shown_at or time.monotonic() - done_at[0] > SETTLE_SECONDS:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    window.stop()
    out = list(iter(phones_program.line, ""))  # up to the end of its output
    if phones_program.process.returncode != 0 or not out or not out[-1].startswith("{"):
        raise SystemExit(f"the phones failed (exit {phones_program.process.returncode})")
    figures: dict[str, Any] = json.loads(out[-1])
    figures["stall_ms"] = max(0.0, 1000 * window.longest_gap - TICK_MS)
    figures["desk_write_ms"] = 1000 * window.longest_desk_write
    figures["shown_s"] = window.shown_at - figures["start"] if window.shown_at else float("inf")
    figures.update(peak)
    return figures


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, default=PHONES, help="how many phones")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    desk, _ = wait_patiently()  # the desk's writes never sleep on the portal's lock
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "assembly.sqlite"
        workshop = Workshop.open(path)
        outside = OutsideChanges(path, workshop.hub).start()
        try:
            session_id, room, round_id, items = build(workshop)
            window = Window(workshop, session_id)
            bare_program = Program([sys.executable, "-m", "benchmarks.assembly.bare"])
            try:
                baseline = hall(window, bare_program.url(), room, round_id, items, args.phones,
                                bare=True)
            finally:
                bare_program.stop()
            portal = Program([sys.executable, "-m", "benchmarks.assembly.portal", str(path),
                              str(session_id)])
            try:
                figures = hall(window, portal.url(), room, round_id, items, args.phones,
                               bare=False, served_by=portal)
            finally:
                portal.stop()
            app.processEvents()
            voters = workshop.voting.turnout(round_id).voted
            dots = workshop.voting.tally(round_id).total_dots
        finally:
            outside.stop()
            workshop.close()
    figures["desk_wait_ms"] = 1000 * desk.longest
    report(args.phones, baseline, figures, voters, dots)
    return 0 if voters == args.phones and dots == args.phones * DOTS else 1


def report(phones: int, baseline: dict[str, Any], figures: dict[str, Any], voters: int,
           dots: int) -> None:
    duplicates = dots - figures["accepted"] * DOTS
    shown, p99 = figures["shown_s"], figures["p99_ms"]
    print(f"Assembly: {phones} phones with the live channel open cast a ballot each at once "
          f"({DOTS} dots), served by a second program; {figures['replays']} ballots sent "
          f"again with the same key, {figures['resent']} requests whose connection was lost "
          "sent again")
    print(f"  counted and shown   {shown:.2f} s until the projector showed {voters} of "
          f"{phones} voted (the phones had their answers in {figures['seconds']:.2f} s; a bare "
          f"aiohttp program {baseline['seconds']:.2f} s = "
          f"{shown / baseline['seconds']:.1f} times)   target ≤ {TARGET_SHOWN_S:.0f} s   "
          f"{verdict(shown <= TARGET_SHOWN_S)}")
    print(f"  latency             p50 {figures['p50_ms']:.0f} / p99 {p99:.0f} ms (max "
          f"{figures['max_ms']:.0f}; bare p99 {baseline['p99_ms']:.0f} ms = "
          f"{p99 / max(baseline['p99_ms'], 0.001):.1f} times)   target p99 ≤ {TARGET_P99_MS:.0f} ms"
          f"   {verdict(p99 <= TARGET_P99_MS)}")
    accepted_ok = figures["accepted"] == figures["sent"] == phones
    print(f"  accepted            {figures['accepted']} of {figures['sent']} sent "
          f"(refused: {figures['refused'] or 'none'})   target all   {verdict(accepted_ok)}")
    print(f"  duplicates          {duplicates} ({dots} dots counted)   target 0   "
          f"{verdict(duplicates == 0)}")
    print(f"  GUI thread stall    {figures['stall_ms']:.1f} ms (bare {baseline['stall_ms']:.1f};"
          f" the desk moved a note every 250 ms, longest write "
          f"{figures['desk_write_ms']:.0f} ms, of which waiting for the portal's lock "
          f"{figures['desk_wait_ms']:.0f} ms)   target ≤ {TARGET_STALL_MS:.0f} ms   "
          f"{verdict(figures['stall_ms'] <= TARGET_STALL_MS)}")
    print(f"  portal program      RSS {figures['rss_mb']:.0f} MB, {figures['fds']} open "
          f"descriptors at most   target RSS ≤ {TARGET_RSS_MB:.0f} MB   "
          f"{verdict(0 < figures['rss_mb'] <= TARGET_RSS_MB)}")
    print(f"  live channel        {figures['reads']} state reads told by the live channel")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  machine             {os.cpu_count()} CPUs, load average {load} (the phones, the "
          "portal and the window share it)")


if __name__ == "__main__":
    sys.exit(main())
