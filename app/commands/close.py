"""`python -m app close --session ID`: close a session at the end of the Lab, so that its
minutes can be signed. Refused, with the reason, while a vote round is still open."""

from __future__ import annotations

import argparse
import sys

from app.commands.backing_up import back_up
from app.core.errors import RuleError
from app.core.model import SessionStatus
from app.core.workshop import Workshop
from app.paths import database_path

NAME = "close"
HELP = "close a session at the end of the Lab (refused while a vote round is open)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID")


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db))
    try:
        before = workshop.sessions.get(args.session).status
        workshop.sessions.close(args.session)
    except RuleError as refused:
        print(f"Session {args.session} was not closed: {refused}", file=sys.stderr)
        return 1
    finally:
        workshop.close()
    back_up(database_path(args.db))
    if before is SessionStatus.CLOSED:
        print(f"Session {args.session} was already closed. Its minutes can be signed.")
    else:
        print(f"Session {args.session} is closed. Its minutes can now be signed "
              f"(python -m app minutes --session {args.session} --out FILE.pdf --sign).")
    return 0
