"""Rule and store errors as messages in the user's language.

The core names each error by a stable code (app/core/errors.py); this module holds the
translatable text of every code, so the facilitator reads it in their own language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.agenda import MAX_MINUTES
from app.core.errors import RuleError
from app.core.voting import MAX_DOTS
from app.storage import StoreError
from app.ui import labels


def rule_templates() -> dict[str, str]:
    return {
        "not_found": QCoreApplication.translate("Errors", "This {what} does not exist (any more)."),
        "session_locked": QCoreApplication.translate(
            "Errors",
            "This session's minutes are signed, so it is locked. Reopen it to make a "
            "change; the minutes will then need a new version.",
        ),
        "empty_text": QCoreApplication.translate("Errors", "Please write something first."),
        "invisible_text": QCoreApplication.translate(
            "Errors", "This has only invisible characters (spaces or zero-width marks). "
            "Please write words that can be read."
        ),
        "text_too_long": QCoreApplication.translate(
            "Errors", "This is too long: {length} characters, at most {limit}."
        ),
        "bad_value": QCoreApplication.translate("Errors", "{field} is not valid: {value}."),
        "date_order": QCoreApplication.translate(
            "Errors", "{field} ({value}) cannot be before {other} ({other_date})."
        ),
        "round_not_open": QCoreApplication.translate(
            "Errors", "Voting is not open for this round."
        ),
        "round_not_draft": QCoreApplication.translate(
            "Errors", "This round has already been opened; its settings can no longer change."
        ),
        "round_not_closed": QCoreApplication.translate(
            "Errors", "Close the round before revealing its results."
        ),
        "round_no_items": QCoreApplication.translate(
            "Errors", "A round needs at least two items to vote on."
        ),
        "item_not_in_round": QCoreApplication.translate(
            "Errors", "This item is not part of the round."
        ),
        "budget_exceeded": QCoreApplication.translate(
            "Errors", "You have no dots left ({budget} per person)."
        ),
        "cap_exceeded": QCoreApplication.translate("Errors", "Dots on one item: at most {cap}."),
        "no_dot_to_remove": QCoreApplication.translate(
            "Errors", "There is no dot of yours on this item."
        ),
        "cannot_vote": QCoreApplication.translate(
            "Errors", "Facilitators and observers do not vote."
        ),
        "participant_removed": QCoreApplication.translate(
            "Errors", "This participant was removed from the session."
        ),
        "waiting_for_approval": QCoreApplication.translate(
            "Errors",
            "The facilitator has not let this person in yet: they vote and post once let in.",
        ),
        "not_waiting": QCoreApplication.translate(
            "Errors", "This person is not waiting to be let in."
        ),
        "secret_round_interrupted": QCoreApplication.translate(
            "Errors",
            "The program restarted while this secret round was open, so it can no longer tell "
            "who has voted and takes no further ballot. The facilitator can close it with the "
            "dots cast, or discard them and restart the same round.",
        ),
        "not_present": QCoreApplication.translate(
            "Errors",
            "Only people checked in at the welcome desk vote. Please go to the welcome desk "
            "first.",
        ),
        "already_voted": QCoreApplication.translate(
            "Errors",
            "This badge has already voted. Voting again replaces the earlier dots.",
        ),
        "paper_negative": QCoreApplication.translate(
            "Errors", "A count of paper dots cannot be below zero."
        ),
        "paper_over_cap": QCoreApplication.translate(
            "Errors",
            "{count} paper dots on one item is too many: {people} people of this group are "
            "here, at most {cap} dots each on one item, so at most {limit}.",
        ),
        "paper_over_budget": QCoreApplication.translate(
            "Errors",
            "{total} paper dots in all is too many for this group: {people} people are here "
            "with {dots} dots each, so at most {limit}.",
        ),
        "round_not_interrupted": QCoreApplication.translate(
            "Errors", "This round was not interrupted: it can still take ballots."
        ),
        "secret_cannot_withdraw": QCoreApplication.translate(
            "Errors", "In a secret round nobody's dots can be told apart: they stay counted."
        ),
        "name_taken": QCoreApplication.translate(
            "Errors", "The name {name} is already used in this session."
        ),
        "phase_not_running": QCoreApplication.translate("Errors", "No phase is running."),
        "no_next_phase": QCoreApplication.translate(
            "Errors", "This is the last phase of the agenda."
        ),
        "nothing_to_undo": QCoreApplication.translate("Errors", "Nothing to undo."),
        "nothing_to_redo": QCoreApplication.translate("Errors", "Nothing to redo."),
        "another_round_open": QCoreApplication.translate(
            "Errors", "Another vote round is open; close it first."
        ),
        "session_not_signed": QCoreApplication.translate(
            "Errors", "This session's minutes are not signed; there is nothing to reopen."
        ),
        "minutes_version_changed": QCoreApplication.translate(
            "Errors",
            "The session was reopened while version {version} of the minutes was "
            "being made; export the minutes again.",
        ),
        "purge_needs_signature": QCoreApplication.translate(
            "Errors", "Raw data can be purged only once the minutes are signed."
        ),
        "badge_unknown": QCoreApplication.translate("Errors", "This is not a Roundtable badge."),
        "badge_other_session": QCoreApplication.translate(
            "Errors", "This badge belongs to another session."
        ),
        "badge_forged": QCoreApplication.translate(
            "Errors",
            "This badge is not valid: its code was changed or made up. Please see "
            "the welcome desk.",
        ),
        "unknown_code": QCoreApplication.translate(
            "Errors", "No one in this session has the code {typed}. Check the code on the badge."
        ),
        "round_still_open": QCoreApplication.translate(
            "Errors",
            "The vote round “{title}” is still open. Close it before closing the session.",
        ),
        "session_closed": QCoreApplication.translate(
            "Errors", "This session is closed. Reopen it to run a phase again."
        ),
        "session_not_closed": QCoreApplication.translate(
            "Errors", "This session is not closed; there is nothing to reopen."
        ),
        **follow_up_templates(),
    }


def follow_up_templates() -> dict[str, str]:
    """Messages of the follow-up loop: commitments, experiments, expectations."""
    return {
        "decline_needs_reason": QCoreApplication.translate(
            "Errors", "A declined commitment needs the reason it was declined."),
        "forward_needs_body": QCoreApplication.translate(
            "Errors", "A forwarded commitment needs the level of competence and the body it "
            "was forwarded to."),
        "owner_is_a_person": QCoreApplication.translate(
            "Errors", "{name} is a participant who did not agree to be named: give a service "
            "or a role as owner."),
        "not_an_experiment": QCoreApplication.translate(
            "Errors", "Readings are taken only for a micro-experiment's criteria."),
        "out_needs_parking": QCoreApplication.translate(
            "Errors", "An expectation out of the city's competence is linked to its "
            "parking-lot item."),
    }


def value_templates() -> dict[str, str]:
    """What a value must be, by field: a refused value is explained by what is expected."""
    dates = QCoreApplication.translate(
        "Errors", "{field} must be a date written year-month-day, such as 2027-03-31 (not {value})."
    )
    dots = QCoreApplication.translate(
        "Errors", "The number of dots cannot be {value}: write a whole number, 0 or more."
    )
    languages = QCoreApplication.translate(
        "Errors", "{field} must be a language code such as fr, ar or en (not {value})."
    )
    return {
        "count": dots,
        "dots": dots,
        "dots_per_person": QCoreApplication.translate(
            "Errors", "Dots per person cannot be {value}: choose a number from 1 to {maximum}."
        ),
        "cap_per_item": QCoreApplication.translate(
            "Errors",
            "Dots on one item cannot be {value}: choose a number from 1 to the dots per person.",
        ),
        "timer_minutes": QCoreApplication.translate(
            "Errors", "The voting time cannot be {value} minutes: choose from 1 to 240 minutes."
        ),
        "minutes": QCoreApplication.translate(
            "Errors", "A phase cannot last {value} minutes: choose from 1 to {maximum} minutes."
        ),
        "date": dates,
        "start_date": dates,
        "end_date": dates,
        "review_date": dates,
        "language": languages,
        "languages": languages,
        "colour": QCoreApplication.translate(
            "Errors", "The colour must be written #RRGGBB, such as #FFD966 (not {value})."
        ),
        "value": QCoreApplication.translate(
            "Errors", "A reading must be a number, such as 12 or 4.5 (not {value})."),
        "progress": QCoreApplication.translate(
            "Errors", "Progress is a percentage from 0 to 100 (not {value})."),
        "share": QCoreApplication.translate(
            "Errors", "The bridging share is a percentage from 1 to 100 (not {value})."),
    }


def store_templates() -> dict[str, str]:
    """The store's codes (app/storage/errors.py): "damaged" is said only of damage."""
    untouched = QCoreApplication.translate(
        "Errors", "It was left untouched; restore it from a backup.")
    sound = QCoreApplication.translate(
        "Errors", "The file itself is not damaged: do not replace it with a backup.")
    return {
        "not_a_database": QCoreApplication.translate(
            "Errors", "{path} is not a Roundtable database (it is not an SQLite file)."
        ),
        "corrupt": QCoreApplication.translate(
            "Errors", "{path} is damaged: some of its stored data cannot be read."
        ) + " " + untouched,
        "corrupt_row": QCoreApplication.translate(
            "Errors", "The database is damaged: a stored {what} holds a value Roundtable "
            "cannot read.",
        ) + " " + untouched,
        "corrupt_schema": QCoreApplication.translate(
            "Errors", "{path} is damaged: the description of its tables cannot be read."
        ) + " " + untouched,
        "corrupt_index": QCoreApplication.translate(
            "Errors",
            "{path} is damaged: its index {detail} no longer matches the stored rows, so some "
            "of them would not be shown.",
        ) + " " + untouched,
        "newer_version": QCoreApplication.translate(
            "Errors",
            "{path} was written by a newer version of Roundtable (schema {detail}). "
            "It was left untouched; update Roundtable to open it.",
        ),
        "unreadable": QCoreApplication.translate("Errors", "{path} cannot be opened: {detail}"),
        "read_only_file": QCoreApplication.translate(
            "Errors",
            "{path} cannot be written: this computer's account may only read it. Nothing was "
            "changed. Give your account the right to change the file (or copy it to a folder "
            "of yours) and start again.",
        ) + " " + sound,
        "read_only_folder": QCoreApplication.translate(
            "Errors",
            "{path} cannot be written: the folder {detail} may only be read, and Roundtable "
            "must keep its journal files beside the database. Nothing was changed. Choose a "
            "folder you may write to.",
        ) + " " + sound,
        "read_only_mount": QCoreApplication.translate(
            "Errors",
            "{path} is on a disk that may only be read ({detail}: a read-only mount, a locked "
            "card or a disc). Nothing was changed. Copy the file to this computer's disk and "
            "open the copy.",
        ) + " " + sound,
        "read_only_format": QCoreApplication.translate(
            "Errors",
            "{path} is marked as read-only inside the file (SQLite's write version), so no "
            "change could be saved. Nothing was changed. Open it with a tool that made it, or "
            "export what you need.",
        ) + " " + sound,
        "busy": QCoreApplication.translate(
            "Errors",
            "{path} is being written by another program (perhaps another Roundtable) and did "
            "not become free. Close the other program and start again.",
        ) + " " + sound,
        "journal_deleted_elsewhere": QCoreApplication.translate(
            "Errors",
            "{path} is open in another program, and its journal file (ending in -wal) was "
            "deleted meanwhile. Close the other program (the other Roundtable or portal) "
            "first, then start again; it keeps the latest changes.",
        ) + " " + sound,
        "empty_file": QCoreApplication.translate(
            "Errors",
            "{path} is empty (0 bytes): it may have been cut short by a full disk or an "
            "unfinished copy. It was left untouched. Restore it from a backup, or delete it "
            "to start a new, empty database.",
        ),
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk holding {path} is full: changes are not being recorded (phones are told "
            "so). Free some space on the disk; recording starts again by itself.",
        ),
        "write_failed": QCoreApplication.translate(
            "Errors",
            "The disk holding {path} refused to write (it may be full, removed, or the file too "
            "large for it): changes are not being recorded (phones are told so). Check the "
            "disk; recording starts again by itself once it accepts writes.",
        ),
        "journal_deleted": QCoreApplication.translate(
            "Errors",
            "The journal file of {path} (ending in -wal) was deleted while Roundtable was "
            "running. Everything recorded so far was saved into the database; new changes "
            "are refused until Roundtable is started again. Close it and start it again.",
        ),
        "damaged_text": QCoreApplication.translate(
            "Errors",
            "Some text stored in {path} is damaged: unreadable letters are shown as {mark}. "
            "The file may be damaged elsewhere too; keep a copy and check it against a backup.",
        ),
    }


