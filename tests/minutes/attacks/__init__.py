"""An attack builder: tampered copies of signed minutes, to check that `verify` refuses them.

Each attack is a PDF's bytes, its class (byte flip, incremental update, shadow, wrapping,
truncation, certificate swap), and what the check is run with (trusted certificates, the
number of signatures expected).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attack:
    kind: str  # the attack class
    name: str
    pdf: bytes
    trust: tuple[bytes, ...] = ()  # PEM certificates the check is given
    expected: int = 0  # --expect-signatures
