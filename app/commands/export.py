"""`python -m app export --session ID --out FOLDER [--csv] [--json]`: results for organisers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.errors import MinutesError
from app.minutes.results import write_results
from app.paths import database_path

NAME = "export"
HELP = "write notes, themes, vote tallies and attendance counts as CSV and JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID")
    parser.add_argument("--out", required=True, metavar="FOLDER")
    parser.add_argument("--csv", action="store_true", help="only the CSV files")
    parser.add_argument("--json", action="store_true", help="only the JSON file")


def run(args: argparse.Namespace) -> int:
    both = not args.csv and not args.json
    workshop = Workshop.open(database_path(args.db), reading=True)
    try:
        content = gather(workshop, args.session)
    finally:
        workshop.close()
    try:
        written = write_results(content, Path(args.out).expanduser(),
                                csv_files=both or args.csv, json_file=both or args.json)
    except MinutesError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0