def _words() -> dict[str, str]:
    """Values the core puts into messages ({what}, {field}) that are words, not data."""
    return {
        "note": QCoreApplication.translate("Errors", "note"),
        "notes": QCoreApplication.translate("Errors", "notes"),
        "theme": QCoreApplication.translate("Errors", "theme"),
        "session": QCoreApplication.translate("Errors", "session"),
        "phase": QCoreApplication.translate("Errors", "phase"),
        "participant": QCoreApplication.translate("Errors", "participant"),
        "attendance": QCoreApplication.translate("Errors", "attendance"),
        "action": QCoreApplication.translate("Errors", "action"),
        "round": QCoreApplication.translate("Errors", "vote round"),
        "date": QCoreApplication.translate("Errors", "The date"),
        "start_date": QCoreApplication.translate("Errors", "The start date"),
        "end_date": QCoreApplication.translate("Errors", "The end date"),
        "review_date": QCoreApplication.translate("Errors", "The review date"),
        "minutes": QCoreApplication.translate("Errors", "The number of minutes"),
        "language": QCoreApplication.translate("Errors", "The language"),
        "languages": QCoreApplication.translate("Errors", "The languages"),
        "colour": QCoreApplication.translate("Errors", "The colour"),
        "actor_type": QCoreApplication.translate("Errors", "The kind of local actor"),
        "group": QCoreApplication.translate("Errors", "The group"),
        "time_zone": QCoreApplication.translate("Errors", "The time zone"),
        "programme": QCoreApplication.translate("Errors", "programme"),
        "commitment": QCoreApplication.translate("Errors", "commitment"),
        "criterion": QCoreApplication.translate("Errors", "criterion"),
        "reading": QCoreApplication.translate("Errors", "reading"),
        "expectation": QCoreApplication.translate("Errors", "expectation"),
        "idea": QCoreApplication.translate("Errors", "idea"),
        "parking": QCoreApplication.translate("Errors", "parking-lot item"),
        "parking_lot": QCoreApplication.translate("Errors", "parking-lot item"),
    }


