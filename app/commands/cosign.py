"""`python -m app cosign SIGNED.pdf --out FILE.pdf --identity THEIRS.p12`: a further signature."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.signing_options import add_passphrase_arguments, identity_path, passphrase
from app.commands.verify import report
from app.minutes.cosigning import cosign
from app.minutes.errors import MinutesError

NAME = "cosign"
HELP = "add a further signature (an elected representative's, say) to signed minutes"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="SIGNED.pdf")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    add_passphrase_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        verdict = cosign(Path(args.file).expanduser(), Path(args.out).expanduser(),
                         identity_path(args), passphrase(args, required=True))
    except MinutesError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report(verdict, False)))
    return 0 if verdict.ok else 1
