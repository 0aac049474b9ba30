"""The theme dialog keeps a name too long as typed and says by how much."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.board.dialogs import ThemeDialog


def test_a_theme_name_too_long_is_kept_and_counted(qtbot: QtBot) -> None:
    dialog = ThemeDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()  # no name yet
    dialog.name.setText("Accès aux droits " * 6)
    assert len(dialog.name.text()) == 102  # nothing cut
    assert "101 / 80" in dialog.counter.text()
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0
    dialog.name.setText("Accès aux droits")
    assert dialog.ok.isEnabled()
