"""The Workshop: one entry to every operation on the store, for one connection.

Each thread that writes (the GUI, the portal) has its own Workshop over its own connection;
they share the process's EventHub and BallotKeys, so every face sees every change.
"""

from __future__ import annotations

from pathlib import Path

from app.core.actions import Actions
from app.core.agenda import Agenda
from app.core.board import Board
from app.core.bridging import BridgingShare
from app.core.commitments import Commitments
from app.core.events import EventHub
from app.core.expectations import Expectations
from app.core.experiments import Experiments
from app.core.operations import Operations
from app.core.programmes import Programmes
from app.core.roster import Roster
from app.core.sessions import Sessions
from app.core.undo import UndoStack
from app.core.voting import BallotKeys, Voting
from app.storage.backups import BackupSchedule
from app.storage.database import Database, open_database


class Workshop:
    def __init__(self, database: Database, hub: EventHub | None = None,
                 keys: BallotKeys | None = None, backups: BackupSchedule | None = None) -> None:
        self.database = database
        self.hub = hub or EventHub()
        self._owns_hub = hub is None  # a sibling shares its hub and leaves it open
        self.closed = False  # a view's late timer reads nothing from a closed store
        self.keys = keys or BallotKeys()
        self.backups = backups
        self.undo = UndoStack()
        self.ops = ops = Operations(database, self.hub,
                                    after_commit=backups.after_write if backups else None)
        self.sessions = Sessions(ops)
        self.agenda = Agenda(ops)
        self.roster = Roster(ops)
        self.board = Board(ops, self.undo)
        self.voting = Voting(ops, self.keys)
        self.actions = Actions(ops)
        # The follow-up loop across the sessions of a programme.
        self.programmes = Programmes(ops)
        self.commitments = Commitments(ops)
        self.experiments = Experiments(ops)
        self.expectations = Expectations(ops)
        self.bridging = BridgingShare(ops)

    @classmethod
    def open(cls, path: Path | str, hub: EventHub | None = None,
             keys: BallotKeys | None = None, *, backups: bool = False,
             start_afresh: bool = False, reading: bool = False) -> Workshop:
        """Open the store; with ``backups`` it is copied automatically every few minutes.
        ``start_afresh``: an existing empty file may become a new database (the person chose
        it after being told the file is empty). ``reading``: for a command that only reads, a
        file that cannot be written is opened read-only instead of refused."""
        database = open_database(path, start_afresh=start_afresh, reading=reading)
        schedule = BackupSchedule(database.path) if backups else None
        return cls(database, hub, keys, schedule)

    def sibling(self) -> Workshop:
        """A second Workshop on a new connection (for another thread), sharing hub, keys and
        the backup schedule."""
        return Workshop(open_database(self.database.path), self.hub, self.keys, self.backups)

    def close(self) -> None:
        self.closed = True
        if self._owns_hub:
            self.hub.close()
        self.database.close()
