"""Next steps typed in the Actions tab: a live counter, saved after a pause and on leaving the
field, a refused text kept with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.text_rules import FIELD_LIMIT
from app.core.workshop import Workshop
from app.ui.action_plans import ActionsPanel
from app.ui.next_steps import NextStepsEditor


def test_typed_steps_are_saved_after_a_pause(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    panel = ActionsPanel(workshop, session.id)
    qtbot.addWidget(panel)
    field = panel.findChild(QPlainTextEdit, "next-steps")
    assert field is not None
    editor = panel.next_steps
    field.setPlainText("Bilan en avril")
    assert editor.counter.text() == f"14 / {FIELD_LIMIT} characters"
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        pass
    assert saved.args == ["Bilan en avril"]
    assert workshop.sessions.get(session.id).next_steps == "Bilan en avril"


def test_leaving_the_field_saves_at_once(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    editor = NextStepsEditor(workshop, session.id)
    other = QLineEdit(editor)
    editor.layout().addWidget(other)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    qtbot.keyClicks(editor.text, "Mairie : restitution en janvier")
    assert editor.debounce.isActive()  # not saved yet: typing goes on
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert not editor.debounce.isActive()
    assert workshop.sessions.get(session.id).next_steps == "Mairie : restitution en janvier"


def test_too_long_text_is_kept_with_the_reason(workshop: Workshop, qtbot: QtBot) -> None:
    session = workshop.sessions.create("Atelier", "2026-12-01")
    editor = NextStepsEditor(workshop, session.id)
    qtbot.addWidget(editor)
    long_text = "x" * (FIELD_LIMIT + 12)
    editor.text.setPlainText(long_text)
    assert "color: #B91C1C" in editor.counter.styleSheet()
    assert not editor.save()
    assert editor.text.toPlainText() == long_text  # nothing typed is lost
    assert editor.problem.text() == (
        f"This is too long: {FIELD_LIMIT + 12} characters, at most {FIELD_LIMIT}.")
    assert workshop.sessions.get(session.id).next_steps == ""
    assert editor.text.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable


def test_saved_steps_are_printed_in_the_minutes(workshop: Workshop, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    from app.minutes.content import gather
    from app.minutes.document import build_pdf
    from tests.minutes.conftest import pdf_text

    session = workshop.sessions.create("Atelier", "2026-12-01")
    editor = NextStepsEditor(workshop, session.id)
    qtbot.addWidget(editor)
    editor.text.setPlainText("Bilan avec la mairie en avril")
    assert editor.save()
    content = gather(workshop, session.id)
    assert content.next_steps == "Bilan avec la mairie en avril"
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(build_pdf(content, "fr", None))
    assert "Bilan avec la mairie en avril" in pdf_text(pdf)
