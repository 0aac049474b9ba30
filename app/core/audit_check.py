"""The whole audit check of a session: the chain, the rows against it, the latest anchor.

Run before signing, by ``python -m app audit`` and from the desk's audit screen. The verdict
is ``ok`` only when the chain is whole, every replayed row matches, and the chain still holds
its latest anchor; ``findings`` names each thing that does not.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from app.core.audit_replay import replay
from app.storage import anchors, audit


def full_check(conn: sqlite3.Connection, db_path: Path, session_id: int,
               session_uid: str) -> audit.AuditVerdict:
    verdict = audit.verify(conn, session_id, session_uid)
    findings: list[audit.Finding] = []
    if not verdict.ok and verdict.first_bad_seq is not None:
        reason = {"an event is missing": "events_missing",
                  "the event is not valid JSON": "not_json"}.get(verdict.reason,
                                                                 "event_changed")
        findings.append(audit.Finding("audit", (verdict.first_bad_seq,), "hash", reason,
                                      seq=verdict.first_bad_seq))
    anchor = anchors.latest(anchors.anchors_path_of(db_path), session_uid)
    if anchor is not None:
        broken = audit.check_anchor(verdict, conn, session_id, anchor.events, anchor.head)
        if broken is not None:
            findings.append(dataclasses.replace(broken, op=anchor.source))
    findings += replay(conn, session_id)
    return dataclasses.replace(verdict, ok=not findings, findings=tuple(findings))
