"""The roster: participants as pseudonyms with a group, a language and an optional name.

There is deliberately no field for legal status, nationality or any other identity data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.events import ChangeEvent, Subject
from app.core.model import ActorType, Group, Participant
from app.core.roster import LANGUAGE_CODES, NewParticipant
from app.core.text_rules import NAME_LIMIT
from app.core.workshop import Workshop
from app.ui import labels
from app.ui.counts import counts
from app.ui.messages import attempt, confirm
from app.ui.roster_import import RosterImport, decode_roster, read_roster
from app.ui.table_model import Index, RecordTable
from app.ui.voting.removal import ask_to_remove

translate = QCoreApplication.translate


class RosterModel(RecordTable[Participant]):
    def __init__(self, workshop: Workshop, session_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.reload()

    @property
    def people(self) -> list[Participant]:
        return self.rows

    def reload(self) -> None:
        self.replace_rows(self.workshop.roster.participants(self.session_id))

    def on_change(self, event: ChangeEvent) -> None:
        """Only the participants the event names are read again (none named: all of them)."""
        if event.subject is not Subject.PARTICIPANT:
            return
        if not event.ids:
            self.reload()
            return
        found = self.workshop.roster.participants_by_id(self.session_id, event.ids)
        self.put_records(
            {i: found[i] if i in found and not found[i].removed else None for i in event.ids},
            key=lambda person: person.id)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("Roster", "Pseudonym"),
            translate("Roster", "Display name"),
            translate("Roster", "Group"),
            translate("Roster", "Kind of actor"),
            translate("Roster", "Language"),
            translate("Roster", "Code"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.record(index)
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person.pseudonym,
                labels.own_direction(person.display_name),
                labels.group(person.group),
                labels.actor_type(person.actor_type),
                labels.language(person.language),
                person.short_code,
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return person.id
        return None


class ParticipantDialog(QDialog):
    """Add or edit one participant. The pseudonym is generated, never typed."""

    def __init__(self, person: Participant | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Roster", "Add participant")
            if person is None
            else translate("Roster", "Edit participant")
        )
        self.group = QComboBox(self)
        self.group.setAccessibleName(translate("Roster", "Group"))
        for value in Group:
            self.group.addItem(labels.group(value), value.value)
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(translate("Roster", "Kind of actor"))
        self.actor.addItem(translate("Roster", "Not said"), "")
        for kind in ActorType:
            self.actor.addItem(labels.actor_type(kind), kind.value)
        self.language = QComboBox(self)
        self.language.setAccessibleName(translate("Roster", "Language"))
        for code in sorted(LANGUAGE_CODES):
            self.language.addItem(f"{labels.language(code)} ({code})", code)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("Roster", "Display name (optional)"))
        self.name.setMaxLength(NAME_LIMIT)
        self.name.setPlaceholderText(translate("Roster", "Only if the person wants one"))
        self.named = QCheckBox(
            translate("Roster", "Named in the minutes (officials, facilitators)"), self
        )
        self.consent = QCheckBox(translate("Roster", "Has given consent"), self)
        if person is not None:
            self.group.setCurrentIndex(self.group.findData(person.group.value))
            self.actor.setCurrentIndex(
                max(0, self.actor.findData(person.actor_type.value if person.actor_type else ""))
            )
            self.language.setCurrentIndex(self.language.findData(person.language))
            self.name.setText(person.display_name)
            self.named.setChecked(person.named_in_minutes)
            self.consent.setChecked(person.consent_given)
        else:
            self.group.setCurrentIndex(self.group.findData(Group.NEWCOMER.value))
            self.language.setCurrentIndex(self.language.findData("fr"))
        self.group.currentIndexChanged.connect(self._actor_allowed)
        self._actor_allowed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if person is not None:
            form.addRow(translate("Roster", "Pseudonym"), QLabel(person.pseudonym, self))
        form.addRow(translate("Roster", "Group"), self.group)
        form.addRow(translate("Roster", "Kind of actor"), self.actor)
        form.addRow(translate("Roster", "Language"), self.language)
        form.addRow(translate("Roster", "Display name"), self.name)
        form.addRow(self.named)
        form.addRow(self.consent)
        form.addRow(buttons)

    def _actor_allowed(self) -> None:
        local = self.group.currentData() == Group.LOCAL_ACTOR.value
        self.actor.setEnabled(local)
        if not local:
            self.actor.setCurrentIndex(0)

    def spec(self) -> NewParticipant:
        actor = str(self.actor.currentData() or "")
        return NewParticipant(
            group=Group(str(self.group.currentData())),
            language=str(self.language.currentData()),
            display_name=self.name.text(),
            actor_type=ActorType(actor) if actor else None,
            named_in_minutes=self.named.isChecked(),
            consent_given=self.consent.isChecked(),
        )


class RosterPanel(QWidget):
    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.setAccessibleName(translate("Roster", "Roster"))
        self.model = RosterModel(workshop, session_id, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("Roster", "Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setObjectName("roster-table")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit())  # Enter or double-click
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (translate("Roster", "Add…"), self.add, "roster-add"),
            (translate("Roster", "Edit…"), self.edit, "roster-edit"),
            (translate("Roster", "Remove"), self.remove, "roster-remove"),
            (translate("Roster", "Import CSV…"), self.choose_csv, "roster-import"),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._count)
        self._count()
        self.report: QMessageBox | None = None

    def _count(self, *_rows: object) -> None:
        self.count.setText(
            counts().participants(len(self.model.people))
        )

    def on_change(self, event: ChangeEvent) -> None:
        self.model.on_change(event)

    def current(self) -> Participant | None:
        row = self.table.currentIndex().row()
        return self.model.people[row] if 0 <= row < len(self.model.people) else None

    def add(self) -> ParticipantDialog:
        dialog = ParticipantDialog(None, self)
        dialog.accepted.connect(
            lambda: self._save(lambda: self.workshop.roster.add(self.session_id, dialog.spec()))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit(self) -> ParticipantDialog | None:
        person = self.current()
        if person is None:
            return None
        dialog = ParticipantDialog(person, self)

        def keep() -> None:
            spec = dialog.spec()
            self._save(
                lambda: self.workshop.roster.update(
                    person.id,
                    display_name=spec.display_name,
                    group=spec.group,
                    actor_type=spec.actor_type,
                    language=spec.language,
                    named_in_minutes=spec.named_in_minutes,
                    consent_given=spec.consent_given,
                )
            )

        dialog.accepted.connect(keep)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def selected_people(self) -> list[Participant]:
        """Everyone selected in the table (Ctrl+click, Shift+click), else the current row."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        people = [self.model.people[row] for row in rows if 0 <= row < len(self.model.people)]
        current = self.current()
        return people or ([current] if current is not None else [])

    def remove(self) -> QMessageBox | None:
        """Remove everyone selected, after one confirmation. One person who voted in an open
        round: keep or withdraw their dots (several at once keep theirs, and are told so)."""
        people = self.selected_people()
        if not people:
            return None
        if len(people) == 1:
            person = people[0]
            return ask_to_remove(
                self,
                self.workshop,
                person,
                lambda: self._save(lambda: self.workshop.roster.remove(person.id)),
            )
        ids = [person.id for person in people]

        def remove_all() -> None:
            for pid in ids:
                self.workshop.roster.remove(pid)

        question = counts().remove_participants(len(ids))
        if any(self.workshop.voting.rounds_voted_in(p.session_id, p.id) for p in people):
            question += "\n\n" + translate(
                "Roster",
                "Some of them voted in the open round: their dots stay counted. To withdraw "
                "someone's dots, remove that person alone.",
            )
        return confirm(self, question, lambda: self._save(remove_all))

    def _save(self, change: Callable[[], object]) -> bool:
        return attempt(self, change)

    def choose_csv(self) -> QFileDialog:
        """Ask for a roster file (opened in Documents); choosing one imports it at once and
        shows the report (``roster-import-report``)."""
        dialog = QFileDialog(
            self,
            translate("Roster", "Import participants"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            translate("Roster", "CSV files (*.csv *.txt)"),
        )
        dialog.setObjectName("roster-import-file")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_file(self, path: str) -> RosterImport:
        try:
            text = decode_roster(Path(path).read_bytes())
        except OSError as error:
            result = RosterImport(
                problems=[translate("Roster", "This file cannot be opened: {reason}").format(
                    reason=error.strerror or str(error))]
            )
            self._report(result)
            return result
        return self.import_text(text)

    def import_text(self, text: str) -> RosterImport:
        """Check every row; import all of them, or none and say why for each rejected row.
        People already in the session (same pseudonym, code or name) are updated, not added."""
        result = read_roster(text)

        def run() -> None:
            result.outcome = self.workshop.roster.import_people(self.session_id, result.rows)

        if result.ok and not self._save(run):
            result.problems.append(translate("Roster", "Nothing was imported."))
        self._report(result)
        return result

    def _report(self, result: RosterImport) -> None:
        lines = []
        if result.ok and result.outcome is not None:
            done = result.outcome
            for n, sentence in (
                (len(done.added), counts().import_added(len(done.added))),
                (len(done.updated), counts().import_updated(len(done.updated))),
                (len(done.unchanged), counts().import_unchanged(len(done.unchanged))),
            ):
                if n:
                    lines.append(sentence)
        else:
            lines.append(
                translate(
                    "Roster", "Nothing was imported. Please correct the file and import it again:"
                )
            )
            lines += result.problems[:30]
            if len(result.problems) > 30:
                lines.append(
                    translate("Roster", "… and {count} more.").format(
                        count=len(result.problems) - 30
                    )
                )
        if result.ignored_columns:
            lines.append(
                translate("Roster", "These columns were ignored and not stored: {columns}").format(
                    columns=", ".join(labels.own_direction(c) for c in result.ignored_columns)
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Information if result.outcome else QMessageBox.Icon.Warning,
            translate("Roster", "Import participants"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("roster-import-report")
        box.finished.connect(box.deleteLater)
        box.open()
        self.report = box
