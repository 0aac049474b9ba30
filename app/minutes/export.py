"""Exporting the minutes of a session: gather, lay out, sign, lock — one call for the CLI and
the desktop alike (which runs it off the GUI thread, on its own connection).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.audit_texts import describe_finding
from app.core.errors import RuleError
from app.core.minutes_versions import MinutesVersions
from app.core.model import SessionStatus
from app.core.retention import Retention
from app.core.workshop import Workshop
from app.minutes.content import MinutesContent, gather, hidden_names
from app.minutes.document import SignerCard, build_pdf
from app.minutes.errors import MinutesError, short_detail
from app.minutes.identity import load_identity, unlock
from app.minutes.labels import LANGUAGES
from app.minutes.privacy import PrivacyWarning, privacy_warnings
from app.minutes.signing import sign_pdf
from app.storage import anchors

Progress = Callable[[int, str], None]  # percent, step: gather, layout, sign, write, purge


@dataclass(frozen=True)
class MinutesRequest:
    session_id: int
    out: Path
    language: str = "fr"
    identity_path: Path | None = None  # sign with this identity when given
    passphrase: str = ""
    accept_privacy_warnings: bool = False
    purge_raw_data: bool = False  # after signing; also done when the retention setting says so
    accept_audit_findings: bool = False  # sign even though rows differ from the audit log


@dataclass(frozen=True)
class ExportedMinutes:
    path: Path
    version: int
    signed: bool
    sha256: str  # of the file written
    fingerprint: str  # of the signer's certificate, "" when unsigned
    pages_digest: str  # the content digest printed in the QR code
    warnings: tuple[PrivacyWarning, ...]


def _quiet(percent: int, step: str) -> None:
    del percent, step


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".minutes-", suffix=".pdf", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as exc:
        raise MinutesError("cannot_write", path=path, detail=exc.strerror or exc) from exc


def check_before_signing(workshop: Workshop, session_id: int) -> MinutesContent:
    """Refuse early what signing would refuse later (still running). A signed session's
    minutes may be signed again, as a copy in another language of the same version."""
    session = workshop.sessions.get(session_id)
    if session.status not in (SessionStatus.CLOSED, SessionStatus.SIGNED):
        raise MinutesError("not_closed")
    # The full check (every index against its table): a damaged index would hide rows from
    # the counts that are about to be signed (StoreError naming the damage).
    workshop.database.check_integrity()
    return gather(workshop, session_id)


def anchor_head(workshop: Workshop, content: MinutesContent) -> None:
    """The head printed in the signed minutes, written down outside the chain as well."""
    with contextlib.suppress(OSError):  # the PDF itself still carries the head
        anchors.record(anchors.anchors_path_of(workshop.database.path),
                       [(content.session_uid, content.audit_events, content.audit_head)],
                       source=f"minutes v{content.version}")


def export_minutes(workshop: Workshop, request: MinutesRequest,
                   progress: Progress = _quiet) -> ExportedMinutes:
    if request.language not in LANGUAGES:
        raise MinutesError("unknown_language", language=request.language)
    signing = request.identity_path is not None
    progress(5, "gather")
    if signing:
        content = check_before_signing(workshop, request.session_id)
        if not content.audit_intact and not request.accept_audit_findings:
            findings = workshop.sessions.verify_audit(request.session_id).findings
            raise MinutesError("audit_findings", count=len(findings),
                               first=describe_finding(findings[0]) if findings else "")
    else:
        content = gather(workshop, request.session_id)
    warnings = tuple(privacy_warnings(content, hidden_names(workshop, request.session_id)))
    if signing and warnings and not request.accept_privacy_warnings:
        raise MinutesError("privacy_warnings")

    card = None
    identity_bytes = b""
    if request.identity_path is not None:
        identity = load_identity(request.identity_path)
        if identity is None:
            raise MinutesError("no_identity")
        identity_bytes = unlock(request.identity_path, request.passphrase)
        card = SignerCard(identity.name, identity.title, identity.fingerprint)
    progress(20, "layout")
    try:
        pdf = build_pdf(content, request.language, card)
    except Exception as exc:  # said in the user's words; nothing was written
        raise MinutesError("layout_failed", detail=short_detail(exc)) from exc
    if card is not None:
        progress(70, "sign")
        try:
            pdf = sign_pdf(pdf, identity_bytes, request.passphrase, name=card.name,
                           location=content.territory)
        except MinutesError:
            raise
        except Exception as exc:  # said in the user's words; nothing was written
            raise MinutesError("sign_failed", detail=short_detail(exc)) from exc
    progress(85, "write")
    digest = hashlib.sha256(pdf).hexdigest()
    if card is not None and workshop.sessions.audit_head(request.session_id)[1] \
            != content.audit_head:
        raise MinutesError("changed_while_signing")
    write_atomically(request.out, pdf)
    if card is not None:
        # Locked only once the signed file is on disk, and only if nothing changed meanwhile;
        # otherwise the signed file is taken back.
        try:
            MinutesVersions(workshop.ops).mark_signed(
                request.session_id, version=content.version, document_sha256=digest,
                fingerprint=card.fingerprint, expected_head=content.audit_head)
        except RuleError:
            request.out.unlink(missing_ok=True)
            raise
        anchor_head(workshop, content)
        retention = Retention(workshop.ops)
        if request.purge_raw_data or retention.purge_after_signing():
            progress(95, "purge")
            retention.purge(request.session_id)
    progress(100, "done")
    return ExportedMinutes(request.out, content.version, card is not None, digest,
                           card.fingerprint if card else "", content.digest(), warnings)
