"""A further signature on signed minutes: an elected representative, say, with their own key."""

from __future__ import annotations

from pathlib import Path

from app.minutes.errors import MinutesError
from app.minutes.export import write_atomically
from app.minutes.identity import SigningIdentity, load_identity, unlock
from app.minutes.signing import sign_pdf
from app.minutes.verification import Verdict, verify_pdf


def cosign(source: Path, out: Path, identity_path: Path, passphrase: str) -> Verdict:
    """Add a signature to ``source``, written to ``out``; returns the check of the result."""
    try:
        pdf = source.read_bytes()
    except OSError as exc:
        raise MinutesError("unreadable_pdf", detail=exc.strerror or exc) from exc
    before = verify_pdf(pdf)
    if not before.signatures:
        raise MinutesError("not_signed_pdf")
    if not before.ok:
        raise MinutesError("cosign_broken")
    identity: SigningIdentity | None = load_identity(identity_path)
    if identity is None:
        raise MinutesError("no_identity")
    signed = sign_pdf(pdf, unlock(identity_path, passphrase), passphrase, name=identity.name)
    write_atomically(out, signed)
    return verify_pdf(signed)
