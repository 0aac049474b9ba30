"""What changed after the minutes were certified: only further signatures may come.

Each incremental update after the first (certifying) signature is read object by object
against the revision before it. Allowed: a new signature field that cannot be seen (its /Rect
four numbers enclosing no area, no appearance that draws anything), the form and the page
listing it, the document's modification date and producer, and validation information (a
DSS, as readers' "add verification information" writes). Anything else — page content, page
tree, annotations, form values, Info, XMP, deleted objects — is a change, named with its
revision and, where there is one, its page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import cast

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader

# Info entries a co-signing program rewrites without changing what the minutes say.
INFO_UNSIGNED = {"/ModDate", "/Producer"}
# The same in the XMP packet, and the XMP toolkit's name.
XMP_UNSIGNED = re.compile(
    rb"""\s(?:xmp:ModifyDate|xmp:MetadataDate|pdf:Producer|x:xmptk)=(?:"[^"]*"|'[^']*')"""
    rb"|<(xmp:ModifyDate|xmp:MetadataDate|pdf:Producer)>[^<]*</\1>"
)
CATALOG_UNSIGNED = {"/AcroForm", "/DSS", "/Extensions"}
DSS_KEYS = {"/Type", "/Certs", "/OCSPs", "/CRLs", "/VRI"}
FORM_UNSIGNED = {"/Fields", "/SigFlags"}

Key = tuple[int, int]


@dataclass(frozen=True)
class Change:
    revision: int  # counted from 1, the file as first written
    what: str  # a code: see CHANGES in app/minutes/verification.py
    page: int = 0  # counted from 1; 0 when the change is not on a page
    obj: int = 0  # the PDF object number, for "object"


@dataclass(frozen=True)
class History:
    changes: tuple[Change, ...]
    validation_info: tuple[int, ...]  # revisions (from 1) that only added validation data


def _key(ref: object) -> Key | None:
    if isinstance(ref, generic.IndirectObject | generic.Reference):
        return (ref.idnum, ref.generation)
    return None


def same(a: object, b: object) -> bool:
    """Deep equality of two PDF objects, references compared by number only."""
    ka, kb = _key(a), _key(b)
    if ka is not None or kb is not None:
        return ka == kb
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        return (isinstance(a, generic.StreamObject) and isinstance(b, generic.StreamObject)
                and a.encoded_data == b.encoded_data and _same_dict(a, b))
    if isinstance(a, generic.DictionaryObject) and isinstance(b, generic.DictionaryObject):
        return _same_dict(a, b)
    if isinstance(a, generic.ArrayObject) and isinstance(b, generic.ArrayObject):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _same_dict(a: generic.DictionaryObject, b: generic.DictionaryObject,
               ignore: Iterable[str] = ()) -> bool:
    skip = set(ignore)
    keys = {k for k in a if k not in skip} | {k for k in b if k not in skip}
    return all(k in a and k in b and same(a.raw_get(k), b.raw_get(k)) for k in keys)


def _raw(container: generic.DictionaryObject, name: str) -> object:
    return container.raw_get(name) if name in container else None


def resolve(obj: object) -> object:
    """``obj`` itself, or what it refers to."""
    if isinstance(obj, generic.IndirectObject):
        return cast(Callable[[], object], obj.get_object)()
    return obj


def in_trailer(state: HistoricalResolver, name: str) -> object:
    """A trailer entry (/Root, /Info) as it was in ``state``'s revision: the trailer's own
    references would otherwise resolve in the newest revision."""
    trailer = state.trailer_view
    raw = trailer.raw_get(name) if name in trailer else None
    if isinstance(raw, generic.IndirectObject):
        return cast(Callable[[generic.Reference], object], state.get_object)(raw.reference)
    return raw


def entry_of(container: object, name: str, default: object = None) -> object:
    """An entry, its reference followed; ``default`` when absent."""
    if not isinstance(container, generic.DictionaryObject) or name not in container:
        return default
    try:
        return container[name]
    except KeyError:  # a null value
        return default


