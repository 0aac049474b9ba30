"""The signed session bundle: one file that carries a session from a facilitator's laptop to
the programme coordinator's store.

The file is a zip: ``manifest.json`` (the session, its audit head and chain check, the
SHA-256 of every other part), ``session.json`` (app/core/bundle_data.py), ``audit.json``
(the session's hash-chained log, so the chain is checked again on arrival), the signed
minutes PDF when the facilitator gives it, and the signer's certificate. The signature
(ECDSA with the facilitator's identity, app/minutes/identity.py) covers every byte of the
zip before its closing comment, where it is kept: one byte changed anywhere, and the bundle
is refused.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sqlite3
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from app.core.audit_check import full_check
from app.core.bundle_data import FORMAT, data_digest, insert_session_data, session_data
from app.core.errors import fill
from app.minutes.errors import MinutesError
from app.minutes.identity import fingerprint, unlock
from app.storage import audit
from app.storage.audit import canonical_json
from app.storage.database import Database

KIND = "roundtable-session-bundle"
SIGNATURE_MARK = b"RTSIG1:"
MANIFEST, DATA, AUDIT, MINUTES, CERTIFICATE = (
    "manifest.json", "session.json", "audit.json", "minutes.pdf", "certificate.pem")
IMPORTED = "bundle.{uid}"  # setting key: what was last imported of a session, and from whom

MESSAGES: dict[str, str] = {
    "no_session": "There is no session {session} in this database.",
    "not_a_bundle": "{path} is not a Roundtable session bundle ({detail}).",
    "altered": "{path} was changed after it was signed ({detail}); nothing was imported.",
    "audit_broken": "The session's audit log in {path} does not hold together ({detail}); "
    "nothing was imported.",
    "minutes_not_signed_here": "{path} is not a signed copy of this session's minutes (its "
    "digest is not in the session's log).",
    "local_edits": "The session \u201c{title}\u201d ({date}) is already in this database and "
    "differs from the bundle: it was edited here, or the bundle is not a later export of "
    "the copy imported here. Nothing was imported.",
    "cannot_read": "{path} cannot be read: {detail}",
    "cannot_write": "{path} cannot be written: {detail}",
}


class BundleError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(fill(MESSAGES[code], params))


@dataclass(frozen=True)
class Imported:
    session_id: int
    title: str
    date: str
    outcome: str  # "added", "unchanged" or "updated"
    signer: str
    signer_fingerprint: str
    audit_events: int
    minutes: Path | None
    findings_where_made: int  # rows that differed from the log on the exporting laptop


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _audit_rows(conn: sqlite3.Connection, session_id: int) -> list[list[Any]]:
    return [list(row) for row in conn.execute(
        "SELECT seq, at, op, data, hash FROM audit WHERE session_id = ? ORDER BY seq",
        (session_id,))]


def _signed_minutes_digests(rows: list[list[Any]]) -> set[str]:
    found = set()
    for _seq, _at, op, data_json, _hash in rows:
        if op in ("sign_minutes", "sign_minutes_copy"):
            found.add(str(json.loads(data_json).get("document_sha256", "")))
    return found


def write_bundle(database: Database, session_id: int, out: Path, identity: Path,
                 passphrase: str, minutes: Path | None = None) -> dict[str, Any]:
    """Write the session's signed bundle to ``out``; returns its manifest."""
    with database.read() as conn:
        found = conn.execute("SELECT uid, title, date FROM session WHERE id = ?",
                             (session_id,)).fetchone()
        if found is None:
            raise BundleError("no_session", session=session_id)
        uid, title, date = found
        data = session_data(conn, session_id)
        rows = _audit_rows(conn, session_id)
        verdict = audit.verify(conn, session_id, uid)
        checked = full_check(conn, database.path, session_id, uid)
    parts = {DATA: canonical_json(data).encode("utf-8"),
             AUDIT: canonical_json(rows).encode("utf-8")}
    if minutes is not None:
        try:
            pdf = minutes.read_bytes()
        except OSError as exc:
            raise BundleError("cannot_read", path=minutes, detail=exc.strerror) from exc
        if _sha256(pdf) not in _signed_minutes_digests(rows):
            raise BundleError("minutes_not_signed_here", path=minutes)
        parts[MINUTES] = pdf
    key, certificate = _identity_key(identity, passphrase)
    pem = certificate.public_bytes(Encoding.PEM)
    parts[CERTIFICATE] = pem
    manifest = {
        "kind": KIND, "format": FORMAT, "session_uid": uid, "title": title, "date": date,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data_digest": data_digest(data),
        "audit": {"events": verdict.events, "head": verdict.head, "chain_ok": verdict.ok,
                  "first_bad_event": verdict.first_bad_seq,
                  # the whole check on the laptop that made it: rows replayed, anchor held
                  "rows_match": checked.ok, "findings": len(checked.findings)},
        "signer_fingerprint": fingerprint(certificate),
        "parts": {name: _sha256(content) for name, content in sorted(parts.items())},
    }
    body = io.BytesIO()
    with zipfile.ZipFile(body, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, canonical_json(manifest).encode("utf-8"))
        for name, content in parts.items():
            archive.writestr(name, content)
    unsigned = body.getvalue()[:-2]  # all but the comment's length, which closes a zip
    signature = key.sign(unsigned, ec.ECDSA(hashes.SHA256()))
    comment = SIGNATURE_MARK + base64.b64encode(signature)
    try:
        out.write_bytes(unsigned + len(comment).to_bytes(2, "little") + comment)
    except OSError as exc:
        raise BundleError("cannot_write", path=out, detail=exc.strerror) from exc
    return manifest


