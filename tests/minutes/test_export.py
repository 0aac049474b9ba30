"""Exporting: signing locks the session; reopening makes the next minutes a new version."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import RuleError
from app.core.minutes_versions import MinutesVersions
from app.core.model import Area, SessionStatus
from app.core.workshop import Workshop
from app.minutes.errors import MinutesError
from app.minutes.export import ExportedMinutes, MinutesRequest, export_minutes
from app.minutes.identity import SigningIdentity
from tests.minutes.conftest import PASSPHRASE, pdf_text


def test_signing_locks_the_session(demo: Workshop, signed: ExportedMinutes) -> None:
    assert signed.signed
    assert signed.version == 1
    assert demo.sessions.get(1).status is SessionStatus.SIGNED
    with pytest.raises(RuleError) as caught:
        demo.board.add_note(1, Area.IDEAS, "Trop tard")
    assert caught.value.code == "session_locked"
    events, _ = demo.sessions.audit_head(1)
    assert demo.sessions.verify_audit(1).ok
    assert events > 0


def test_a_signed_version_is_signed_again_in_another_language(
        demo: Workshop, signed: ExportedMinutes, identity: SigningIdentity,
        tmp_path: Path) -> None:
    """A room reads French and Arabic: the same version, signed in each language; the copy is
    logged and the session stays locked at the same version."""
    copy = export_minutes(demo, MinutesRequest(1, tmp_path / "ar.pdf", "ar", identity.path,
                                               PASSPHRASE))
    assert copy.signed
    assert copy.version == signed.version
    assert copy.sha256 != signed.sha256
    assert demo.sessions.get(1).status is SessionStatus.SIGNED
    ops = [row["op"] for row in demo.database.rows(
        "SELECT op FROM audit WHERE session_id = 1 ORDER BY seq")]
    assert ops.count("sign_minutes") == 1
    assert ops.count("sign_minutes_copy") == 1
    assert demo.sessions.verify_audit(1).ok


def test_an_edit_starts_a_new_version(demo: Workshop, signed: ExportedMinutes,
                                      identity: SigningIdentity, tmp_path: Path) -> None:
    assert MinutesVersions(demo.ops).reopen(1) == 2
    demo.board.add_note(1, Area.IDEAS, "Une idée arrivée après la séance")
    demo.sessions.set_status(1, SessionStatus.CLOSED)
    second = export_minutes(demo, MinutesRequest(1, tmp_path / "v2.pdf", "en", identity.path,
                                                 PASSPHRASE))
    assert second.version == 2
    text = pdf_text(second.path)
    assert "Version of the minutes 2" in text
    assert "This is version 2" in text
    assert "Une idée arrivée après la séance" in text
    assert signed.path.read_bytes() != second.path.read_bytes()


def test_wrong_passphrase_leaves_the_session_open(demo: Workshop, identity: SigningIdentity,
                                                  tmp_path: Path) -> None:
    with pytest.raises(MinutesError) as caught:
        export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                            "not the passphrase"))
    assert caught.value.code == "wrong_passphrase"
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
    assert not (tmp_path / "m.pdf").exists()


def test_privacy_warnings_stop_signing_unless_accepted(demo: Workshop,
                                                       identity: SigningIdentity,
                                                       tmp_path: Path) -> None:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, "Écrivez-moi : amina@example.org")
    demo.sessions.set_status(1, SessionStatus.CLOSED)
    request = MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path, PASSPHRASE)
    with pytest.raises(MinutesError) as caught:
        export_minutes(demo, request)
    assert caught.value.code == "privacy_warnings"
    done = export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                               PASSPHRASE, accept_privacy_warnings=True))
    assert done.signed
    assert [w.kind for w in done.warnings] == ["email"]


def test_a_running_session_is_not_signed(demo: Workshop, identity: SigningIdentity,
                                         tmp_path: Path) -> None:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    with pytest.raises(MinutesError, match="Close the session"):
        export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                            PASSPHRASE))


def test_unsigned_draft_does_not_lock(demo: Workshop, tmp_path: Path) -> None:
    done = export_minutes(demo, MinutesRequest(1, tmp_path / "draft.pdf", "ar"))
    assert not done.signed
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
    assert done.path.read_bytes().startswith(b"%PDF")


def test_progress_is_reported_in_order(demo: Workshop, identity: SigningIdentity,
                                       tmp_path: Path) -> None:
    steps: list[tuple[int, str]] = []
    export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                        PASSPHRASE), lambda p, s: steps.append((p, s)))
    assert [s for _, s in steps] == ["gather", "layout", "sign", "write", "done"]  # no purge
    assert [p for p, _ in steps] == sorted(p for p, _ in steps)


def test_raw_data_purged_after_signing_when_asked(demo: Workshop, identity: SigningIdentity,
                                                  tmp_path: Path) -> None:
    done = export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                               PASSPHRASE, purge_raw_data=True))
    assert done.signed
    assert {p.display_name for p in demo.roster.participants(1)} == {
        "", "Claire Martin", "Élodie Bernard"}
    assert demo.sessions.verify_audit(1).ok


def test_a_change_while_signing_signs_nothing(demo: Workshop, identity: SigningIdentity,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from app.minutes import export

    real_sign = export.sign_pdf

    def sign_while_a_phone_writes(pdf: bytes, *args: object, **kwargs: object) -> bytes:
        demo.board.add_note(1, Area.IDEAS, "Une note arrivée pendant la signature")
        return real_sign(pdf, *args, **kwargs)

    monkeypatch.setattr(export, "sign_pdf", sign_while_a_phone_writes)
    with pytest.raises(MinutesError) as caught:
        export_minutes(demo, MinutesRequest(1, tmp_path / "m.pdf", "fr", identity.path,
                                            PASSPHRASE))
    assert caught.value.code == "changed_while_signing"
    assert not (tmp_path / "m.pdf").exists()
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
