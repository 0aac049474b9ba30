"""What a piece of text written by a person must be before it is stored, and how it is kept
from reordering the program's own words around it when shown."""

from __future__ import annotations

import unicodedata

from app.core.errors import RuleError

NOTE_LIMIT = 280
NAME_LIMIT = 60
FIELD_LIMIT = 2000

_ALLOWED_CONTROL = {"\n", "\t"}

# Characters that draw nothing on their own: format characters (zero-width space and joiners,
# direction marks and controls), white space, combining marks (variation selectors among them),
# and the few letters and symbols fonts draw as blank.
_BLANK_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")

_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI
PDF = "\u202c"
PDI = "\u2069"
FSI = "\u2068"


def is_visible(ch: str) -> bool:
    return ch not in _BLANK_LETTERS and unicodedata.category(ch) not in _BLANK_CATEGORIES


def has_visible(text: str) -> bool:
    """Whether anything of the text would be seen: not only zero-width or blank characters."""
    return any(is_visible(ch) for ch in text)


def clean_text(text: str, limit: int, *, required: bool = True) -> str:
    """NFC-normalised, control characters removed, trimmed; refuses empty or too long text, and
    text made only of invisible characters (optional text of that kind becomes empty).

    Text is stored as written: HTML stays literal and every face shows it as plain text.
    """
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        ch for ch in text if ch in _ALLOWED_CONTROL or unicodedata.category(ch) != "Cc"
    ).strip()
    if text and not has_visible(text):
        if required:
            raise RuleError("invisible_text")
        text = ""
    if required and not text:
        raise RuleError("empty_text")
    if len(text) > limit:
        raise RuleError("text_too_long", length=len(text), limit=limit)
    return text


def clean_line(text: str, limit: int = NAME_LIMIT, *, required: bool = True) -> str:
    """One line of text (a name, a title): inner white space folded to single spaces."""
    line = " ".join(clean_text(text, limit * 4 + 64, required=required).split())
    if len(line) > limit:
        raise RuleError("text_too_long", length=len(line), limit=limit)
    return line


def balanced_bidi(text: str) -> str:
    """The text with its direction controls paired: a closing control that closes nothing is
    dropped and every one left open is closed at its end, so the text cannot end an isolate
    put around it nor carry an override past itself."""
    out: list[str] = []
    stack: list[str] = []  # "e" for an embedding or override, "i" for an isolate
    for ch in text:
        if ch in _EMBEDDINGS:
            stack.append("e")
        elif ch in _ISOLATES:
            stack.append("i")
        elif ch == PDF:
            if not stack or stack[-1] != "e":
                continue  # closes nothing of this text's own (or would end an isolate early)
            stack.pop()
        elif ch == PDI:
            if "i" not in stack:
                continue  # would close the isolate around the text
            while stack.pop() != "i":  # a PDI also closes the embeddings opened inside it
                out.append(PDF)
        elif ch in "\n\r\u2029\x1c\x1d\x1e\x85\x0b":
            while stack:  # a paragraph end resets everything: close before it
                out.append(PDF if stack.pop() == "e" else PDI)
        out.append(ch)
    while stack:
        out.append(PDF if stack.pop() == "e" else PDI)
    return "".join(out)


def isolated(text: str) -> str:
    """A person's text inside the program's words: in a first-strong isolate of its own, its
    direction controls paired, so it keeps its direction and leaves the words around in theirs."""
    if not text:
        return text
    return f"{FSI}{balanced_bidi(text)}{PDI}"
