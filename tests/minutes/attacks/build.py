"""Building the tampered copies: every class of attack on signed and co-signed minutes."""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import pem
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation.dss import DocumentSecurityStore

from app.minutes.identity import SigningIdentity
from app.minutes.signing import sign_pdf
from tests.minutes.attacks import Attack, edits

FLIPS_PER_RANGE = 8  # sampled, spread evenly over each signed range
CUTS = 8


@dataclass(frozen=True)
class Signer:
    identity: SigningIdentity
    passphrase: str

    @property
    def pem(self) -> bytes:
        return self.identity.certificate_pem

    def sign(self, pdf: bytes) -> bytes:
        return sign_pdf(pdf, self.identity.path.read_bytes(), self.passphrase,
                        name=self.identity.name)

    def sign_with(self, pdf: bytes, edit: edits.Edit) -> bytes:
        """A co-signature whose own revision also carries ``edit``."""
        signer = signers.SimpleSigner.load_pkcs12_data(
            self.identity.path.read_bytes(), [], passphrase=self.passphrase.encode())
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        edit(writer)
        existing = len(PdfFileReader(io.BytesIO(pdf)).embedded_signatures)
        meta = signers.PdfSignatureMetadata(
            field_name=f"Signature{existing + 1}", subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256", name=self.identity.name)
        return bytes(signers.sign_pdf(writer, meta, signer).getvalue())


@dataclass(frozen=True)
class Cast:
    """The minutes and the people around them."""

    unsigned: bytes  # the minutes laid out for the facilitator, not yet signed
    facilitator: Signer
    elected: Signer
    second_elected: Signer
    look_alike: Signer  # same name and title as the facilitator, another key
    elected_look_alike: Signer
    look_alike_minutes: bytes  # the same minutes laid out for the look-alike, unsigned


def byte_ranges(pdf: bytes) -> list[list[int]]:
    return [[int(x) for x in found] for found in re.findall(
        rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)]


def flip(pdf: bytes, at: int) -> bytes:
    return pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1:]


