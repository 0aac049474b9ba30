"""The audit check's findings in plain English (the command line; the desk translates its own).

Each finding names the row, what the log recorded, what is stored, and the event.
"""

from __future__ import annotations

from app.storage.audit import Finding

ROWS: dict[str, str] = {
    "note": "note {0}",
    "dot": "dots of participant {2} on item {1} in round {0}",
    "paper_dots": "paper dots of the {2} group on item {1} in round {0}",
    "round_total": "the total of item {1} in round {0}",
    "attendance": "attendance of participant {0}",
    "audit": "audit event {0}",
}

REASONS: dict[str, str] = {
    "changed": "{row} ({field}) reads «{found}» but the log recorded «{expected}»",
    "added": "{row} ({field}) is stored («{found}») but no event of the log made it",
    "missing": "{row} was recorded («{expected}») but is no longer stored",
    "events_missing": "an event is missing before {row}",
    "not_json": "{row} cannot be read",
    "event_changed": "{row} was changed after it was written",
    "events_deleted": "the chain ends at event {found}, but event {expected} was anchored "
    "({anchor}): the newest events were deleted",
    "chain_rewritten": "{row} differs from its anchor ({anchor}): the chain was rewritten",
}


def describe_row(finding: Finding) -> str:
    return ROWS.get(finding.table, finding.table).format(*finding.key)


def describe_finding(finding: Finding) -> str:
    text = REASONS.get(finding.reason, finding.reason).format(
        row=describe_row(finding), field=finding.field, found=finding.found,
        expected=finding.expected, anchor=finding.op)
    if finding.seq is not None and finding.table != "audit":
        text += f" — event {finding.seq} ({finding.op})"
    return text
