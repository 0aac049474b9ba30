"""`python -m app restore [list | check N | put N --yes]`: put a backup back in place.

``list`` shows the kept backups, newest first (number 1), with their time in this computer's
local time, their sessions and counts; ``check`` runs SQLite's integrity check and each
session's audit check on one; ``put`` checks it, keeps the current file aside (never deleted)
and puts the backup in its place. Close the window and stop the portal first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.restore import BackupEntry, check_backup, list_backups, put_in_place
from app.paths import database_path

NAME = "restore"
HELP = "list the automatic backups, check one, and put it back in place (the current file " \
    "is kept aside)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", nargs="?", choices=("list", "check", "put"), default="list",
                        help="list (default), check one, or put one in place")
    parser.add_argument("backup", nargs="?", metavar="N|FILE",
                        help="the backup's number in the list (1 = newest) or its file")
    parser.add_argument("--yes", action="store_true",
                        help="with put: do it without asking (the current file is kept aside)")


def when(entry: BackupEntry) -> str:
    return entry.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _chosen(entries: list[BackupEntry], given: str | None) -> Path | None:
    if given is None:
        return None
    if given.isdigit():
        number = int(given)
        return entries[number - 1].path if 1 <= number <= len(entries) else None
    path = Path(given).expanduser()
    return path if path.is_file() else None


def _print_list(entries: list[BackupEntry]) -> None:
    if not entries:
        print("No backups yet. They are made every few minutes while sessions change.")
        return
    for number, entry in enumerate(entries, start=1):
        print(f"{number:>3}. {when(entry)}  {entry.path.name}")
        if not entry.readable:
            print("       (cannot be read)")
        for s in entry.sessions:
            print(f"       {s.title}: {s.notes} notes, {s.dots} dots, {s.events} events")


def _print_check(path: Path) -> bool:
    checked = check_backup(path)
    print(f"Backup {path.name}")
    print(f"  Integrity: {'ok' if checked.integrity == 'ok' else checked.integrity}")
    for s in checked.sessions:
        chain = "intact" if s.chain_ok else "broken"
        rows = "all rows match" if s.differences == 0 else f"{s.differences} row(s) differ"
        print(f"  {s.title}: audit log {chain} ({s.events} events), {rows}")
    print("  Check passed." if checked.ok else "  Check FAILED.")
    return checked.ok


def run(args: argparse.Namespace) -> int:
    db_path = database_path(args.db)
    entries = list_backups(db_path)
    if args.action == "list":
        _print_list(entries)
        return 0
    chosen = _chosen(entries, args.backup)
    if chosen is None:
        print("roundtable: name a backup by its number in `restore list` or by its file.",
              file=sys.stderr)
        return 2
    ok = _print_check(chosen)
    if args.action == "check":
        return 0 if ok else 1
    if not ok:
        print("roundtable: this backup did not pass its check; nothing was changed.",
              file=sys.stderr)
        return 1
    if not args.yes:
        answer = input(f"Put {chosen.name} in place of {db_path}? The current file is kept "
                       "aside. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    done = put_in_place(db_path, chosen)
    print(f"Restored {chosen.name} into {db_path}.")
    print(f"The file that was in place is kept at {done.set_aside}.")
    return 0
