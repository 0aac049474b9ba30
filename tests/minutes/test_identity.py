"""The signing identity: EC P-256, self-signed, name and title, passphrase-protected."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from app.minutes.errors import MinutesError
from app.minutes.identity import create_identity, load_identity, unlock
from tests.minutes.conftest import PASSPHRASE


def test_identity_is_ec_p256_self_signed_with_name_and_title(tmp_path: Path) -> None:
    path = tmp_path / "id.p12"
    made = create_identity(path, "Claire Martin", "Facilitatrice", PASSPHRASE)
    key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), PASSPHRASE.encode())
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.curve.name == "secp256r1"
    assert cert is not None
    assert cert.issuer == cert.subject
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.content_commitment
    assert load_identity(path) == made
    assert (made.name, made.title) == ("Claire Martin", "Facilitatrice")
    assert len(made.fingerprint) == 64
    assert path.stat().st_mode & 0o077 == 0


def test_passphrase_is_needed(tmp_path: Path) -> None:
    path = tmp_path / "id.p12"
    create_identity(path, "Claire Martin", "", PASSPHRASE)
    assert unlock(path, PASSPHRASE)
    with pytest.raises(MinutesError, match="passphrase"):
        unlock(path, "wrong one!")
    with pytest.raises(ValueError, match="Invalid password"):
        pkcs12.load_key_and_certificates(path.read_bytes(), None)


def test_refusals(tmp_path: Path) -> None:
    path = tmp_path / "id.p12"
    with pytest.raises(MinutesError, match="at least 8"):
        create_identity(path, "Claire", "", "short")
    with pytest.raises(MinutesError, match="name is empty"):
        create_identity(path, "  ", "", PASSPHRASE)
    create_identity(path, "Claire", "", PASSPHRASE)
    with pytest.raises(MinutesError, match="already exists"):
        create_identity(path, "Someone else", "", PASSPHRASE)
    assert load_identity(tmp_path / "none.p12") is None
    with pytest.raises(MinutesError, match="No signing identity"):
        unlock(tmp_path / "none.p12", PASSPHRASE)
