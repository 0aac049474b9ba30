"""Child process for the crash test: writes, and prints "ack N" only after each commit returned.

Usage: python -m tests.storage.crash_child DB SESSION_ID ROUND_ID FIRST_INDEX
Each write carries the idempotency key of its index, so a retry after a crash (the parent
restarts from the first unacknowledged index) never counts twice.
"""

from __future__ import annotations

import sys

from app.core.model import Area, Channel
from app.core.workshop import Workshop


def main() -> None:
    db, session_id, round_id, first = sys.argv[1], *map(int, sys.argv[2:5])
    workshop = Workshop.open(db)
    voters = [p.id for p in workshop.roster.participants(session_id)]
    items = list(workshop.voting.get(round_id).item_ids)
    index = first
    while True:
        if index % 3 == 2:
            voter = voters[index % len(voters)]
            dots = {items[index % len(items)]: 1, items[(index + 1) % len(items)]: 1}
            workshop.voting.set_ballot(round_id, voter, dots, origin=Channel.PHONE,
                                       key=f"ballot-{index}")
        else:
            workshop.board.add_note(session_id, Area.IDEAS, f"note {index}",
                                    origin=Channel.PHONE, key=f"note-{index}")
        sys.stdout.write(f"ack {index}\n")
        sys.stdout.flush()
        index += 1


if __name__ == "__main__":
    main()
