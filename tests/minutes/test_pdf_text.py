"""Arabic and Farsi text for reportlab: shaped, right to left, brackets mirrored, escaped."""

from __future__ import annotations

from app.minutes import pdf_text


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
