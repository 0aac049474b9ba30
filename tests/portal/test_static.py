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
            assert set(re.findall(r"\{\w+\}", text)) == set(
                re.findall(r"\{\w+\}", english[base])), (lang, key)
    for lang in ("ar", "fa"):
        assert all(re.search("[\u0600-\u06ff]", text) for key, text in tables[lang].items()
                   if key not in ("language",)), lang


def test_a_string_with_plural_forms_counts_with_a_known_parameter() -> None:
    """The page picks the form by "n", "cap" or "seconds" (app.js, COUNTS)."""
    for table in strings().values():
        for key in filter(PLURAL.search, table):
            assert re.search(r"\{(n|cap|seconds)\}", table[key]), key


def test_every_used_key_exists() -> None:
    english = strings()["en"]
    page = resource("portal", "index.html").read_text(encoding="utf-8")
    script = "".join(resource("portal", name).read_text(encoding="utf-8")
                     for name in ("app.js", "votes.js"))
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
    for part in ("index.html", "app.js", "votes.js", "queue.js", "style.css"):
        text = resource("portal", part).read_text(encoding="utf-8")
        assert "http://" not in text
        assert "https://" not in text
        assert "//cdn" not in text


def test_user_text_never_goes_through_html() -> None:
    for part in ("app.js", "votes.js", "queue.js"):
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
