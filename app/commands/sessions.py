"""`python -m app sessions [--json]`: list the sessions in the database."""

from __future__ import annotations

import argparse
import json

from app.core.workshop import Workshop
from app.paths import database_path

NAME = "sessions"
HELP = "list the sessions (id, title, date, status)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--all", action="store_true", help="include archived sessions")


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db), reading=True)
    try:
        sessions = workshop.sessions.all(include_archived=args.all)
    finally:
        workshop.close()
    if args.json:
        print(json.dumps([
            {"id": s.id, "title": s.title, "date": s.date, "status": s.status.value,
             "territory": s.territory, "archived": s.archived}
            for s in sessions
        ], ensure_ascii=False, indent=2))
        return 0
    if not sessions:
        print("No sessions yet. Create one in the app, or run `python -m app demo`.")
        return 0
    print(f"{'ID':>4}  {'DATE':10}  {'STATUS':7}  TITLE")
    for s in sessions:
        print(f"{s.id:>4}  {s.date:10}  {s.status.value:7}  {s.title}")
    return 0
