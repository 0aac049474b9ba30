"""`python -m app audit [--session ID]`: check the audit log against the stored rows.

For each session: the chain, the rows replayed from it (notes, dots, paper dots,
attendance) and the latest anchor kept outside it. Each difference names the row, what the
log recorded, what is stored and the event. Non-zero when anything differs.
"""

from __future__ import annotations

import argparse

from app.core.audit_texts import describe_finding
from app.core.workshop import Workshop
from app.paths import database_path

NAME = "audit"
HELP = "check each session's audit log against its stored rows and its anchors"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, metavar="ID",
                        help="only this session (default: every session)")


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db))
    try:
        sessions = ([workshop.sessions.get(args.session)] if args.session is not None
                    else workshop.sessions.all(include_archived=True))
        bad = 0
        for session in sessions:
            verdict = workshop.sessions.verify_audit(session.id)
            state = "intact" if verdict.ok else f"{len(verdict.findings)} problem(s)"
            print(f"Session {session.id} ({session.title}): {verdict.events} events, {state}")
            for finding in verdict.findings:
                print(f"  {describe_finding(finding)}")
            bad += not verdict.ok
    finally:
        workshop.close()
    return 1 if bad else 0
