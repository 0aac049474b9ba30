"""The Commitments and Experiments tabs: a commitment made and updated from the desk, a
decline without reason refused with a message, readings entered week by week with a chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.core.commitments import CommitmentStatus
from app.core.model import ActionKind
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.follow_up.commitments_panel import CommitmentsPanel
from app.ui.follow_up.experiments_panel import ExperimentsPanel
from app.ui.live import LiveEvents, for_session
from tests.minutes.conftest import pdf_text


def _wired(demo: Workshop, qtbot: QtBot, panel: CommitmentsPanel | ExperimentsPanel) -> None:
    qtbot.addWidget(panel)
    panel.show()  # a hidden tab reads again only when it is shown
    live = LiveEvents(demo.hub, panel)
    live.changed.connect(for_session(1, panel.on_change))


def test_make_and_follow_a_commitment(demo: Workshop, qtbot: QtBot) -> None:
    panel = CommitmentsPanel(demo, 1)
    _wired(demo, qtbot, panel)
    assert unnamed_controls(panel) == []
    assert panel.new_programme("Resilient Cities — Lyon 2026")
    qtbot.waitUntil(lambda: panel.programme.currentText().endswith("Lyon 2026\u2069"))
    assert panel.source.count() > 0
    panel.owner.setText("Direction de la solidarité")
    assert panel.make()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    made = demo.commitments.followed_in(1)[0]
    assert made.owner_role == "Direction de la solidarité"
    # Declining without a reason: refused, said in a message box, nothing recorded.
    panel.status.setCurrentIndex(panel.status.findData(CommitmentStatus.DECLINED.value))
    assert not panel.record_update()
    box = panel.findChild(QMessageBox)
    assert box is not None
    assert "reason" in box.text()
    box.close()
    assert demo.commitments.get(made.id).status is CommitmentStatus.PROPOSED
    panel.status.setCurrentIndex(panel.status.findData(CommitmentStatus.IN_PROGRESS.value))
    panel.progress.setValue(30)
    panel.what.setText("Local trouvé rue Garibaldi")
    panel.by_role.setText("Chargée de mission")
    assert panel.record_update()
    qtbot.waitUntil(lambda: panel.history.count() == 1)
    assert "Local trouvé rue Garibaldi" in panel.history.item(0).text()
    assert panel.model.index(0, 4).data() == "30 %"


def test_feedback_sheets_one_per_language(demo: Workshop, qtbot: QtBot, tmp_path: Path) -> None:
    panel = CommitmentsPanel(demo, 1)
    _wired(demo, qtbot, panel)
    saved = panel.save_feedback_sheets(tmp_path)
    assert [p.name for p in saved] == ["you-said-we-did-fr.pdf", "you-said-we-did-ar.pdf",
                                       "you-said-we-did-en.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in saved)


def test_programme_report_from_the_commitments_tab(demo: Workshop, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    panel = CommitmentsPanel(demo, 1)
    _wired(demo, qtbot, panel)
    assert panel.findChild(QPushButton, "programmeReportButton") is not None
    assert panel.save_programme_report(tmp_path / "none.pdf") is None  # no programme yet
    demo.programmes.create(1, "Villes résilientes 2026")
    saved = panel.save_programme_report(tmp_path / "programme.pdf")
    assert saved is not None
    assert "Rapport de programme" in pdf_text(saved)  # the session's first language


def test_readings_week_by_week_with_a_chart(demo: Workshop, qtbot: QtBot) -> None:
    panel = ExperimentsPanel(demo, 1)
    _wired(demo, qtbot, panel)
    assert unnamed_controls(panel) == []
    experiments = [a for a in demo.actions.all(1) if a.kind is ActionKind.EXPERIMENT]
    assert panel.choice.count() == len(experiments)
    panel.value.setText("douze")
    assert not panel.add_reading()
    box = panel.findChild(QMessageBox)
    assert box is not None
    assert "douze" in box.text()
    box.close()
    assert panel.value.text() == "douze"  # kept, to be corrected
    first = panel.day.date()
    for value in ("4", "9.5", "12"):
        panel.value.setText(value)
        assert panel.add_reading()
    qtbot.waitUntil(lambda: panel.readings.rowCount() == 3)
    assert panel.readings.item(2, 0).text() == first.addDays(14).toString("yyyy-MM-dd")
    assert [r.value for r in panel.chart.readings] == [4.0, 9.5, 12.0]
    panel.resize(900, 600)
    image = panel.chart.grab().toImage()
    blue = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).name() == "#2b6cb0")
    assert blue > 10  # the line of readings is drawn
    panel.status.setCurrentIndex(panel.status.findData("succeeded"))
    panel.recommendation.setCurrentIndex(panel.recommendation.findData("scale_up"))
    panel.story.setPlainText("Fréquentation doublée")
    assert panel.save()
    described = demo.experiments.get(experiments[0].id)
    assert described.recommendation.value == "scale_up"


def test_mark_expectations_and_set_the_bridging_share(demo: Workshop, qtbot: QtBot) -> None:
    from app.core.expectations import Outcome
    from app.ui.follow_up.outcomes_panel import OutcomesPanel

    panel = OutcomesPanel(demo, 1)
    _wired(demo, qtbot, panel)
    assert unnamed_controls(panel) == []
    assert panel.table.rowCount() == 4
    panel.table.setCurrentCell(0, 0)
    panel.outcome.setCurrentIndex(panel.outcome.findData(Outcome.OUT_OF_COMPETENCE.value))
    assert panel.parking.isEnabled()
    panel.parking.setCurrentIndex(0)
    assert panel.mark_current()
    qtbot.waitUntil(lambda: panel.table.item(0, 1).text() == "Out of the city's competence")
    assert "Préfecture du Rhône" in panel.table.item(0, 2).text()
    assert "Out of the city's competence: 1" in panel.summary.text()
    # The demo's vote: one idea holds a quarter of both groups' dots.
    assert panel.bridges.count() == 1
    assert "local actors 25 %, newcomers 29 %" in panel.bridges.item(0).text()
    panel.share.setValue(30)
    assert panel.set_share()
    qtbot.waitUntil(lambda: "no idea reached" in panel.bridges.item(0).text())
