"""`python -m app programme-report --programme ID --out FILE.pdf [--lang fr] [--sign]`: what
a programme's Labs became, as a PDF signed like the minutes when asked."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.signing_options import add_passphrase_arguments, identity_path, passphrase
from app.core.errors import RuleError
from app.core.workshop import Workshop
from app.minutes.errors import MinutesError
from app.minutes.labels import LANGUAGES
from app.minutes.programme_report import export_programme_report
from app.paths import database_path

NAME = "programme-report"
HELP = ("make a programme's report as a PDF: sessions and attendance by group, commitments, "
        "experiments with their readings, expectations against outcomes")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--programme", type=int, required=True, metavar="ID")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the report's own labels (what people wrote stays "
                        "verbatim; commitments in this language when translated)")
    parser.add_argument("--sign", action="store_true", help="sign with the identity (PAdES)")
    add_passphrase_arguments(parser)


def run(args: argparse.Namespace) -> int:
    workshop = Workshop.open(database_path(args.db), reading=True)
    try:
        done = export_programme_report(
            workshop, args.programme, Path(args.out).expanduser(), args.lang,
            identity_path(args) if args.sign else None,
            passphrase(args, required=True) if args.sign else "")
    except RuleError as exc:
        print(f"roundtable: no programme {args.programme} in this file ({exc.code})",
              file=sys.stderr)
        return 1
    except MinutesError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    finally:
        workshop.close()
    print(f"Programme report written to {done.path}")
    print(f"SHA-256 of the file: {done.sha256}")
    print("Signed." if done.signed else "Not signed. Add --sign to sign it.")
    return 0
