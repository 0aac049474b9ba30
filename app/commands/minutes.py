"""`python -m app minutes --session ID --out FILE.pdf [--lang fr] [--sign]`: the minutes PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.backing_up import back_up
from app.commands.signing_options import add_passphrase_arguments, identity_path, passphrase
from app.core.audit_texts import describe_finding
from app.core.workshop import Workshop
from app.minutes.content import gather, hidden_names
from app.minutes.document import spaced_hex
from app.minutes.errors import MinutesError
from app.minutes.export import MinutesRequest, export_minutes
from app.minutes.labels import LANGUAGES
from app.minutes.privacy import PrivacyWarning, privacy_warnings
from app.paths import database_path

NAME = "minutes"
HELP = "make the minutes of a session as a PDF, signed if asked (the session is then locked)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of the minutes' own labels (notes stay verbatim); "
                        "default: the session's first language among en, fr, ar")
    parser.add_argument("--sign", action="store_true",
                        help="sign with the identity (PAdES) and lock the session")
    parser.add_argument("--despite-privacy-warnings", action="store_true",
                        help="sign even though some notes look like personal details")
    parser.add_argument("--despite-audit-findings", action="store_true",
                        help="sign even though the audit check found rows that differ from "
                        "the log (see `audit`)")
    parser.add_argument("--purge-raw-data", action="store_true",
                        help="after signing, clear display names, tokens, note authors and "
                        "open ballots (also done when the retention setting is on)")
    parser.add_argument("--check-privacy", action="store_true",
                        help="only list notes that look like personal details, then stop")
    add_passphrase_arguments(parser)


def describe(warning: PrivacyWarning) -> str:
    where = f"note {warning.item_id}" if warning.item_id is not None else warning.where
    kind = {"phone": "phone number", "email": "e-mail address",
            "id_number": "ID-like number",
            "name": "name of someone who did not agree to be named"}[warning.kind]
    return f"  {where}: {kind} «{warning.found}» in «{warning.text}»"


def run(args: argparse.Namespace) -> int:
    # Unsigned minutes only read; signing marks the session signed.
    workshop = Workshop.open(database_path(args.db), reading=not args.sign)
    try:
        if args.check_privacy:
            warnings = privacy_warnings(gather(workshop, args.session),
                                        hidden_names(workshop, args.session))
            for warning in warnings:
                print(describe(warning))
            print(f"{len(warnings)} possible personal detail(s).")
            return 1 if warnings else 0
        languages = [code for code in workshop.sessions.get(args.session).languages
                     if code in LANGUAGES]
        request = MinutesRequest(
            session_id=args.session, out=Path(args.out).expanduser(),
            language=args.lang or (languages[0] if languages else "en"),
            identity_path=identity_path(args) if args.sign else None,
            passphrase=passphrase(args, required=True) if args.sign else "",
            accept_privacy_warnings=args.despite_privacy_warnings,
            accept_audit_findings=args.despite_audit_findings,
            purge_raw_data=args.purge_raw_data,
        )
        try:
            done = export_minutes(workshop, request)
        except MinutesError as exc:
            if exc.code == "privacy_warnings":
                for warning in privacy_warnings(gather(workshop, args.session),
                                                hidden_names(workshop, args.session)):
                    print(describe(warning), file=sys.stderr)
            if exc.code == "audit_findings":
                for finding in workshop.sessions.verify_audit(args.session).findings:
                    print(f"  {describe_finding(finding)}", file=sys.stderr)
            raise
    except MinutesError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    finally:
        workshop.close()
    print(f"Minutes version {done.version} written to {done.path}")
    print(f"SHA-256 of the file: {done.sha256}")
    if done.signed:
        back_up(database_path(args.db))
        print("Signed; the session is now locked. An edit needs `reopen`, and makes version "
              f"{done.version + 1} of the minutes.")
        print("Certificate fingerprint (SHA-256):")
        for line in spaced_hex(done.fingerprint).splitlines():
            print(f"  {line}")
    else:
        print("Not signed (a draft). Add --sign to sign it and lock the session.")
    for warning in done.warnings:
        print("Privacy:" + describe(warning))
    return 0
