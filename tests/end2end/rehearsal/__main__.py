"""Run the dress rehearsal: ``python -m tests.end2end.rehearsal --lang fr --out DIR``.

It needs a real X screen (DISPLAY) with a window manager; ``test_rehearsal.py`` provides one.
Prints one ``REHEARSAL step NAME`` line per step; exits 0 when the whole Lab went through.
"""

from __future__ import annotations

import argparse
import faulthandler
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--until", default="", help="stop after this step (for development)")
    args = parser.parse_args()
    faulthandler.enable()
    from tests.end2end.rehearsal.desk import Desk
    from tests.end2end.rehearsal.lab import run_lab

    desk = Desk(args.lang, args.out, args.out / "roundtable.sqlite")
    try:
        run_lab(desk, until=args.until)
    finally:
        desk.finish_log()
        desk.stop()
    for problem in desk.problems:
        print(f"REHEARSAL problem {problem}", flush=True)
    print("REHEARSAL done", flush=True)
    return 1 if desk.problems else 0


if __name__ == "__main__":
    sys.exit(main())
