"""Whatever people write, the layout escapes it, fits it and builds a page from it."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import SimpleDocTemplate

from app.minutes.labels import Labels
from app.minutes.layout import Writer

# Only line breaks and the bundled fonts that draw what DejaVu Sans lacks (emoji, Ethiopic).
TAG = re.compile(r'<(?!br/>|font name="(NotoEmoji|NotoSansEthiopic(-Bold)?)">|/font>)')
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp")),
        st.sampled_from(list("<>&\"' ()[]٠١٢ابتثجحخپگیЖж\u064b")),
    ),
    min_size=1, max_size=300,
).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(TEXT, st.sampled_from(["en", "ar"]))
def test_any_text_is_escaped_and_builds(text: str, language: str) -> None:
    writer = Writer(Labels(language))
    paragraph = writer.words(text, width=200)
    assert not TAG.search(paragraph.text)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([paragraph])
    assert buffer.getvalue().startswith(b"%PDF")


def test_a_wrapped_arabic_note_keeps_every_word() -> None:
    writer = Writer(Labels("fr"))
    note = "أريد أن أعرف كيف أسجل أطفالي في المدرسة وكيف أجد طبيبا قريبا من بيتي (بسرعة)"
    paragraph = writer.words(note, width=120)
    assert paragraph.text.count("<br/>") >= 2
    assert paragraph.style.alignment == 2  # right-aligned: the note's own direction
