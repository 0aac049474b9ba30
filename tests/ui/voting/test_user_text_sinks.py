"""What a phone wrote is plain text in the desk's vote tables and the phase timer: a heading or
a link typed into a note never renders as one, and the note keeps its own direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from app.core.model import Area, Channel, PhaseKind, RoundTarget
from app.core.workshop import Workshop
from app.ui.phase_timer import PhaseTimerBar
from app.ui.voting.paper_dots import PaperDotsForm
from app.ui.voting.results import ResultsModel
from app.ui.voting.round_items import item_texts

MARKUP = "<h1 style='font-size:60px'>Votez ici</h1><a href='http://x'>lien</a>"


def _shown_as_text(tooltip: str) -> str:
    """What Qt draws for a tooltip: rich text is rendered, so read it back as plain text."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def _round(workshop: Workshop) -> int:
    session = workshop.sessions.create("Lab", "2026-12-02", languages=("fr", "ar"))
    note = workshop.board.add_note(session.id, Area.IDEAS, MARKUP, origin=Channel.DESK)
    other = workshop.board.add_note(session.id, Area.IDEAS, "Bus de nuit")
    created = workshop.voting.create(session.id, "Vote", RoundTarget.NOTES, [note.id, other.id])
    return created.id


def test_results_and_paper_dots_show_a_note_s_markup_as_written(
        workshop: Workshop, qtbot: QtBot) -> None:
    round_id = _round(workshop)
    table = ResultsModel()
    vote_round = workshop.voting.get(round_id)
    table.set_tally(workshop.voting.tally(round_id), item_texts(workshop, vote_round))
    texts = [table.index(row, 1) for row in range(table.rowCount())]
    tooltips = [_shown_as_text(table.data(i, Qt.ItemDataRole.ToolTipRole)) for i in texts]
    assert any(MARKUP in tip for tip in tooltips)
    paper = PaperDotsForm(workshop)
    qtbot.addWidget(paper)
    paper.set_round(round_id)
    model = paper.model
    tips = [_shown_as_text(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))
            for row in range(model.rowCount())]
    assert any(MARKUP in tip for tip in tips)
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert any(text.startswith("\N{FIRST STRONG ISOLATE}") for text in shown)


def test_the_phase_title_is_plain_text(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Lab", "2026-12-02")
    phase = workshop.agenda.add(session.id, PhaseKind.INPUT, 10, title=MARKUP)
    workshop.agenda.start(phase.id)
    bar = PhaseTimerBar(workshop, session.id)
    qtbot.addWidget(bar)
    assert bar.phase.textFormat() is Qt.TextFormat.PlainText
