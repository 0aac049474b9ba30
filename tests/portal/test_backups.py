"""Phones' writes schedule automatic backups, even when the desk writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.model import PhaseKind
from app.core.workshop import Workshop
from app.storage.backups import BackupSchedule, backup_folder, kept_copies
from app.storage.database import open_database
from tests.portal.conftest import start_portal
from tests.portal.phone import Phone


def test_a_phone_note_through_the_real_portal_makes_a_backup(db_path: Path) -> None:
    setup = Workshop.open(db_path)  # the desk set the session up earlier, then stays idle
    created = setup.sessions.create("Portal backups", "2026-11-22")
    ideation = next(p for p in setup.agenda.phases(created.id)
                    if p.kind is PhaseKind.IDEATION)
    setup.agenda.start(ideation.id)
    setup.close()
    schedule = BackupSchedule(db_path, every_seconds=0.0)
    desk = Workshop(open_database(db_path), backups=schedule)
    session = desk.sessions.get(created.id)
    server = start_portal(desk, session)
    phone = Phone(server.port)
    try:
        assert phone.check_in(session.room_token, name="Amina").status == 200
        schedule.wait()
        assert phone.note("Buses after midnight").status == 200
        schedule.wait()
    finally:
        phone.close()
        server.stop()
        desk.close()
    copies = kept_copies(backup_folder(db_path), db_path.stem)
    assert copies, "no backup after the phones' writes"
    conn = sqlite3.connect(str(copies[-1]))
    try:
        assert conn.execute("SELECT text FROM note").fetchall() == [("Buses after midnight",)]
    finally:
        conn.close()
