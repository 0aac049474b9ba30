"""Changes an incremental update can make to signed minutes, each on a pyHanko writer."""

from __future__ import annotations

import io
from collections.abc import Callable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

Edit = Callable[[IncrementalPdfFileWriter], None]
FORGED = b"BT /Helv 40 Tf 60 400 Td (DECISION ANNULEE) Tj ET"
A4 = (0, 0, 595, 842)


def name(text: str) -> generic.NameObject:
    return generic.NameObject(text)


def numbers(*values: float) -> generic.ArrayObject:
    return generic.ArrayObject(generic.FloatObject(v) for v in values)


def first_page(writer: IncrementalPdfFileWriter) -> generic.DictionaryObject:
    page: generic.DictionaryObject = writer.root["/Pages"]["/Kids"][0]
    return page


def font(writer: IncrementalPdfFileWriter) -> generic.IndirectObject:
    return writer.add_object(generic.DictionaryObject({
        name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"),
        name("/BaseFont"): name("/Helvetica")}))


def forged_stream(writer: IncrementalPdfFileWriter, full_page: bool = False
                  ) -> generic.IndirectObject:
    """An appearance stream painting over the page."""
    stream = generic.StreamObject({
        name("/Type"): name("/XObject"), name("/Subtype"): name("/Form"),
        name("/BBox"): numbers(*A4),
        name("/Resources"): generic.DictionaryObject({name("/Font"): generic.DictionaryObject(
            {name("/Helv"): font(writer)})}),
    }, stream_data=(b"1 1 1 rg 0 0 595 842 re f 1 0 0 rg " if full_page else b"") + FORGED)
    return writer.add_object(stream)


def _append(container: generic.DictionaryObject, key: str, item: generic.PdfObject,
            writer: IncrementalPdfFileWriter) -> None:
    if key in container:
        array = container[key]
        array.append(item)
        if isinstance(container.raw_get(key), generic.IndirectObject):
            writer.mark_update(container.raw_get(key))
    else:
        container[name(key)] = generic.ArrayObject([item])


def add_widget(writer: IncrementalPdfFileWriter, widget: generic.DictionaryObject,
               in_form: bool = True) -> None:
    page = first_page(writer)
    widget[name("/P")] = writer.root["/Pages"]["/Kids"].raw_get(0)
    ref = writer.add_object(widget)
    _append(page, "/Annots", ref, writer)
    writer.update_container(page)
    if in_form:
        form = writer.root["/AcroForm"]
        _append(form, "/Fields", ref, writer)
        writer.update_container(form)


def draw_text(writer: IncrementalPdfFileWriter) -> None:
    page = first_page(writer)
    stream = writer.add_object(generic.StreamObject(stream_data=b"q " + FORGED + b" Q"))
    resources = page["/Resources"]
    fonts = resources["/Font"]
    fonts[name("/Helv")] = font(writer)
    writer.update_container(fonts)
    contents = page.raw_get("/Contents")
    page[name("/Contents")] = generic.ArrayObject([contents, stream])
    writer.update_container(page)


def replace_content(writer: IncrementalPdfFileWriter) -> None:
    """The first page's content stream object itself, rewritten."""
    ref = first_page(writer).raw_get("/Contents")
    writer.objects[(ref.generation, ref.idnum)] = generic.StreamObject(stream_data=FORGED)


def change_info(writer: IncrementalPdfFileWriter) -> None:
    info = writer.trailer["/Info"]
    info[name("/Title")] = generic.TextStringObject("Compte rendu (version corrigée)")
    info[name("/Author")] = generic.TextStringObject("Someone else")
    info[name("/Keywords")] = generic.TextStringObject(
        "roundtable-content-sha256:" + "0" * 64)
    writer.update_container(info)


def change_xmp(writer: IncrementalPdfFileWriter) -> None:
    ref = writer.root.raw_get("/Metadata")
    old = ref.get_object().data
    new = old.replace(b'rdf:about=""/>', b'rdf:about=""><dc:title xmlns:dc="http://purl.org/dc'
                      b'/elements/1.1/">Forged</dc:title></rdf:Description>')
    writer.objects[(ref.generation, ref.idnum)] = generic.StreamObject(
        {name("/Type"): name("/Metadata"), name("/Subtype"): name("/XML")}, stream_data=new)


