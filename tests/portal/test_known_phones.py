"""The portal remembers whose cookie is whose only while the roster stays as it was."""

from __future__ import annotations

from app.core.events import Change, ChangeEvent, EventHub, Subject
from app.core.model import Channel, Group, Participant
from app.portal.known_phones import KnownPhones


def person(pid: int, name: str = "") -> Participant:
    return Participant(id=pid, session_id=1, pseudonym=f"Acacia-{pid}", display_name=name,
                       group=Group.NEWCOMER, actor_type=None, language="ar",
                       consent_given=True, named_in_minutes=False, short_code="ABC123",
                       removed=False)


def roster_changed(hub: EventHub, session_id: int = 1) -> None:
    hub.publish([ChangeEvent(session_id, Subject.PARTICIPANT, Change.CHANGED, (7,), "update",
                             Channel.DESK)])


def test_a_token_is_looked_up_once_then_remembered() -> None:
    phones = KnownPhones(EventHub(), 1)
    lookups: list[str] = []

    def look_up() -> Participant:
        lookups.append("db")
        return person(7)

    assert phones.find("t" * 22, look_up) == phones.find("t" * 22, look_up) == person(7)
    assert lookups == ["db"]


def test_a_change_to_the_roster_forgets_every_phone() -> None:
    hub = EventHub()
    phones = KnownPhones(hub, 1)
    phones.find("t" * 22, lambda: person(7))
    roster_changed(hub)
    assert phones.find("t" * 22, lambda: person(7, "Amina")) == person(7, "Amina")


def test_another_sessions_roster_is_not_ours() -> None:
    hub = EventHub()
    phones = KnownPhones(hub, 1)
    phones.find("t" * 22, lambda: person(7))
    roster_changed(hub, session_id=2)
    assert phones.find("t" * 22, lambda: None) == person(7)


def test_an_unknown_token_is_never_remembered() -> None:
    phones = KnownPhones(EventHub(), 1)
    assert phones.find("t" * 22, lambda: None) is None
    assert phones.find("t" * 22, lambda: person(7)) == person(7)


def test_a_lookup_that_raced_a_roster_change_is_not_kept() -> None:
    """Read before the desk's COMMIT, answered after its event: that answer may be stale."""
    hub = EventHub()
    phones = KnownPhones(hub, 1)

    def stale_read() -> Participant:
        roster_changed(hub)  # the desk removes or renames them meanwhile
        return person(7)

    assert phones.find("t" * 22, stale_read) == person(7)
    assert phones.find("t" * 22, lambda: None) is None  # looked up again, not remembered


def test_once_stopped_it_hears_nothing() -> None:
    hub = EventHub()
    phones = KnownPhones(hub, 1)
    phones.stop()
    phones.find("t" * 22, lambda: person(7))
    roster_changed(hub)
    assert phones.find("t" * 22, lambda: None) == person(7)
