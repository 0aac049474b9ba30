"""`python -m app search WORDS`: find notes, actions, commitments and experiments across
every session in the file."""

from __future__ import annotations

import argparse
import json

from app.core.search import search
from app.paths import database_path
from app.storage.database import open_database

NAME = "search"
HELP = ("search every session's notes, actions, commitments and experiments (accents and "
        "Arabic harakat ignored)")

AREAS = {"expectations": "expectation", "ideas": "idea", "parking_lot": "parking lot",
         "action": "action", "commitment": "commitment", "experiment": "experiment"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("words", nargs="+", help="words to find (each may be a word's start)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")


def run(args: argparse.Namespace) -> int:
    database = open_database(database_path(args.db))
    try:
        found = search(database, " ".join(args.words))
    finally:
        database.close()
    if args.json:
        print(json.dumps([{"session_id": f.session_id, "session": f.session_title,
                           "date": f.date, "area": f.area, "id": f.item_id, "text": f.text}
                          for f in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Nothing found.")
        return 0
    for f in found:
        text = " ".join(f.text.split())
        print(f"{f.date}  #{f.session_id} {f.session_title}  [{AREAS.get(f.area, f.area)}]  {text}")
    return 0
