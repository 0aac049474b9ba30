"""`python -m app badges --session ID --out FILE.pdf`: print a session's badges before the day.

With ``--room-sheet FILE.pdf --host ADDRESS`` it also writes the one-page room sheet (join QR
code, Wi-Fi QR code, short address) for the portal's address on the day.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from app.core.errors import RuleError
from app.core.workshop import Workshop
from app.minutes.badges import write_session_badges
from app.minutes.room_sheet import write_room_sheet
from app.paths import database_path

NAME = "badges"
HELP = "write a session's badge sheet (8 per A4 page) and, if asked, its room sheet"
DEFAULT_PORT = 8080


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID",
                        help="the session (see `sessions`)")
    parser.add_argument("--out", metavar="FILE.pdf", help="where to write the badges")
    parser.add_argument("--room-sheet", metavar="FILE.pdf",
                        help="also write the room sheet (join and Wi-Fi QR codes) here")
    parser.add_argument("--host", metavar="ADDRESS",
                        help="the portal's address on the room's network (for --room-sheet)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"the portal's port (for --room-sheet; default {DEFAULT_PORT})")


def _fail(message: str) -> int:
    print(f"roundtable badges: {message}", file=sys.stderr)
    return 1


def _writable(path: str) -> Path | None:
    target = Path(path).expanduser()
    return target if target.parent.is_dir() else None


def run(args: argparse.Namespace) -> int:
    if not args.out and not args.room_sheet:
        return _fail("say where to write: --out FILE.pdf and/or --room-sheet FILE.pdf")
    if args.room_sheet and not args.host:
        return _fail("--room-sheet needs --host, the portal's address on the room's network")
    if args.host:
        try:
            ipaddress.ip_address(args.host)
        except ValueError:
            if not all(part.isalnum() or "-" in part for part in args.host.split(".")):
                return _fail(f"{args.host!r} is not an address or host name")
    if not 1 <= args.port <= 65535:
        return _fail(f"port {args.port} is not between 1 and 65535")
    targets = [p for p in (args.out, args.room_sheet) if p]
    for target in targets:
        if _writable(target) is None:
            return _fail(f"the folder of {target} does not exist")
    db = database_path(getattr(args, "db", None))
    if not db.exists():
        return _fail(f"there is no database at {db}")
    workshop = Workshop.open(db)
    try:
        try:
            session = workshop.sessions.get(args.session)
        except RuleError:
            return _fail(f"there is no session {args.session} (see `python -m app sessions`)")
        if args.out:
            people = len(workshop.roster.participants(session.id))
            if people == 0:
                return _fail(f"session {session.id} has no participants yet")
            pages = write_session_badges(workshop, session.id, Path(args.out).expanduser())
            print(f"{people} badges on {pages} page(s): {args.out}")
        if args.room_sheet:
            write_room_sheet(Path(args.room_sheet).expanduser(), session, args.host, args.port)
            print(f"room sheet: {args.room_sheet}")
    except OSError as exc:
        return _fail(f"could not write the file: {exc.strerror or exc}")
    finally:
        workshop.close()
    return 0
