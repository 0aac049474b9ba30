"""Run the dress rehearsal: ``python -m tests.end2end.rehearsal --lang fr --out DIR``.

It needs a real X screen (DISPLAY) with a window manager; ``test_rehearsal.py`` provides one.
Prints one ``REHEARSAL step NAME`` line per step; exits 0 when the whole Lab went through.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import traceback
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--until", default="", help="stop after this step (for development)")
    parser.add_argument("--hang-seconds", type=float, default=600,
                        help="print every thread's stack and stop after this long")
    args = parser.parse_args()
    faulthandler.enable()
    faulthandler.dump_traceback_later(args.hang_seconds, exit=True)
    from tests.end2end.rehearsal.desk import Desk
    from tests.end2end.rehearsal.lab import run_lab

    desk = Desk(args.lang, args.out, args.out / "roundtable.sqlite")
    try:
        run_lab(desk, until=args.until)
    except BaseException:
        # Say what went wrong and leave at once: closing the window now could wait on a
        # question to the facilitator that nobody will answer.
        traceback.print_exc()
        try:
            desk.shot("failure")  # what the room saw when it went wrong
        except Exception:  # the failure itself matters more
            traceback.print_exc()
        desk.finish_log()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)
    desk.finish_log()
    desk.stop()
    for problem in desk.problems:
        print(f"REHEARSAL problem {problem}", flush=True)
    print("REHEARSAL done", flush=True)
    return 1 if desk.problems else 0


if __name__ == "__main__":
    sys.exit(main())
