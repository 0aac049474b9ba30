"""Checking signed minutes: who signed, with which certificate, when they say, what is covered.

Accepted only when every signature is intact and valid, the last one covers the whole file,
and nothing but further signatures was added after an earlier one (pyHanko's difference
analysis, and the first signature's certification: DocMDP, further signatures only). With
trusted certificates given, every signer must also be one of them (or chain to one).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.minutes import signing  # noqa: F401  (quiets pyHanko's loggers)
from app.minutes.content import CONTENT_KEYWORD

# What may follow an earlier signature: nothing, or a further signature filled in.
ALLOWED_AFTER = (ModificationLevel.NONE, ModificationLevel.FORM_FILLING)

PROBLEMS: dict[str, str] = {
    "unreadable": "The file cannot be read as a signed PDF.",
    "no_signature": "The file has no signature.",
    "not_intact": "The signed bytes were changed: the document digest does not match.",
    "not_valid": "The signature itself is not valid for this certificate.",
    "not_whole_file": "The signature does not cover the whole file: something was added "
    "after it.",
    "changed_after": "The document was changed after this signature (not only by further "
    "signatures).",
    "not_trusted": "The signer's certificate is not one of the trusted certificates given.",
}


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    title: str
    fingerprint: str
    signing_time: datetime | None
    intact: bool
    valid: bool
    trusted: bool | None  # None: no trusted certificate was given
    whole_file: bool
    coverage: str  # "entire_file", "entire_revision" or "unclear"
    modification: str  # what came after this signature
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Verdict:
    signatures: tuple[SignatureReport, ...]
    problems: tuple[str, ...]  # about the file as a whole

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems and all(
            s.ok for s in self.signatures)

    def all_problems(self) -> list[str]:
        return [*self.problems, *(p for s in self.signatures for p in s.problems)]


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Certificates from PEM (one or more) or DER bytes."""
    if pem.detect(data):
        return [asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
    return [asn1_x509.Certificate.load(data)]


def _report(embedded: EmbeddedPdfSignature, is_last: bool,
            trust: Sequence[asn1_x509.Certificate]) -> SignatureReport:
    context = ValidationContext(trust_roots=list(trust))
    status = validate_pdf_signature(embedded, context)
    cert = status.signing_cert
    subject = cert.subject.native
    coverage = status.coverage
    level = status.modification_level
    problems: list[str] = []
    if not status.intact:
        problems.append("not_intact")
    if not status.valid:
        problems.append("not_valid")
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    if is_last and not whole:
        problems.append("not_whole_file")
    if not is_last and (coverage != SignatureCoverageLevel.ENTIRE_REVISION
                        or level not in ALLOWED_AFTER or status.docmdp_ok is False):
        problems.append("changed_after")
    trusted: bool | None = None
    if trust:
        trusted = bool(status.trusted)
        if not trusted:
            problems.append("not_trusted")
    return SignatureReport(
        field=str(embedded.field_name),
        signer=str(subject.get("common_name", "")),
        title=str(subject.get("title", "")),
        fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        signing_time=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=trusted,
        whole_file=whole,
        coverage=("entire_file" if whole else "entire_revision"
                  if coverage == SignatureCoverageLevel.ENTIRE_REVISION else "unclear"),
        modification=level.name.lower() if level is not None else "unknown",
        problems=tuple(problems),
    )


def content_digest(data: bytes) -> str | None:
    """The content digest the minutes carry in their metadata (inside the signed bytes)."""
    try:
        info = PdfFileReader(io.BytesIO(data), strict=False).trailer["/Info"].get_object()
        keywords = str(info.get("/Keywords", ""))
    except Exception:  # no metadata, or not readable: there is no digest to compare
        return None
    if not keywords.startswith(CONTENT_KEYWORD):
        return None
    return keywords[len(CONTENT_KEYWORD):]


def verify_pdf(data: bytes, trust: Sequence[asn1_x509.Certificate] = ()) -> Verdict:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except Exception:  # a damaged file fails in many ways; all mean "cannot be checked"
        return Verdict((), ("unreadable",))
    if not embedded:
        return Verdict((), ("no_signature",))
    reports = []
    for index, signature in enumerate(embedded):
        try:
            reports.append(_report(signature, index == len(embedded) - 1, trust))
        except Exception:  # pyHanko raises on structures it cannot follow
            return Verdict(tuple(reports), ("unreadable",))
    return Verdict(tuple(reports), ())
