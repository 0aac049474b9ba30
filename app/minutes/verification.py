"""Checking signed minutes: who signed, with which certificate, when they say, what is covered.

Accepted only when every signature is intact and valid, the first signature's fingerprint is
the one its signature page prints (in words and in the QR code), the last signature covers
the whole file or only validation information follows it, and nothing but further signatures
was added after the first one (our own reading of every later revision, app/minutes/
revisions.py: stricter than pyHanko's, which lets metadata and form values change). With
trusted certificates given, every signer must also be one of them (or chain to one).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.core.errors import fill
from app.minutes import signing  # noqa: F401  (quiets pyHanko's loggers)
from app.minutes.content import CONTENT_KEYWORD
from app.minutes.printed_fingerprint import printed
from app.minutes.revisions import Change, History, entry_of, in_trailer, review

PROBLEMS: dict[str, str] = {
    "unreadable": "The file cannot be read as a signed PDF.",
    "no_signature": "The file has no signature.",
    "not_intact": "The signed bytes were changed: the document digest does not match.",
    "not_valid": "The signature itself is not valid for this certificate.",
    "not_whole_file": "The signature does not cover the whole file: something was added "
    "after it.",
    "not_revision": "The signature does not cover a complete version of the file.",
    "changed_after": "The document was changed after the first signature (not only by "
    "further signatures).",
    "not_trusted": "The signer's certificate is not one of the trusted certificates given.",
    "fingerprint_mismatch": "The signer's certificate is not the one whose fingerprint the "
    "signature page and its QR code show: someone else signed these minutes.",
    "fingerprint_not_printed": "The signature page does not show the signer's certificate "
    "fingerprint in words and in its QR code: these are not minutes signed by Roundtable.",
    "fewer_signatures": "Fewer signatures than expected: {expected} expected, {found} found.",
}

# What a revision after the first signature changed (app/minutes/revisions.py).
CHANGES: dict[str, str] = {
    "catalog": "Revision {revision}: the document catalogue was changed.",
    "info": "Revision {revision}: the document information (title, author, keywords) was "
    "changed.",
    "metadata": "Revision {revision}: the XMP metadata was changed.",
    "page": "Revision {revision}: page {page} was changed.",
    "page_content": "Revision {revision}: the content of page {page} was changed.",
    "pages": "Revision {revision}: pages were added, removed or reordered.",
    "annotation": "Revision {revision}: an annotation was added or changed on page {page}.",
    "visible_signature": "Revision {revision}: a signature that can be seen (or with a "
    "malformed rectangle) was added on page {page}.",
    "signature_field": "Revision {revision}: a signature field was added without a signature.",
    "form": "Revision {revision}: the form fields were changed.",
    "deleted": "Revision {revision}: objects were deleted.",
    "object": "Revision {revision}: object {obj} was changed.",
    "unreadable": "Revision {revision} cannot be followed: its changes cannot be checked.",
}

VALIDATION_INFO = "Revision {revision}: validation information was added after signing " \
    "(certificates and revocation data, as for long-term archiving); allowed."


def change_text(change: Change, templates: dict[str, str] | None = None) -> str:
    template = (templates or CHANGES).get(change.what, CHANGES["object"])
    return fill(template, {"revision": change.revision, "page": change.page, "obj": change.obj})


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
    modification: str  # what came after this signature: "none", "signatures", "changes"
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Verdict:
    signatures: tuple[SignatureReport, ...]
    problems: tuple[str, ...]  # about the file as a whole
    changes: tuple[Change, ...] = ()  # what changed after the first signature
    validation_info: tuple[int, ...] = ()  # revisions that only added validation information
    expected: int = 0  # signatures the reader expects; 0: any number

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems and all(
            s.ok for s in self.signatures)

    def all_problems(self) -> list[str]:
        return [*self.problems, *(p for s in self.signatures for p in s.problems)]

    def problem_params(self) -> dict[str, object]:
        return {"expected": self.expected, "found": len(self.signatures)}


def load_certificates(data: bytes) -> list[asn1_x509.Certificate]:
    """Certificates from PEM (one or more) or DER bytes."""
    if pem.detect(data):
        return [asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
    return [asn1_x509.Certificate.load(data)]


def _unreadable_signature(embedded: EmbeddedPdfSignature) -> SignatureReport:
    """A signature whose certificate or signed data cannot be parsed: not valid."""
    try:
        name = str(embedded.field_name)
    except Exception:  # the field itself is damaged
        name = ""
    return SignatureReport(name, "", "", "", None, False, False, None, False, "unclear",
                           "unknown", ("not_valid",))


def _report(embedded: EmbeddedPdfSignature, is_last: bool, only_validation_after: bool,
            trust: Sequence[asn1_x509.Certificate]) -> SignatureReport:
    context = ValidationContext(trust_roots=list(trust))
    # Our own difference analysis follows (app/minutes/revisions.py); pyHanko's is skipped.
    status = validate_pdf_signature(embedded, context, skip_diff=True)
    cert = status.signing_cert
    subject = cert.subject.native
    coverage = status.coverage
    problems: list[str] = []
    if not status.intact:
        problems.append("not_intact")
    if not status.valid:
        problems.append("not_valid")
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    revision = coverage == SignatureCoverageLevel.ENTIRE_REVISION
    if is_last and not (whole or (revision and only_validation_after)):
        problems.append("not_whole_file")
    elif not is_last and not revision:
        problems.append("not_revision")
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
        coverage="entire_file" if whole else "entire_revision" if revision else "unclear",
        modification="none" if whole else "signatures",
        problems=tuple(problems),
    )


def _ends_cleanly(reader: PdfFileReader, data: bytes) -> bool:
    """Nothing after the last revision's end-of-file mark."""
    last = reader.xrefs.total_revisions - 1
    start = reader.xrefs.get_startxref_for_revision(last)
    tail = data[start:]
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*\Z", tail)
    return found is not None and int(found[1]) == start and tail.count(b"%%EOF") == 1


