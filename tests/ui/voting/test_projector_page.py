"""The vote on the projector: live turnout, counts hidden unless shown live, ranked results."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel, Group, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui.labels import own_direction
from app.ui.voting.projector_page import VoteProjectorPage, wants_vote_page


def newcomers(workshop: Workshop) -> list[int]:
    return [p.id for p in workshop.roster.participants(1) if p.group is Group.NEWCOMER]


def test_live_turnout_with_counts_hidden(demo: Workshop, qtbot: QtBot,
                                         open_round: VoteRound) -> None:
    assert wants_vote_page(demo, 1)
    page = VoteProjectorPage(demo, 1)
    qtbot.addWidget(page)
    assert page.title.text() == own_direction("Which ideas first?")
    assert page.turnout.text() == "0 of 12 have voted"
    assert not page.chart.show_counts
    people = newcomers(demo)
    demo.voting.set_ballot(open_round.id, people[0], {open_round.item_ids[0]: 2},
                           origin=Channel.PHONE)
    demo.voting.set_ballot(open_round.id, people[1], {open_round.item_ids[1]: 1},
                           origin=Channel.KIOSK)
    qtbot.waitUntil(lambda: page.turnout.text() == "2 of 12 have voted")
    assert not page.chart.show_counts
    assert "2" not in page.chart.describe()  # no count reaches the room
    assert "hidden" in page.note.text()


def test_live_dots_when_the_round_shows_them(demo: Workshop, qtbot: QtBot) -> None:
    ideas = [n.id for n in demo.board.notes(1, area=Area.IDEAS)][:3]
    vote = demo.voting.open(demo.voting.create(1, "Live", RoundTarget.NOTES, ideas,
                                               show_live=True, timer_minutes=5).id)
    page = VoteProjectorPage(demo, 1)
    qtbot.addWidget(page)
    assert page.clock.text() == "5:00" or page.clock.text().startswith("4:5")
    demo.voting.set_paper_dots(vote.id, ideas[2], Group.NEWCOMER, 4)
    qtbot.waitUntil(lambda: page.chart.rows[2].total == 4)
    assert [row.label for row in page.chart.rows] == [
        own_direction(demo.board.note(i).text) for i in ideas]  # in the round's order
    assert page.chart.show_counts
    assert not page.chart.show_ranks


def test_results_once_revealed(demo: Workshop, qtbot: QtBot, open_round: VoteRound) -> None:
    page = VoteProjectorPage(demo, 1)
    qtbot.addWidget(page)
    people = newcomers(demo)
    demo.voting.set_ballot(open_round.id, people[0], {open_round.item_ids[3]: 2},
                           origin=Channel.PHONE)
    demo.voting.set_ballot(open_round.id, people[1], {open_round.item_ids[0]: 2},
                           origin=Channel.KIOSK)
    demo.voting.close(open_round.id)
    qtbot.waitUntil(lambda: page.status.text() == "Voting is closed")
    assert not page.chart.show_counts
    demo.voting.reveal(open_round.id)
    qtbot.waitUntil(lambda: page.status.text() == "Results")
    assert page.chart.show_ranks
    top = page.chart.rows[:2]
    assert [r.rank for r in top] == [1, 1]
    assert all(r.tied for r in top)
    assert "1 (tie)" in page.chart.describe()


def test_no_round_no_page(demo: Workshop) -> None:
    assert not wants_vote_page(demo, 1)  # the demo moved on to action planning after its vote
    session = demo.sessions.create("Empty", "2026-12-01")
    assert not wants_vote_page(demo, session.id)


def test_results_stay_until_the_agenda_moves_on(workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-20")
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}").id for n in range(3)]
    phases = workshop.agenda.phases(session.id)
    workshop.agenda.start(phases[0].id)
    assert not wants_vote_page(workshop, session.id)
    vote = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, notes)
    assert not wants_vote_page(workshop, session.id)  # a draft is not shown
    workshop.voting.open(vote.id)
    assert wants_vote_page(workshop, session.id)
    workshop.voting.close(vote.id)
    assert wants_vote_page(workshop, session.id)
    workshop.voting.reveal(vote.id)
    assert wants_vote_page(workshop, session.id)
    workshop.agenda.next(session.id)
    assert not wants_vote_page(workshop, session.id)