def _identity_key(identity: Path, passphrase: str) -> tuple[ec.EllipticCurvePrivateKey,
                                                             x509.Certificate]:
    key, certificate, _others = pkcs12.load_key_and_certificates(
        unlock(identity, passphrase), passphrase.encode("utf-8"))
    if not isinstance(key, ec.EllipticCurvePrivateKey) or certificate is None:
        raise MinutesError("identity_unreadable", path=identity)
    return key, certificate


@dataclass(frozen=True)
class Bundle:
    """A bundle whose signature, parts and audit chain were all checked."""

    manifest: dict[str, Any]
    data: dict[str, Any]
    audit_rows: list[list[Any]]
    minutes: bytes | None
    signer: str
    signer_fingerprint: str


def read_bundle(path: Path) -> Bundle:
    """The bundle at ``path``, checked from its first byte to its last; else BundleError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError("cannot_read", path=path, detail=exc.strerror) from exc
    at = raw.rfind(SIGNATURE_MARK)
    if at < 2:
        raise BundleError("not_a_bundle", path=path, detail="no signature")
    comment = raw[at:]
    if int.from_bytes(raw[at - 2:at], "little") != len(comment):
        raise BundleError("altered", path=path, detail="the signature's length")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
        contents = {name: archive.read(name) for name in names}
        manifest = json.loads(contents[MANIFEST])
        certificate = x509.load_pem_x509_certificate(contents[CERTIFICATE])
        signature = base64.b64decode(comment[len(SIGNATURE_MARK):], validate=True)
    except (zipfile.BadZipFile, zlib.error, struct.error, NotImplementedError, RuntimeError,
            KeyError, ValueError, EOFError, OSError) as exc:  # a changed header or flag
        raise BundleError("altered", path=path, detail=type(exc).__name__) from exc
    public = certificate.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise BundleError("not_a_bundle", path=path, detail="not a Roundtable signer")
    try:
        public.verify(signature, raw[:at - 2], ec.ECDSA(hashes.SHA256()))
    except InvalidSignature as exc:
        raise BundleError("altered", path=path, detail="the signature does not match") from exc
    if manifest.get("kind") != KIND or manifest.get("format") != FORMAT:
        raise BundleError("not_a_bundle", path=path, detail="an unknown kind or format")
    listed = manifest.get("parts", {})
    if set(listed) | {MANIFEST} != names:
        raise BundleError("altered", path=path, detail="its parts are not those listed")
    for name, digest in listed.items():
        if _sha256(contents[name]) != digest:
            raise BundleError("altered", path=path, detail=f"{name} does not match its digest")
    if fingerprint(certificate) != manifest.get("signer_fingerprint"):
        raise BundleError("altered", path=path, detail="the signer")
    data = json.loads(contents[DATA])
    rows = json.loads(contents[AUDIT])
    if data_digest(data) != manifest.get("data_digest"):
        raise BundleError("altered", path=path, detail="session.json")
    _check_chain(path, manifest, rows)
    names_found = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    signer = str(names_found[0].value) if names_found else ""
    return Bundle(manifest, data, rows, contents.get(MINUTES), signer,
                  fingerprint(certificate))


def _check_chain(path: Path, manifest: dict[str, Any], rows: list[list[Any]]) -> None:
    """The log recomputed from the session's uid; its head is the one the manifest signed."""
    previous = str(manifest["session_uid"])
    for expected, row in enumerate(rows, start=1):
        seq, at, op, data_json, stored = row
        if seq != expected:
            raise BundleError("audit_broken", path=path, detail=f"event {expected} is missing")
        try:
            event = {"seq": seq, "at": at, "op": op, "data": json.loads(data_json)}
        except (TypeError, json.JSONDecodeError) as exc:
            raise BundleError("audit_broken", path=path,
                              detail=f"event {seq} is not valid JSON") from exc
        if audit.chain_hash(previous, event) != stored:
            raise BundleError("audit_broken", path=path, detail=f"event {seq} was changed")
        previous = stored
    head = manifest.get("audit", {})
    if head.get("events") != len(rows) or head.get("head") != previous or not head.get(
            "chain_ok"):
        raise BundleError("audit_broken", path=path,
                          detail="the log ends elsewhere than its signed head")


