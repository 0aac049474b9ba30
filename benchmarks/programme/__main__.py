"""Benchmark: a programme's database made of session bundles, then searched.

12 sessions x 40 people x 300 notes (French, Arabic with harakat, English, Persian), each made
on its own "laptop", exported as a signed bundle and imported into one programme database.
Prints the import time of each bundle (signature, digests and audit chain checked, rows
put back) beside a bare baseline (the same rows inserted with no check, no renumbering), and
the search time (target ≤ 50 ms) beside a bare ``LIKE`` scan of the same notes.

Run with ``python -m benchmarks.programme`` (``--sessions N`` for a short check).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from app.core.model import Area, Group
from app.core.roster import NewParticipant
from app.core.search import search
from app.core.workshop import Workshop
from app.minutes.identity import create_identity
from app.minutes.session_bundle import DATA, import_bundle, write_bundle
from app.storage.database import Database, open_database

SESSIONS, PEOPLE, NOTES = 12, 40, 300
SEARCH_TARGET_MS = 50.0
PASSPHRASE = "benchmark passphrase"
CITIES = ("Lyon", "Clermont-Ferrand", "Grenoble", "Tunis", "Sfax", "Sousse")
SENTENCES = (
    ("Un guichet unique avec interprètes deux matinées par semaine, note {n}", "fr"),
    ("السَّكَنُ لِلْجَمِيعِ ومواعيد عبر الهاتف بلغتي، ملاحظة {n}", "ar"),
    ("Translated step-by-step guides for the CAF and health insurance, note {n}", "en"),
    ("پیشنهاد گروه برای دسترسی بهتر به خدمات محلی، یادداشت {n}", "fa"),
    ("Une crèche près de la gare et des démarches à la préfecture, note {n}", "fr"),
)
QUERIES = ("interpretes", "السكن", "prefecture demarches", "guich", "health insurance",
           "nothing-like-this")


def ms(seconds: float) -> float:
    return seconds * 1000.0


def make_laptop(path: Path, index: int) -> tuple[Workshop, int]:
    workshop = Workshop.open(path)
    workshop.database.conn.execute("PRAGMA synchronous = OFF")  # setting up, not measured
    city = CITIES[index % len(CITIES)]
    session = workshop.sessions.create(f"Policy Lab {city} {index + 1}",
                                       f"2026-{1 + index % 12:02d}-14", territory=city,
                                       languages=("fr", "ar", "en"))
    groups = (Group.LOCAL_ACTOR, Group.NEWCOMER)
    people = workshop.roster.add_many(session.id, [
        NewParticipant(groups[i % 2], "fr", f"Person {i}", consent_given=True)
        for i in range(PEOPLE)])
    for person in people:
        workshop.roster.check_in(person.id)
    for n in range(NOTES):
        text, language = SENTENCES[n % len(SENTENCES)]
        workshop.board.add_note(session.id, Area.EXPECTATIONS if n < 30 else Area.IDEAS,
                                text.format(n=n), language=language,
                                author_id=people[n % PEOPLE].id)
    return workshop, session.id


def bare_insert(bundle: Path, folder: Path, index: int) -> float:
    """The baseline: the bundle's rows read and inserted as they are, nothing checked."""
    start = time.perf_counter()
    with zipfile.ZipFile(bundle) as archive:
        tables = json.loads(archive.read(DATA))["tables"]
    database = open_database(folder / f"bare-{index}.sqlite")
    conn = database.conn
    with database.write():
        for table, rows in tables.items():
            if not rows:
                continue
            conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS bare_{table} "
                         f"({', '.join(rows[0])})")
            conn.executemany(f"INSERT INTO bare_{table} VALUES ({', '.join('?' * len(rows[0]))})",
                             [list(row.values()) for row in rows])
    elapsed = time.perf_counter() - start
    database.close()
    return elapsed


REPORT_TARGET_MS = 5000.0


