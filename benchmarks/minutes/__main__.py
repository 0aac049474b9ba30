"""Benchmark: signed minutes of a big session (40 participants, 300 notes, 5 rounds).

Run with `python -m benchmarks.minutes`. Target: at most 1.5 s from the store to the signed PDF
on disk (gather, lay out, sign, write, lock). Prints the best and the median of a few runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.core.model import Area, Channel, Group, RoundTarget, SessionStatus
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.minutes.export import MinutesRequest, export_minutes
from app.minutes.identity import create_identity

TARGET_SECONDS = 1.5
PARTICIPANTS, NOTES, ROUNDS, RUNS = 40, 300, 5, 5
PASSPHRASE = "benchmark passphrase"
SENTENCES = (
    ("Un guichet unique avec interprètes deux matinées par semaine, note {n}", "fr"),
    ("مواعيد عبر الهاتف بلغتي بدلاً من الإنترنت فقط، ملاحظة {n}", "ar"),
    ("Translated step-by-step guides for the CAF and health insurance, note {n}", "en"),
    ("پیشنهاد گروه برای دسترسی بهتر به خدمات محلی، یادداشت {n}", "fa"),
)


def build_session(workshop: Workshop) -> int:
    session = workshop.sessions.create("Benchmark Policy Lab", "2026-11-14", territory="Lyon",
                                       venue="Salle des fêtes", languages=("fr", "ar", "en"))
    groups = [Group.LOCAL_ACTOR, Group.NEWCOMER]
    people = workshop.roster.add_many(session.id, [
        NewParticipant(groups[i % 2], "fr", f"Person {i}", consent_given=True)
        for i in range(PARTICIPANTS)])
    for person in people:
        workshop.roster.check_in(person.id)
    themes = [workshop.board.add_theme(session.id, f"Thème {t}") for t in range(6)]
    notes = []
    for n in range(NOTES):
        text, language = SENTENCES[n % len(SENTENCES)]
        area = Area.EXPECTATIONS if n < 20 else Area.IDEAS
        note = workshop.board.add_note(session.id, area, text.format(n=n), language=language)
        if area is Area.IDEAS and n % 3:
            workshop.board.set_theme([note.id], themes[n % len(themes)].id)
        notes.append(note)
    ideas = [n for n in notes if n.area is Area.IDEAS]
    for r in range(ROUNDS):
        items = [n.id for n in ideas[r * 10:(r + 1) * 10]]
        vote = workshop.voting.create(session.id, f"Tour {r + 1}", RoundTarget.NOTES, items,
                                      dots_per_person=3, cap_per_item=2, secret=r % 2 == 1)
        workshop.voting.open(vote.id)
        for i, person in enumerate(people):
            workshop.voting.set_ballot(vote.id, person.id,
                                       {items[i % 10]: 2, items[(i * 3 + 1) % 10]: 1},
                                       origin=Channel.PHONE)
        workshop.voting.set_paper_dots(vote.id, items[0], Group.NEWCOMER, 4)
        workshop.voting.close(vote.id)
        workshop.voting.reveal(vote.id)
    workshop.sessions.set_status(session.id, SessionStatus.CLOSED)
    return session.id


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        identity = create_identity(root / "id.p12", "Claire Martin", "Facilitatrice",
                                   PASSPHRASE)
        timings = []
        for run in range(RUNS):
            workshop = Workshop.open(root / f"bench-{run}.sqlite")
            try:
                session_id = build_session(workshop)
                request = MinutesRequest(session_id, root / f"minutes-{run}.pdf", "fr",
                                         identity.path, PASSPHRASE)
                start = time.perf_counter()
                export_minutes(workshop, request)
                timings.append(time.perf_counter() - start)
            finally:
                workshop.close()
        size = os.path.getsize(root / "minutes-0.pdf")
    best, median = min(timings), statistics.median(timings)
    verdict = "OK" if median <= TARGET_SECONDS else "TOO SLOW"
    print(f"signed minutes ({PARTICIPANTS} participants, {NOTES} notes, {ROUNDS} rounds, "
          f"{size // 1024} KiB): median {median:.2f} s, best {best:.2f} s "
          f"(target ≤ {TARGET_SECONDS} s) {verdict}")
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