def new_info(writer: IncrementalPdfFileWriter) -> None:
    """A new Info dictionary in the trailer."""
    writer.set_info(writer.add_object(generic.DictionaryObject(
        {name("/Title"): generic.TextStringObject("Forged")})))


def add_annotation(writer: IncrementalPdfFileWriter) -> None:
    add_widget(writer, generic.DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/FreeText"),
        name("/Rect"): numbers(50, 50, 300, 90),
        name("/Contents"): generic.TextStringObject("Vote annulé"),
        name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g")}), in_form=False)


def _signature_widget(writer: IncrementalPdfFileWriter, rect: generic.ArrayObject
                      ) -> generic.DictionaryObject:
    return generic.DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/Widget"),
        name("/FT"): name("/Sig"), name("/T"): generic.TextStringObject("Approval"),
        name("/F"): generic.NumberObject(4), name("/Rect"): rect,
        name("/AP"): generic.DictionaryObject({name("/N"): forged_stream(writer, True)})})


def sneaky_signature_5(writer: IncrementalPdfFileWriter) -> None:
    """A signature widget whose /Rect has five numbers and a full-page appearance."""
    add_widget(writer, _signature_widget(writer, numbers(0, 0, 595, 842, 0)))


def sneaky_signature_6(writer: IncrementalPdfFileWriter) -> None:
    add_widget(writer, _signature_widget(writer, numbers(0, 0, 595, 842, 0, 0)))


def visible_signature(writer: IncrementalPdfFileWriter) -> None:
    add_widget(writer, _signature_widget(writer, numbers(*A4)))


def zero_rect_with_appearance(writer: IncrementalPdfFileWriter) -> None:
    """Four numbers enclosing nothing, yet an appearance that draws."""
    add_widget(writer, _signature_widget(writer, numbers(0, 0, 0, 0)))


def form_value(writer: IncrementalPdfFileWriter) -> None:
    """A text field with a value: form filling."""
    add_widget(writer, generic.DictionaryObject({
        name("/Type"): name("/Annot"), name("/Subtype"): name("/Widget"),
        name("/FT"): name("/Tx"), name("/T"): generic.TextStringObject("Decision"),
        name("/V"): generic.TextStringObject("Annulée"), name("/Rect"): numbers(50, 50, 300, 90),
        name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g")}))


def move_signature(writer: IncrementalPdfFileWriter) -> None:
    """The first signature's own field given a full-page rectangle."""
    field = writer.root["/AcroForm"]["/Fields"][0]
    field[name("/Rect")] = numbers(*A4)
    writer.update_container(field)


def add_page(writer: IncrementalPdfFileWriter) -> None:
    pages = writer.root["/Pages"]
    page = writer.add_object(generic.DictionaryObject({
        name("/Type"): name("/Page"), name("/Parent"): writer.root.raw_get("/Pages"),
        name("/MediaBox"): numbers(*A4),
        name("/Contents"): writer.add_object(generic.StreamObject(stream_data=FORGED))}))
    pages["/Kids"].append(page)
    pages[name("/Count")] = generic.NumberObject(pages["/Count"] + 1)
    writer.update_container(pages)


def remove_page(writer: IncrementalPdfFileWriter) -> None:
    pages = writer.root["/Pages"]
    kids = pages["/Kids"]
    del kids[-2]
    pages[name("/Count")] = generic.NumberObject(pages["/Count"] - 1)
    writer.update_container(pages)


def open_action(writer: IncrementalPdfFileWriter) -> None:
    writer.root[name("/OpenAction")] = generic.DictionaryObject({
        name("/S"): name("/JavaScript"), name("/JS"): generic.TextStringObject("app.alert(1)")})
    writer.update_root()


EDITS: dict[str, Edit] = {
    "text drawn on page 1": draw_text,
    "page 1 content replaced": replace_content,
    "Info title, author, keywords": change_info,
    "a new Info dictionary": new_info,
    "XMP metadata": change_xmp,
    "free-text annotation": add_annotation,
    "sneaky signature, 5-number Rect": sneaky_signature_5,
    "sneaky signature, 6-number Rect": sneaky_signature_6,
    "visible signature widget": visible_signature,
    "zero Rect with a drawing appearance": zero_rect_with_appearance,
    "form field value": form_value,
    "first signature's widget moved": move_signature,
    "page added": add_page,
    "page removed": remove_page,
    "open action": open_action,
}


def apply(pdf: bytes, edit: Edit) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