def report_time(programme: Database) -> tuple[float, float, int]:
    """The imported sessions made one programme; its report in French, beside reportlab
    setting the same text as plain paragraphs (no tables, no shaping, no checks)."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.minutes.pdf_text import register_fonts
    from app.minutes.programme_report import build_programme_report

    register_fonts()
    workshop = Workshop(programme)
    sessions = [s.id for s in workshop.sessions.all()]
    made = workshop.programmes.create(sessions[0], "Villes résilientes 2026")
    for session_id in sessions[1:]:
        workshop.programmes.join(session_id, made.id)
    start = time.perf_counter()
    pdf = build_programme_report(workshop, made.id, "fr")
    report = time.perf_counter() - start
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=False).stdout.decode("utf-8", "replace")
    style = getSampleStyleSheet()["Normal"]
    start = time.perf_counter()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(line, style) for line in text.splitlines()
                                     if line.strip()])
    return report, time.perf_counter() - start, len(pdf) // 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    count = parser.parse_args().sessions
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        identity = create_identity(folder / "id.p12", "Claire Martin", "", PASSPHRASE)
        bundles = []
        for index in range(count):
            workshop, session_id = make_laptop(folder / f"laptop-{index}.sqlite", index)
            try:
                bundle = folder / f"session-{index}.rtb"
                write_bundle(workshop.database, session_id, bundle, identity.path, PASSPHRASE)
                bundles.append(bundle)
            finally:
                workshop.close()
        programme = open_database(folder / "programme.sqlite")
        imports, bares = [], []
        try:
            print(f"Programme: {count} sessions x {PEOPLE} people x {NOTES} notes, "
                  "imported from signed bundles")
            for index, bundle in enumerate(bundles):
                start = time.perf_counter()
                import_bundle(programme, bundle)
                imports.append(time.perf_counter() - start)
                bares.append(bare_insert(bundle, folder, index))
                print(f"  import bundle {index + 1:>2} ({bundle.stat().st_size // 1024} KiB)"
                      f"   {ms(imports[-1]):7.1f} ms   bare {ms(bares[-1]):6.1f} ms   "
                      f"x{imports[-1] / bares[-1]:.1f}")
            again = time.perf_counter()
            import_bundle(programme, bundles[0])
            print(f"  import bundle 1 again (unchanged)  {ms(time.perf_counter() - again):7.1f}"
                  " ms")
            print(f"  import median {ms(statistics.median(imports)):.1f} ms, bare median "
                  f"{ms(statistics.median(bares)):.1f} ms, "
                  f"x{statistics.median(imports) / statistics.median(bares):.1f}")
            worst = 0.0
            for query in QUERIES:
                times, scans, found = [], [], 0
                words = query.split()
                for _ in range(15):
                    start = time.perf_counter()
                    found = len(search(programme, query))
                    times.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    programme.conn.execute(
                        "SELECT id FROM note WHERE " + " AND ".join(["text LIKE ?"] * len(words))
                        + " LIMIT 200", [f"%{w}%" for w in words]).fetchall()
                    scans.append(time.perf_counter() - start)
                median, scan = statistics.median(times), statistics.median(scans)
                worst = max(worst, ms(median))
                print(f"  search {query!r:<26} {found:>4} found  {ms(median):6.2f} ms "
                      f"(target ≤ {SEARCH_TARGET_MS:.0f} ms)   bare LIKE scan {ms(scan):6.2f} ms"
                      f"   x{median / scan:.1f}")
            report_seconds, bare_seconds, pages = report_time(programme)
            print(f"  programme report (fr, {count} sessions, {pages} KiB)  "
                  f"{ms(report_seconds):7.1f} ms (target ≤ {REPORT_TARGET_MS:.0f} ms)   bare "
                  f"reportlab text of the same length {ms(bare_seconds):6.1f} ms   "
                  f"x{report_seconds / bare_seconds:.1f}")
        finally:
            programme.close()
    report_ok = ms(report_seconds) <= REPORT_TARGET_MS
    print(f"programme report: {ms(report_seconds):.0f} ms (target ≤ {REPORT_TARGET_MS:.0f} ms) "
          f"{'OK' if report_ok else 'TOO SLOW'}")
    ok = worst <= SEARCH_TARGET_MS and report_ok
    print(f"search: worst median {worst:.2f} ms (target ≤ {SEARCH_TARGET_MS:.0f} ms) "
          f"{'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
