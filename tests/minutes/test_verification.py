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


def _cosigned(signed: ExportedMinutes, elected: SigningIdentity) -> bytes:
    from app.minutes.signing import sign_pdf
    from tests.minutes.conftest import ELECTED_PASSPHRASE

    return sign_pdf(signed.path.read_bytes(), elected.path.read_bytes(), ELECTED_PASSPHRASE,
                    name=elected.name)


def test_info_changed_before_a_co_signature_names_the_revision(
        signed: ExportedMinutes, elected: SigningIdentity) -> None:
    from app.minutes.signing import sign_pdf
    from app.minutes.verification import change_text
    from tests.minutes.attacks import edits
    from tests.minutes.conftest import ELECTED_PASSPHRASE

    changed = edits.apply(signed.path.read_bytes(), edits.change_info)
    resigned = sign_pdf(changed, elected.path.read_bytes(), ELECTED_PASSPHRASE,
                        name=elected.name)
    verdict = verify_pdf(resigned, load_certificates(elected.certificate_pem
                                                     + signed_certificate(signed)))
    assert not verdict.ok
    assert [change_text(c) for c in verdict.changes] == [
        "Revision 3: the document information (title, author, keywords) was changed."]


def signed_certificate(signed: ExportedMinutes) -> bytes:
    from app.minutes.identity import certificate_path

    return certificate_path(signed.path.parent / "ids" / "claire.p12").read_bytes()


@pytest.mark.parametrize("edit", ["sneaky_signature_5", "sneaky_signature_6",
                                  "zero_rect_with_appearance"])
def test_a_sneaky_signature_is_refused(signed: ExportedMinutes, elected: SigningIdentity,
                                       edit: str) -> None:
    from tests.minutes.attacks import build, edits

    signer = build.Signer(elected, "another long passphrase")
    verdict = verify_pdf(signer.sign_with(signed.path.read_bytes(), getattr(edits, edit)))
    assert not verdict.ok
    assert {c.what for c in verdict.changes} == {"visible_signature"}
    assert 1 in {c.page for c in verdict.changes}  # named on the page it paints over


def test_content_digest_is_read_from_the_signed_revision(signed: ExportedMinutes,
                                                         elected: SigningIdentity) -> None:
    from app.minutes.verification import content_digest
    from tests.minutes.attacks import edits

    later = edits.apply(_cosigned(signed, elected), edits.change_info)
    assert content_digest(later) == signed.pages_digest


def test_a_look_alike_signer_is_caught_without_trust(signed: ExportedMinutes,
                                                     tmp_path: Path) -> None:
    from app.minutes.identity import create_identity
    from tests.minutes.attacks import build

    fake = create_identity(tmp_path / "fake.p12", "Claire Martin", "Facilitatrice",
                           "a look-alike passphrase")
    reader_bytes = signed.path.read_bytes()
    first_revision = reader_bytes[:build.byte_ranges(reader_bytes)[0][1]]
    unsigned = first_revision[:first_revision.rindex(b"%%EOF") + 5]
    verdict = verify_pdf(build.Signer(fake, "a look-alike passphrase").sign(unsigned))
    assert not verdict.ok
    assert verdict.signatures[0].signer == "Claire Martin"
    assert "fingerprint_mismatch" in verdict.all_problems()


def test_validation_information_after_signing_is_allowed(signed: ExportedMinutes,
                                                         identity: SigningIdentity,
                                                         elected: SigningIdentity) -> None:
    from app.minutes.cosigning import cosign
    from tests.minutes.attacks import build
    from tests.minutes.conftest import ELECTED_PASSPHRASE

    extended = build.add_dss(signed.path.read_bytes(), identity.certificate_pem)
    verdict = verify_pdf(extended)
    assert verdict.ok, verdict.all_problems()
    assert verdict.validation_info == (3,)
    source = signed.path.with_name("extended.pdf")
    source.write_bytes(extended)
    after = cosign(source, signed.path.with_name("cosigned.pdf"), elected.path,
                   ELECTED_PASSPHRASE)
    assert after.ok, after.all_problems()
    assert len(after.signatures) == 2


def test_a_removed_co_signature_fails_when_two_are_expected(
        signed: ExportedMinutes, elected: SigningIdentity) -> None:
    cosigned = _cosigned(signed, elected)
    assert verify_pdf(cosigned, expected=2).ok
    single = cosigned[:len(signed.path.read_bytes())]
    assert verify_pdf(single).ok
    verdict = verify_pdf(single, expected=2)
    assert not verdict.ok
    assert verdict.problems == ("fewer_signatures",)


def test_a_byte_changed_in_the_embedded_certificate_is_not_valid(
        signed: ExportedMinutes, identity: SigningIdentity) -> None:
    from tests.minutes.attacks import build

    verdict = verify_pdf(build.in_certificate(signed.path.read_bytes(),
                                              identity.certificate_pem))
    assert verdict.problems == ()
    (sig,) = verdict.signatures
    assert sig.problems == ("not_valid",)
