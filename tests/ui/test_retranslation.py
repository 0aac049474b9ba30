"""Switching language from the menu retranslates every tab at once — Dot voting, Attendance and
Minutes included — and those panels keep what they hold (the round chosen, a code being typed,
the minutes' choices)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui.areas import add_areas
from app.ui.attendance.panel import AttendancePanel
from app.ui.main_window import MainWindow
from app.ui.minutes.panel import MinutesPanel
from app.ui.retranslation import Retranslation, set_row_label
from app.ui.voting.panel import VotingPanel

I18N = Path(__file__).resolve().parents[2] / "i18n"
translate = QCoreApplication.translate


def _translations(language: str) -> dict[str, set[str]]:
    """Every source text of the program with its translations in ``language``."""
    found: dict[str, set[str]] = {}
    for ts in I18N.glob(f"*_{language}.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is not None and translation.text:
                found.setdefault(source, set()).add(translation.text)
    return found


def _shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, where) of every label, button, box title and tab of the window."""
    shown = []
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown.append((widget.text(), where))
        elif isinstance(widget, QGroupBox):
            shown.append((widget.title(), where))
        if isinstance(widget, QTabWidget):
            shown += [(widget.tabText(i), f"tab of {where}") for i in range(widget.count())]
    return [(text.replace("&", ""), where) for text, where in shown if text]


def _left_over(window: QWidget, old: dict[str, set[str]], new: dict[str, set[str]]) -> list[str]:
    """Texts still in the old language: an old wording of a source whose new one differs."""
    stale: set[str] = set()
    for source, wordings in old.items():
        stale |= {w.replace("&", "") for w in wordings if w not in new.get(source, set())}
    return [f"{text!r} ({where})" for text, where in _shown_texts(window) if text in stale]


def _settle() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old workspace
    QApplication.processEvents()


def _switch(window: MainWindow, language: str, qtbot: QtBot, voting: VotingPanel) -> None:
    window.switch_language(language)
    qtbot.waitUntil(lambda: voting.open_button.text() == translate("VotingPanel", "Open"))
    _settle()


def test_every_tab_follows_a_live_switch_en_fr_ar(demo: Workshop, qtbot: QtBot) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    add_areas(window)
    window.open_session(1)
    window.show()
    voting = window.findChild(VotingPanel)
    attendance = window.findChild(AttendancePanel)
    minutes = window.findChild(MinutesPanel)
    assert voting is not None
    assert attendance is not None
    assert minutes is not None
    chosen_round = voting.rounds.currentData()
    attendance.code.setText("K7M")
    minutes.sign.setChecked(True)
    english = {source: {source} for source in _translations("fr")}
    french = _translations("fr")
    arabic = _translations("ar")

    _switch(window, "fr", qtbot, voting)
    assert not _left_over(window, english, french), "\n".join(_left_over(window, english, french))
    assert voting.tabs.tabText(2) == translate("VotingPanel", "New round") == "Nouveau tour"
    assert attendance.csv_button.text() == translate("Attendance", "Export CSV…")
    assert minutes.export_button.text() == translate("MinutesPanel", "Export minutes…")

    _switch(window, "ar", qtbot, voting)
    stale = _left_over(window, english, arabic) + _left_over(window, french, arabic)
    assert not stale, "\n".join(stale)
    assert voting.form.create_button.text() == translate("RoundForm", "Create the round")
    assert attendance.code_button.text() == translate("Attendance", "Check in")
    assert minutes.sign.text() == translate(
        "MinutesPanel", "Sign the minutes (the session is then locked)")

    # The same panels, holding what they held.
    assert window.findChild(VotingPanel) is voting
    assert voting.rounds.currentData() == chosen_round
    assert window.findChild(AttendancePanel) is attendance
    assert attendance.code.text() == "K7M"
    assert window.findChild(MinutesPanel) is minutes
    assert minutes.sign.isChecked()
    assert attendance.accessibleName() == translate("Attendance", "Attendance")


def test_a_switch_retranslates_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    form = QFormLayout(widget)
    field = QLineEdit(widget)
    form.addRow("Question", field)
    calls: list[int] = []
    Retranslation(widget, lambda: calls.append(1))
    for _ in range(3):  # a switch installs one translator per area, each announcing it
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: calls == [1])
    set_row_label(form, field, "Titre")
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    assert label.text() == "Titre"


def test_a_closed_window_is_retranslated_when_shown_again(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    Retranslation(widget, lambda: calls.append(1))
    QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    QApplication.processEvents()
    assert calls == []  # closed: nothing read from a session that may be gone
    widget.show()
    assert calls == [1]
