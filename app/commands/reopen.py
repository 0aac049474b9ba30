"""`python -m app reopen --session ID`: unlock a signed session; its minutes get a new version."""

from __future__ import annotations

import argparse

from app.commands.backing_up import back_up
from app.core.minutes_versions import MinutesVersions
from app.core.workshop import Workshop
from app.paths import database_path

NAME = "reopen"
HELP = "reopen a session whose minutes are signed, to edit it (the minutes get a new version)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID")


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db))
    try:
        version = MinutesVersions(workshop.ops).reopen(args.session)
    finally:
        workshop.close()
    back_up(database_path(args.db))
    print(f"Session {args.session} is open for edits. The signed minutes stay as they were; "
          f"the next minutes will be version {version}, to be signed again.")
    return 0
