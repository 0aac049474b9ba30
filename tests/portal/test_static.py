"""The phone pages: the fixed file map, every string in eight languages, text-only rendering."""

from __future__ import annotations

import re

from app.core.model import PhaseKind
from app.portal.static import FILES
from app.resources import resource
from tests.portal.phone import Phone

LANGUAGES = ("en", "fr", "ar", "fa", "uk", "es", "it", "de")


def strings() -> dict[str, dict[str, str]]:
    source = resource("portal", "strings.js").read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {}
    for block in re.finditer(r"\n    (\w\w): \{\n(.*?)\n    \}", source, re.S):
        pairs = re.findall(r'^\s+(\w+): "((?:[^"\\]|\\.)*)",?$', block.group(2), re.M)
        tables[block.group(1)] = dict(pairs)
    return tables


def test_every_mapped_file_exists() -> None:
    for shipped in FILES.values():
        assert resource(*shipped.parts).is_file(), shipped


PLURAL = re.compile(r"_(zero|one|two|few|many)$")


def test_every_string_is_translated_into_all_eight_languages() -> None:
    tables = strings()
    assert set(tables) == set(LANGUAGES)
    english = tables["en"]
    assert len(english) > 60
    for lang in LANGUAGES:
        # Plural forms ("dots_count_one") are extra keys, only where the language needs them.
        assert {k for k in tables[lang] if not PLURAL.search(k)} == {
            k for k in english if not PLURAL.search(k)}, lang
        for key, text in tables[lang].items():
            base = PLURAL.sub("", key)
            assert text.strip(), (lang, key)
            assert base in tables[lang], (lang, key)
            said = set(re.findall(r"\{\w+\}", text))
            wanted = set(re.findall(r"\{\w+\}", english[base]))
            if key == base:
                assert said == wanted, (lang, key)
            else:  # a form may say its number in words: "نقطة واحدة", "نقطتان"
                assert said <= wanted, (lang, key)
    for lang in ("ar", "fa"):
        assert all(re.search("[\u0600-\u06ff]", text) for key, text in tables[lang].items()
                   if key not in ("language",)), lang


COUNT = re.compile(r"\{(n|cap|seconds|length)\}")
# The forms Intl.PluralRules gives for whole numbers, beside the base key ("other").
FORMS = {"ar": ("zero", "one", "two", "few", "many"), "uk": ("one", "few", "many")}


def test_a_string_with_plural_forms_counts_with_a_known_parameter() -> None:
    """The page picks the form by "n", "cap", "seconds" or "length" (app.js, COUNTS)."""
    for table in strings().values():
        for key in filter(PLURAL.search, table):
            assert COUNT.search(table[PLURAL.sub("", key)]), key


def test_every_counted_string_has_the_forms_its_language_needs() -> None:
    """Arabic has six forms (نقطة واحدة / نقطتان / 3 نقاط / 11 نقطة …), Ukrainian three; the
    languages with one and other ("1 gommette") have the one form wherever English has it."""
    tables = strings()
    counted = [key for key, text in tables["en"].items()
               if not PLURAL.search(key) and COUNT.search(text)]
    assert len(counted) >= 10
    for lang, forms in FORMS.items():
        for key in counted:
            missing = [f for f in forms if f"{key}_{f}" not in tables[lang]]
            assert not missing, (lang, key, missing)
    singular = [key for key in counted if f"{key}_one" in tables["en"]]
    for lang in ("fr", "es", "it"):
        assert all(f"{key}_one" in tables[lang] for key in singular), lang
    assert tables["ar"]["dots_count_one"] == "نقطة واحدة"
    assert tables["ar"]["dots_count_two"] == "نقطتان"
    assert tables["ar"]["dots_count_few"] == "{n} نقاط"
    assert tables["ar"]["dots_count_many"] == "{n} نقطة"
    assert tables["fr"]["dots_count_one"] == "{n} gommette"


def test_german_speaks_to_adults_as_sie() -> None:
    for key, text in strings()["de"].items():
        assert not re.search(r"\b(du|dein\w*|dich|dir)\b", text, re.I), key


def test_no_check_in_answer_sounds_like_the_newcomer_group() -> None:
    """"I have no badge", not "I am new here": only the group question speaks of newcomers."""
    tables = strings()
    assert tables["en"]["join_new"] == "I have no badge"
    for lang, table in tables.items():
        assert table["join_new"] != table["group_newcomer"], lang
    assert "inscri" not in tables["fr"]["err_not_checked_in"]
    assert "QR" in tables["fr"]["err_not_checked_in"]


def test_the_short_consent_stays_short() -> None:
    for lang, table in strings().items():
        short = " ".join(table[f"consent_{i}"] for i in (1, 2, 3))
        words = [w for w in short.split() if re.search(r"\w", w)]
        assert len(words) <= 25, (lang, len(words))


def test_every_used_key_exists() -> None:
    english = strings()["en"]
    page = resource("portal", "index.html").read_text(encoding="utf-8")
    script = "".join(resource("portal", name).read_text(encoding="utf-8")
                     for name in ("app.js", "votes.js", "speak.js"))
    used = set(re.findall(r'data-t="(\w+)"', page)) | set(re.findall(r'\bt\("(\w+)"[,)]', script))
    assert used <= set(english), used - set(english)
    assert {f"phase_{kind.value}" for kind in PhaseKind} <= set(english)


def test_refusal_codes_have_phone_text() -> None:
    from app.core.errors import MESSAGES as CORE
    from app.portal.replies import MESSAGES as PORTAL

    english = strings()["en"]
    # Never said to the portal's own page (it sends neither broken HTTP nor a body so slowly
    # that it times out: it would then retry a 408, like a 5xx).
    phone_facing = set(PORTAL) - {"bad_host", "bad_origin", "json_only", "bad_json",
                                  "bad_request", "method_not_allowed", "unreadable",
                                  "request_timeout"}
    phone_facing |= {"empty_text", "invisible_text", "text_too_long", "round_not_open",
                     "budget_exceeded", "cap_exceeded", "item_not_in_round", "cannot_vote",
                     "participant_removed", "secret_round_interrupted", "session_locked",
                     "not_found"}
    assert phone_facing <= set(PORTAL) | set(CORE)
    assert {f"err_{code}" for code in phone_facing} <= set(english)


def test_the_page_has_no_inline_script_and_nothing_from_outside() -> None:
    page = resource("portal", "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []
    assert re.findall(r"\son\w+=", page) == []  # no inline event handlers
    for part in ("index.html", "app.js", "votes.js", "queue.js", "speak.js", "style.css"):
        text = resource("portal", part).read_text(encoding="utf-8")
        assert "http://" not in text
        assert "https://" not in text
        assert "//cdn" not in text


def test_user_text_never_goes_through_html() -> None:
    for part in ("app.js", "votes.js", "queue.js", "speak.js"):
        script = resource("portal", part).read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in script, (part, sink)


def test_with_javascript_off_the_page_speaks_every_language(phone: Phone) -> None:
    """The page sent over HTTP tells, in each of the eight languages, that it needs JavaScript."""
    page = phone.get("/").body.decode("utf-8")
    [quiet] = re.findall(r"<noscript>(.*?)</noscript>", page, re.S)
    said = dict(re.findall(r'<p lang="(\w\w)" dir="(?:ltr|rtl)">([^<]+)</p>', quiet))
    assert set(said) == set(LANGUAGES)
    assert all("JavaScript" in text for text in said.values())
    for rtl in ("ar", "fa"):
        assert f'<p lang="{rtl}" dir="rtl">' in quiet