def import_bundle(database: Database, path: Path) -> Imported:
    """Check the bundle, then add its session (or find it already here, unchanged).

    A session already here (same uid) is replaced only when nothing was edited here since it
    was imported and the bundle's log continues the log imported then (a later export of the
    same session). Otherwise BundleError("local_edits"): nothing is overwritten silently."""
    bundle = read_bundle(path)
    manifest = bundle.manifest
    uid = str(manifest["session_uid"])
    digest = str(manifest["data_digest"])
    events, head = int(manifest["audit"]["events"]), str(manifest["audit"]["head"])
    with database.write() as conn:
        found = conn.execute("SELECT id FROM session WHERE uid = ?", (uid,)).fetchone()
        outcome = "added"
        if found is not None:
            here = int(found[0])
            if (data_digest(session_data(conn, here)) == digest
                    and _audit_rows(conn, here) == bundle.audit_rows):
                outcome = "unchanged"
            elif _continues(conn, here, uid, bundle):
                _remove_session(conn, here)
                outcome = "updated"
            else:
                raise BundleError("local_edits", title=manifest["title"], date=manifest["date"])
        if outcome != "unchanged":
            session_id = insert_session_data(conn, bundle.data)
            conn.executemany(
                "INSERT INTO audit (session_id, seq, at, op, data, hash) VALUES (?, ?, ?, ?, ?, ?)",
                [(session_id, *row) for row in bundle.audit_rows])
            record = {"data_digest": digest, "events": events, "head": head,
                      "signer": bundle.signer, "fingerprint": bundle.signer_fingerprint}
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                         (IMPORTED.format(uid=uid), canonical_json(record)))
        else:
            session_id = here
    minutes = _keep_minutes(database.path, uid, bundle.minutes)
    return Imported(session_id, str(manifest["title"]), str(manifest["date"]), outcome,
                    bundle.signer, bundle.signer_fingerprint, events, minutes,
                    int(manifest["audit"].get("findings", 0)))


def _continues(conn: sqlite3.Connection, here: int, uid: str, bundle: Bundle) -> bool:
    found = conn.execute("SELECT value FROM setting WHERE key = ?",
                         (IMPORTED.format(uid=uid),)).fetchone()
    if found is None:
        return False  # made on this laptop, or imported by hand: never replaced
    record = json.loads(found[0])
    unedited = data_digest(session_data(conn, here)) == record["data_digest"]
    rows = bundle.audit_rows
    events = int(record["events"])
    extends = (events == 0 or (len(rows) >= events and rows[events - 1][4] == record["head"]))
    return unedited and extends and _audit_rows(conn, here) == rows[:events]


# The follow-up tables hold plain foreign keys (no cascade): their rows go first.
_FOLLOW_UP_ROWS = (
    "DELETE FROM reading WHERE criterion_id IN (SELECT c.id FROM criterion c JOIN action a "
    "ON a.id = c.action_id WHERE a.session_id = ?)",
    "DELETE FROM experiment WHERE action_id IN (SELECT id FROM action WHERE session_id = ?)",
    "DELETE FROM expectation_mark WHERE note_id IN (SELECT id FROM note WHERE session_id = ?)",
    "DELETE FROM commitment_text WHERE commitment_id IN (SELECT id FROM commitment "
    "WHERE session_id = ?)",
    "DELETE FROM commitment_update WHERE commitment_id IN (SELECT id FROM commitment "
    "WHERE session_id = ?)",
    "DELETE FROM commitment WHERE session_id = ?",
)


def _remove_session(conn: sqlite3.Connection, session_id: int) -> None:
    for statement in _FOLLOW_UP_ROWS:
        conn.execute(statement, (session_id,))
    conn.execute("DELETE FROM audit WHERE session_id = ?", (session_id,))
    conn.execute("UPDATE session SET current_phase_id = NULL WHERE id = ?", (session_id,))
    conn.execute("DELETE FROM session WHERE id = ?", (session_id,))


def _keep_minutes(db_path: Path, uid: str, pdf: bytes | None) -> Path | None:
    """The bundle's signed minutes, kept beside the database (minutes/<session uid>.pdf)."""
    if pdf is None:
        return None
    folder = db_path.parent / "imported-minutes"
    target = folder / f"{uid}.pdf"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != pdf:
            target.write_bytes(pdf)
    except OSError as exc:
        raise BundleError("cannot_write", path=target, detail=exc.strerror) from exc
    return target
