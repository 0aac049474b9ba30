"""Which participant each phone's cookie belongs to, remembered until the roster changes.

Every tap of a phone names its participant by cookie; looking the token up in the database
each time (a hash and a join) is most of what a tap costs outside the vote itself. The answer
is kept here and forgotten as soon as any participant of the session is added, edited or
removed: the hub tells every thread after COMMIT, and a lookup that raced such a change is
not kept. A removed participant's ballot is refused by the core anyway, read in the ballot's
own transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.events import ChangeEvent, EventHub, Subject
from app.core.model import Participant

MAX_PHONES = 5_000  # a bound on memory, whatever a flood of cookies does


class KnownPhones:
    def __init__(self, hub: EventHub, session_id: int) -> None:
        self.session_id = session_id
        self._known: dict[str, Participant] = {}
        self._roster_version = 0
        self._unsubscribe: Callable[[], None] | None = hub.subscribe(self._on_event)

    def find(self, token: str, look_up: Callable[[], Participant | None]) -> Participant | None:
        """The participant of ``token``: remembered, or ``look_up()`` (None is never kept)."""
        found = self._known.get(token)
        if found is not None:
            return found
        version = self._roster_version
        found = look_up()
        if found is not None and version == self._roster_version:
            if len(self._known) >= MAX_PHONES:
                self._known.clear()
            self._known[token] = found
        return found

    def _on_event(self, event: ChangeEvent) -> None:  # any thread, after COMMIT
        if event.subject is Subject.PARTICIPANT and event.session_id == self.session_id:
            self._roster_version += 1
            self._known = {}

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
