"""PAdES baseline B-B signatures with pyHanko: the first signature, and co-signatures.

A co-signature is a further signature in an incremental update: the first signature still
covers its own revision, and the new one covers the whole file.
"""

from __future__ import annotations

import io
import logging

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm

from app.minutes.errors import MinutesError

# pyHanko logs its own view of untrusted, self-signed certificates; our verdict says it plainly.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

REASON = "Minutes of the Policy Lab session"


def _signer(identity_bytes: bytes, passphrase: str) -> signers.SimpleSigner:
    try:
        signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
            identity_bytes, [], passphrase=passphrase.encode("utf-8"))
    except ValueError as exc:
        raise MinutesError("wrong_passphrase") from exc
    return signer


def signature_count(pdf: bytes) -> int:
    try:
        return len(PdfFileReader(io.BytesIO(pdf)).embedded_signatures)
    except Exception as exc:  # a broken file shows up here in many shapes
        raise MinutesError("unreadable_pdf", detail=str(exc)) from exc


def sign_pdf(pdf: bytes, identity_bytes: bytes, passphrase: str, *, name: str,
             location: str = "", reason: str = REASON) -> bytes:
    """``pdf`` with one more signature (PAdES B-B, SHA-256), as new bytes."""
    signer = _signer(identity_bytes, passphrase)
    existing = signature_count(pdf)
    meta = signers.PdfSignatureMetadata(
        field_name=f"Signature{existing + 1}",
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=name,
        reason=reason,
        location=location or None,
        # The first signature certifies the minutes: readers then flag any change but
        # further signatures (co-signing) as breaking the certification.
        certify=existing == 0,
        docmdp_permissions=MDPPerm.FILL_FORMS,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = signers.sign_pdf(writer, meta, signer)
    return bytes(output.getvalue())
