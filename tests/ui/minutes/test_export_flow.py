"""Before the minutes are made: the personal-details check (drafts too), the file, and a
passphrase asked again in place when it is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.core.model import Area, SessionStatus
from app.core.workshop import Workshop
from app.minutes.identity import IDENTITY_FILE, create_identity
from app.paths import app_data_dir
from app.ui.folders import documents
from app.ui.minutes import MinutesPanel
from app.ui.minutes.export_flow import PassphraseDialog
from app.ui.minutes.privacy_dialog import PrivacyDialog

PASSPHRASE = "a passphrase for the flow"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog answers a file in tmp_path; what it was offered is kept."""
    offered: list[str] = []

    def save(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "minutes.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return offered


def answer_when_shown(kind: type, answer: Callable[[object], None]) -> QTimer:
    """Answer the next modal dialog of ``kind`` once it is up (exec() blocks the test)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and shown.isVisible():
            timer.stop()
            answer(shown)

    timer.timeout.connect(look)
    timer.start()
    return timer


def _panel_with_a_phone_number(qtbot: QtBot, demo: Workshop) -> MinutesPanel:
    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, "Appelez-moi au 06 12 34 56 78")
    panel = MinutesPanel(demo, 1)
    qtbot.addWidget(panel)
    return panel


def test_a_draft_export_shows_personal_details_first(
        qtbot: QtBot, demo: Workshop, asked: list[str]) -> None:
    panel = _panel_with_a_phone_number(qtbot, demo)
    assert not panel.sign.isChecked()
    seen: list[str] = []

    def go_back(dialog: object) -> None:
        assert isinstance(dialog, PrivacyDialog)
        seen.append(dialog.found.item(0).text())
        seen.append(dialog.sign_anyway.text())
        dialog.redact.click()

    _timer = answer_when_shown(PrivacyDialog, go_back)
    panel.ask_export()
    assert "06 12 34 56 78" in seen[0]
    assert seen[1] == "Export anyway"
    assert asked == []  # gone back: no file was asked for

    def export_anyway(dialog: object) -> None:
        assert isinstance(dialog, PrivacyDialog)
        dialog.sign_anyway.click()

    _again = answer_when_shown(PrivacyDialog, export_anyway)
    with qtbot.waitSignal(panel.exported, timeout=20000) as done:
        panel.ask_export()
    assert not done.args[0].signed
    assert asked == [str(documents() / "minutes-2026-11-14.pdf")]  # starts in Documents


def test_a_wrong_passphrase_is_asked_again_in_place(
        qtbot: QtBot, demo: Workshop, asked: list[str]) -> None:
    create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin", "", PASSPHRASE)
    panel = MinutesPanel(demo, 1)  # the demo is closed and holds no personal details
    qtbot.addWidget(panel)
    panel.sign.setChecked(True)
    tries = ["not it at all", PASSPHRASE]
    problems: list[str] = []

    def type_next(dialog: object) -> None:
        assert isinstance(dialog, PassphraseDialog)
        if not dialog.problem.isHidden():
            problems.append(dialog.problem.text())
        dialog.passphrase.setText(tries.pop(0))
        dialog.accept()
        if tries:
            nonlocal timer
            timer = answer_when_shown(PassphraseDialog, type_next)

    timer = answer_when_shown(PassphraseDialog, type_next)
    with qtbot.waitSignal(panel.exported, timeout=20000) as done:
        panel.ask_export()
    assert done.args[0].signed
    assert problems == ["The passphrase does not open the signing identity."]
    assert len(asked) == 1  # the file was asked for once, not again
