"""`python -m app bundle export --session ID --out FILE [--minutes SIGNED.pdf]` and
`python -m app bundle import FILE`: carry a session from a facilitator's laptop to the
programme's database, signed, checked, never overwriting what was edited here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.signing_options import add_passphrase_arguments, identity_path, passphrase
from app.minutes.errors import MinutesError
from app.minutes.session_bundle import BundleError, import_bundle, write_bundle
from app.paths import database_path
from app.storage.database import open_database

NAME = "bundle"
HELP = "export a session as a signed bundle, or import one into this database"

OUTCOMES = {
    "added": "Imported",
    "unchanged": "Already here, unchanged (nothing done):",
    "updated": "Updated from a later export:",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write one session's signed bundle")
    export.add_argument("--session", type=int, required=True, metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--minutes", metavar="SIGNED.pdf",
                        help="the session's signed minutes, to travel with it")
    add_passphrase_arguments(export)
    imported = actions.add_parser("import", help="check a bundle and add its session here")
    imported.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    database = open_database(database_path(args.db))
    try:
        if args.action == "export":
            out = Path(args.out).expanduser()
            manifest = write_bundle(
                database, args.session, out, identity_path(args),
                passphrase(args, required=True),
                Path(args.minutes).expanduser() if args.minutes else None)
            chain = manifest["audit"]
            print(f"Wrote {out}: \u201c{manifest['title']}\u201d ({manifest['date']}), "
                  f"{chain['events']} audit events, head {chain['head'][:16]}…"
                  + ("" if chain["chain_ok"] else " — the audit chain does NOT hold together")
                  + (f" — {chain['findings']} row(s) differ from the log"
                     if chain["findings"] else ""))
            return 0
        done = import_bundle(database, Path(args.file).expanduser())
        print(f"{OUTCOMES[done.outcome]} session {done.session_id}: \u201c{done.title}\u201d "
              f"({done.date}), signed by {done.signer} ({done.signer_fingerprint[:16]}…), "
              f"{done.audit_events} audit events checked.")
        if done.findings_where_made:
            print(f"Warning: on the laptop that made it, the audit check found "
                  f"{done.findings_where_made} row(s) that differ from the session's log.")
        if done.minutes is not None:
            print(f"Its signed minutes: {done.minutes}")
        return 0
    except (BundleError, MinutesError) as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    finally:
        database.close()
