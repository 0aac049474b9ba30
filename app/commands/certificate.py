"""`python -m app certificate --participant ID --out FILE.pdf [--name NAME] [--lang fr]`.

An attendance certificate for one participant. For someone known only by a pseudonym,
``--name`` gives the name to print on this certificate; it is not stored anywhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.clock import now_iso
from app.core.errors import RuleError
from app.core.model import SessionStatus
from app.core.time_zones import today
from app.core.workshop import Workshop
from app.minutes.certificate import TEXTS, certificate_facts, write_certificate
from app.paths import database_path

NAME = "certificate"
HELP = "write one participant's attendance certificate (the name may be typed for it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--participant", type=int, required=True, metavar="ID",
                        help="the participant's number in the roster")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument("--name", default="",
                        help="the name printed on this certificate, for someone known only by a "
                        "pseudonym (printed, never stored)")
    parser.add_argument("--lang", choices=tuple(TEXTS),
                        help="language of the certificate (default: the participant's, or en)")


def _fail(message: str) -> int:
    print(f"roundtable certificate: {message}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    target = Path(args.out).expanduser()
    if not target.parent.is_dir():
        return _fail(f"the folder of {args.out} does not exist")
    db = database_path(getattr(args, "db", None))
    if not db.exists():
        return _fail(f"there is no database at {db}")
    workshop = Workshop.open(db)
    try:
        try:
            person = workshop.roster.get(args.participant)
            session = workshop.sessions.get(person.session_id)
            running = session.status is SessionStatus.LIVE
            facts = certificate_facts(workshop, person.id, language=args.lang,
                                      until=now_iso() if running else None, name=args.name)
        except RuleError as error:
            if error.code == "not_found" and error.params.get("what") == "attendance":
                return _fail(f"participant {args.participant} has not checked in")
            return _fail(f"there is no participant {args.participant}")
        write_certificate(target, facts, today(facts.time_zone))
    except OSError as exc:
        return _fail(f"could not write the file: {exc.strerror or exc}")
    finally:
        workshop.close()
    print(f"certificate for {facts.name}: {target}")
    return 0