def content_digest(data: bytes) -> str | None:
    """The content digest the minutes carry in the metadata of the revision the first
    signature covers (a later update cannot point it elsewhere)."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
        revision = embedded[0].signed_revision if embedded else \
            reader.xrefs.total_revisions - 1
        info = in_trailer(reader.get_historical_resolver(revision), "/Info")
        keywords = str(entry_of(info, "/Keywords") or "")
    except Exception:  # no metadata, or not readable: there is no digest to compare
        return None
    if not keywords.startswith(CONTENT_KEYWORD):
        return None
    return keywords[len(CONTENT_KEYWORD):]


def _check_printed(reader: PdfFileReader, first: EmbeddedPdfSignature,
                   report: SignatureReport) -> SignatureReport:
    if not report.fingerprint:
        return report
    try:
        shown = printed(reader.get_historical_resolver(first.signed_revision))
    except Exception:  # a page we cannot follow shows no fingerprint we could compare
        shown = None
    if shown is None or shown.in_words is None or shown.in_qr is None:
        problem = "fingerprint_not_printed"
    elif shown.in_words == shown.in_qr == report.fingerprint:
        return report
    else:
        problem = "fingerprint_mismatch"
    return SignatureReport(**{**report.__dict__, "problems": (*report.problems, problem)})


def verify_pdf(data: bytes, trust: Sequence[asn1_x509.Certificate] = (),
               expected: int = 0) -> Verdict:
    """The verdict on ``data``; ``expected``: how many signatures it must hold (0: any)."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
        ends_cleanly = _ends_cleanly(reader, data)
        total = reader.xrefs.total_revisions
    except Exception:  # a damaged file fails in many ways; all mean "cannot be checked"
        return Verdict((), ("unreadable",), expected=expected)
    if not embedded:
        return Verdict((), ("no_signature",), expected=expected)
    try:
        history = review(reader, embedded[0].signed_revision,
                         {s.signed_revision for s in embedded})
    except Exception:  # an update pyHanko cannot follow is not one we can accept
        history = History((Change(total, "unreadable"),), ())
    reports = []
    for index, signature in enumerate(embedded):
        is_last = index == len(embedded) - 1
        # After the last signature, only revisions that add validation information (a DSS).
        later = range(signature.signed_revision + 2, total + 1)
        only_validation_after = ends_cleanly and bool(later) and all(
            r in history.validation_info for r in later) and not any(
            c.revision in later for c in history.changes)
        try:
            report = _report(signature, is_last, only_validation_after, trust)
        except Exception:  # the certificate or signed data cannot be parsed: not valid
            report = _unreadable_signature(signature)
        if index == 0:
            report = _check_printed(reader, signature, report)
            if history.changes:
                report = SignatureReport(**{**report.__dict__, "modification": "changes",
                                            "problems": (*report.problems, "changed_after")})
        reports.append(report)
    problems = ("fewer_signatures",) if expected and len(reports) < expected else ()
    return Verdict(tuple(reports), problems, history.changes, history.validation_info,
                   expected)
