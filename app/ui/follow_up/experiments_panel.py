"""The Experiments tab: each micro-experiment of the programme with its hypothesis, target
groups, readings entered over the weeks (a small chart per criterion), what was observed, a
short story, a status and a recommendation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.events import ChangeEvent, Subject
from app.core.experiments import (
    Experiment,
    ExperimentFollowUp,
    ExperimentStatus,
    Recommendation,
)
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.follow_up import words
from app.ui.follow_up.reading_chart import ReadingChart
from app.ui.messages import attempt
from app.ui.when_shown import WhenShown

translate = QCoreApplication.translate


def panel_title() -> str:
    return translate("FollowUp", "Experiments")


class ExperimentsPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsPanel")
        self.workshop = workshop
        self.session_id = session_id
        self.experiments: list[Experiment] = []
        self.setAccessibleName(panel_title())
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(translate("FollowUp", "Micro-experiment"))
        self.choice.currentIndexChanged.connect(lambda _i: self.show_experiment())
        # What the facilitator writes about it.
        self.hypothesis = QLineEdit(self)
        self.hypothesis.setAccessibleName(translate("FollowUp", "Hypothesis or expected change"))
        self.groups = QLineEdit(self)
        self.groups.setAccessibleName(translate("FollowUp", "Target groups"))
        self.groups.setPlaceholderText(translate("FollowUp", "Separated by commas"))
        self.observed = QLineEdit(self)
        self.observed.setAccessibleName(translate("FollowUp", "Observed changes"))
        self.story = QPlainTextEdit(self)
        self.story.setAccessibleName(translate("FollowUp", "Success or failure story"))
        self.story.setMaximumHeight(60)
        self.status = QComboBox(self)
        self.status.setAccessibleName(translate("FollowUp", "Status"))
        for status in ExperimentStatus:
            self.status.addItem(words.experiment_status(status), status.value)
        self.recommendation = QComboBox(self)
        self.recommendation.setAccessibleName(translate("FollowUp", "Recommendation"))
        for value in Recommendation:
            self.recommendation.addItem(words.recommendation(value), value.value)
        save = QPushButton(translate("FollowUp", "Save the follow-up"), self)
        save.clicked.connect(self.save)
        about = QGroupBox(translate("FollowUp", "Follow-up"), self)
        form = QFormLayout(about)
        form.addRow(translate("FollowUp", "Hypothesis:"), self.hypothesis)
        form.addRow(translate("FollowUp", "Target groups:"), self.groups)
        form.addRow(translate("FollowUp", "Observed changes:"), self.observed)
        form.addRow(translate("FollowUp", "Story:"), self.story)
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addWidget(self.recommendation)
        row.addWidget(save)
        form.addRow(translate("FollowUp", "Status, recommendation:"), row)
        # Readings of one criterion.
        self.criterion = QComboBox(self)
        self.criterion.setAccessibleName(translate("FollowUp", "Criterion"))
        self.criterion.currentIndexChanged.connect(lambda _i: self.show_readings())
        self.readings = QTableWidget(0, 3, self)
        self.readings.setAccessibleName(translate("FollowUp", "Readings"))
        self.readings.setHorizontalHeaderLabels([
            translate("FollowUp", "Date"), translate("FollowUp", "Value"),
            translate("FollowUp", "Note")])
        self.readings.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.readings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.readings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.chart = ReadingChart(self)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setAccessibleName(translate("FollowUp", "Date of the reading"))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(translate("FollowUp", "Value"))
        self.value.setPlaceholderText(translate("FollowUp", "Value, e.g. 12"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(translate("FollowUp", "Note on the reading"))
        add = QPushButton(translate("FollowUp", "Add reading"), self)
        add.clicked.connect(self.add_reading)
        self.value.returnPressed.connect(self.add_reading)
        remove = QPushButton(translate("FollowUp", "Remove reading"), self)
        remove.clicked.connect(self.remove_reading)
        entry = QHBoxLayout()
        for widget, stretch in ((self.day, 0), (self.value, 1), (self.note, 2), (add, 0),
                                (remove, 0)):
            entry.addWidget(widget, stretch)
        measures = QGroupBox(translate("FollowUp", "Readings over time"), self)
        measured = QVBoxLayout(measures)
        measured.addWidget(self.criterion)
        self.how = QLabel(self)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.how.setWordWrap(True)
        measured.addWidget(self.how)
        side = QHBoxLayout()
        side.addWidget(self.readings, 1)
        side.addWidget(self.chart, 1)
        measured.addLayout(side, 1)
        measured.addLayout(entry)
        self.empty = QLabel(translate(
            "FollowUp", "No micro-experiment yet: plan one in the Actions tab."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.empty)
        layout.addWidget(about)
        layout.addWidget(measures, 1)
        self._later = WhenShown(self, self.reload)
        self.reload()

    def on_change(self, event: ChangeEvent) -> None:
        if event.subject in (Subject.EXPERIMENT, Subject.ACTION, Subject.SESSION):
            self._later.changed()

    def reload(self) -> None:
        chosen = self.current()
        criterion = self.criterion.currentData()
        self.experiments = self.workshop.experiments.followed_in(self.session_id)
        self.choice.blockSignals(True)
        self.choice.clear()
        for experiment in self.experiments:
            self.choice.addItem(labels.own_direction(experiment.action.title),
                                experiment.action.id)
        ids = [e.action.id for e in self.experiments]
        if chosen is not None and chosen.action.id in ids:
            self.choice.setCurrentIndex(ids.index(chosen.action.id))
        self.choice.blockSignals(False)
        self.empty.setVisible(not self.experiments)
        self.show_experiment(keep_criterion=criterion)

    def current(self) -> Experiment | None:
        index = self.choice.currentIndex()
        return self.experiments[index] if 0 <= index < len(self.experiments) else None

    def show_experiment(self, keep_criterion: int | None = None) -> None:
        experiment = self.current()
        self.criterion.blockSignals(True)
        self.criterion.clear()
        if experiment is not None:
            self.hypothesis.setText(experiment.hypothesis)
            self.groups.setText(", ".join(experiment.target_groups))
            self.observed.setText(experiment.observed)
            self.story.setPlainText(experiment.story)
            self.status.setCurrentIndex(self.status.findData(experiment.status.value))
            self.recommendation.setCurrentIndex(
                self.recommendation.findData(experiment.recommendation.value))
            for criterion in experiment.action.criteria:
                self.criterion.addItem(labels.own_direction(criterion.indicator), criterion.id)
            found = self.criterion.findData(keep_criterion)
            if found >= 0:
                self.criterion.setCurrentIndex(found)
        self.criterion.blockSignals(False)
        self.show_readings()

    def show_readings(self) -> None:
        experiment = self.current()
        criterion_id = self.criterion.currentData()
        self.readings.setRowCount(0)
        if experiment is None or criterion_id is None:
            self.chart.show_readings((), "")
            self.how.clear()
            return
        criterion = next(c for c in experiment.action.criteria if c.id == criterion_id)
        self.how.setText(translate("FollowUp", "Target: {target} · measured by: {how}").format(
            target=labels.own_direction(criterion.target or "—"),
            how=labels.own_direction(criterion.how_measured or "—")))
        readings = experiment.readings.get(criterion_id, ())
        for row, reading in enumerate(readings):
            self.readings.insertRow(row)
            for column, text in enumerate((reading.day, f"{reading.value:g}",
                                           labels.own_direction(reading.note))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, reading.id)
                self.readings.setItem(row, column, cell)
        self.chart.show_readings(readings, criterion.target)

    def _try(self, change: Callable[[], object]) -> bool:
        return attempt(self, change)

    def save(self) -> bool:
        experiment = self.current()
        if experiment is None:
            return False
        follow_up = ExperimentFollowUp(
            hypothesis=self.hypothesis.text(),
            target_groups=tuple(g.strip() for g in self.groups.text().split(",") if g.strip()),
            observed=self.observed.text(), story=self.story.toPlainText(),
            status=ExperimentStatus(self.status.currentData()),
            recommendation=Recommendation(self.recommendation.currentData()))
        return self._try(lambda: self.workshop.experiments.describe(
            self.session_id, experiment.action.id, follow_up))

    def add_reading(self) -> bool:
        criterion_id = self.criterion.currentData()
        if criterion_id is None:
            return False
        done = self._try(lambda: self.workshop.experiments.add_reading(
            self.session_id, int(criterion_id), self.day.date().toString(Qt.DateFormat.ISODate),
            self.value.text(), self.note.text()))
        if done:  # a refused value stays in its field, to be corrected
            self.value.clear()
            self.note.clear()
            self.day.setDate(self.day.date().addDays(7))  # readings come week after week
        return done

    def remove_reading(self) -> None:
        cell = self.readings.item(self.readings.currentRow(), 0)
        if cell is not None:
            reading_id = int(cell.data(Qt.ItemDataRole.UserRole))
            self._try(lambda: self.workshop.experiments.remove_reading(
                self.session_id, reading_id))
