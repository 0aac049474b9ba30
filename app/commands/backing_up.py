"""A backup after a command that changed the store (closing, signing, reopening).

Not a command itself (it has no NAME). The window and the portal schedule backups while they
run; a command runs for a moment, so it makes its one copy before it ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.storage.backups import backup_after_command


def back_up(path: Path) -> None:
    failed = backup_after_command(path)
    if failed:
        print(f"roundtable: the backup after this change failed ({failed}); the change "
              "itself is saved.", file=sys.stderr)
