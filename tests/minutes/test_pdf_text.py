"""Arabic and Farsi text for reportlab: shaped, right to left, brackets mirrored, escaped."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from app.minutes import pdf_text
from tests.minutes.qr_pages import render


def test_latin_text_is_left_alone() -> None:
    assert pdf_text.visual("Lyon (7e)") == "Lyon (7e)"


def test_arabic_is_joined_and_reversed_for_drawing() -> None:
    line = pdf_text.visual("مرحبا")
    # Joined presentation forms, drawn left to right: the last letter comes first.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in line)
    assert line[-1] == "\ufee3"  # initial meem, rightmost


def test_brackets_in_arabic_runs_are_mirrored() -> None:
    line = pdf_text.visual("في (المدرسة) 2026")
    left, right = line.index("("), line.index(")")
    assert left < right  # drawn "(…)", not ")…(" as the plain reordering gives


def test_farsi_letters_are_shaped() -> None:
    line = pdf_text.visual("پیشنهاد گروه")
    assert "\u067e" not in line
    assert "\u06af" not in line


def test_direction_follows_the_first_strong_character() -> None:
    assert pdf_text.first_strong_is_rtl("2026 أمينة")
    assert not pdf_text.first_strong_is_rtl("Amina أمينة")


def test_wrap_keeps_logical_order_and_fits() -> None:
    pdf_text.register_fonts()
    text = "أريد أن أعرف كيف أسجل أطفالي في المدرسة وكيف أجد طبيبا قريبا من بيتي"
    lines = pdf_text.wrap(text, pdf_text.REGULAR, 11, 120)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(pdf_text.width(line, pdf_text.REGULAR, 11) <= 120 for line in lines)


def test_overlong_word_is_cut_not_overflowing() -> None:
    pdf_text.register_fonts()
    lines = pdf_text.wrap("x" * 200, pdf_text.REGULAR, 11, 50)
    assert "".join(lines) == "x" * 200
    assert all(pdf_text.width(line, pdf_text.REGULAR, 11) <= 50 for line in lines)


def test_markup_escapes_what_people_wrote() -> None:
    pdf_text.register_fonts()
    out = pdf_text.markup("<b>bold</b> & more", pdf_text.REGULAR, 11, 400)
    assert out == "&lt;b&gt;bold&lt;/b&gt; &amp; more"


def test_emoji_and_ethiopic_are_drawn_in_a_font_that_has_them() -> None:
    pieces = pdf_text.runs("Maison 🏠 ትግርኛ", pdf_text.REGULAR)
    assert pieces == [("Maison ", pdf_text.REGULAR), ("🏠", pdf_text.EMOJI),
                      (" ", pdf_text.REGULAR), ("ትግርኛ", pdf_text.ETHIOPIC)]
    assert pdf_text.runs("ትግርኛ", pdf_text.BOLD) == [("ትግርኛ", pdf_text.ETHIOPIC_BOLD)]
    # Variation selectors and joiners are not drawn (reportlab shapes no emoji sequence).
    assert pdf_text.runs("👍\ufe0f", pdf_text.REGULAR) == [("👍", pdf_text.EMOJI)]
    assert pdf_text.tagged("a<🔑", pdf_text.REGULAR) == 'a&lt;<font name="NotoEmoji">🔑</font>'


def test_emoji_and_tigrinya_are_not_boxes_on_the_page(tmp_path: Path) -> None:
    """Each text drawn alone, rendered by poppler: it must not look like the box a font draws
    for a character it lacks (a private-use character here)."""
    pdf_text.register_fonts()
    samples = ["🏠", "🔑", "👍", "ት", "\ue000"]
    pdf = tmp_path / "glyphs.pdf"
    canvas = Canvas(str(pdf), pagesize=(100 * len(samples), 100))
    for index, text in enumerate(samples):
        pdf_text.draw(canvas, 100 * index + 50, 30, text, pdf_text.REGULAR, 60, "centre")
    canvas.save()
    [png] = render(pdf, tmp_path, dpi=72)
    with Image.open(png) as image:
        grey = image.convert("L")
        cells = [grey.crop((100 * i, 0, 100 * i + 100, 100)) for i in range(len(samples))]
    inked = [sum(1 for v in cell.get_flattened_data() if int(v) < 128) for cell in cells]
    assert all(count > 40 for count in inked)  # something is drawn
    box = list(cells[-1].get_flattened_data())
    for cell in cells[:-1]:
        differing = sum(1 for a, b in zip(cell.get_flattened_data(), box, strict=True)
                        if abs(int(a) - int(b)) > 96)
        assert differing > 100


def test_a_french_question_keeps_its_mark_inside_an_arabic_sentence() -> None:
    sentence = f"الموضوع: {pdf_text.own_direction('Quelles idées ?')} شكرا"
    line = pdf_text.visual(sentence, rtl=True)
    assert "Quelles idées ?" in line
    assert "? Quelles" not in line
    # Cut across two lines, the French words keep their direction on the second one.
    lines = pdf_text.visual_lines(sentence, pdf_text.REGULAR, 11, 90, rtl=True)
    assert len(lines) > 1
    assert any("idées ?" in line for line in lines)
    # Isolates that a phone put around a name do not break the drawing.
    assert "Amina" in pdf_text.visual("شكرا \u2068Amina\u2069 \u2069", rtl=True)