# Values that come from what a person typed or chose: shown in their own direction.
_TYPED = frozenset({"value", "name", "typed", "other_date"})


def _other_words() -> dict[str, str]:
    """The date a date is compared with, inside a sentence."""
    return {
        "start_date": QCoreApplication.translate("Errors", "the start date"),
        "end_date": QCoreApplication.translate("Errors", "the end date"),
    }


def _fill(template: str, params: dict[str, Any]) -> str:
    words = _words()
    shown = {
        key: words.get(str(value), str(value)) if key in ("what", "field")
        else _other_words().get(str(value), str(value)) if key == "other"
        else labels.own_direction(str(value)) if key in _TYPED else value
        for key, value in params.items()
    }
    if "title" in shown:  # a round's title, written by a person: its own direction
        shown["title"] = f"\N{FIRST STRONG ISOLATE}{shown['title']}\N{POP DIRECTIONAL ISOLATE}"
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


Failure = RuleError | StoreError | sqlite3.Error


def error_text(error: Failure) -> str:
    """The translated message of a rule or store error (or a write the disk refused)."""
    if isinstance(error, sqlite3.Error):
        return QCoreApplication.translate(
            "Errors",
            "The change could not be saved ({detail}). Nothing was changed; please try again.",
        ).format(detail=str(error))
    if isinstance(error, StoreError):
        template = store_templates().get(error.code)
        if template is None:
            return str(error)
        return _fill(template, {"path": str(error.path), "detail": error.detail,
                                "what": error.detail, "mark": "\N{REPLACEMENT CHARACTER}"})
    template = rule_templates().get(error.code)
    if error.code == "bad_value":
        template = value_templates().get(str(error.params.get("field")), template)
    if template is None:
        return str(error)
    return _fill(template, {"maximum": _maximum(error.params.get("field")), **error.params})


def _maximum(field: object) -> int | str:
    """The largest value a field takes, for messages that say what is expected."""
    return {"dots_per_person": MAX_DOTS, "minutes": MAX_MINUTES}.get(str(field), "")


def show_error(parent: QWidget | None, error: Failure, title: str = "") -> None:
    """Tell the facilitator, in their language, why nothing changed. ``title`` names what they
    were doing ("Import participants"); without it the box says a check is needed."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("Errors", "Please check"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("error-message")
    box.setAccessibleName(QCoreApplication.translate("Errors", "Error message"))
    box.finished.connect(box.deleteLater)
    box.open()


def attempt(parent: QWidget, change: Callable[[], object]) -> bool:
    """Make ``change``; a rule it breaks is said to the person in their words. Whether it was
    made."""
    try:
        change()
    except RuleError as error:
        show_error(parent, error)
        return False
    return True


def confirm(parent: QWidget, question: str, then: Callable[[], object]) -> QMessageBox:
    """Ask before a change that cannot be undone; ``then`` runs only on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Errors", "Please confirm"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("confirm")
    box.accepted.connect(then)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
