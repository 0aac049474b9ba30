"""The session's results as CSV and JSON, for organisers' spreadsheets and for checking.

Counts only: notes without authors, themes, vote tallies (never ballots, secret or not) and
attendance counts by group. The JSON is the minutes' whole content, with the digest printed on
the signature page, so anyone can recompute it.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.minutes.content import MinutesContent, content_digest_of
from app.minutes.errors import MinutesError, short_detail

CSV_FILES = ("notes.csv", "themes.csv", "votes.csv", "attendance.csv", "agenda.csv")


def content_digest_of_export(data: object) -> str | None:
    """The content digest of a parsed ``minutes.json`` (as printed in the minutes), or None."""
    if not isinstance(data, dict) or not isinstance(data.get("content"), dict):
        return None
    return content_digest_of(data["content"])


def results_json(content: MinutesContent) -> str:
    return json.dumps({"format": "roundtable-minutes-content/1", "content_sha256":
                       content.digest(), "content": content.to_json()},
                      ensure_ascii=False, indent=2)


def _csv(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def results_csv(content: MinutesContent) -> dict[str, str]:
    """File name → CSV text."""
    notes: list[list[object]] = [["area", "theme", "language", "text"]]
    notes += [["expectations", "", n.language, n.text] for n in content.expectations]
    notes += [["ideas", theme.name, n.language, n.text] for theme in content.themes
              for n in theme.notes]
    notes += [["ideas", "", n.language, n.text] for n in content.unthemed]
    notes += [["parking_lot", "", item.language, item.text] for item in content.parking_lot]
    themes: list[list[object]] = [["theme", "notes"]]
    themes += [[theme.name, len(theme.notes)] for theme in content.themes]
    votes: list[list[object]] = [["round", "secret", "status", "rank", "tied", "item", "dots",
                                  "paper_dots", "kiosk", "phone", "desk", "groups_shown",
                                  "groups_suppressed"]]
    for vote in content.rounds:
        for item in vote.items:
            votes.append([vote.title, vote.secret, vote.status, item.rank, item.tied, item.text,
                          item.total, item.paper, item.by_channel.get("kiosk", 0),
                          item.by_channel.get("phone", 0), item.by_channel.get("desk", 0),
                          " ".join(f"{g}={item.by_group.get(g, 0)}" for g in vote.shown_groups),
                          " ".join(vote.suppressed_groups)])
    attendance: list[list[object]] = [["group", "registered", "attended"]]
    attendance += [[c.group, c.registered, c.attended] for c in content.attendance]
    # Times in the session's zone, ISO 8601 with their offset (2026-11-14T09:03:00+01:00).
    agenda: list[list[object]] = [["phase", "title", "planned_minutes", "actual_minutes",
                                   "started_at", "ended_at", "time_zone"]]
    agenda += [[line.kind, line.title, line.planned_minutes,
                "" if line.actual_minutes is None else line.actual_minutes,
                line.started_at or "", line.ended_at or "", content.time_zone]
               for line in content.agenda]
    return {"notes.csv": _csv(notes), "themes.csv": _csv(themes), "votes.csv": _csv(votes),
            "attendance.csv": _csv(attendance), "agenda.csv": _csv(agenda)}


def write_results(content: MinutesContent, folder: Path, *, csv_files: bool = True,
                  json_file: bool = True) -> list[Path]:
    """Write the chosen exports into ``folder``; returns the files written."""
    written: list[Path] = []
    try:
        files = results_csv(content) if csv_files else {}
        whole = results_json(content) if json_file else ""
    except Exception as exc:  # said in the user's words; nothing was written
        raise MinutesError("results_failed", detail=short_detail(exc)) from exc
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if csv_files:
            for name, text in files.items():
                path = folder / name
                # UTF-8 with a byte-order mark, so spreadsheet programs read Arabic correctly.
                path.write_text(text, encoding="utf-8-sig", errors="backslashreplace")
                written.append(path)
        if json_file:
            path = folder / "minutes.json"
            # A lone surrogate is written as JSON's own escape, \udXXX.
            path.write_text(whole, encoding="utf-8", errors="backslashreplace")
            written.append(path)
    except OSError as exc:
        raise MinutesError("cannot_write", path=folder, detail=exc.strerror or exc) from exc
    return written
