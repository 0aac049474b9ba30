"""Verification accepts only intact, valid, whole-file, unchanged minutes — and says why not."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.minutes.export import ExportedMinutes
from app.minutes.identity import SigningIdentity
from app.minutes.verification import load_certificates, verify_pdf
from tests.minutes import tampering


def test_untampered_minutes_pass(signed: ExportedMinutes, identity: SigningIdentity) -> None:
    verdict = verify_pdf(signed.path.read_bytes())
    assert verdict.ok
    (sig,) = verdict.signatures
    assert (sig.signer, sig.title) == ("Claire Martin", "Facilitatrice")
    assert sig.fingerprint == identity.fingerprint
    assert sig.signing_time is not None
    assert sig.whole_file
    assert sig.trusted is None


def test_trusting_the_certificate(signed: ExportedMinutes, identity: SigningIdentity,
                                  elected: SigningIdentity) -> None:
    pdf = signed.path.read_bytes()
    assert verify_pdf(pdf, load_certificates(identity.certificate_pem)).ok
    other = verify_pdf(pdf, load_certificates(elected.certificate_pem))
    assert not other.ok
    assert "not_trusted" in other.all_problems()


TAMPERS: dict[str, tuple[Callable[[bytes], bytes], str, str]] = {
    # name: (change, problem verify reports, what pdfsig says)
    "byte flipped in the signed range": (tampering.flip_byte, "not_intact", "Digest Mismatch"),
    "text added in an update": (tampering.add_text, "not_whole_file",
                                "Not total document signed"),
    "title changed in an update": (tampering.change_title, "not_whole_file",
                                   "Not total document signed"),
    "annotation added": (tampering.add_annotation, "not_whole_file",
                         "Not total document signed"),
    "bytes appended after the end": (tampering.append_bytes, "not_whole_file",
                                     "Not total document signed"),
}


@pytest.mark.parametrize("name", sorted(TAMPERS))
def test_tampering_is_caught(signed: ExportedMinutes, tmp_path: Path, pdfsig: str,
                             name: str) -> None:
    change, problem, pdfsig_says = TAMPERS[name]
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(change(signed.path.read_bytes()))
    verdict = verify_pdf(forged.read_bytes())
    assert not verdict.ok
    assert problem in verdict.all_problems()
    out = subprocess.run([pdfsig, str(forged)], capture_output=True, text=True,
                         check=False).stdout
    assert pdfsig_says in out


def test_an_unsigned_or_broken_file_fails(tmp_path: Path) -> None:
    assert verify_pdf(b"not a pdf").problems == ("unreadable",)
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 100, "no signature")
    canvas.save()
    verdict = verify_pdf(path.read_bytes())
    assert not verdict.ok
    assert verdict.problems == ("no_signature",)


def test_changed_text_then_signed_by_someone_else_is_caught(
        signed: ExportedMinutes, elected: SigningIdentity) -> None:
    from app.minutes.signing import sign_pdf
    from tests.minutes.conftest import ELECTED_PASSPHRASE

    forged = tampering.add_text(signed.path.read_bytes())
    resigned = sign_pdf(forged, elected.path.read_bytes(), ELECTED_PASSPHRASE,
                        name="Élodie Bernard")
    verdict = verify_pdf(resigned)
    assert not verdict.ok
    first, last = verdict.signatures
    assert "changed_after" in first.problems
    assert last.ok  # the forger's own signature is sound; the first one tells the story
