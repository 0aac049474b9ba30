"""Signing: PAdES B-B that pyHanko's validator and poppler's pdfsig accept; co-signing."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.minutes.cosigning import cosign
from app.minutes.export import ExportedMinutes
from app.minutes.identity import SigningIdentity
from tests.minutes.conftest import ELECTED_PASSPHRASE, pdf_text


def _trust(identity: SigningIdentity) -> ValidationContext:
    _, _, der = pem.unarmor(identity.certificate_pem)
    return ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])


def test_pyhanko_validates_the_signature(signed: ExportedMinutes,
                                         identity: SigningIdentity) -> None:
    reader = PdfFileReader(io.BytesIO(signed.path.read_bytes()))
    (signature,) = reader.embedded_signatures
    status = validate_pdf_signature(signature, _trust(identity))
    assert status.bottom_line
    assert status.intact
    assert status.valid
    assert status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_pdfsig_finds_a_valid_signature_over_the_whole_file(signed: ExportedMinutes,
                                                            pdfsig: str) -> None:
    out = subprocess.run([pdfsig, str(signed.path)], capture_output=True, text=True,
                         check=False).stdout
    assert "Signature is Valid." in out
    assert "Total document signed" in out
    assert "Not total document signed" not in out
    assert "Claire Martin" in out


def test_the_printed_fingerprint_is_the_signers(signed: ExportedMinutes,
                                                identity: SigningIdentity) -> None:
    text = pdf_text(signed.path)
    assert signed.fingerprint == identity.fingerprint
    assert identity.fingerprint[:8].upper() in text.replace(":", "").replace(" ", "")
    assert signed.pages_digest in text


def test_a_cosignature_verifies_and_keeps_the_first(signed: ExportedMinutes,
                                                   elected: SigningIdentity, tmp_path: Path,
                                                   pdfsig: str) -> None:
    out = tmp_path / "cosigned.pdf"
    verdict = cosign(signed.path, out, elected.path, ELECTED_PASSPHRASE)
    assert verdict.ok, verdict.all_problems()
    first, second = verdict.signatures
    assert first.signer == "Claire Martin"
    assert first.coverage == "entire_revision"
    assert first.modification == "signatures"
    assert second.signer == "Élodie Bernard"
    assert second.whole_file
    assert second.fingerprint == elected.fingerprint
    report = subprocess.run([pdfsig, str(out)], capture_output=True, text=True,
                            check=False).stdout
    assert report.count("Signature is Valid.") == 2
    # The first still covers exactly the revision that was signed.
    original = signed.path.read_bytes()
    assert out.read_bytes().startswith(original)


def test_the_first_signature_certifies_and_allows_only_further_signatures(
        signed: ExportedMinutes) -> None:
    reader = PdfFileReader(io.BytesIO(signed.path.read_bytes()))
    assert "/DocMDP" in reader.root["/Perms"]
    (reference,) = reader.embedded_signatures[0].sig_object["/Reference"]
    assert reference["/TransformParams"]["/P"] == 2  # fill in forms and sign, nothing else
