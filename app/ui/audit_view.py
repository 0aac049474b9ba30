"""The audit check on the desk: every row that differs from the log, with the event and why.

Reached from Session → Audit check…. Runs the same check as signing and
``python -m app audit``: the chain, the rows replayed from it, the latest anchor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.workshop import Workshop
from app.storage.audit import Finding


def tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def row_text(finding: Finding) -> str:
    rows = {
        "note": tr("Note {0}"),
        "dot": tr("Dots of participant {2} on item {1}, round {0}"),
        "paper_dots": tr("Paper dots of group {2} on item {1}, round {0}"),
        "round_total": tr("Total of item {1}, round {0}"),
        "attendance": tr("Attendance of participant {0}"),
        "audit": tr("Audit event {0}"),
    }
    return rows.get(finding.table, finding.table).format(*finding.key)


def reason_text(finding: Finding) -> str:
    reasons = {
        "changed": tr("{field} reads «{found}» but the log recorded «{expected}»"),
        "added": tr("{field} «{found}» is stored, but no event of the log made it"),
        "missing": tr("the log recorded «{expected}», but the row is no longer stored"),
        "events_missing": tr("an event is missing before this one"),
        "not_json": tr("this event cannot be read"),
        "event_changed": tr("this event was changed after it was written"),
        "events_deleted": tr("the log ends at event {found}, but event {expected} was "
                             "anchored ({anchor}): the newest events were deleted"),
        "chain_rewritten": tr("this event differs from its anchor ({anchor}): the log was "
                              "rewritten"),
    }
    return reasons.get(finding.reason, finding.reason).format(
        field=finding.field, found=finding.found, expected=finding.expected,
        anchor=finding.op)


def event_text(finding: Finding) -> str:
    if finding.seq is None:
        return tr("none")
    if finding.table == "audit":
        return str(finding.seq)
    return f"{finding.seq} ({finding.op})"


class AuditView(QDialog):
    def __init__(self, workshop: Workshop, session_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_ids = session_ids
        self.setObjectName("audit-view")
        self.setWindowTitle(tr("Audit check"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("audit-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("audit-findings")
        self.table.setAccessibleName(tr("Rows that differ from the log"))
        self.table.setHorizontalHeaderLabels([tr("Session"), tr("Row"), tr("Reason"),
                                              tr("Event")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        again = QPushButton(tr("Check again"), self)
        again.setObjectName("audit-again")
        buttons.addButton(again, QDialogButtonBox.ButtonRole.ActionRole)
        again.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.check()

    def check(self) -> None:
        lines: list[tuple[str, Finding]] = []
        for session_id in self.session_ids:
            title = self.workshop.sessions.get(session_id).title
            verdict = self.workshop.sessions.verify_audit(session_id)
            lines += [(title, finding) for finding in verdict.findings]
        self.table.setRowCount(len(lines))
        for row, (title, finding) in enumerate(lines):
            cells = (title, row_text(finding), reason_text(finding), event_text(finding))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if lines:
            self.summary.setText(tr(
                "{count} row(s) differ from the audit log: they were changed outside "
                "Roundtable. The minutes cannot be signed until this is resolved (restore a "
                "backup, or sign from the command line with --despite-audit-findings).")
                .format(count=len(lines)))
        else:
            self.summary.setText(tr("The audit log is intact and every row matches it."))