def quiet_signature_field(obj: object) -> bool:
    """A signature field with its widget merged, that nobody can see on the page."""
    if not isinstance(obj, generic.DictionaryObject):
        return False
    if entry_of(obj, "/FT") != "/Sig" or "/Kids" in obj:
        return False
    if "/Subtype" in obj and entry_of(obj, "/Subtype") != "/Widget":
        return False
    rect = entry_of(obj, "/Rect")
    if not isinstance(rect, generic.ArrayObject) or len(rect) != 4 or not all(
            isinstance(x, generic.NumberObject | generic.FloatObject) for x in rect):
        return False  # a "sneaky signature": five or six numbers read as nothing by some
    x1, y1, x2, y2 = (float(x) for x in rect)
    if (x2 - x1) * (y2 - y1) != 0:
        return False
    appearance = entry_of(obj, "/AP")
    if appearance is None:
        return True
    if not isinstance(appearance, generic.DictionaryObject):
        return False
    return all(isinstance(s, generic.StreamObject) and not s.data.strip()
               for s in _appearance_streams(appearance))


def _appearance_streams(appearance: generic.DictionaryObject) -> list[object]:
    streams: list[object] = []
    for name in appearance:
        entry = entry_of(appearance, name)
        if isinstance(entry, generic.DictionaryObject) and not isinstance(
                entry, generic.StreamObject):
            streams += [entry_of(entry, state) for state in entry]
        else:
            streams.append(entry)
    return streams


@dataclass
class _Roles:
    """What each object of a revision is, to judge an update that rewrites it."""

    root: Key | None = None
    info: Key | None = None
    metadata: Key | None = None
    form: Key | None = None
    fields: Key | None = None
    pages: dict[Key, int] = field(default_factory=dict)  # page → number from 1
    tree: set[Key] = field(default_factory=set)  # intermediate page-tree nodes
    contents: dict[Key, int] = field(default_factory=dict)  # content stream → page
    annots: dict[Key, int] = field(default_factory=dict)  # /Annots array → page
    annotations: dict[Key, int] = field(default_factory=dict)  # annotation → page
    dss: set[Key] = field(default_factory=set)


def _roles(state: HistoricalResolver) -> _Roles:
    roles = _Roles()
    trailer = state.trailer_view
    roles.root = _key(_raw(trailer, "/Root"))
    roles.info = _key(_raw(trailer, "/Info"))
    root = in_trailer(state, "/Root")
    if not isinstance(root, generic.DictionaryObject):
        return roles
    roles.metadata = _key(_raw(root, "/Metadata"))
    roles.form = _key(_raw(root, "/AcroForm"))
    form = entry_of(root, "/AcroForm")
    if isinstance(form, generic.DictionaryObject):
        roles.fields = _key(_raw(form, "/Fields"))
    _walk_pages(_raw(root, "/Pages"), roles, set())
    if isinstance(entry_of(root, "/DSS"), generic.DictionaryObject):
        _collect_dss(_raw(root, "/DSS"), roles.dss, 0)
    return roles


def _walk_pages(ref: object, roles: _Roles, seen: set[Key]) -> None:
    key = _key(ref)
    node = resolve(ref)
    if not isinstance(node, generic.DictionaryObject) or (key is not None and key in seen):
        return
    if key is not None:
        seen.add(key)
    if entry_of(node, "/Type") == "/Pages" or "/Kids" in node:
        if key is not None:
            roles.tree.add(key)
        kids = entry_of(node, "/Kids")
        for kid in kids if isinstance(kids, generic.ArrayObject) else ():
            _walk_pages(kid, roles, seen)
        return
    number = len(roles.pages) + 1
    if key is not None:
        roles.pages[key] = number
    contents = entry_of(node, "/Contents")
    items = list(contents) if isinstance(contents, generic.ArrayObject) else []
    for item in [_raw(node, "/Contents"), *items]:
        if (k := _key(item)) is not None:
            roles.contents[k] = number
    if (k := _key(_raw(node, "/Annots"))) is not None:
        roles.annots[k] = number
    annots = entry_of(node, "/Annots")
    for annotation in annots if isinstance(annots, generic.ArrayObject) else ():
        if (k := _key(annotation)) is not None:
            roles.annotations[k] = number


