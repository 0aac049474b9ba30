"""Paste notes (one per line), merge two duplicates, and the character count while typing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.board.capture import MergeDialog, QuickCaptureDialog
from app.ui.board.editor import NoteEditor
from app.ui.board.panel import BoardPanel

PAPER = "Bus de nuit\n\n  Cours de français le soir  \nUn guichet pour tout\n"


def test_pasted_lines_become_notes_selected_and_undone_at_once(
        panel: BoardPanel, demo: Workshop) -> None:
    button = panel.findChild(QToolButton, "quick-capture")
    assert button is not None
    assert button.isVisible()
    before = {n.id for n in demo.board.notes(1)}
    dialog = panel.paste_notes()
    assert panel.findChild(QDialog, "quick-capture") is dialog
    dialog.text.setPlainText(PAPER)
    assert dialog.summary.text().startswith("3")
    dialog.accept()
    added = [n for n in demo.board.notes(1) if n.id not in before]
    assert [n.text for n in added] == [
        "Bus de nuit", "Cours de français le soir", "Un guichet pour tout"]
    assert {n.area for n in added} == {Area.IDEAS}
    assert sorted(panel.scene.selected_note_ids()) == [n.id for n in added]
    boxes = [panel.scene.notes[n.id].sceneBoundingRect() for n in added]
    others = [i.sceneBoundingRect().adjusted(5, 5, -5, -5)
              for i in panel.scene.notes.values() if i.note_id not in {n.id for n in added}]
    assert not any(b.intersects(o) for b in boxes for o in others)
    assert demo.undo.undo() == "add notes"
    assert {n.id for n in demo.board.notes(1)} == before


def test_a_line_too_long_keeps_the_dialog_and_every_line(panel: BoardPanel,
                                                        demo: Workshop) -> None:
    before = len(demo.board.notes(1))
    dialog = panel.paste_notes()
    typed = "Première\n" + "x" * 312 + "\nTroisième"
    dialog.text.setPlainText(typed)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "312" in dialog.summary.text()
    assert "2" in dialog.summary.text()  # which line
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.text.toPlainText() == typed
    assert len(demo.board.notes(1)) == before


def test_paste_goes_to_the_area_chosen_in_the_dialog(panel: BoardPanel,
                                                     demo: Workshop) -> None:
    dialog: QuickCaptureDialog = panel.paste_notes()
    dialog.area.setCurrentIndex(0)
    dialog.text.setPlainText("Apprendre le français\nTrouver du travail")
    dialog.accept()
    assert [n.area for n in demo.board.notes(1)[-2:]] == [Area.EXPECTATIONS] * 2


def test_merge_two_selected_notes(panel: BoardPanel, demo: Workshop) -> None:
    a = demo.board.add_note(1, Area.IDEAS, "Bus de nuit")
    b = demo.board.add_note(1, Area.IDEAS, "Des bus la nuit le week-end")
    panel.scene.clearSelection()
    panel.scene.notes[a.id].setSelected(True)
    assert not panel.actions_by_name["merge"].isEnabled()
    panel.scene.notes[b.id].setSelected(True)
    assert panel.actions_by_name["merge"].isEnabled()
    assert panel.actions_by_name["merge"].objectName() == "merge-notes"
    dialog = panel.merge_notes()
    assert isinstance(dialog, MergeDialog)
    assert dialog.text.toPlainText() == "Bus de nuit\nDes bus la nuit le week-end"
    dialog.accept()
    texts = {n.id: n.text for n in demo.board.notes(1)}
    assert texts[a.id] == "Bus de nuit\nDes bus la nuit le week-end"
    assert b.id not in texts
    assert b.id not in panel.scene.notes


def test_a_merge_too_long_waits_to_be_shortened(panel: BoardPanel, demo: Workshop) -> None:
    a = demo.board.add_note(1, Area.IDEAS, "a" * 200)
    b = demo.board.add_note(1, Area.IDEAS, "b" * 150)
    panel.scene.clearSelection()
    for note in (a, b):
        panel.scene.notes[note.id].setSelected(True)
    dialog = panel.merge_notes()
    assert dialog is not None
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "71" in dialog.counter.text()  # 351 characters, 71 too many
    dialog.text.setPlainText("a" * 100 + "\n" + "b" * 100)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert demo.board.note(a.id).text == "a" * 100 + "\n" + "b" * 100


def test_a_note_too_long_is_kept_in_its_editor(panel: BoardPanel, demo: Workshop,
                                               qtbot: QtBot) -> None:
    before = len(demo.board.notes(1))
    panel.write_new_note_here()
    editor = panel.view.findChild(NoteEditor)
    assert editor is not None
    editor.insertPlainText("x" * 312)
    assert "312 / 280" in editor.counter.text()
    assert not editor.keep()
    assert panel.view.editor is editor
    assert editor.toPlainText() == "x" * 312
    assert editor.counter.isVisible()
    panel.write_new_note_here()  # a second editor waits for the first
    assert panel.view.editor is editor
    editor.setPlainText("x" * 280)
    assert "280 / 280" in editor.counter.text()
    assert editor.keep()
    qtbot.waitUntil(lambda: panel.view.findChild(NoteEditor) is None)
    assert len(demo.board.notes(1)) == before + 1
    assert demo.board.notes(1)[-1].text == "x" * 280


def test_paste_and_merge_dialogs_name_their_controls(panel: BoardPanel,
                                                     demo: Workshop) -> None:
    from app.ui.accessibility import unnamed_controls

    paste = panel.paste_notes()
    assert unnamed_controls(paste) == []
    paste.reject()
    merge = MergeDialog("Bus de nuit", panel)
    assert unnamed_controls(merge) == []
    assert merge.objectName() == "merge-notes"
