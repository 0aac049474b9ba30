"""Options shared by the commands that sign: where the identity is, where the passphrase is.

Not a command itself (it has no NAME). The passphrase comes from a file or an environment
variable, never from the command line, where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.minutes.errors import MinutesError
from app.minutes.identity import IDENTITY_FILE
from app.paths import app_data_dir

PASSPHRASE_ENV = "ROUNDTABLE_PASSPHRASE"  # noqa: S105 (the variable's name, not a secret)


def add_passphrase_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--identity", metavar="FILE.p12",
                        help="the signing identity (default: the one in the app-data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the passphrase from this file (else ${PASSPHRASE_ENV})")


def identity_path(args: argparse.Namespace) -> Path:
    if args.identity:
        return Path(args.identity).expanduser()
    return app_data_dir() / IDENTITY_FILE


def passphrase(args: argparse.Namespace, *, required: bool) -> str:
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise MinutesError("no_passphrase") from exc
        return text.rstrip("\r\n")
    value = os.environ.get(PASSPHRASE_ENV, "")
    if required and not value:
        raise MinutesError("no_passphrase")
    return value
