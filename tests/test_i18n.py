"""Translations: every shipped language complete, placeholders as in the source.

Generic over every i18n/*.ts, so each area of the app (workspace, voting, minutes …) is held
to the same rule as soon as its files exist.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app import i18n

I18N = Path(__file__).resolve().parent.parent / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")


def language_of(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_there_are_translation_sources() -> None:
    assert any(p.stem == "workspace_fr" for p in TS_FILES)


def test_every_area_ships_every_language() -> None:
    areas = {p.stem.rsplit("_", 1)[0] for p in TS_FILES}
    for area in areas:
        for language in i18n.SHIPPED:
            assert (I18N / f"{area}_{language}.ts").exists(), f"{area}_{language}.ts"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_translations_are_finished_and_keep_placeholders(path: Path) -> None:
    if language_of(path) not in i18n.SHIPPED:
        pytest.skip("not a shipped language")
    problems: list[str] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if not name:
            problems.append("a context without a name (tr() outside a class?)")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None:
                problems.append(f"{where}: no translation")
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            # A plural form may spell its number out ("مشاركان", two participants): %n optional.
            optional = Counter({"%n": 1}) if forms else Counter()
            for form in forms or [translation.text or ""]:
                if not form.strip():
                    problems.append(f"{where}: empty")
                elif placeholders(form) - optional != placeholders(source) - optional:
                    problems.append(f"{where}: placeholders {sorted(placeholders(form))} "
                                    f"differ from {sorted(placeholders(source))}")
    assert problems == []


def test_placeholder_rule_catches_a_difference() -> None:
    assert placeholders("{count} notes") != placeholders("{nombre} notes")
    assert placeholders("%1 of %2") == placeholders("%2 sur %1")


def test_arabic_is_right_to_left_and_translated(qapp: QApplication) -> None:
    assert i18n.install(qapp, "ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "Board") == "اللوحة"
    assert i18n.install(qapp, "en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Board") == "Board"


def test_qt_own_texts_are_translated_too(qapp: QApplication) -> None:
    i18n.install(qapp, "fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        i18n.install(qapp, "en")


def test_an_unknown_language_falls_back_to_english(qapp: QApplication) -> None:
    assert i18n.install(qapp, "xx") == "en"


OTHER_AREAS = ("voting", "attendance", "minutes", "portal_panel.py")


def workspace_sources() -> list[Path]:
    ui = Path(__file__).resolve().parent.parent / "app" / "ui"
    return sorted(p for p in ui.rglob("*.py")
                  if p.relative_to(ui).parts[0] not in OTHER_AREAS)


def messages_of(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


def test_every_workspace_string_is_in_its_ts(tmp_path: Path) -> None:
    """lupdate sees every literal translate() call of the desktop (outside the areas that
    keep their own files), and a shipped .ts translates it — workspace_*.ts, or the .ts of
    whichever area added the file."""
    import shutil
    import subprocess
    import sys

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                       "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "workspace.ts"
    subprocess.run([lupdate, "-silent", "-locations", "none",
                    *map(str, workspace_sources()), "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = messages_of(fresh)
    assert all(context for context, _ in found), "a tr() call lupdate cannot place"
    for language in i18n.SHIPPED:
        shipped: set[tuple[str, str]] = set()
        for path in I18N.glob(f"*_{language}.ts"):
            shipped |= messages_of(path)
        assert found - shipped == set(), language