def byte_flips(label: str, pdf: bytes) -> list[Attack]:
    attacks = []
    for number, (start1, length1, start2, length2) in enumerate(byte_ranges(pdf), start=1):
        for start, length in ((start1, length1), (start2, length2)):
            step = max(1, length // FLIPS_PER_RANGE)
            for at in range(start + step // 2, start + length, step):
                attacks.append(Attack("byte flip", f"{label}, signature {number}, byte {at}",
                                      flip(pdf, at)))
    return attacks


def in_certificate(pdf: bytes, certificate_pem: bytes) -> bytes:
    """One hex digit changed in the middle of the certificate embedded in the signature."""
    _, _, der = pem.unarmor(certificate_pem)
    at = pdf.upper().index(der.hex().upper().encode()) + len(der)
    digit = pdf[at:at + 1]
    return pdf[:at] + (b"1" if digit != b"1" else b"2") + pdf[at + 1:]


def add_dss(pdf: bytes, certificate_pem: bytes) -> bytes:
    """Validation information after signing, as "add verification information" does."""
    reader = PdfFileReader(io.BytesIO(pdf))
    contents = reader.embedded_signatures[-1].sig_object.raw_get("/Contents")
    _, _, der = pem.unarmor(certificate_pem)
    from asn1crypto import x509

    out = io.BytesIO(pdf)
    DocumentSecurityStore.add_dss(out, contents, certs=[x509.Certificate.load(der)])
    return out.getvalue()


def updates(cast: Cast, signed: bytes, cosigned: bytes) -> list[Attack]:
    attacks = []
    for label, edit in edits.EDITS.items():
        attacks += [
            Attack("update after signing", label, edits.apply(signed, edit)),
            Attack("update after co-signing", label, edits.apply(cosigned, edit)),
            Attack("update before a co-signature", label,
                   cast.elected.sign(edits.apply(signed, edit))),
            Attack("update inside a co-signature", label, cast.elected.sign_with(signed, edit)),
        ]
    return attacks


def _raw_xref_update(pdf: bytes, number: int, offset: int) -> bytes:
    """An update made of a cross-reference section only, pointing object ``number`` at bytes
    already in the file."""
    reader = PdfFileReader(io.BytesIO(pdf))
    last = reader.xrefs.get_startxref_for_revision(reader.xrefs.total_revisions - 1)
    trailer = reader.trailer
    size = int(trailer["/Size"])
    root, info = trailer.raw_get("/Root"), trailer.raw_get("/Info")
    ids = trailer["/ID"]
    start = len(pdf) + 1
    section = (f"\nxref\n0 1\n0000000000 65535 f \n{number} 1\n{offset:010d} 00000 n \n"
               f"trailer\n<< /Size {size} /Root {root.idnum} 0 R /Info {info.idnum} 0 R "
               f"/Prev {last} /ID [<{ids[0].original_bytes.hex()}> "
               f"<{ids[1].original_bytes.hex()}>] >>\nstartxref\n{start}\n%%EOF\n")
    return pdf + section.encode("ascii")


def _content_number(pdf: bytes) -> int:
    page = PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Kids"][0]
    ref = page.raw_get("/Contents")
    assert isinstance(ref, generic.IndirectObject)
    return int(ref.idnum)


def _forged_body(number: int) -> bytes:
    return (f"{number} 0 obj\n<< /Length {len(edits.FORGED)} >>\nstream\n".encode()
            + edits.FORGED + b"\nendstream\nendobj\n")


def shadows(cast: Cast) -> list[Attack]:
    """Prepared before signing, switched on by an update after it."""
    attacks: list[Attack] = []
    facilitator, elected = cast.facilitator, cast.elected
    for cosign in (False, True):
        where = "co-signed" if cosign else "signed"

        def finish(prepared: bytes, cosign: bool = cosign) -> bytes:
            done = facilitator.sign(prepared)
            return elected.sign(done) if cosign else done

        # Hide: a white box over page 1 in the signed file, removed afterwards.
        hidden = edits.apply(cast.unsigned, _cover_page)
        signed = finish(hidden)
        attacks.append(Attack("shadow hide", f"{where}: cover removed from the page",
                              edits.apply(signed, _uncover_page)))
        attacks.append(Attack("shadow hide", f"{where}: cover stream emptied",
                              edits.apply(signed, _empty_cover)))
        # Replace: a forged stream, unused in the signed file, put in place afterwards.
        prepared = edits.apply(cast.unsigned, _unused_forged_stream)
        signed = finish(prepared)
        attacks.append(Attack("shadow replace", f"{where}: page 1 points at the forged stream",
                              edits.apply(signed, _use_forged_stream)))
        # Hide-and-replace: a second body of page 1's content object hidden in the signed
        # bytes; the update is a cross-reference section only.
        number = _content_number(cast.unsigned)
        body = _forged_body(number)
        prepared = cast.unsigned + b"\n" + body
        signed = finish(prepared)
        offset = signed.index(body)
        attacks.append(Attack("shadow hide-and-replace",
                              f"{where}: xref-only update to a hidden body",
                              _raw_xref_update(signed, number, offset)))
    return attacks


def _cover_page(writer: IncrementalPdfFileWriter) -> None:
    page = edits.first_page(writer)
    cover = writer.add_object(generic.StreamObject(stream_data=b"q 1 1 1 rg 0 0 595 842 re f Q"))
    page[edits.name("/Contents")] = generic.ArrayObject([page.raw_get("/Contents"), cover])
    writer.update_container(page)


def _uncover_page(writer: IncrementalPdfFileWriter) -> None:
    page = edits.first_page(writer)
    page[edits.name("/Contents")] = generic.ArrayObject([page["/Contents"].raw_get(0)])
    writer.update_container(page)


def _empty_cover(writer: IncrementalPdfFileWriter) -> None:
    ref = edits.first_page(writer)["/Contents"].raw_get(1)
    writer.objects[(ref.generation, ref.idnum)] = generic.StreamObject(stream_data=b"")


def _unused_forged_stream(writer: IncrementalPdfFileWriter) -> None:
    stream = writer.add_object(generic.StreamObject(stream_data=edits.FORGED))
    writer.root[edits.name("/Forged")] = stream  # kept reachable, never drawn
    writer.update_root()


def _use_forged_stream(writer: IncrementalPdfFileWriter) -> None:
    page = edits.first_page(writer)
    page[edits.name("/Contents")] = writer.root.raw_get("/Forged")
    writer.update_container(page)


def wrappings(signed: bytes, cosigned: bytes) -> list[Attack]:
    attacks = []
    for where, pdf in (("signed", signed), ("co-signed", cosigned)):
        start1, length1, start2, _ = byte_ranges(pdf)[-1]
        gap_start, gap_end = start1 + length1, start2
        hex_end = pdf.index(b">", gap_start)
        der_end = gap_start + 1 + len(pdf[gap_start + 1:hex_end].rstrip(b"0"))
        der_end += der_end % 2 == 0  # keep an even number of hex digits after '<'
        number = _content_number(pdf)
        body = _forged_body(number)
        room = gap_end - der_end - 2
        if len(body) + 2 <= room:
            inside = b">\n" + body
            wrapped = pdf[:der_end - 1 + (der_end - gap_start) % 2] + inside
            wrapped = wrapped + b" " * (gap_end - len(wrapped)) + pdf[gap_end:]
            offset = wrapped.index(body, gap_start)
            attacks.append(Attack("wrapping", f"{where}: forged object inside the signature's "
                                  "gap, xref update", _raw_xref_update(wrapped, number, offset)))
        # The byte range rewritten (same width) to leave out a forged insertion.
        old = re.findall(rb"/ByteRange\s*\[[^\]]*\]", pdf)[-1]
        new = re.sub(rb"\d+(?=\s*\]$)", lambda m: str(int(m[0]) - 1).encode().rjust(
            len(m[0])), old)
        attacks.append(Attack("wrapping", f"{where}: byte range shortened",
                              pdf.replace(old, new)))
        # A whole other document appended: new catalogue, new pages.
        attacks.append(Attack("wrapping", f"{where}: another document appended",
                              edits.apply(pdf, _new_catalog)))
        # The signed file wrapped in front of other bytes.
        attacks.append(Attack("wrapping", f"{where}: bytes put in front",
                              b"%PDF-1.7\n% wrapper\n" + pdf))
    return attacks


def _new_catalog(writer: IncrementalPdfFileWriter) -> None:
    page = writer.add_object(generic.DictionaryObject({
        edits.name("/Type"): edits.name("/Page"), edits.name("/MediaBox"): edits.numbers(
            *edits.A4),
        edits.name("/Contents"): writer.add_object(generic.StreamObject(
            stream_data=edits.FORGED))}))
    pages = writer.add_object(generic.DictionaryObject({
        edits.name("/Type"): edits.name("/Pages"), edits.name("/Kids"): generic.ArrayObject(
            [page]), edits.name("/Count"): generic.NumberObject(1)}))
    page.get_object()[edits.name("/Parent")] = pages
    catalog = writer.add_object(generic.DictionaryObject({
        edits.name("/Type"): edits.name("/Catalog"), edits.name("/Pages"): pages}))
    writer.trailer[edits.name("/Root")] = catalog
    writer._root = catalog


def truncations(signed: bytes, cosigned: bytes) -> list[Attack]:
    first_end = len(signed)
    assert cosigned.startswith(signed)
    attacks = [
        Attack("truncation", "co-signature removed (2 expected)", cosigned[:first_end],
               expected=2),
        Attack("truncation", "last 7 bytes cut (%%EOF)", cosigned[:-7]),
    ]
    rng = random.Random(12)
    for at in sorted(rng.sample(range(100, len(cosigned) - 10), CUTS)):
        attacks.append(Attack("truncation", f"cut at byte {at}", cosigned[:at]))
    return attacks


def swaps(cast: Cast, signed: bytes, cosigned: bytes) -> list[Attack]:
    facilitator, elected = cast.facilitator, cast.elected
    both = (facilitator.pem, elected.pem)
    _, _, genuine = pem.unarmor(facilitator.pem)
    _, _, fake = pem.unarmor(cast.look_alike.pem)
    genuine_hex, fake_hex = genuine.hex().upper().encode(), fake.hex().upper().encode()
    swapped = signed.replace(genuine_hex, fake_hex[:len(genuine_hex)].ljust(
        len(genuine_hex), b"0"))
    return [
        Attack("certificate swap", "look-alike certificate put in the signature",
               swapped),
        Attack("certificate swap", "a byte of the embedded certificate changed",
               in_certificate(signed, facilitator.pem)),
        Attack("certificate swap", "the minutes signed again by a look-alike (same name)",
               cast.look_alike.sign(cast.unsigned)),
        Attack("certificate swap", "look-alike's own minutes, facilitator trusted",
               cast.look_alike.sign(cast.look_alike_minutes), trust=(facilitator.pem,)),
        Attack("certificate swap", "co-signed by a look-alike of the elected, both trusted",
               cast.elected_look_alike.sign(signed), trust=both),
        Attack("certificate swap", "co-signature by a stranger, both trusted",
               cast.second_elected.sign(signed), trust=both),
        Attack("certificate swap", "co-signed file checked against the wrong facilitator",
               cosigned, trust=(cast.look_alike.pem, elected.pem)),
    ]


def legitimate(cast: Cast, signed: bytes, cosigned: bytes,
               others: dict[str, bytes]) -> list[Attack]:
    """Files that must pass: untouched, co-signed, and extended with validation data."""
    facilitator, elected = cast.facilitator, cast.elected
    with_dss = add_dss(signed, facilitator.pem)
    files = [
        Attack("legitimate", "signed (fr)", signed, expected=1),
        Attack("legitimate", "co-signed", cosigned, expected=2,
               trust=(facilitator.pem, elected.pem)),
        Attack("legitimate", "co-signed twice", cast.second_elected.sign(cosigned),
               expected=3),
        Attack("legitimate", "signed, then validation information (DSS)", with_dss),
        Attack("legitimate", "DSS, then co-signed", elected.sign(with_dss), expected=2),
        Attack("legitimate", "co-signed, then DSS", add_dss(cosigned, elected.pem)),
    ]
    files += [Attack("legitimate", f"signed ({language})", pdf)
              for language, pdf in others.items()]
    return files


Builder = Callable[[], list[Attack]]
