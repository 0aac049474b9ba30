"""Session bundles: signed on one laptop, checked and imported on another — idempotent,
refusing any changed byte or a log that does not hold together, never overwriting edits."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.core.model import Area
from app.core.search import search
from app.core.workshop import Workshop
from app.minutes.export import ExportedMinutes
from app.minutes.identity import SigningIdentity
from app.minutes.session_bundle import (
    AUDIT,
    DATA,
    MINUTES,
    BundleError,
    import_bundle,
    read_bundle,
    write_bundle,
)
from app.storage.database import Database, open_database
from tests.minutes.conftest import PASSPHRASE
from tests.minutes.follow_up_data import follow_up


def _export(workshop: Workshop, session_id: int, out: Path, identity: SigningIdentity,
            minutes: Path | None = None) -> Path:
    write_bundle(workshop.database, session_id, out, identity.path, PASSPHRASE, minutes)
    return out


def _snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    tables = [row["name"] for row in database.rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
        "AND name NOT LIKE 'sqlite%'")]
    return {t: sorted(map(tuple, database.conn.execute(f"SELECT * FROM {t}")), key=repr)
            for t in tables}


@pytest.fixture
def programme(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "programme.db")
    yield database  # type: ignore[misc]
    database.close()


def test_importing_twice_changes_nothing(demo: Workshop, identity: SigningIdentity,
                                         programme: Database, tmp_path: Path) -> None:
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity)
    first = import_bundle(programme, bundle)
    assert first.outcome == "added"
    assert first.signer == "Claire Martin"
    before = _snapshot(programme)
    again = import_bundle(programme, bundle)
    assert (again.outcome, again.session_id) == ("unchanged", first.session_id)
    assert _snapshot(programme) == before
    # The log travelled whole: the chain checks out in the programme's store.
    assert programme.scalar("SELECT COUNT(*) FROM audit") == first.audit_events > 0
    # The coordinator can export the imported session again: it reads the same.
    resent = _export_from(programme, first.session_id, tmp_path / "again.rtb", identity)
    assert read_bundle(resent).manifest["data_digest"] == read_bundle(bundle).manifest[
        "data_digest"]


def _export_from(database: Database, session_id: int, out: Path,
                 identity: SigningIdentity) -> Path:
    write_bundle(database, session_id, out, identity.path, PASSPHRASE)
    return out


def test_people_who_did_not_opt_in_are_not_named(demo: Workshop, identity: SigningIdentity,
                                                  tmp_path: Path) -> None:
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity)
    with zipfile.ZipFile(bundle) as archive:
        carried = (archive.read(DATA) + archive.read(AUDIT)).decode("utf-8")
    rows = demo.database.rows("SELECT pseudonym, display_name, named_in_minutes, badge_key, "
                              "room_token FROM participant JOIN session s ON s.id = "
                              "participant.session_id WHERE session_id = 1")
    assert rows
    for row in rows:
        assert row["badge_key"] not in carried
        assert row["room_token"] not in carried
        if not row["named_in_minutes"]:
            assert f'"{row["pseudonym"]}"' not in carried
            if row["display_name"]:
                assert f'"{row["display_name"]}"' not in carried
    assert '"Claire Martin"' in carried  # she opted in to being named


@pytest.mark.parametrize("share", [0.0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999, 1.0])
def test_one_flipped_byte_anywhere_is_refused(demo: Workshop, identity: SigningIdentity,
                                              programme: Database, tmp_path: Path,
                                              share: float) -> None:
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity)
    raw = bytearray(bundle.read_bytes())
    raw[min(int(len(raw) * share), len(raw) - 1)] ^= 0x01
    bundle.write_bytes(bytes(raw))
    with pytest.raises(BundleError) as refused:
        import_bundle(programme, bundle)
    assert refused.value.code in {"altered", "not_a_bundle"}
    assert "nothing was imported" in str(refused.value) or "not a Roundtable" in str(
        refused.value)
    assert programme.scalar("SELECT COUNT(*) FROM session") == 0


def test_an_altered_audit_log_is_refused(demo: Workshop, identity: SigningIdentity,
                                         programme: Database, tmp_path: Path) -> None:
    demo.database.conn.execute("UPDATE audit SET data = replace(data, 'ideas', 'ideaz') "
                               "WHERE session_id = 1 AND seq = (SELECT MIN(seq) FROM audit "
                               "WHERE session_id = 1 AND data LIKE '%ideas%')")
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity)
    with pytest.raises(BundleError) as refused:
        import_bundle(programme, bundle)
    assert refused.value.code == "audit_broken"
    assert "was changed" in str(refused.value)
    assert programme.scalar("SELECT COUNT(*) FROM session") == 0


def test_local_edits_are_never_overwritten(demo: Workshop, identity: SigningIdentity,
                                           programme: Database, tmp_path: Path) -> None:
    here = import_bundle(programme, _export(demo, 1, tmp_path / "v1.rtb", identity))
    # Lyon goes on after the export: a later bundle of the same session updates the copy.
    demo.sessions.update(1, venue="Mairie du 7e, salle 2")
    later = _export(demo, 1, tmp_path / "v2.rtb", identity)
    updated = import_bundle(programme, later)
    assert updated.outcome == "updated"
    assert programme.scalar("SELECT venue FROM session") == "Mairie du 7e, salle 2"
    assert programme.scalar("SELECT COUNT(*) FROM session") == 1
    assert updated.audit_events > here.audit_events
    # The coordinator edits the copy; the next bundle is refused, and the edit stays.
    programme.conn.execute("UPDATE session SET title = 'Lyon (coordination)'")
    demo.sessions.update(1, venue="Mairie du 7e, salle 3")
    with pytest.raises(BundleError) as refused:
        import_bundle(programme, _export(demo, 1, tmp_path / "v3.rtb", identity))
    assert refused.value.code == "local_edits"
    assert "Nothing was imported" in str(refused.value)
    assert programme.scalar("SELECT title FROM session") == "Lyon (coordination)"
    assert programme.scalar("SELECT venue FROM session") == "Mairie du 7e, salle 2"


def test_the_signed_minutes_travel_with_the_session(signed: ExportedMinutes, demo: Workshop,
                                                    identity: SigningIdentity,
                                                    programme: Database,
                                                    tmp_path: Path) -> None:
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity, signed.path)
    with zipfile.ZipFile(bundle) as archive:
        assert archive.read(MINUTES) == signed.path.read_bytes()
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["audit"]["chain_ok"] is True
    done = import_bundle(programme, bundle)
    assert done.minutes is not None
    assert done.minutes.read_bytes() == signed.path.read_bytes()
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.7 not these minutes")
    with pytest.raises(BundleError) as refused:
        _export(demo, 1, tmp_path / "bad.rtb", identity, other)
    assert refused.value.code == "minutes_not_signed_here"


def test_two_laptops_one_programme(tmp_path: Path, identity: SigningIdentity) -> None:
    cities = {"lyon": ("Lyon", "Une crèche près de la gare"),
              "grenoble": ("Grenoble", "السَّكَنُ لِلْجَمِيعِ")}
    bundles = []
    for name, (city, text) in cities.items():
        laptop = Workshop.open(tmp_path / f"{name}.db")
        try:
            session = laptop.sessions.create(f"Policy Lab {city}", "2026-11-14",
                                             territory=city)
            laptop.board.add_note(session.id, Area.IDEAS, text)
            bundles.append(_export(laptop, session.id, tmp_path / f"{name}.rtb", identity))
        finally:
            laptop.close()
    programme = open_database(tmp_path / "programme.db")
    try:
        for bundle in bundles:
            assert import_bundle(programme, bundle).outcome == "added"
        assert [f.session_title for f in search(programme, "creche")] == ["Policy Lab Lyon"]
        assert [f.session_title for f in search(programme, "السكن")] == ["Policy Lab Grenoble"]
        territories = {row[0] for row in programme.conn.execute("SELECT name FROM territory")}
        assert territories == {"Lyon", "Grenoble"}
        assert not list(programme.conn.execute("PRAGMA foreign_key_check"))
    finally:
        programme.close()


def test_not_a_bundle(programme: Database, tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("hello", encoding="utf-8")
    with pytest.raises(BundleError) as refused:
        import_bundle(programme, plain)
    assert refused.value.code == "not_a_bundle"


def test_rows_changed_outside_the_app_are_told_at_import(demo: Workshop,
                                                         identity: SigningIdentity,
                                                         programme: Database,
                                                         tmp_path: Path) -> None:
    clean = import_bundle(programme, _export(demo, 1, tmp_path / "clean.rtb", identity))
    assert clean.findings_where_made == 0
    demo.database.conn.execute("UPDATE note SET text = 'changed by hand' WHERE id = 1")
    other = open_database(tmp_path / "other.db")
    try:
        done = import_bundle(other, _export(demo, 1, tmp_path / "edited.rtb", identity))
    finally:
        other.close()
    assert done.outcome == "added"
    assert done.findings_where_made == 1
    assert read_bundle(tmp_path / "edited.rtb").manifest["audit"]["rows_match"] is False


def test_commitments_and_readings_travel(demo: Workshop, identity: SigningIdentity,
                                         programme: Database, tmp_path: Path) -> None:
    demo.programmes.create(1, "Villes résilientes — Lyon 2026")
    followed = follow_up(demo, 1, "Lyon")
    bundle = _export(demo, 1, tmp_path / "lyon.rtb", identity)
    first = import_bundle(programme, bundle)
    here = first.session_id
    assert programme.scalar("SELECT COUNT(*) FROM programme") == 1
    assert programme.scalar("SELECT p.title FROM session s JOIN programme p ON p.id = "
                            "s.programme_id WHERE s.id = ?", (here,)) == (
        "Villes résilientes — Lyon 2026")
    commitment = programme.row("SELECT id, status, progress FROM commitment WHERE text = ?",
                               (followed.commitment,))
    assert commitment is not None
    assert (commitment["status"], commitment["progress"]) == ("in_progress", 40)
    assert programme.scalar("SELECT what FROM commitment_update WHERE commitment_id = ?",
                            (commitment["id"],)) == "Local trouvé"
    assert "ثنائي" in str(programme.scalar(
        "SELECT text FROM commitment_text WHERE commitment_id = ?", (commitment["id"],)))
    readings = programme.rows(
        "SELECT r.day, r.value, r.note FROM reading r JOIN criterion c ON c.id = r.criterion_id "
        "JOIN action a ON a.id = c.action_id WHERE a.session_id = ? AND c.indicator = ? "
        "ORDER BY r.day", (here, followed.criterion))
    assert [(r["day"], r["value"]) for r in readings] == [("2026-11-21", 6), ("2026-11-28", 11)]
    assert programme.scalar("SELECT COUNT(*) FROM experiment e JOIN action a ON a.id = "
                            "e.action_id WHERE a.session_id = ?", (here,)) == 1
    assert programme.scalar("SELECT COUNT(*) FROM expectation_mark m JOIN note n ON n.id = "
                            "m.note_id WHERE n.session_id = ?", (here,)) >= 1
    before = _snapshot(programme)
    assert import_bundle(programme, bundle).outcome == "unchanged"
    assert _snapshot(programme) == before
    assert not list(programme.conn.execute("PRAGMA foreign_key_check"))
    resent = _export_from(programme, here, tmp_path / "again.rtb", identity)
    assert read_bundle(resent).manifest["data_digest"] == read_bundle(bundle).manifest[
        "data_digest"]


def test_a_later_export_replaces_the_follow_up(demo: Workshop, identity: SigningIdentity,
                                               programme: Database, tmp_path: Path) -> None:
    follow_up(demo, 1, "Lyon")
    import_bundle(programme, _export(demo, 1, tmp_path / "v1.rtb", identity))
    follow_up(demo, 1, "Vénissieux")
    later = import_bundle(programme, _export(demo, 1, tmp_path / "v2.rtb", identity))
    assert later.outcome == "updated"
    assert programme.scalar("SELECT COUNT(*) FROM commitment") == 2
    assert programme.scalar("SELECT COUNT(*) FROM reading") == 4
    assert not list(programme.conn.execute("PRAGMA foreign_key_check"))
