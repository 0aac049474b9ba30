"""One word per idea: every French and Arabic text uses the glossary's term for a concept.

The glossary (i18n/glossary.json) names, per concept, the English words that mean it, the
forms a translation must use and the synonyms it must not. The texts checked are all of them:
the desk's Qt translations (i18n/*.ts), the minutes' labels and the phone pages' strings.
French texts also follow French typography: a non-breaking space before ``: ; ? ! »`` and after
``«``, and no inclusive middle dot (``enregistré·e``), which learners of French cannot read.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY: dict[str, Any] = json.loads((ROOT / "i18n" / "glossary.json").read_text("utf-8"))
LANGUAGES = ("fr", "ar")
ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
PHONE_ENTRY = re.compile(r'^\s+(\w+): ("(?:[^"\\]|\\.)*"),?\s*$')
PHONE_BLOCK = re.compile(r"^    (\w\w): \{\s*$")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n")


@dataclass(frozen=True)
class Text:
    where: str
    english: str
    language: str
    text: str


def normal(text: str) -> str:
    """Lower case, NFC, Arabic without its vowel marks, every kind of space a plain one."""
    text = ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text)).casefold()
    return re.sub(r"[\u00a0\u202f\u2009]", " ", text)


def qt_texts() -> Iterator[Text]:
    for path in sorted((ROOT / "i18n").glob("*.ts")):
        language = path.stem.rsplit("_", 1)[-1]
        if language not in LANGUAGES:
            continue
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            # The plural forms of one message together: one of them may leave out a word
            # ("no participant to remove") that the others carry.
            forms = [f.text or "" for f in translation] or [translation.text or ""]
            yield Text(path.name, source, language, " | ".join(forms))


def _label_values(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [v for item in value.values() for v in _label_values(item)]
    return []


def minutes_texts() -> Iterator[Text]:
    english = importlib.import_module("app.minutes.labels.en").LABELS
    roles = set(GLOSSARY["minutes_role_keys"])
    for language in LANGUAGES:
        labels = importlib.import_module(f"app.minutes.labels.{language}").LABELS
        for key, value in labels.items():
            if key in roles:
                continue
            source = " ".join(_label_values(english.get(key, "")))
            for text in _label_values(value):
                    yield Text(f"minutes {language} {key}", source, language, text)


def phone_strings() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in (ROOT / "resources" / "portal" / "strings.js").read_text("utf-8").splitlines():
        block = PHONE_BLOCK.match(line)
        if block:
            current = tables.setdefault(block.group(1), {})
            continue
        entry = PHONE_ENTRY.match(line)
        if entry and current is not None:
            current[entry.group(1)] = json.loads(entry.group(2))
    return tables


def phone_texts() -> Iterator[Text]:
    tables = phone_strings()
    for language in LANGUAGES:
        for key, text in tables.get(language, {}).items():
            yield Text(f"phone {language} {key}", tables["en"].get(key, ""), language, text)


def all_texts() -> list[Text]:
    return [*qt_texts(), *minutes_texts(), *phone_texts()]


def _matches(form: str, text: str) -> bool:
    if "\\b" in form:
        return re.search(form, text, re.IGNORECASE) is not None
    return normal(form) in text


def glossary_problems(texts: list[Text]) -> list[str]:
    problems: list[str] = []
    for concept, entry in GLOSSARY["concepts"].items():
        english = re.compile(entry["en"], re.IGNORECASE)
        for item in texts:
            rules = entry[item.language]
            text = normal(item.text)
            for avoided in rules["avoid"]:
                if _matches(avoided, text):
                    problems.append(f"{item.where}: {concept!r} is not {avoided!r}: {item.text!r}")
            if english.search(PLACEHOLDER.sub("X", item.english)) and not any(
                _matches(form, text) for form in rules["use"]
            ):
                problems.append(f"{item.where}: {concept!r} should read {rules['use'][0]!r}: "
                                f"{item.english!r} → {item.text!r}")
    return problems


def french_typography_problems(texts: list[Text]) -> list[str]:
    problems: list[str] = []
    for item in texts:
        if item.language != "fr":
            continue
        if re.search(r"(?<=\w)·(?=\w)", item.text):
            problems.append(f"{item.where}: inclusive middle dot: {item.text!r}")
        if re.search(r" [:;?!»]|« ", item.text):
            problems.append(f"{item.where}: a plain space where French puts a non-breaking "
                            f"one: {item.text!r}")
    return problems


def test_every_text_is_read() -> None:
    texts = all_texts()
    places = {t.where.split(" ")[0] for t in texts}
    assert "minutes" in places
    assert "phone" in places
    assert any(p.endswith(".ts") for p in places)
    assert len(texts) > 1500


def test_one_word_per_idea() -> None:
    problems = glossary_problems(all_texts())
    assert not problems, f"{len(problems)} texts leave the glossary:\n" + "\n".join(problems)


def test_french_typography() -> None:
    problems = french_typography_problems(all_texts())
    assert not problems, f"{len(problems)} French texts:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("english", "language", "text", "ok"),
    [
        ("Print a badge", "ar", "اطبع شارة", False),
        ("Print a badge", "ar", "اطبع بطاقة", True),
        ("Ask the facilitator", "ar", "اسأل المنسّق", False),
        ("Ask the facilitator", "ar", "اسأل الميسِّر", True),
        ("Close the session", "fr", "Clore la session", False),
        ("Close the session", "fr", "Clore la séance", True),
        ("open ballot", "fr", "à main levée", False),
    ],
)
def test_the_glossary_catches_a_synonym(english: str, language: str, text: str,
                                        ok: bool) -> None:
    assert (not glossary_problems([Text("example", english, language, text)])) is ok


def test_french_typography_is_caught() -> None:
    bad = [Text("x", "", "fr", "Wi-Fi : réseau"), Text("x", "", "fr", "Présent·e")]
    good = [Text("x", "", "fr", "Wi-Fi\u00a0: réseau"), Text("x", "", "fr", "page 1 · 2")]
    assert len(french_typography_problems(bad)) == 2
    assert not french_typography_problems(good)
