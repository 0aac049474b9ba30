"""Why the store cannot be used, by a stable code (the window translates each code)."""

from __future__ import annotations

from pathlib import Path

_UNTOUCHED = "It was left untouched; restore it from a backup."
_NOT_DAMAGED = "The file itself is not damaged: do not replace it with a backup."

# English text of each code (the window's translations are in app/ui/messages.py).
MESSAGES: dict[str, str] = {
    "not_a_database": "{path} is not a Roundtable database (it is not an SQLite file).",
    "corrupt_schema": "{path} is damaged: the description of its tables cannot be read. "
    + _UNTOUCHED,
    "corrupt_index": "{path} is damaged: its index {detail} no longer matches the stored rows, "
    "so some of them would not be shown. " + _UNTOUCHED,
    "corrupt_row": "The database is damaged: a stored {detail} holds a value Roundtable "
    "cannot read. " + _UNTOUCHED,
    "corrupt": "{path} is damaged: some of its stored data cannot be read. " + _UNTOUCHED,
    "newer_version": "{path} was written by a newer version of Roundtable "
    "(schema {detail}). It was left untouched; update Roundtable to open it.",
    "unreadable": "{path} cannot be opened: {detail}",
    "read_only_file": "{path} cannot be written: this computer's account may only read it. "
    "Nothing was changed. Give your account the right to change the file (or copy it to "
    "a folder of yours) and start again. " + _NOT_DAMAGED,
    "read_only_folder": "{path} cannot be written: the folder {detail} may only be read, and "
    "Roundtable must keep its journal files beside the database. Nothing was changed. "
    "Choose a folder you may write to. " + _NOT_DAMAGED,
    "read_only_mount": "{path} is on a disk that may only be read ({detail}: a read-only "
    "mount, a locked card or a disc). Nothing was changed. Copy the file to this computer's "
    "disk and open the copy. " + _NOT_DAMAGED,
    "read_only_format": "{path} is marked as read-only inside the file (SQLite's write "
    "version), so no change could be saved. Nothing was changed. Open it with a tool that "
    "made it, or export what you need. " + _NOT_DAMAGED,
    "busy": "{path} is being written by another program (perhaps another Roundtable) and "
    "did not become free. Close the other program and start again. " + _NOT_DAMAGED,
    "journal_deleted_elsewhere": "{path} is open in another program, and its journal file "
    "(ending in -wal) was deleted meanwhile. Close the other program (the other Roundtable "
    "or portal) first, then start again; it keeps the latest changes. " + _NOT_DAMAGED,
    "empty_file": "{path} is empty (0 bytes): it may have been cut short by a full disk or "
    "an unfinished copy. It was left untouched. Restore it from a backup, or delete it to "
    "start a new, empty database.",
    "disk_full": "The disk holding {path} is full: changes are not being recorded (phones "
    "are told so). Free some space on the disk; recording starts again by itself.",
    "write_failed": "The disk holding {path} refused to write (it may be full, removed, or "
    "the file too large for it): changes are not being recorded (phones are told so). Check "
    "the disk; recording starts again by itself once it accepts writes.",
    "journal_deleted": "The journal file of {path} (ending in -wal) was deleted while "
    "Roundtable was running. Everything recorded so far was saved into the database; new "
    "changes are refused until Roundtable is started again. Close it and start it again.",
    "damaged_text": "Some text stored in {path} is damaged: unreadable letters are shown "
    "as \N{REPLACEMENT CHARACTER}. The file may be damaged elsewhere too; keep a copy and "
    "check it against a backup.",
}

# Troubles that leave the file sound: the advice is never to restore a backup over it.
NOT_DAMAGE = frozenset({"read_only_file", "read_only_folder", "read_only_mount",
                        "read_only_format", "busy", "journal_deleted_elsewhere", "disk_full",
                        "write_failed", "journal_deleted"})


class StoreError(Exception):
    """The database cannot be used; ``code`` says why, ``path`` says which file."""

    def __init__(self, code: str, path: Path, detail: str = "") -> None:
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(MESSAGES[code].format(path=path, detail=detail))

