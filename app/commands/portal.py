"""`python -m app portal --session ID --host ADDRESS --port N`: the portal without the window.

For a separate kiosk machine, and for tests. Runs until Ctrl-C (or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from app.core.joining import short_url
from app.core.outside_changes import OutsideChanges
from app.core.workshop import Workshop
from app.paths import database_path
from app.portal.config import PortalConfig
from app.portal.server import PortalError, PortalServer
from app.storage.errors import StoreError
from app.storage.faults import TROUBLES

NAME = "portal"
JOURNAL_CHECK_SECONDS = 2.0  # how often an idle portal looks for its journal file
HELP = "serve the participant portal of one session on this network (until Ctrl-C)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID",
                        help="the session phones join (see `sessions`)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on: this laptop's address on the "
                        "hotspot or venue Wi-Fi (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8080,
                        help="the port (default 8080; 0 picks a free one)")


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _tell_backup_failed(reason: str) -> None:
    print(f"roundtable: the automatic backup failed ({reason}). Phones are still recorded; "
          "free some disk space, then check `python -m app restore list`.",
          file=sys.stderr, flush=True)


def _tell(trouble: StoreError) -> None:
    """A trouble of the store (the disk is full …), once, in one line: not a traceback per
    phone."""
    print(f"roundtable: {trouble}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    # Refused here, before any address is printed, if the file cannot be written.
    workshop = Workshop.open(database_path(args.db), backups=True)
    if workshop.backups is not None:
        workshop.backups.on_failure(_tell_backup_failed)
    TROUBLES.subscribe(_tell)
    # The window (or another portal) may write to the same file: its changes reach our phones.
    outside = OutsideChanges(workshop.database.path, workshop.hub).start()
    server = PortalServer(workshop, PortalConfig(args.session, args.host, args.port))
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        try:
            url = server.start()
        except PortalError as exc:
            print(f"roundtable: {exc}", file=sys.stderr)
            return 1
        session = workshop.sessions.get(args.session)
        print(f"Portal of session {session.id} ({session.title})", flush=True)
        print(f"Join URL: {url}", flush=True)
        print(f"Short address: {short_url(args.host, server.port)}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        while not threading.Event().wait(JOURNAL_CHECK_SECONDS):
            workshop.database.journal_intact()  # told once, by _tell, if it vanished
    except KeyboardInterrupt:
        print("Portal stopped.", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        if workshop.backups is not None:
            workshop.backups.now()
        outside.stop()
        workshop.close()
    return 0
