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

translate = QCoreApplication.translate


def row_text(finding: Finding) -> str:
    rows = {
        "note": translate("Audit", "Note {0}"),
        "dot": translate("Audit", "Dots of participant {2} on item {1}, round {0}"),
        "paper_dots": translate("Audit", "Paper dots of group {2} on item {1}, round {0}"),
        "round_total": translate("Audit", "Total of item {1}, round {0}"),
        "attendance": translate("Audit", "Attendance of participant {0}"),
        "audit": translate("Audit", "Audit event {0}"),
    }
    return rows.get(finding.table, finding.table).format(*finding.key)


def reason_text(finding: Finding) -> str:
    reasons = {
        "changed": translate(
            "Audit", "{field} reads «{found}» but the log recorded «{expected}»"),
        "added": translate(
            "Audit", "{field} «{found}» is stored, but no event of the log made it"),
        "missing": translate(
            "Audit", "the log recorded «{expected}», but the row is no longer stored"),
        "events_missing": translate("Audit", "an event is missing before this one"),
        "not_json": translate("Audit", "this event cannot be read"),
        "event_changed": translate("Audit", "this event was changed after it was written"),
        "events_deleted": translate(
            "Audit", "the log ends at event {found}, but event {expected} was anchored "
            "({anchor}): the newest events were deleted"),
        "chain_rewritten": translate(
            "Audit", "this event differs from its anchor ({anchor}): the log was rewritten"),
    }
    return reasons.get(finding.reason, finding.reason).format(
        field=field_text(finding.field), found=finding.found, expected=finding.expected,
        anchor=finding.op)


def field_text(name: str) -> str:
    fields = {
        "text": translate("Audit", "text"),
        "deleted": translate("Audit", "removed from the board"),
        "count": translate("Audit", "count"),
        "arrived_at": translate("Audit", "arrival time"),
        "left_at": translate("Audit", "departure time"),
        "channel": translate("Audit", "how they checked in"),
    }
    return fields.get(name, name)


def event_text(finding: Finding) -> str:
    if finding.seq is None:
        return translate("Audit", "none")
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
        self.setWindowTitle(translate("Audit", "Audit check"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("audit-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("audit-findings")
        self.table.setAccessibleName(translate("Audit", "Rows that differ from the log"))
        self.table.setHorizontalHeaderLabels([
            translate("Audit", "Session"), translate("Audit", "Row"),
            translate("Audit", "Reason"), translate("Audit", "Event")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        again = QPushButton(translate("Audit", "Check again"), self)
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
            self.summary.setText(translate(
                "Audit", "{count} row(s) differ from the audit log: they were changed outside "
                "Roundtable. The minutes cannot be signed until this is resolved (restore a "
                "backup, or sign from the command line with --despite-audit-findings).")
                .format(count=len(lines)))
        else:
            self.summary.setText(
                translate("Audit", "The audit log is intact and every row matches it."))
