"""Which audit links this program wrote itself, so a watcher of the file can tell them from
another program's.

Every change appends to its session's audit chain (``app.storage.audit``); a link is named by
(session, seq, hash). Each link this program appends is noted here before its COMMIT, while
someone watches the file (``app.core.outside_changes``); a link the watcher finds that is not
noted was written by another program (a second window, ``python -m app portal``). A link of a
write that was rolled back is never found with its hash, and is forgotten once the watcher has
read past its place in the chain.
"""

from __future__ import annotations

import threading

Link = tuple[int, int, str]  # session id, seq, hash


class OwnWrites:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._links: set[Link] = set()
        self._watchers = 0

    def wrote(self, session_id: int, seq: int, digest: str) -> None:
        """Called for each link appended by this program (inside its write transaction)."""
        if self._watchers:
            with self._lock:
                self._links.add((session_id, seq, digest))

    def mine(self, link: Link) -> bool:
        with self._lock:
            return link in self._links

    def forget_up_to(self, session_id: int, seq: int) -> None:
        """The watcher has read the chain of ``session_id`` up to ``seq``."""
        with self._lock:
            self._links = {link for link in self._links
                           if link[0] != session_id or link[1] > seq}

    def watch(self) -> None:
        with self._lock:
            self._watchers += 1

    def unwatch(self) -> None:
        with self._lock:
            self._watchers -= 1
            if not self._watchers:
                self._links.clear()


# One per program: every connection of this program appends through ``audit.append_after``.
OWN_WRITES = OwnWrites()