def _collect_dss(ref: object, into: set[Key], depth: int) -> None:
    key = _key(ref)
    if depth > 4 or (key is not None and key in into):
        return
    if key is not None:
        into.add(key)
    obj = resolve(ref)
    if isinstance(obj, generic.StreamObject):
        return
    if isinstance(obj, generic.DictionaryObject):
        for name in obj:
            _collect_dss(obj.raw_get(name), into, depth + 1)
    elif isinstance(obj, generic.ArrayObject):
        for item in obj:
            _collect_dss(item, into, depth + 1)


class _Revision:
    """One update after certification, judged against the revision before it."""

    def __init__(self, reader: PdfFileReader, revision: int, certified: int,
                 signed: bool) -> None:
        self.reader = reader
        self.revision = revision
        self.certified = certified
        self.signed = signed
        self.before = reader.get_historical_resolver(revision - 1)
        self.after = reader.get_historical_resolver(revision)
        self.roles = _roles(self.before)
        self.changes: list[Change] = []
        self.validation_info = False

    def change(self, what: str, page: int = 0, obj: int = 0) -> None:
        found = Change(self.revision + 1, what, page, obj)
        if found not in self.changes:
            self.changes.append(found)

    def existed(self, ref: generic.Reference) -> bool:
        return self.reader.xrefs.get_historical_ref(ref, self.revision - 1) is not None

    def unsigned(self, key: Key) -> bool:
        """Written after the certified revision: not part of what the first signer signed."""
        ref = generic.Reference(key[0], key[1], pdf=self.reader)
        try:
            return bool(self.reader.xrefs.get_introducing_revision(ref) > self.certified)
        except KeyError:
            return False

    def judge(self) -> None:
        xrefs = self.reader.xrefs
        if xrefs.refs_freed_in_revision(self.revision):
            self.change("deleted")
        before, after = self.before.trailer_view, self.after.trailer_view
        if not same(_raw(before, "/Root"), _raw(after, "/Root")):
            self.change("catalog")
            return
        if not same(_raw(before, "/Info"), _raw(after, "/Info")):
            self.change("info")
        for ref in sorted(xrefs.explicit_refs_in_revision(self.revision),
                          key=lambda r: r.idnum):
            if self.existed(ref):
                self.rewritten((ref.idnum, ref.generation), ref)

    def rewritten(self, key: Key, ref: generic.Reference) -> None:
        old, new = self.before.get_object(ref), self.after.get_object(ref)
        roles = self.roles
        if same(old, new):
            return
        if key == roles.root:
            self.catalog(old, new)
        elif key == roles.info:
            if not (isinstance(old, generic.DictionaryObject) and isinstance(
                    new, generic.DictionaryObject) and _same_dict(old, new, INFO_UNSIGNED)):
                self.change("info")
        elif key == roles.metadata:
            if not (isinstance(old, generic.StreamObject) and isinstance(
                    new, generic.StreamObject) and XMP_UNSIGNED.sub(b"", old.data)
                    == XMP_UNSIGNED.sub(b"", new.data)):
                self.change("metadata")
        elif key == roles.form:
            self.form(old, new)
        elif key == roles.fields:
            self.added_entries(old, new, "form")
        elif key in roles.pages:
            self.page(old, new, roles.pages[key])
        elif key in roles.annots:
            self.added_entries(old, new, "annotation", roles.annots[key])
        elif key in roles.contents:
            self.change("page_content", page=roles.contents[key])
        elif key in roles.tree:
            self.change("pages")
        elif key in roles.annotations:
            if not (self.unsigned(key) and quiet_signature_field(new)):
                self.change("annotation", page=roles.annotations[key])
        elif key in roles.dss and self.unsigned(key):
            self.validation_info = True
        else:
            self.change("object", obj=key[0])

    def catalog(self, old: object, new: object) -> None:
        if not (isinstance(old, generic.DictionaryObject)
                and isinstance(new, generic.DictionaryObject)):
            self.change("catalog")
            return
        if not _same_dict(old, new, CATALOG_UNSIGNED):
            self.change("catalog")
        if not same(_raw(old, "/DSS"), _raw(new, "/DSS")):
            dss = entry_of(new, "/DSS")
            if isinstance(dss, generic.DictionaryObject) and set(dss) <= DSS_KEYS:
                self.validation_info = True
            else:
                self.change("catalog")
        old_form, new_form = _raw(old, "/AcroForm"), _raw(new, "/AcroForm")
        if not same(old_form, new_form):
            if old_form is None and _key(new_form) is not None:
                self.form(None, entry_of(new, "/AcroForm"))
            elif _key(old_form) is None and _key(new_form) is None:
                self.form(old_form, new_form)
            else:
                self.change("form")

    def form(self, old: object, new: object) -> None:
        """The form dictionary: only its list of fields may grow; ``old`` None when new."""
        if old is None and isinstance(new, generic.DictionaryObject) and set(
                new) <= FORM_UNSIGNED:
            self.added_entries(generic.ArrayObject(),
                               entry_of(new, "/Fields", generic.ArrayObject()), "form")
            return
        if not (isinstance(old, generic.DictionaryObject)
                and isinstance(new, generic.DictionaryObject)
                and _same_dict(old, new, FORM_UNSIGNED)):
            self.change("form")
            return
        old_fields, new_fields = _raw(old, "/Fields"), _raw(new, "/Fields")
        if _key(old_fields) is not None and same(old_fields, new_fields):
            return  # the array itself, if rewritten, is judged as its own object
        self.added_entries(entry_of(old, "/Fields", generic.ArrayObject()),
                           entry_of(new, "/Fields", generic.ArrayObject()), "form")

    def page(self, old: object, new: object, number: int) -> None:
        if not (isinstance(old, generic.DictionaryObject)
                and isinstance(new, generic.DictionaryObject)
                and _same_dict(old, new, {"/Annots"})):
            self.change("page", page=number)
            return
        old_annots, new_annots = _raw(old, "/Annots"), _raw(new, "/Annots")
        if _key(old_annots) is not None and same(old_annots, new_annots):
            return
        self.added_entries(entry_of(old, "/Annots", generic.ArrayObject()),
                           entry_of(new, "/Annots", generic.ArrayObject()), "annotation", number)

    def added_entries(self, old: object, new: object, what: str, page: int = 0) -> None:
        """An array that may only grow, by signature fields nobody can see."""
        if not (isinstance(old, generic.ArrayObject) and isinstance(new, generic.ArrayObject)):
            self.change(what, page=page)
            return
        kept = [_key(x) for x in list(new)[:len(old)]]
        if len(new) < len(old) or kept != [_key(x) for x in old]:
            self.change(what, page=page)
            return
        for entry in list(new)[len(old):]:
            key = _key(entry)
            if key is None or (self.existed(generic.Reference(*key, pdf=self.reader))
                               and not self.unsigned(key)):
                self.change(what, page=page)
                continue
            field_object = resolve(entry)
            if not quiet_signature_field(field_object):
                shown = entry_of(field_object, "/FT") == "/Sig"
                on_page = page or self.roles.pages.get(
                    _key(_raw(field_object, "/P")) or (0, 0), 0) if isinstance(
                    field_object, generic.DictionaryObject) else page
                self.change("visible_signature" if shown and on_page else what, page=on_page)
            elif not self.signed:
                self.change("signature_field", page=page)


def review(reader: PdfFileReader, certified: int, signed: set[int]) -> History:
    """Every revision after ``certified`` (pyHanko's numbering, from 0) judged in turn;
    ``signed`` holds the revisions a later signature covers."""
    changes: list[Change] = []
    validation: list[int] = []
    for revision in range(certified + 1, reader.xrefs.total_revisions):
        judged = _Revision(reader, revision, certified, revision in signed)
        judged.judge()
        changes += judged.changes
        if judged.validation_info:
            validation.append(revision + 1)
    return History(tuple(changes), tuple(validation))
