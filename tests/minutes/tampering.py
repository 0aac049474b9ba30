"""Ways someone might alter signed minutes, for the verification tests."""

from __future__ import annotations

import io
import re

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def signed_ranges(pdf: bytes) -> list[int]:
    """The last signature's /ByteRange: [start1, length1, start2, length2]."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [int(x) for x in found[-1]]


def flip_byte(pdf: bytes) -> bytes:
    """Change one byte in the middle of the first signed range (inside a page's stream)."""
    _, length, _, _ = signed_ranges(pdf)
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", pdf[:length])]
    at = streams[len(streams) // 2] + 10
    return pdf[:at] + bytes([pdf[at] ^ 0x20]) + pdf[at + 1:]


def _update(pdf: bytes, change: object) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    assert callable(change)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_text(pdf: bytes) -> bytes:
    """An incremental update drawing new words on the first page."""

    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref = writer.root["/Pages"]["/Kids"][0]
        page = page_ref.get_object()
        font = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Font"),
            generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
            generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        }))
        stream = writer.add_object(generic.StreamObject(
            stream_data=b"BT /Forged 30 Tf 60 60 Td (DECISION CANCELLED) Tj ET"))
        resources = page["/Resources"]
        fonts = resources.get_object()["/Font"].get_object()
        fonts[generic.NameObject("/Forged")] = font
        contents = page["/Contents"]
        if isinstance(contents.get_object(), generic.ArrayObject):
            contents.get_object().append(stream)
        else:
            page[generic.NameObject("/Contents")] = generic.ArrayObject([contents, stream])
        writer.update_container(page)
        writer.update_container(fonts)

    return _update(pdf, change)


def change_title(pdf: bytes) -> bytes:
    """An incremental update that changes the document's title."""

    def change(writer: IncrementalPdfFileWriter) -> None:
        info = writer.trailer["/Info"].get_object()
        info[generic.NameObject("/Title")] = generic.TextStringObject("Forged minutes")
        writer.update_container(info)

    return _update(pdf, change)


def add_annotation(pdf: bytes) -> bytes:
    """An incremental update adding a free-text annotation on the first page."""

    def change(writer: IncrementalPdfFileWriter) -> None:
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        annotation = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.FloatObject(x) for x in (50, 50, 300, 90)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Vote annulé"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }))
        annots = page.get("/Annots")
        if annots is None:
            page[generic.NameObject("/Annots")] = generic.ArrayObject([annotation])
        else:
            annots.get_object().append(annotation)
        writer.update_container(page)

    return _update(pdf, change)


def append_bytes(pdf: bytes) -> bytes:
    return pdf + b"\n% one more line after the signature\n"
