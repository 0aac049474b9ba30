"""CSV and JSON exports: notes, themes, tallies and attendance counts, nobody's identity."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.results import results_csv, write_results


def test_files_and_counts(demo: Workshop, tmp_path: Path) -> None:
    content = gather(demo, 1)
    written = write_results(content, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(
        ["notes.csv", "themes.csv", "votes.csv", "attendance.csv", "agenda.csv",
         "minutes.json"])
    tables = {name: list(csv.DictReader(io.StringIO(text)))
              for name, text in results_csv(content).items()}
    assert len(tables["notes.csv"]) == len(demo.board.notes(1, include_pending=False))
    assert {row["theme"] for row in tables["themes.csv"]} == {t.name for t in
                                                              demo.board.themes(1)}
    assert sum(int(r["dots"]) for r in tables["votes.csv"]) == content.rounds[0].total_dots
    assert sum(int(r["attended"]) for r in tables["attendance.csv"]) == content.attended
    data = json.loads((tmp_path / "out" / "minutes.json").read_text(encoding="utf-8"))
    assert data["content_sha256"] == content.digest()


def test_no_identity_in_any_export(demo: Workshop, tmp_path: Path) -> None:
    written = write_results(gather(demo, 1), tmp_path / "out")
    everything = "".join(path.read_text(encoding="utf-8-sig") for path in written)
    for person in demo.roster.participants(1):
        if not person.named_in_minutes:
            assert person.pseudonym not in everything
            if person.display_name:
                assert person.display_name not in everything
    assert "short_code" not in everything


def test_the_json_export_recomputes_the_printed_digest(demo: Workshop) -> None:
    from app.core.minutes_versions import MinutesVersions
    from app.minutes.results import content_digest_of_export, results_json

    content = gather(demo, 1)
    assert content_digest_of_export(json.loads(results_json(content))) == content.digest()
    # Signing adds an audit event; the content the minutes print is still the same.
    MinutesVersions(demo.ops).mark_signed(1, version=1, document_sha256="d" * 64,
                                          fingerprint="f" * 64)
    after = gather(demo, 1)
    assert after.audit_head != content.audit_head
    assert after.digest() == content.digest()
    assert content_digest_of_export({"content": "not a record"}) is None
