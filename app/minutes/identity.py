"""The signer's identity: an EC P-256 key and a self-signed certificate carrying a name and a
title, kept in a passphrase-protected PKCS#12 file in the app-data folder.

Beside it lies the certificate alone (PEM): public, it tells who will sign without the
passphrase, and it is what a reader trusts (``verify --trust``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.minutes.errors import MinutesError

IDENTITY_FILE = "signing-identity.p12"
MIN_PASSPHRASE = 8
VALID_YEARS = 10


@dataclass(frozen=True)
class SigningIdentity:
    """What anyone may know about a signer: no key, no passphrase."""

    path: Path
    name: str
    title: str
    fingerprint: str  # SHA-256 of the certificate (DER), hex
    certificate_pem: bytes

    @property
    def certificate_path(self) -> Path:
        return certificate_path(self.path)


def certificate_path(identity_path: Path) -> Path:
    return identity_path.with_suffix(".pem")


def fingerprint(certificate: x509.Certificate) -> str:
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def _describe(path: Path, certificate: x509.Certificate) -> SigningIdentity:
    def first(oid: x509.ObjectIdentifier) -> str:
        found = certificate.subject.get_attributes_for_oid(oid)
        value = found[0].value if found else ""
        return value if isinstance(value, str) else value.decode()

    return SigningIdentity(path, first(NameOID.COMMON_NAME), first(NameOID.TITLE),
                           fingerprint(certificate),
                           certificate.public_bytes(serialization.Encoding.PEM))


def create_identity(path: Path, name: str, title: str, passphrase: str) -> SigningIdentity:
    """A new key pair and self-signed certificate; never overwrites an existing identity."""
    name, title = name.strip(), title.strip()
    if not name:
        raise MinutesError("empty_name")
    if len(passphrase) < MIN_PASSPHRASE:
        raise MinutesError("short_passphrase", minimum=MIN_PASSPHRASE)
    if path.exists():
        raise MinutesError("identity_exists", path=path)
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if title:
        attributes.append(x509.NameAttribute(NameOID.TITLE, title))
    subject = x509.Name(attributes)
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    bundle = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, certificate, None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_private(path, bundle)
    certificate_path(path).write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return _describe(path, certificate)


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (on systems that know file modes)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def load_identity(path: Path) -> SigningIdentity | None:
    """The public side of the identity at ``path``, or None when there is none yet."""
    if not path.exists():
        return None
    pem = certificate_path(path)
    try:
        return _describe(path, x509.load_pem_x509_certificate(pem.read_bytes()))
    except (OSError, ValueError) as exc:
        raise MinutesError("identity_unreadable", path=pem) from exc


def unlock(path: Path, passphrase: str) -> bytes:
    """The PKCS#12 bytes, once the passphrase is known to open them."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise MinutesError("no_identity") from exc
    except OSError as exc:
        raise MinutesError("identity_unreadable", path=path) from exc
    try:
        pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise MinutesError("wrong_passphrase") from exc
    return data
