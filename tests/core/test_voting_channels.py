"""Phone, kiosk and paper dots land in one tally: random mixes checked against a simple model."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import RuleError
from app.core.model import Area, Channel, Group, RoundTarget
from app.core.roster import NewParticipant
from app.core.workshop import Workshop

VOTERS = 6
ITEMS = 4
BUDGET = 4
CAP = 2
GROUPS = (Group.LOCAL_ACTOR, Group.NEWCOMER)

allocation = st.dictionaries(st.integers(0, ITEMS - 1), st.integers(0, CAP + 1), max_size=ITEMS)
operation = st.one_of(
    st.tuples(st.just("phone_add"), st.integers(0, VOTERS - 1), st.integers(0, ITEMS - 1)),
    st.tuples(st.just("phone_remove"), st.integers(0, VOTERS - 1), st.integers(0, ITEMS - 1)),
    st.tuples(st.just("kiosk"), st.integers(0, VOTERS - 1), allocation),
    st.tuples(st.just("paper"), st.tuples(st.integers(0, ITEMS - 1), st.integers(0, 1)),
              st.integers(0, 12)),
    st.tuples(st.just("close"), st.just(0), st.just(0)),
)


def make_round(workshop: Workshop, secret: bool) -> tuple[int, list[int], list[int]]:
    session = workshop.sessions.create("Lab", "2026-11-01")
    people = workshop.roster.add_many(
        session.id, [NewParticipant(GROUPS[n % 2]) for n in range(VOTERS)])
    for person in people:
        workshop.roster.check_in(person.id)
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}") for n in range(ITEMS)]
    vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, [n.id for n in notes],
                                  dots_per_person=BUDGET, cap_per_item=CAP, secret=secret)
    workshop.voting.open(vote.id)
    return vote.id, [p.id for p in people], [n.id for n in notes]


class Model:
    """What the room did, in plain dictionaries."""

    def __init__(self) -> None:
        self.ballots: dict[int, Counter[int]] = {v: Counter() for v in range(VOTERS)}
        self.channel: dict[int, Channel] = {}
        self.paper: dict[tuple[int, int], int] = {}
        self.closed = False

    def valid(self, wanted: dict[int, int]) -> bool:
        return (not self.closed and all(c <= CAP for c in wanted.values())
                and sum(wanted.values()) <= BUDGET)

    def totals(self) -> dict[int, int]:
        out = Counter[int]()
        for ballot in self.ballots.values():
            out.update(ballot)
        for (item, _), count in self.paper.items():
            out[item] += count
        return {i: out[i] for i in range(ITEMS)}

    def by_channel(self) -> dict[int, Counter[str]]:
        out: dict[int, Counter[str]] = {i: Counter() for i in range(ITEMS)}
        for voter, ballot in self.ballots.items():
            for item, count in ballot.items():
                if count:
                    out[item][self.channel[voter].value] += count
        for (item, _), count in self.paper.items():
            if count:
                out[item]["paper"] += count
        return out


def apply(workshop: Workshop, model: Model, op: tuple[object, ...], round_id: int,
          voters: list[int], items: list[int]) -> None:
    kind = op[0]
    if kind == "close":
        if not model.closed:
            workshop.voting.close(round_id)
            model.closed = True
        return
    if kind == "paper":
        (item, group), count = op[1], op[2]
        assert isinstance(item, int)
        assert isinstance(group, int)
        assert isinstance(count, int)
        call = lambda: workshop.voting.set_paper_dots(  # noqa: E731
            round_id, items[item], GROUPS[group], count)
        present = VOTERS // len(GROUPS)  # everyone is checked in
        group_total = count + sum(c for (i, g), c in model.paper.items()
                                  if g == group and i != item)
        if model.closed or count > present * CAP or group_total > present * BUDGET:
            with pytest.raises(RuleError):
                call()
        else:
            call()
            model.paper[(item, group)] = count
        return
    voter = op[1]
    assert isinstance(voter, int)
    wanted = Counter(model.ballots[voter])
    if kind == "kiosk":
        given_dots = op[2]
        assert isinstance(given_dots, dict)
        wanted = Counter({i: c for i, c in given_dots.items() if c})
        channel = Channel.KIOSK
        send = lambda: workshop.voting.set_ballot(  # noqa: E731
            round_id, voters[voter], {items[i]: c for i, c in wanted.items()}, origin=channel)
        ok = model.valid(dict(wanted))
    else:
        item = op[2]
        assert isinstance(item, int)
        channel = Channel.PHONE
        if kind == "phone_add":
            wanted[item] += 1
            ok = model.valid(dict(wanted))
            send = lambda: workshop.voting.cast_dot(  # noqa: E731
                round_id, voters[voter], items[item], origin=channel)
        else:
            ok = not model.closed and wanted[item] > 0
            wanted[item] -= 1
            send = lambda: workshop.voting.remove_dot(  # noqa: E731
                round_id, voters[voter], items[item], origin=channel)
    if ok:
        send()
        model.ballots[voter] = +wanted
        model.channel[voter] = channel
    else:
        with pytest.raises(RuleError):
            send()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, max_size=30), secret=st.booleans())
def test_every_channel_lands_in_one_tally(tmp_path: Path, ops: list[tuple[object, ...]],
                                         secret: bool) -> None:
    workshop = Workshop.open(tmp_path / f"c{len(list(tmp_path.iterdir()))}.sqlite")
    try:
        round_id, voters, items = make_round(workshop, secret)
        model = Model()
        for op in ops:
            apply(workshop, model, op, round_id, voters, items)
        tally = workshop.voting.tally(round_id)
        assert {t.item_id: t.total for t in tally.items} == {
            items[i]: n for i, n in model.totals().items()}
        expected_channels = model.by_channel()
        for entry in tally.items:
            i = items.index(entry.item_id)
            assert {k: v for k, v in entry.by_channel.items() if v} == dict(expected_channels[i])
        assert tally.paper_dots == sum(model.paper.values())
        # No stored ballot goes over the budget or the cap.
        for total, biggest in workshop.database.conn.execute(
                "SELECT SUM(count), MAX(count) FROM dot WHERE round_id = ? GROUP BY ballot",
                (round_id,)):
            assert total <= BUDGET
            assert biggest <= CAP
        voted = sum(1 for b in model.ballots.values() if sum(b.values()) > 0)
        assert workshop.voting.turnout(round_id) .voted == voted
        assert workshop.voting.turnout(round_id).eligible == VOTERS
        # Ranks are competition ranks: an item's rank is 1 + the number of items above it.
        totals = [t.total for t in tally.items]
        for entry in tally.items:
            assert entry.rank == 1 + sum(1 for t in totals if t > entry.total)
            assert entry.tied == (totals.count(entry.total) > 1)
        if secret:
            assert_nothing_joins_voter_to_dot(workshop, voters)
    finally:
        workshop.close()


def test_nothing_counts_after_close_on_any_channel(workshop: Workshop) -> None:
    round_id, voters, items = make_round(workshop, secret=False)
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2}, origin=Channel.KIOSK)
    workshop.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 5)
    workshop.voting.close(round_id)
    before = workshop.voting.tally(round_id)
    attempts = [
        lambda: workshop.voting.set_ballot(round_id, voters[1], {items[0]: 1},
                                           origin=Channel.KIOSK),
        lambda: workshop.voting.cast_dot(round_id, voters[2], items[1], origin=Channel.PHONE),
        lambda: workshop.voting.remove_dot(round_id, voters[0], items[0], origin=Channel.PHONE),
        lambda: workshop.voting.set_paper_dots(round_id, items[1], Group.NEWCOMER, 9),
        lambda: workshop.voting.set_ballot(round_id, voters[0], {}, origin=Channel.KIOSK),
    ]
    for attempt in attempts:
        with pytest.raises(RuleError) as caught:
            attempt()
        assert caught.value.code == "round_not_open"
    assert workshop.voting.tally(round_id) == before


def assert_nothing_joins_voter_to_dot(workshop: Workshop, voters: list[int]) -> None:
    """Read every row of every table as an outsider with the file would."""
    conn = workshop.database.conn
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    stored_keys = [bytes.fromhex(str(value)) for table in tables
                   for row in conn.execute(f"SELECT * FROM {table}")
                   for value in row if isinstance(value, str)
                   and re.fullmatch(r"[0-9a-f]{64}", value)]
    ballots = {b for (b,) in conn.execute("SELECT DISTINCT ballot FROM dot")}
    for ballot in ballots:
        assert ballot.startswith("s")
        for voter in voters:
            assert ballot != f"p{voter}"
            # No key written anywhere recomputes a ballot from a participant id.
            for key in stored_keys:
                guess = hmac.new(key, str(voter).encode(), hashlib.sha256).hexdigest()
                assert ballot != f"s{guess}"
            assert ballot[1:] != hashlib.sha256(str(voter).encode()).hexdigest()
    for table in tables:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        names_a_person = bool({"participant_id", "author_id"} & columns)
        names_a_dot = bool({"item_id", "ballot"} & columns)
        assert not (names_a_person and names_a_dot), table
    for (op, data) in conn.execute("SELECT op, data FROM audit"):
        event = json.loads(data)
        if op == "secret_ballot":
            assert set(event) == {"round", "channel"}
        assert not ("participant" in event and "dots" in event and op != "ballot")
    for (result,) in conn.execute("SELECT result FROM receipt"):
        assert "participant" not in json.loads(result)


def states_in_the_log(path: Path) -> list[tuple[set[int], set[tuple[str, int, int]]]]:
    """Replay a copy of the database and its write-ahead log commit by commit."""
    import sqlite3
    import struct

    db = path.read_bytes()
    wal = Path(f"{path}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    pages = {i: db[i * page_size:(i + 1) * page_size] for i in range(len(db) // page_size)}
    states = []
    offset = 32
    while offset + 24 + page_size <= len(wal):
        number, commit = struct.unpack(">II", wal[offset:offset + 8])
        pages[number - 1] = wal[offset + 24:offset + 24 + page_size]
        offset += 24 + page_size
        if commit:
            image = path.with_name(f"state{len(states)}.sqlite")
            image.write_bytes(b"".join(pages[i] for i in sorted(pages))[:commit * page_size])
            conn = sqlite3.connect(image)
            voters = {row[0] for row in conn.execute("SELECT participant_id FROM voter")}
            dots = set(conn.execute("SELECT ballot, item_id, count FROM dot"))
            conn.close()
            states.append((voters, dots))
    return states


def test_a_copy_of_the_files_links_no_secret_voter_to_dots(tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "lab.sqlite"
    workshop = Workshop.open(path)
    round_id, voters, items = make_round(workshop, secret=True)
    workshop.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workshop.voting.set_ballot(round_id, voters[0], {items[0]: 2}, origin=Channel.KIOSK)
    workshop.voting.set_ballot(round_id, voters[3], {items[2]: 1}, origin=Channel.KIOSK)
    copy = tmp_path / "copy.sqlite"
    shutil.copy(path, copy)
    shutil.copy(f"{path}-wal", f"{copy}-wal")
    workshop.close()
    before: tuple[set[int], set[tuple[str, int, int]]] = (set(), set())
    for voters_now, dots_now in states_in_the_log(copy):
        new_voters, new_dots = voters_now - before[0], dots_now - before[1]
        # A commit that adds exactly one voter and some dots tells whose dots they are.
        assert not (len(new_voters) == 1 and new_dots)
        before = (voters_now, dots_now)
