"""The facilitator's voting panel, driven through the core and its own buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Channel, Group, RoundStatus, RoundTarget, VoteRound
from app.core.workshop import Workshop
from app.ui.messages import error_text
from app.ui.voting.panel import VotingPanel, status_name


def make_panel(qtbot: QtBot, workshop: Workshop) -> VotingPanel:
    panel = VotingPanel(workshop, 1)
    panel.confirm_close = lambda _parent: True
    qtbot.addWidget(panel)
    return panel


def test_create_open_close_reveal(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(qtbot, demo)
    form = panel.form
    form.dots.setValue(4)
    form.cap.setValue(2)
    form.secret.setChecked(True)
    form.timer.setValue(10)
    assert len(form.chosen_items()) == 8
    round_id = form.submit()
    assert round_id is not None
    vote = demo.voting.get(round_id)
    assert (vote.dots_per_person, vote.cap_per_item, vote.secret, vote.show_live) == (
        4, 2, True, False)
    assert vote.timer_minutes == 10
    assert panel.current() == vote
    assert panel.open_button.isEnabled()
    panel.open_button.click()
    assert demo.voting.get(round_id).status is RoundStatus.OPEN
    assert "0 of 12 have voted" in panel.turnout.text()
    assert panel.clock.text().startswith(("10:00", "9:5"))
    assert not panel.results.model.rowCount()  # hidden while open
    people = [p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER]
    demo.voting.set_ballot(round_id, people[0].id, {vote.item_ids[0]: 2}, origin=Channel.PHONE)
    qtbot.waitUntil(lambda: "1 of 12 have voted" in panel.turnout.text())
    panel.close_button.click()
    assert demo.voting.get(round_id).status is RoundStatus.CLOSED
    assert panel.results.model.rowCount() == 8
    panel.reveal_button.click()
    assert demo.voting.get(round_id).status is RoundStatus.REVEALED


def test_themes_round_and_runoff_in_one_click(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(qtbot, demo)
    panel.form.target.setCurrentIndex(1)
    assert len(panel.form.chosen_items()) == 2
    revealed = demo.voting.rounds(1)[0]
    panel.reload_rounds(select=revealed.id)
    panel.top_n.setValue(2)
    runoff = panel.runoff()
    assert runoff is not None
    assert runoff.status is RoundStatus.OPEN
    assert runoff.runoff_of == revealed.id
    assert set(runoff.item_ids) == set(demo.voting.tally(revealed.id).top(2))
    assert panel.current() == runoff


def test_paper_dots_are_entered_per_item_and_group(demo: Workshop, qtbot: QtBot,
                                                   open_round: VoteRound,
                                                   qtmodeltester: object) -> None:
    panel = make_panel(qtbot, demo)
    panel.reload_rounds(select=open_round.id)
    paper = panel.paper
    assert paper.table.isEnabled()
    qtmodeltester.check(paper.model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(paper.recorded):
        assert paper.enter(1, Group.NEWCOMER, 7)
    assert paper.enter(1, Group.LOCAL_ACTOR, 2)
    assert paper.enter(1, Group.LOCAL_ACTOR, 3)  # a recount replaces the count
    assert demo.voting.paper_counts(open_round.id) == {
        (open_round.item_ids[1], Group.NEWCOMER): 7, (open_round.item_ids[1], Group.LOCAL_ACTOR): 3}
    assert paper.model.index(1, 2).data() == 7
    assert not paper.model.setData(paper.model.index(1, 2), "seven")
    audit = demo.database.rows("SELECT data FROM audit WHERE op = 'paper_dots'")
    assert any('"count":7' in row["data"] for row in audit)
    assert len(audit) == 3 + 2  # the demo's two, and these three
    panel.close_button.click()
    assert not paper.table.isEnabled()
    assert not paper.model.flags(paper.model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    tally = demo.voting.tally(open_round.id)
    assert tally.paper_dots == 10
    item = next(i for i in tally.items if i.item_id == open_round.item_ids[1])
    assert item.by_channel == {"paper": 10}


def test_results_ranked_with_ties_and_groups(demo: Workshop, qtbot: QtBot,
                                             qtmodeltester: object) -> None:
    panel = make_panel(qtbot, demo)
    revealed = demo.voting.rounds(1)[0]
    panel.reload_rounds(select=revealed.id)
    model = panel.results.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    tally = demo.voting.tally(revealed.id)
    assert model.rowCount() == len(tally.items)
    headers = model.headers()
    assert headers[:6] == ["Rank", "Item", "Dots", "Phone", "Screen (badge)", "Paper dots"]
    ranks = [model.index(r, 0).data() for r in range(model.rowCount())]
    for entry, shown in zip(tally.items, ranks, strict=True):
        assert shown == (f"{entry.rank} (tie)" if entry.tied else str(entry.rank))
    assert panel.results.chart.rows[0].total == tally.items[0].total
    assert "paper" in panel.results.summary.text()
    # Observers and facilitators do not vote; group splits shown only for groups of 5 or more.
    assert set(tally.shown_groups) <= {"local_actor", "newcomer"}


def test_a_round_needs_two_items(demo: Workshop, qtbot: QtBot,
                                 monkeypatch: object) -> None:
    panel = make_panel(qtbot, demo)
    shown: list[str] = []
    import app.ui.voting.round_form as round_form

    monkeypatch.setattr(round_form, "show_error",  # type: ignore[attr-defined]
                        lambda _parent, error: shown.append(error.code))
    for row in range(panel.form.items.count() - 1):
        panel.form.items.item(row).setCheckState(panel.form.items.item(row).checkState().Unchecked)
    assert panel.form.submit() is None
    assert shown == ["round_no_items"]
    assert demo.voting.rounds(1)[-1].target is RoundTarget.NOTES


def test_the_panel_counts_replaced_kiosk_ballots(demo: Workshop, qtbot: QtBot,
                                                 open_round: VoteRound,
                                                 qapp: QApplication) -> None:
    i18n.install(qapp, "en")  # English plural forms: "1 ballot", "2 ballots"
    panel = make_panel(qtbot, demo)
    panel.reload_rounds(select=open_round.id)
    replaced = panel.findChild(QLabel, "ballots-replaced")
    assert replaced is not None
    assert replaced.text() == ""
    person = next(p for p in demo.roster.participants(1) if p.group is Group.NEWCOMER)
    first, second = open_round.item_ids[:2]
    for dots in ({first: 1}, {second: 1}, {first: 2}):
        demo.voting.set_ballot(open_round.id, person.id, dots, origin=Channel.KIOSK,
                               replace=True)
    qtbot.waitUntil(lambda: replaced.text() == "2 ballots replaced at the kiosk")


def test_paper_dots_beyond_the_people_present_are_refused_with_the_bound(
        demo: Workshop, qtbot: QtBot, open_round: VoteRound, monkeypatch: object) -> None:
    import app.ui.voting.paper_dots as paper_dots

    shown: list[str] = []
    monkeypatch.setattr(paper_dots, "show_error",  # type: ignore[attr-defined]
                        lambda _parent, error: shown.append(error_text(error)))
    panel = make_panel(qtbot, demo)
    panel.reload_rounds(select=open_round.id)
    present = sum(1 for p in demo.roster.participants(1) if p.group is Group.NEWCOMER)
    assert not panel.paper.enter(0, Group.NEWCOMER, 999)
    assert shown == [f"999 paper dots on one item is too many: {present} people of this group "
                     f"are here, at most 2 dots each on one item, so at most {present * 2}."]
    assert panel.paper.model.index(0, 2).data() == 0  # nothing recorded
    assert panel.paper.enter(0, Group.NEWCOMER, present * 2)


def test_a_runoff_is_titled_in_the_facilitators_language(demo: Workshop, qtbot: QtBot,
                                                         qapp: QApplication) -> None:
    i18n.install(qapp, "fr")
    panel = make_panel(qtbot, demo)
    revealed = demo.voting.rounds(1)[0]
    panel.reload_rounds(select=revealed.id)
    runoff = panel.runoff()
    assert runoff is not None
    # A title is stored with its spaces made plain (the no-break one French puts before ":").
    assert runoff.title == f"Second tour : {revealed.title}"
    # The state is an adjective, not the button's order.
    assert status_name(RoundStatus.OPEN) == "Ouvert"
    assert panel.open_button.text() == "Ouvrir"
    assert panel.rounds.currentText().endswith("— Ouvert")
    i18n.install(qapp, "ar")
    assert status_name(RoundStatus.OPEN) == "مفتوح"


def test_results_name_the_ideas_that_bridge_the_groups(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(qtbot, demo)
    revealed = demo.voting.rounds(1)[0]
    panel.reload_rounds(select=revealed.id)
    text = panel.results.bridges.text()
    assert text.startswith("Ideas that bridge the groups (at least 25 % of both groups' dots)")
    assert demo.board.note(5).text in text
