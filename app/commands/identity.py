"""`python -m app identity --name … --title …`: the signer's key pair and certificate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.signing_options import add_passphrase_arguments, identity_path, passphrase
from app.minutes.document import spaced_hex
from app.minutes.errors import MinutesError
from app.minutes.identity import create_identity, load_identity

NAME = "identity"
HELP = "create the signing identity (name, title; passphrase-protected) or show it"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="the signer's name, as printed on the minutes")
    parser.add_argument("--title", default="", help="the signer's title or role")
    parser.add_argument("--show", action="store_true",
                        help="only show the existing identity and its fingerprint")
    add_passphrase_arguments(parser)


def _print(path: Path) -> None:
    identity = load_identity(path)
    if identity is None:
        raise MinutesError("no_identity")
    print(f"Signer:      {identity.name}")
    print(f"Title:       {identity.title or '—'}")
    print(f"Identity:    {identity.path}")
    print(f"Certificate: {identity.certificate_path}  (give this to readers to trust)")
    print("Fingerprint (SHA-256):")
    for line in spaced_hex(identity.fingerprint).splitlines():
        print(f"  {line}")


def run(args: argparse.Namespace) -> int:
    path = identity_path(args)
    try:
        if args.show or not args.name:
            if not args.show:
                print("Give --name (and --title) to create an identity, or --show to see it.",
                      file=sys.stderr)
                return 2
            _print(path)
            return 0
        create_identity(path, args.name, args.title, passphrase(args, required=True))
        _print(path)
    except MinutesError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    return 0
