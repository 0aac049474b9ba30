"""What a badge's QR code carries: a signed token naming the session and the participant.

``RT1.<session uid>.<participant id>.<mac>`` where the mac is HMAC-SHA256 under the session's
own badge key (made when the session is created, never printed). Only upper-case hex, digits
and dots, so the QR code stays in its compact alphanumeric mode and small enough to scan from
across a desk. A code from another session, an altered code and a made-up code are each refused
with their own reason, before anything is written.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.errors import RuleError
from app.core.model import Participant
from app.core.pseudonyms import CODE_LENGTH, normalise_code
from app.storage.database import Database

if TYPE_CHECKING:
    from app.core.workshop import Workshop

PREFIX = "RT1"
MAC_HEX = 32  # 128 bits of the HMAC: unforgeable in a room, short enough for a small QR code


@dataclass(frozen=True)
class BadgeSigner:
    """Signs and checks the badges of one session."""

    session_uid: str
    badge_key: str  # 64 hex characters, secret

    @classmethod
    def for_session(cls, database: Database, session_id: int) -> BadgeSigner:
        row = database.row("SELECT uid, badge_key FROM session WHERE id = ?", (session_id,))
        if row is None:
            raise RuleError("not_found", what="session")
        return cls(str(row["uid"]), str(row["badge_key"]))

    def _mac(self, participant_id: int) -> str:
        message = f"{PREFIX}.{self.session_uid.upper()}.{participant_id}".encode()
        digest = hmac.new(bytes.fromhex(self.badge_key), message, hashlib.sha256).hexdigest()
        return digest[:MAC_HEX].upper()

    def token(self, participant_id: int) -> str:
        """The text to put in the badge's QR code."""
        return f"{PREFIX}.{self.session_uid.upper()}.{participant_id}.{self._mac(participant_id)}"

    def verify(self, scanned: str) -> int:
        """The participant id a scanned code names, or a RuleError saying why it is refused.

        ``badge_unknown``: not a Roundtable badge at all; ``badge_other_session``: a real-looking
        badge of another session; ``badge_forged``: this session's shape, but the signature does
        not match (altered or made up).
        """
        parts = scanned.strip().upper().split(".")
        if len(parts) != 4 or parts[0] != PREFIX:
            raise RuleError("badge_unknown")
        _, uid, participant, mac = parts
        if uid != self.session_uid.upper():
            raise RuleError("badge_other_session")
        if not participant.isdigit() or len(participant) > 12 or len(mac) != MAC_HEX:
            raise RuleError("badge_forged")
        participant_id = int(participant)
        if not hmac.compare_digest(mac, self._mac(participant_id)):
            raise RuleError("badge_forged")
        return participant_id


def looks_like_badge(scanned: str) -> bool:
    """A scanned text that is meant as a badge (rather than a typed short code)."""
    return scanned.strip().upper().startswith(PREFIX + ".")


def identify(workshop: Workshop, session_id: int, scanned_or_typed: str) -> Participant:
    """The participant behind a scanned badge or a typed short code, or a RuleError.

    Removed participants are refused; so is a badge of someone from another session.
    """
    text = scanned_or_typed.strip()
    if looks_like_badge(text):
        participant_id = BadgeSigner.for_session(workshop.database, session_id).verify(text)
        try:
            person = workshop.roster.get(participant_id)
        except RuleError as exc:
            raise RuleError("badge_forged") from exc
        if person.session_id != session_id:
            raise RuleError("badge_forged")
    elif len(normalise_code(text)) > CODE_LENGTH + 2:
        raise RuleError("badge_unknown")  # some other QR code (a web address, a Wi-Fi code…)
    else:
        found = workshop.roster.by_code(session_id, text)
        if found is None:
            raise RuleError("unknown_code", typed=normalise_code(text)[:12])
        person = found
    if person.removed:
        raise RuleError("participant_removed")
    return person
