"""One person, one voice: a phone clearing its cookies to join again and again gets few
identities and few dots; a whole room behind one venue Wi-Fi address votes at once, refused
nothing; walk-ins wait to be let in when the facilitator asks so. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections import Counter

import aiohttp

from app.core.model import Group, Session, VoteRound
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.portal.config import Rate, RateLimits
from app.portal.server import PortalServer
from tests.portal.conftest import open_round, start_portal
from tests.portal.phone import Phone, new_key
from tests.portal.test_live import next_event, stream

# A room checking in all at once from one address (a real room takes the welcome phase, and
# its address's limits): not what is measured here.
ROOM_AT_ONCE = RateLimits(per_address=Rate(1e6, 10**6), checkin_per_address=Rate(1e6, 10**6))


def an_attack(port: int, session: Session, vote_round: VoteRound,
              attempts: int) -> tuple[int, Counter[str]]:
    """A phone that clears its cookies and joins "as someone new" ``attempts`` times, putting
    all its dots on one idea each time: the identities it got, its dots, why it was refused."""
    identities, refusals = 0, Counter[str]()
    idea = vote_round.item_ids[0]
    for _ in range(attempts):
        phone = Phone(port)  # no cookie: a cleared browser, the same address
        try:
            joined = phone.check_in(session.room_token, name="Someone new")
            if joined.status != 200:
                refusals[joined.code] += 1
                continue
            identities += 1
            voted = phone.ballot(vote_round.id, {idea: vote_round.cap_per_item})
            if voted.status != 200:
                refusals[voted.code] += 1
        finally:
            phone.close()
    return identities, refusals


def test_a_phone_clearing_its_cookies_gets_a_few_identities_and_a_few_dots(
        workshop: Workshop, session: Session) -> None:
    vote_round = open_round(workshop, session, dots=3, cap=3)
    server = start_portal(workshop, session, RateLimits())  # the real limits, all of them
    try:
        identities, refusals = an_attack(server.port, session, vote_round, 20)
    finally:
        server.stop()
    dots = workshop.voting.tally(vote_round.id).items[0].total
    # Five new walk-ins per address, then one a minute; the check-in limit stops the rest.
    assert identities == 5
    assert dots == 15  # not 60
    assert refusals["walk_ins_limited"] >= 5
    assert set(refusals) <= {"walk_ins_limited", "rate_limited"}
    assert len(workshop.roster.participants(session.id)) == 5


def test_the_limit_says_when_to_try_again_in_the_phones_words(
        workshop: Workshop, session: Session) -> None:
    open_round(workshop, session)
    limits = RateLimits(walk_ins_per_address=Rate(0.001, 1))
    server = start_portal(workshop, session, limits)
    first, second = Phone(server.port), Phone(server.port)
    try:
        key = new_key()
        assert first.check_in(session.room_token, key=key).status == 200
        # The answer was lost and the phone sends it again: the same person, not a new one.
        assert first.check_in(session.room_token, key=key).status == 200
        refused = second.check_in(session.room_token)
        assert refused.status == 429
        assert refused.code == "walk_ins_limited"
        assert int(refused.headers["Retry-After"]) >= 1
        # Someone with a badge claims their roster entry: not a new identity, not limited.
        badge = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER)).short_code
        assert second.check_in(session.room_token, badge=badge).status == 200
    finally:
        first.close()
        second.close()
        server.stop()


def test_walk_ins_are_not_limited_before_a_vote_opens(workshop: Workshop,
                                                      session: Session) -> None:
    server = start_portal(workshop, session, ROOM_AT_ONCE)
    phones = [Phone(server.port) for _ in range(12)]
    try:
        assert [p.check_in(session.room_token).status for p in phones] == [200] * 12
    finally:
        for phone in phones:
            phone.close()
        server.stop()


def test_with_approval_on_an_attacker_gets_no_dot_until_let_in(
        workshop: Workshop, session: Session) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    vote_round = open_round(workshop, session, dots=3, cap=3)
    server = start_portal(workshop, session, RateLimits())
    try:
        identities, refusals = an_attack(server.port, session, vote_round, 8)
    finally:
        server.stop()
    assert identities == 8  # joined, and waiting
    assert refusals["waiting_for_approval"] == 8
    assert workshop.voting.tally(vote_round.id).total_dots == 0
    assert len(workshop.roster.walk_ins(session.id).waiting) == 8
    assert workshop.voting.turnout(vote_round.id).eligible == 0  # waiting: not counted


def checked_in_room(port: int, session: Session, size: int) -> list[dict[str, str]]:
    """``size`` phones checked in over HTTP, all from 127.0.0.1: their cookies."""
    jars = []
    for i in range(size):
        phone = Phone(port)
        try:
            assert phone.check_in(session.room_token, name=f"P{i}").status == 200
            jars.append(dict(phone.cookies))
        finally:
            phone.close()
    return jars


async def vote_at_once(port: int, jars: list[dict[str, str]],
                       vote_round: VoteRound) -> Counter[int]:
    """Every phone reads the state and sends its ballot, all at the same moment."""
    origin = f"http://127.0.0.1:{port}"
    dots = {str(vote_round.item_ids[0]): 1, str(vote_round.item_ids[1]): 1}
    statuses: Counter[int] = Counter()
    start = asyncio.Event()
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    async with aiohttp.ClientSession(connector=connector) as client:

        async def one(jar: dict[str, str]) -> None:
            cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
            await start.wait()
            async with client.get(f"{origin}/api/state", headers={"Cookie": cookie}) as reply:
                statuses[reply.status] += 1
            async with client.post(
                    f"{origin}/api/ballot",
                    json={"round": vote_round.id, "key": new_key(), "dots": dots},
                    headers={"Cookie": cookie, "Origin": origin,
                             "X-CSRF-Token": jar["rt_csrf"]}) as reply:
                statuses[reply.status] += 1

        tasks = [asyncio.create_task(one(jar)) for jar in jars]
        await asyncio.sleep(0)  # every phone waits at the line
        start.set()
        await asyncio.gather(*tasks)
    return statuses


def test_300_checked_in_phones_behind_one_address_vote_at_once_refused_nothing(
        workshop: Workshop, session: Session) -> None:
    welcome = start_portal(workshop, session, ROOM_AT_ONCE)
    try:
        jars = checked_in_room(welcome.port, session, 300)
    finally:
        welcome.stop()
    vote_round = open_round(workshop, session, dots=3, cap=2)
    server = start_portal(workshop, session, RateLimits())  # the vote: the real limits, all
    try:
        statuses = asyncio.run(vote_at_once(server.port, jars, vote_round))
        assert statuses == Counter({200: 600})  # 300 states, 300 ballots: 0 refusals
        assert workshop.voting.turnout(vote_round.id).voted == 300
        assert workshop.voting.tally(vote_round.id).total_dots == 600
        # The address's own limit still holds for what is not checked in.
        stranger = Phone(server.port)
        try:
            codes = Counter(stranger.get(f"/api/state?room={session.room_token}").status
                            for _ in range(80))
        finally:
            stranger.close()
        assert codes[429] > 0
    finally:
        server.stop()


def test_a_waiting_walk_in_follows_then_votes_once_let_in(
        workshop: Workshop, session: Session, portal: PortalServer) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    vote_round = open_round(workshop, session)
    phone = Phone(portal.port)
    try:
        joined = phone.check_in(session.room_token, name="Late")
        assert joined.status == 200
        assert joined.json()["me"]["waiting"] is True
        state = phone.state()
        assert state["me"]["waiting"] is True
        assert phone.ballot(vote_round.id, {vote_round.item_ids[0]: 1}).code == \
            "waiting_for_approval"
        assert phone.note("Let me in").code == "waiting_for_approval"
        [person] = workshop.roster.walk_ins(session.id).waiting
        with stream(phone) as live:
            assert next_event(live) == {"subjects": ["hello"]}
            workshop.roster.admit(person.id)
            assert next_event(live) == {"subjects": ["me"]}  # the page reads again, goes on
        assert phone.state()["me"]["waiting"] is False
        assert phone.ballot(vote_round.id, {vote_round.item_ids[0]: 1}).status == 200
        assert workshop.voting.turnout(vote_round.id).voted == 1
        assert workshop.roster.walk_ins(session.id).admitted == 1
    finally:
        phone.close()


def test_a_walk_in_turned_away_is_told_and_cannot_join_again_with_that_browser(
        workshop: Workshop, session: Session, portal: PortalServer) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    phone = Phone(portal.port)
    try:
        assert phone.check_in(session.room_token).status == 200
        [person] = workshop.roster.walk_ins(session.id).waiting
        code = person.short_code
        workshop.roster.refuse(person.id)
        assert phone.get("/api/state").code == "participant_removed"
        assert phone.check_in(session.room_token).code == "participant_removed"
        other = Phone(portal.port)
        try:  # their own code, typed as a badge, does not let them in either
            assert other.check_in(session.room_token, badge=code).code == "badge_unknown"
        finally:
            other.close()
    finally:
        phone.close()
    walk_ins = workshop.roster.walk_ins(session.id)
    assert (len(walk_ins.waiting), walk_ins.admitted, walk_ins.refused) == (0, 0, 1)


def test_a_waiting_walk_in_cannot_let_themself_in_with_their_own_code(
        workshop: Workshop, session: Session, portal: PortalServer) -> None:
    workshop.sessions.update(session.id, walk_in_approval=True)
    phone = Phone(portal.port)
    try:
        code = phone.check_in(session.room_token).json()["me"]["code"]
        again = Phone(portal.port)
        try:  # the code shown on their phone, typed on another: waiting there too
            assert again.check_in(session.room_token, badge=code).json()["me"]["waiting"]
        finally:
            again.close()
    finally:
        phone.close()
    assert workshop.roster.attendance(session.id) == {}
