"""The facilitator's view of a round's results: the chart, the table by channel and group, and
which groups are withheld to protect small groups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from app.core.bridging import Bridging, bridging_ideas
from app.core.model import RoundStatus, VoteRound
from app.core.workshop import Workshop
from app.ui.counts import counts
from app.ui.labels import own_direction
from app.ui.voting.chart import ResultsChart
from app.ui.voting.results import ResultsModel, chart_rows, suppressed_text
from app.ui.voting.round_items import item_texts

translate = QCoreApplication.translate


class ResultsView(QWidget):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = ResultsChart(self)
        self.model = ResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("VotingResults", "Results by channel and group"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setWordWrap(True)
        self.suppressed = QLabel(self)
        self.suppressed.setWordWrap(True)
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.suppressed)
        self.bridges = QLabel(self)  # ideas supported by local actors and newcomers alike
        self.bridges.setTextFormat(Qt.TextFormat.PlainText)
        self.bridges.setWordWrap(True)
        layout.addWidget(self.bridges)

    def show_round(self, vote_round: VoteRound | None) -> None:
        if vote_round is None:
            self.summary.setText(translate("VotingResults", "No round yet."))
            self.chart.set_rows([], show_counts=False)
            self.model.set_tally(None, {})
            self.suppressed.clear()
            self.bridges.clear()
            return
        texts = item_texts(self.workshop, vote_round)
        tally = self.workshop.voting.tally(vote_round.id)
        hidden = vote_round.status is RoundStatus.OPEN and not vote_round.show_live
        if hidden or vote_round.status is RoundStatus.DRAFT:
            self.summary.setText(
                translate(
                    "VotingResults",
                    "The counts stay hidden while the vote is open. Close the "
                    "round to see them; reveal it to show the room.",
                )
            )
            self.chart.set_rows(chart_rows(tally, texts, ranked=False), show_counts=False)
            self.model.set_tally(None, {})
            self.suppressed.clear()
            self.bridges.clear()
            return
        self.summary.setText(
            counts().dots_in_all(tally.total_dots).format(paper=tally.paper_dots)
        )
        self.chart.set_rows(chart_rows(tally, texts))
        self.model.set_tally(tally, texts)
        self.suppressed.setText(suppressed_text(tally))
        self.bridges.setText(bridging_text(
            bridging_ideas(tally, self.workshop.bridging.get(vote_round.session_id)), texts))


def bridging_text(found: Bridging, texts: dict[int, str]) -> str:
    """The ideas that hold the facilitator's share of both groups' dots (the share is set in
    the Outcomes tab); never computed on a group of fewer than five voters."""
    share = round(found.share * 100)
    if not found.computed:
        return translate("VotingResults", "Ideas that bridge the groups: not computed, a "
                         "group had fewer than 5 voters.")
    if not found.items:
        return translate("VotingResults", "Ideas that bridge the groups: none holds {share} % "
                         "of both groups' dots.").format(share=share)
    return translate("VotingResults", "Ideas that bridge the groups (at least {share} % of "
                     "both groups' dots): {ideas}").format(
        share=share, ideas=" · ".join(own_direction(texts.get(i, "")) for i in found.items))
