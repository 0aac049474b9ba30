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

NAME = "portal"
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


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db))
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
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Portal stopped.", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        outside.stop()
        workshop.close()
    return 0
