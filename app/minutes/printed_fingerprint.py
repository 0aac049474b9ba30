"""The signer's certificate fingerprint as the signed minutes show it: in words on the
signature page, and in its QR code.

Read from the revision the first signature covers, so that a later update cannot change what
is compared. The QR code is drawn as filled squares; they are painted on a small image again
and decoded, as a phone would read the printed page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageDraw
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import HistoricalResolver

from app.minutes.revisions import entry_of, in_trailer, resolve

HEX_LINE = re.compile(rb"\(((?:[0-9A-F]{2}:){15}[0-9A-F]{2})\)\s*Tj")
QR_FINGERPRINT = re.compile(r"^cert-sha256=([0-9a-f]{64})$", re.MULTILINE)
STRING = re.compile(rb"\((?:\\.|[^\\)])*\)", re.DOTALL)
TOKEN = re.compile(rb"[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z*]+")
PIXELS_PER_POINT = 4
MAX_PAGES = 3  # the signature page is the last one; a split page may push it back a little

Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class Printed:
    in_words: str | None  # hex, lower case; None when not found
    in_qr: str | None


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _content(page: generic.DictionaryObject) -> bytes:
    contents = entry_of(page, "/Contents")
    parts = contents if isinstance(contents, generic.ArrayObject) else [contents]
    streams = [resolve(p) for p in parts]
    return b"\n".join(s.data for s in streams if isinstance(s, generic.StreamObject))


def dark_squares(content: bytes) -> list[tuple[float, float, float, float]]:
    """The dark filled rectangles of a content stream, in page coordinates."""
    stack: list[tuple[Matrix, float]] = []
    matrix: Matrix = (1, 0, 0, 1, 0, 0)
    grey = 0.0
    numbers: list[float] = []
    pending: list[tuple[float, float, float, float]] = []
    found: list[tuple[float, float, float, float]] = []
    for token in TOKEN.findall(STRING.sub(b"()", content)):
        if token[0:1].isdigit() or token[0:1] in b"-+.":
            numbers.append(float(token))
            continue
        op = token.decode("ascii")
        if op == "q":
            stack.append((matrix, grey))
        elif op == "Q" and stack:
            matrix, grey = stack.pop()
        elif op == "cm" and len(numbers) >= 6:
            m = numbers[-6:]
            matrix = _multiply((m[0], m[1], m[2], m[3], m[4], m[5]), matrix)
        elif op == "rg" and len(numbers) >= 3:
            grey = sum(numbers[-3:]) / 3
        elif op == "g" and numbers:
            grey = numbers[-1]
        elif op == "re" and len(numbers) >= 4:
            x, y, w, h = numbers[-4:]
            a, b, c, d, e, f = matrix
            xs = [a * px + c * py + e for px, py in ((x, y), (x + w, y + h))]
            ys = [b * px + d * py + f for px, py in ((x, y), (x + w, y + h))]
            pending.append((min(xs), min(ys), max(xs), max(ys)))
        elif op in ("f", "F", "f*"):
            if grey < 0.5:
                found += pending
            pending = []
        elif op in ("n", "S", "s", "B", "b", "B*", "b*"):
            pending = []
        numbers = []
    return found


def qr_texts(squares: list[tuple[float, float, float, float]]) -> list[str]:
    if not squares:
        return []
    left, bottom = min(s[0] for s in squares) - 12, min(s[1] for s in squares) - 12
    right, top = max(s[2] for s in squares) + 12, max(s[3] for s in squares) + 12
    if (right - left) * (top - bottom) > 700 * 900:
        return []
    scale = PIXELS_PER_POINT
    image = Image.new("L", (int((right - left) * scale) + 1, int((top - bottom) * scale) + 1),
                      255)
    draw = ImageDraw.Draw(image)
    for x1, y1, x2, y2 in squares:
        draw.rectangle(((x1 - left) * scale, (top - y2) * scale,
                        (x2 - left) * scale - 1, (top - y1) * scale - 1), fill=0)
    return [str(code.text) for code in zxingcpp.read_barcodes(image)]


def _pages(state: HistoricalResolver) -> list[generic.DictionaryObject]:
    pages: list[generic.DictionaryObject] = []
    root = in_trailer(state, "/Root")
    node = entry_of(root, "/Pages")
    queue = [node] if isinstance(node, generic.DictionaryObject) else []
    steps = 0
    while queue and steps < 10_000:  # a page tree that loops is cut short
        steps += 1
        item = queue.pop(0)
        if "/Kids" in item:
            queue[0:0] = [kid for kid in map(resolve, item["/Kids"])
                          if isinstance(kid, generic.DictionaryObject)]
        else:
            pages.append(item)
    return pages


def printed(state: HistoricalResolver) -> Printed:
    """The fingerprint in words and in the QR code of the last pages of ``state``."""
    in_words: str | None = None
    in_qr: str | None = None
    for page in reversed(_pages(state)[-MAX_PAGES:]):
        content = _content(page)
        lines = HEX_LINE.findall(content)
        if in_words is None and len(lines) >= 2:
            in_words = (lines[0] + lines[1]).replace(b":", b"").decode("ascii").lower()
        if in_qr is None:
            for text in qr_texts(dark_squares(content)):
                if (match := QR_FINGERPRINT.search(text)) is not None:
                    in_qr = match[1]
        if in_words is not None and in_qr is not None:
            break
    return Printed(in_words, in_qr)
