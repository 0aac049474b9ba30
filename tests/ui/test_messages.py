from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.errors import MESSAGES, RuleError
from app.storage import StoreError
from app.storage.errors import MESSAGES as STORE_MESSAGES
from app.ui.messages import error_text, rule_templates, show_error, store_templates


def test_every_rule_code_has_a_translatable_message() -> None:
    assert set(rule_templates()) == set(MESSAGES)


def test_english_messages_match_the_core(qapp: QApplication) -> None:
    for code, template in MESSAGES.items():
        assert rule_templates()[code] == template


def test_parameters_are_filled_in_and_words_translated(qapp: QApplication) -> None:
    assert error_text(RuleError("text_too_long", length=300, limit=280)) == (
        "This is too long: 300 characters, at most 280.")
    assert error_text(RuleError("not_found", what="theme")) == (
        "This theme does not exist (any more).")
    i18n.install(qapp, "fr")
    assert error_text(RuleError("not_found", what="note")) == (
        "Élément introuvable (note)\u00a0: il n'existe pas ou plus.")
    assert error_text(RuleError("empty_text")) == "Veuillez d'abord écrire quelque chose."


def test_store_errors_are_explained(tmp_path: Path) -> None:
    error = StoreError("not_a_database", tmp_path / "x.sqlite")
    assert str(tmp_path / "x.sqlite") in error_text(error)
    assert set(store_templates()) == set(STORE_MESSAGES)


def test_the_window_says_what_the_command_line_says(qapp: QApplication, tmp_path: Path) -> None:
    i18n.install(qapp, "en")
    for code in STORE_MESSAGES:
        error = StoreError(code, tmp_path / "x.sqlite", "note")
        assert error_text(error) == str(error), code


def test_store_faults_in_french_and_arabic(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "lab.sqlite"
    try:
        i18n.install(qapp, "fr")
        assert error_text(StoreError("read_only_file", path)).startswith(
            f"Impossible d'écrire dans {path}\u00a0: le compte de cet ordinateur")
        assert "n'est pas endommagé" in error_text(StoreError("read_only_file", path))
        assert error_text(StoreError("disk_full", path)).startswith(
            f"Le disque qui contient {path} est plein")
        i18n.install(qapp, "ar")
        assert error_text(StoreError("disk_full", path)).startswith("القرص الذي يحوي")
        assert "تالف: فهرسه note_session" in error_text(
            StoreError("corrupt_index", path, "note_session"))
    finally:
        i18n.install(qapp, "en")


def test_an_unknown_code_falls_back_to_the_core_text() -> None:
    assert error_text(RuleError("something_new")) == "something_new"


def test_a_refused_write_is_explained() -> None:
    import sqlite3

    text = error_text(sqlite3.OperationalError("database is locked"))
    assert "database is locked" in text
    assert "Nothing was changed" in text


def test_a_refused_value_says_what_is_expected(qapp: QApplication) -> None:
    text = error_text(RuleError("bad_value", field="count", value=-5))
    assert "whole number, 0 or more" in text
    assert "-5" in text
    assert "not valid" not in text
    text = error_text(RuleError("bad_value", field="dots_per_person", value=99))
    assert "from 1 to 20" in text
    text = error_text(RuleError("date_order", field="review_date", value="2027-02-01",
                                other="end_date", other_date="2027-03-31"))
    assert text == ("The review date (\u20682027-02-01\u2069) cannot be before the end date "
                    "(\u20682027-03-31\u2069).")


def test_an_error_box_says_what_to_do_not_what_did_not_happen(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, RuleError("bad_value", field="count", value="<b>-5</b>"))
    box = parent.findChild(QMessageBox, "error-message")
    assert box is not None
    assert box.windowTitle() == "Please check"
    assert box.textFormat() == Qt.TextFormat.PlainText
