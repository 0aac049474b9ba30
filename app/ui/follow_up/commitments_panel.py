"""The Commitments tab: the session's programme, and what ideas, themes and parking-lot items
became — status, progress, owner role and the dated history of updates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.commitments import Commitment, CommitmentStatus, SourceKind
from app.core.events import ChangeEvent, Subject
from app.core.model import Area, Competence
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.follow_up import words
from app.ui.messages import attempt
from app.ui.table_model import Index, RecordTable
from app.ui.when_shown import WhenShown

translate = QCoreApplication.translate
WATCHED = frozenset({Subject.COMMITMENT, Subject.NOTE, Subject.THEME, Subject.SESSION,
                     Subject.PROGRAMME})


def panel_title() -> str:
    return translate("FollowUp", "Commitments")


class CommitmentsModel(RecordTable[Commitment]):
    def __init__(self, workshop: Workshop, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        self.replace_rows(self.workshop.commitments.followed_in(self.session_id))

    def headers(self) -> tuple[str, ...]:
        return (translate("FollowUp", "From"), translate("FollowUp", "Commitment"),
                translate("FollowUp", "Owner service or role"), translate("FollowUp", "Status"),
                translate("FollowUp", "Progress"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None or role not in (Qt.ItemDataRole.DisplayRole,
                                        Qt.ItemDataRole.ToolTipRole):
            return None
        status = words.commitment_status(item.status)
        if item.status is CommitmentStatus.DECLINED and item.reason:
            status += " — " + labels.own_direction(item.reason)
        elif item.status is CommitmentStatus.FORWARDED:
            status += " — " + labels.own_direction(item.forwarded_to)
        shown = (
            labels.colon(words.source_kind(item.source_kind),
                         labels.own_direction(item.source_text)),
            labels.own_direction(item.text),
            labels.own_direction(item.owner_role),
            status,
            translate("FollowUp", "{percent} %").format(percent=item.progress),
        )[index.column()]
        return labels.plain_tooltip(shown) if role == Qt.ItemDataRole.ToolTipRole else shown


class CommitmentsPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsPanel")
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(panel_title())
        # The programme this Lab belongs to.
        self.programme = QComboBox(self)
        self.programme.setAccessibleName(translate("FollowUp", "Programme"))
        self.programme.activated.connect(lambda _i: self.join_programme())
        new_programme = QPushButton(translate("FollowUp", "New programme…"), self)
        new_programme.setAccessibleName(translate("FollowUp", "New programme"))
        new_programme.clicked.connect(self.ask_new_programme)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("FollowUp", "Programme:"), self))
        top.addWidget(self.programme, 1)
        top.addWidget(new_programme)
        # The list.
        self.model = CommitmentsModel(workshop, session_id, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("FollowUp", "Commitments followed in this Lab"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.history = QListWidget(self)
        self.history.setAccessibleName(translate("FollowUp", "History of updates"))
        self.history.setWordWrap(True)
        # A new commitment from an idea, a theme or a parking-lot item.
        self.source = QComboBox(self)
        self.source.setAccessibleName(translate("FollowUp", "Made from"))
        self.wording = QLineEdit(self)
        self.wording.setAccessibleName(translate("FollowUp", "What will be done"))
        self.wording.setPlaceholderText(translate("FollowUp", "What will be done (empty: the "
                                                  "idea's own words)"))
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName(translate("FollowUp", "Owner service or role"))
        self.owner.setPlaceholderText(translate("FollowUp", "A service or a role, not a "
                                                "person's name"))
        make = QPushButton(translate("FollowUp", "Make commitment"), self)
        make.clicked.connect(self.make)
        new_box = QGroupBox(translate("FollowUp", "New commitment"), self)
        new_form = QHBoxLayout(new_box)
        for widget, stretch in ((self.source, 2), (self.wording, 2), (self.owner, 1),
                                (make, 0)):
            new_form.addWidget(widget, stretch)
        # A dated update of the selected commitment.
        self.status = QComboBox(self)
        self.status.setAccessibleName(translate("FollowUp", "Status"))
        for status in CommitmentStatus:
            self.status.addItem(words.commitment_status(status), status.value)
        self.progress = QSpinBox(self)
        self.progress.setAccessibleName(translate("FollowUp", "Progress"))
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setAccessibleName(translate("FollowUp", "Date of the update"))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.what = QLineEdit(self)
        self.what.setAccessibleName(translate("FollowUp", "What changed"))
        self.evidence = QLineEdit(self)
        self.evidence.setAccessibleName(translate("FollowUp", "Evidence"))
        self.by_role = QLineEdit(self)
        self.by_role.setAccessibleName(translate("FollowUp", "Reported by (role)"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(translate("FollowUp", "Reason (required to decline)"))
        self.competence = QComboBox(self)
        self.competence.setAccessibleName(translate("FollowUp", "Level of competence"))
        for level in Competence:
            self.competence.addItem(labels.competence(level), level.value)
        self.forwarded_to = QLineEdit(self)
        self.forwarded_to.setAccessibleName(translate("FollowUp", "Forwarded to (body)"))
        record = QPushButton(translate("FollowUp", "Record update"), self)
        record.clicked.connect(self.record_update)
        answer = QPushButton(translate("FollowUp", "Answer received…"), self)
        answer.setAccessibleName(translate("FollowUp", "Answer received"))
        answer.clicked.connect(self.ask_answer)
        translation = QPushButton(translate("FollowUp", "Translation…"), self)
        translation.setAccessibleName(translate("FollowUp", "Translation"))
        translation.clicked.connect(self.ask_translation)
        update_box = QGroupBox(translate("FollowUp", "Update the selected commitment"), self)
        form = QFormLayout(update_box)
        row = QHBoxLayout()
        row.addWidget(self.status, 2)
        row.addWidget(self.progress)
        row.addWidget(self.day)
        form.addRow(translate("FollowUp", "Status, progress, date:"), row)
        form.addRow(translate("FollowUp", "What changed:"), self.what)
        pair = QHBoxLayout()
        pair.addWidget(self.evidence, 1)
        pair.addWidget(self.by_role, 1)
        form.addRow(translate("FollowUp", "Evidence, reported by:"), pair)
        form.addRow(translate("FollowUp", "Reason if declined:"), self.reason)
        forward = QHBoxLayout()
        forward.addWidget(self.competence)
        forward.addWidget(self.forwarded_to, 1)
        form.addRow(translate("FollowUp", "Forwarded to:"), forward)
        buttons = QHBoxLayout()
        buttons.addWidget(record)
        buttons.addWidget(answer)
        buttons.addWidget(translation)
        buttons.addStretch(1)
        sheets = QPushButton(translate("FollowUp", "Feedback sheets to print (PDF)…"), self)
        sheets.setAccessibleName(translate("FollowUp", "Feedback sheets to print"))
        sheets.clicked.connect(self.ask_sheet_folder)
        buttons.addWidget(sheets)
        report = QPushButton(translate("FollowUp", "Programme report (PDF)…"), self)
        report.setObjectName("programmeReportButton")
        report.clicked.connect(self.ask_programme_report)
        buttons.addWidget(report)
        form.addRow(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        followed = QHBoxLayout()  # the list, and the selected one's history beside it
        followed.addWidget(self.table, 3)
        followed.addWidget(self.history, 2)
        layout.addLayout(followed, 1)
        layout.addWidget(new_box)
        layout.addWidget(update_box)
        self.fill_programmes()
        self.fill_sources()
        self._sources_stale = False
        self._later = WhenShown(self, self._refresh)
        self.source.installEventFilter(self)

    # --- what is shown -------------------------------------------------------------------
    def on_change(self, event: ChangeEvent) -> None:
        if event.subject not in WATCHED:
            return
        if event.subject in (Subject.NOTE, Subject.THEME):
            # The list of every idea of the programme is read again when the facilitator
            # opens it, not on each note a room writes.
            self._sources_stale = True
            return
        if event.subject is not Subject.COMMITMENT:
            self._sources_stale = True
        self._later.changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.source and self._sources_stale and event.type() in (
                QEvent.Type.MouseButtonPress, QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self._sources_stale = False
            chosen = self.source.currentData()
            self.fill_sources()
            found = self.source.findData(chosen)
            if found >= 0:
                self.source.setCurrentIndex(found)
        return False

    def _refresh(self) -> None:
        if self._sources_stale:
            self._sources_stale = False
            self.fill_programmes()
            self.fill_sources()
        chosen = self.current()
        self.model.reload()
        ids = [c.id for c in self.model.rows]
        if chosen is not None and chosen.id in ids:  # the same row stays selected
            self.table.setCurrentIndex(self.model.index(ids.index(chosen.id), 0))
        self.show_current()

    def fill_programmes(self) -> None:
        current = self.workshop.sessions.get(self.session_id).programme_id
        self.programme.clear()
        self.programme.addItem(translate("FollowUp", "(no programme)"), 0)
        for programme in self.workshop.programmes.all():
            self.programme.addItem(labels.own_direction(programme.title), programme.id)
        found = self.programme.findData(current or 0)
        self.programme.setCurrentIndex(max(0, found))

    def fill_sources(self) -> None:
        self.source.clear()
        sessions = [*self.workshop.programmes.earlier_sessions(self.session_id),
                    self.workshop.sessions.get(self.session_id)]
        for session in sessions:
            prefix = "" if session.id == self.session_id else f"{session.date} · "
            for note in self.workshop.board.notes(session.id, area=Area.IDEAS,
                                                  include_pending=False):
                self.source.addItem(prefix + self._made_from(SourceKind.IDEA, note.text),
                                    ("idea", note.id))
            for theme in self.workshop.board.themes(session.id):
                self.source.addItem(prefix + self._made_from(SourceKind.THEME, theme.name),
                                    ("theme", theme.id))
            for item in self.workshop.board.parking_lot(session.id):
                self.source.addItem(prefix + self._made_from(SourceKind.PARKING, item.text),
                                    ("parking", item.note_id))

    @staticmethod
    def _made_from(kind: SourceKind, text: str) -> str:
        return labels.colon(words.source_kind(kind), labels.own_direction(text))

    def current(self) -> Commitment | None:
        return self.model.record(self.table.currentIndex())

    def show_current(self) -> None:
        self.history.clear()
        item = self.current()
        if item is None:
            return
        self.status.setCurrentIndex(self.status.findData(item.status.value))
        self.progress.setValue(item.progress)
        if item.competence is not None:
            self.competence.setCurrentIndex(self.competence.findData(item.competence.value))
        self.forwarded_to.setText(item.forwarded_to)
        for entry in item.history:
            parts = [labels.isolate(entry.day), words.commitment_status(entry.status),
                     f"{entry.progress} %", labels.own_direction(entry.what)]
            if entry.evidence:
                parts.append(translate("FollowUp", "evidence: {evidence}").format(
                    evidence=labels.own_direction(entry.evidence)))
            if entry.by_role:
                parts.append(labels.own_direction(entry.by_role))
            self.history.addItem(" · ".join(p for p in parts if p))
        if item.answer:
            self.history.addItem(translate("FollowUp", "Answer received: {answer}").format(
                answer=labels.own_direction(item.answer)))

    # --- changes -------------------------------------------------------------------------
    def _try(self, change: Callable[[], object]) -> bool:
        return attempt(self, change)

    def join_programme(self) -> None:
        chosen = int(self.programme.currentData() or 0)
        self._try(lambda: self.workshop.programmes.join(self.session_id, chosen or None))

    def ask_new_programme(self) -> None:
        title, ok = QInputDialog.getText(
            self, translate("FollowUp", "New programme"),
            translate("FollowUp", "Name of the programme (e.g. Resilient Cities — Lyon 2026):"))
        if ok:
            self.new_programme(title)

    def new_programme(self, title: str) -> bool:
        return self._try(lambda: self.workshop.programmes.create(self.session_id, title))

    def make(self) -> bool:
        chosen = self.source.currentData()
        if not chosen:
            return False
        kind, source_id = chosen
        done = self._try(lambda: self.workshop.commitments.add(
            self.session_id, SourceKind(kind), int(source_id), text=self.wording.text(),
            owner_role=self.owner.text()))
        if done:
            self.wording.clear()
            self.owner.clear()
            self.table.setCurrentIndex(self.model.index(len(self.model.rows) - 1, 0))
        return done

    def record_update(self) -> bool:
        item = self.current()
        if item is None:
            return False
        status = CommitmentStatus(self.status.currentData())
        done = self._try(lambda: self.workshop.commitments.update(
            self.session_id, item.id, status, progress=self.progress.value(),
            what=self.what.text(), evidence=self.evidence.text(), by_role=self.by_role.text(),
            day=self.day.date().toString(Qt.DateFormat.ISODate), reason=self.reason.text(),
            competence=Competence(self.competence.currentData()),
            forwarded_to=self.forwarded_to.text()))
        if done:
            for field in (self.what, self.evidence, self.reason):
                field.clear()
        return done

    def ask_answer(self) -> None:
        item = self.current()
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, translate("FollowUp", "Answer received"),
            translate("FollowUp", "The answer received from {body}:").format(
                body=labels.own_direction(item.forwarded_to or "…")), item.answer)
        if ok:
            self._try(lambda: self.workshop.commitments.record_answer(
                self.session_id, item.id, text,
                day=self.day.date().toString(Qt.DateFormat.ISODate),
                by_role=self.by_role.text()))

    def ask_sheet_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("FollowUp", "Folder for the feedback sheets"))
        if folder:
            saved = self.save_feedback_sheets(Path(folder))
            QMessageBox.information(self, translate("FollowUp", "Feedback sheets"), translate(
                "FollowUp", "Saved: {files}").format(files=", ".join(p.name for p in saved)))

    def ask_programme_report(self) -> None:
        if self.workshop.programmes.of_session(self.session_id) is None:
            QMessageBox.information(self, translate("FollowUp", "Programme report"), translate(
                "FollowUp", "This session is in no programme yet: choose one above."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, translate("FollowUp", "Programme report"), "programme-report.pdf",
            translate("FollowUp", "PDF files (*.pdf)"))
        if path and self.save_programme_report(Path(path)) is not None:
            QMessageBox.information(self, translate("FollowUp", "Programme report"), translate(
                "FollowUp", "Programme report saved: {file}").format(file=Path(path).name))

    def save_programme_report(self, path: Path) -> Path | None:
        """The report of this session's programme (unsigned: `programme-report --sign` signs
        it), in the session's first language among those the report speaks."""
        from app.minutes.errors import MinutesError
        from app.minutes.labels import LANGUAGES
        from app.minutes.programme_report import export_programme_report

        session = self.workshop.sessions.get(self.session_id)
        if session.programme_id is None:
            return None
        language = next((c for c in session.languages if c in LANGUAGES), "en")
        try:
            return export_programme_report(self.workshop, session.programme_id, path,
                                           language).path
        except MinutesError as error:
            QMessageBox.warning(self, translate("FollowUp", "Programme report"), translate(
                "FollowUp", "The programme report could not be saved: {reason}").format(
                    reason=str(error)))
            return None

    def save_feedback_sheets(self, folder: Path) -> list[Path]:
        """One "you said, we did" sheet per language of the session that the sheets speak
        (English when none does)."""
        from app.minutes.feedback_sheet import write_feedback_sheet
        from app.minutes.labels import LANGUAGES

        session = self.workshop.sessions.get(self.session_id)
        languages = [code for code in session.languages if code in LANGUAGES] or ["en"]
        saved = []
        for language in languages:
            path = folder / f"you-said-we-did-{language}.pdf"
            try:
                write_feedback_sheet(path, self.workshop, self.session_id, language)
            except OSError as error:
                QMessageBox.warning(self, translate("FollowUp", "Feedback sheets"), translate(
                    "FollowUp", "The feedback sheet could not be saved: {reason}").format(
                        reason=error.strerror or str(error)))
                break
            saved.append(path)
        return saved

    def ask_translation(self) -> None:
        item = self.current()
        if item is None:
            return
        languages = list(self.workshop.sessions.get(self.session_id).languages)
        language, ok = QInputDialog.getItem(
            self, translate("FollowUp", "Translation"),
            translate("FollowUp", "Language:"), languages, 0, False)
        if not ok:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, translate("FollowUp", "Translation"),
            translate("FollowUp", "The commitment in {language}, as it will be shown to "
                      "participants:").format(language=labels.language(language)),
            item.translations.get(language, ""))
        if ok:
            self._try(lambda: self.workshop.commitments.translate(
                self.session_id, item.id, language, text))
