"""Purging raw data after signing: names, tokens, authors and open ballots go; counts stay."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.minutes_versions import MinutesVersions
from app.core.model import Area
from app.core.retention import Retention
from app.core.search import search
from app.core.workshop import Workshop


def test_purge_needs_signed_minutes(demo: Workshop) -> None:
    with pytest.raises(RuleError, match="only once the minutes are signed"):
        Retention(demo.ops).purge(1)


def test_purge_keeps_counts_and_the_audit_chain(demo: Workshop) -> None:
    round_id = demo.voting.rounds(1)[0].id
    before = demo.voting.tally(round_id)
    MinutesVersions(demo.ops).mark_signed(1, version=1, document_sha256="d" * 64,
                                          fingerprint="f" * 64)
    counts = Retention(demo.ops).purge(1)
    assert counts["display_names"] == 5  # Karim, Sophie, Amina, Olena, Youssef
    names = {p.display_name for p in demo.roster.participants(1)}
    assert names == {"", "Claire Martin", "Élodie Bernard"}
    assert all(n.author_id is None for n in demo.board.notes(1))
    assert counts["open_ballots"] > 0
    assert demo.database.scalar("SELECT COUNT(*) FROM dot WHERE ballot LIKE 'p%'") == 0
    after = demo.voting.tally(round_id)
    assert [(i.item_id, i.total, i.by_group) for i in after.items] == \
        [(i.item_id, i.total, i.by_group) for i in before.items]
    assert demo.sessions.verify_audit(1).ok


def test_the_setting(demo: Workshop) -> None:
    retention = Retention(demo.ops)
    assert not retention.purge_after_signing()
    retention.set_purge_after_signing(True)
    assert retention.purge_after_signing()


def test_purged_words_leave_the_search_index(demo: Workshop) -> None:
    note = demo.board.add_note(1, Area.IDEAS, "Zanzibarquoise confidentielle")
    demo.board.delete_notes([note.id])
    MinutesVersions(demo.ops).mark_signed(1, version=1, document_sha256="d" * 64,
                                          fingerprint="f" * 64)
    Retention(demo.ops).purge(1)
    index = demo.database.conn.execute("SELECT block FROM note_fts_data").fetchall()
    assert not any(b"zanzibarquoise" in bytes(row[0]) for row in index if row[0])
    assert search(demo.database, "zanzibarquoise") == []
