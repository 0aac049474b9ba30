"""Signing runs the audit check first, and leaves the signed head as an anchor."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.workshop import Workshop
from app.minutes.content import gather
from app.minutes.errors import MinutesError
from app.minutes.export import MinutesRequest, export_minutes
from app.minutes.identity import SigningIdentity
from app.storage.anchors import anchors_path_of, latest
from tests.minutes.conftest import PASSPHRASE


def test_a_note_edited_outside_refuses_signing_and_names_it(
        demo: Workshop, identity: SigningIdentity, db_path: Path, tmp_path: Path) -> None:
    note_id = demo.database.scalar("SELECT MIN(id) FROM note WHERE session_id = 1")
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("UPDATE note SET text = 'nobody asked for this' WHERE id = ?", (note_id,))
    conn.close()
    assert gather(demo, 1).audit_intact is False  # the minutes no longer say "intact"
    out = tmp_path / "minutes.pdf"
    with pytest.raises(MinutesError) as refused:
        export_minutes(demo, MinutesRequest(1, out, "en", identity.path, PASSPHRASE))
    assert refused.value.code == "audit_findings"
    assert f"note {note_id} (text) reads «nobody asked for this»" in str(refused.value)
    assert not out.exists()
    assert demo.sessions.get(1).status.value == "closed"  # not locked


def test_signing_anchors_the_head_printed_in_the_minutes(
        demo: Workshop, identity: SigningIdentity, tmp_path: Path) -> None:
    printed = gather(demo, 1)
    done = export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "en", identity.path,
                                               PASSPHRASE))
    anchor = latest(anchors_path_of(demo.database.path), printed.session_uid)
    assert anchor is not None
    assert (anchor.events, anchor.head) == (printed.audit_events, printed.audit_head)
    assert anchor.source == f"minutes v{done.version}"
    assert demo.sessions.verify_audit(1).ok
