"""Signed minutes lock a session; reopening it is recorded and makes a new version."""

from __future__ import annotations

import pytest

from app.core.errors import RuleError
from app.core.minutes_versions import MinutesVersions
from app.core.model import Area, SessionStatus
from app.core.workshop import Workshop


def test_sign_lock_reopen(demo: Workshop) -> None:
    versions = MinutesVersions(demo.ops)
    assert versions.version(1) == 1
    with pytest.raises(RuleError, match="not signed"):
        versions.reopen(1)
    versions.mark_signed(1, version=1, document_sha256="d" * 64, fingerprint="f" * 64)
    assert demo.sessions.get(1).status is SessionStatus.SIGNED
    with pytest.raises(RuleError, match="locked"):
        demo.board.add_note(1, Area.IDEAS, "locked out")
    # the same version signed again (another language) stays locked, at the same version
    versions.mark_signed(1, version=1, document_sha256="e" * 64, fingerprint="f" * 64)
    assert demo.sessions.get(1).status is SessionStatus.SIGNED
    assert versions.version(1) == 1
    with pytest.raises(RuleError, match="reopened while version 2"):
        versions.mark_signed(1, version=2, document_sha256="e" * 64, fingerprint="f" * 64)
    assert versions.reopen(1) == 2
    assert versions.version(1) == 2
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
    demo.board.add_note(1, Area.IDEAS, "an edit after reopening")
    with pytest.raises(RuleError, match="reopened while version 1"):
        versions.mark_signed(1, version=1, document_sha256="d" * 64, fingerprint="f" * 64)
    ops = [row["op"] for row in demo.database.rows(
        "SELECT op FROM audit WHERE session_id = 1 ORDER BY seq")]
    assert ops.index("sign_minutes") < ops.index("sign_minutes_copy") < ops.index("reopen_minutes")
    assert demo.sessions.verify_audit(1).ok


def test_nothing_is_locked_when_the_log_moved_on(demo: Workshop) -> None:
    versions = MinutesVersions(demo.ops)
    _, head = demo.sessions.audit_head(1)
    demo.board.add_note(1, Area.IDEAS, "after the minutes were made")
    with pytest.raises(RuleError):
        versions.mark_signed(1, version=1, document_sha256="d" * 64, fingerprint="f" * 64,
                             expected_head=head)
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
    _, head = demo.sessions.audit_head(1)
    versions.mark_signed(1, version=1, document_sha256="d" * 64, fingerprint="f" * 64,
                         expected_head=head)
    assert demo.sessions.get(1).status is SessionStatus.SIGNED
