"""The minutes tab's translations: complete in every language, same placeholders, loaded."""

from __future__ import annotations

import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui.minutes import MinutesPanel

I18N = Path(__file__).resolve().parents[3] / "i18n"


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / f"minutes_{language}.ts").getroot()
    return [(str(ctx.findtext("name")), str(m.findtext("source")), m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 50
    for context, source, message in messages:
        assert context.startswith("Minutes"), context
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, source  # not unfinished, not obsolete
        assert translation.text, source
        assert _placeholders(translation.text) == _placeholders(source), source


def test_all_languages_hold_the_same_messages() -> None:
    sources = [{(c, s) for c, s, _ in _messages(lang)} for lang in ("en", "fr", "ar")]
    assert sources[0] == sources[1] == sources[2]


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(__file__).resolve().parents[3] / ".venv" / "bin" / "pyside6-lrelease")
    qm = tmp_path / "minutes_fr.qm"
    subprocess.run([lrelease, "-silent", str(I18N / "minutes_fr.ts"), "-qm", str(qm)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.usefixtures("french")
def test_the_panel_speaks_french(qtbot: QtBot, demo: Workshop) -> None:
    panel = MinutesPanel(demo, 1)
    qtbot.addWidget(panel)
    assert panel.export_button.text() == "Exporter le compte rendu…"
    assert "La séance est clôturée" in panel.status.text()
    assert QCoreApplication.translate("MinutesVerify", "Signer: {signer}") == \
        "Signataire\u00a0: {signer}"


def test_the_ts_files_hold_every_message_of_the_code(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[3]
    lupdate = shutil.which("pyside6-lupdate") or str(root / ".venv" / "bin" / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "app" / "ui" / "minutes").glob("*.py"))
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(str(ctx.findtext("name")), str(m.findtext("source")))
               for ctx in ET.parse(fresh).getroot().iter("context")
               for m in ctx.iter("message")}
    assert in_code == {(c, s) for c, s, _ in _messages("en")}
