from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.model import Group
from app.core.workshop import Workshop
from app.ui.accessibility import unnamed_controls
from app.ui.live import LiveEvents, for_session
from app.ui.roster import ParticipantDialog, RosterModel, RosterPanel
from tests.ui.roster_fixture import french_excel_roster


def make_panel(demo: Workshop, qtbot: QtBot) -> RosterPanel:
    panel = RosterPanel(demo, 1)
    qtbot.addWidget(panel)
    live = LiveEvents(demo.hub, panel)
    live.changed.connect(for_session(1, panel.on_change))
    return panel


def test_model_passes_the_model_tester(demo: Workshop, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(RosterModel(demo, 1))


def test_add_a_participant_gets_a_pseudonym(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    dialog = panel.add()
    dialog.name.setText("Nadia")
    dialog.accept()
    assert panel.model.rowCount() == before + 1
    added = panel.model.people[-1]
    assert added.display_name == "Nadia"
    assert added.pseudonym
    assert added.group is Group.NEWCOMER


def test_no_field_for_legal_status_or_nationality(demo: Workshop, qtbot: QtBot) -> None:
    dialog = ParticipantDialog(None)
    qtbot.addWidget(dialog)
    names = " ".join(w.accessibleName().casefold() for w in dialog.findChildren(type(dialog.name)))
    assert "nationality" not in names
    assert "status" not in names
    assert unnamed_controls(dialog) == []


def test_edit_a_participant(demo: Workshop, qtbot: QtBot) -> None:
    panel = make_panel(demo, qtbot)
    panel.table.selectRow(2)
    person = panel.current()
    assert person is not None
    dialog = panel.edit()
    assert dialog is not None
    dialog.name.setText("Agent d'accueil")
    dialog.accept()
    assert demo.roster.get(person.id).display_name == "Agent d'accueil"


def test_csv_import_is_all_or_nothing(demo: Workshop, qtbot: QtBot, tmp_path: Path) -> None:
    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    bad = tmp_path / "bad.csv"
    bad.write_text("group,language\nnewcomer,fr\nnobody,fr\n", encoding="utf-8")
    result = panel.import_file(str(bad))
    assert not result.ok
    assert panel.model.rowCount() == before
    assert panel.report is not None
    assert "Line 3" in panel.report.text()
    good = tmp_path / "good.csv"
    good.write_text("group,language,nationality\nnewcomer,fr,X\nnewcomer,ar,Y\n",
                    encoding="utf-8")
    result = panel.import_file(str(good))
    assert result.ok
    assert panel.model.rowCount() == before + 2
    assert panel.report is not None
    assert "nationality" in panel.report.text()


def test_roster_controls_are_named(demo: Workshop, qtbot: QtBot) -> None:
    assert unnamed_controls(make_panel(demo, qtbot)) == []


def test_removing_someone_asks_first(demo: Workshop, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    panel.table.selectRow(0)
    panel.remove()
    box = panel.findChild(QMessageBox, "confirm")
    assert box is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert panel.model.rowCount() == before
    panel.remove()
    box = [b for b in panel.findChildren(QMessageBox, "confirm") if b.isVisible()][-1]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert panel.model.rowCount() == before - 1


def test_reimporting_a_french_excel_roster_updates_people(demo: Workshop, qtbot: QtBot,
                                                           qapp: QApplication,
                                                           tmp_path: Path) -> None:
    i18n.install(qapp, "fr")
    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    path = tmp_path / "inscrits.csv"
    french_excel_roster(path)
    result = panel.import_file(str(path))
    assert result.outcome is not None
    assert len(result.outcome.added) == 40
    assert panel.model.rowCount() == before + 40
    assert panel.report is not None
    assert "40 participants ajoutés." in panel.report.text()
    # The organiser corrects one line and sends the file again.
    text = path.read_bytes().decode("cp1252").replace("Amina B.;Nouvel arrivant;;arabe",
                                                      "Amina B.;Nouvel arrivant;;Dari")
    path.write_bytes(text.encode("cp1252"))
    result = panel.import_file(str(path))
    assert result.outcome is not None
    assert (len(result.outcome.added), len(result.outcome.updated),
            len(result.outcome.unchanged)) == (0, 1, 39)
    assert panel.model.rowCount() == before + 40
    assert panel.report is not None
    assert "1 participant déjà inscrit, mis à jour." in panel.report.text()
    assert "39 participants déjà inscrits, inchangés." in panel.report.text()


def test_removing_several_asks_once(demo: Workshop, qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    i18n.install(qapp, "en")
    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    chosen = panel.model.people[1:4]
    for row in (1, 2, 3):
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.selected_people() == chosen
    panel.remove()
    boxes = panel.findChildren(QMessageBox, "confirm")
    assert len(boxes) == 1
    assert "3 participants" in boxes[0].text()
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    assert panel.model.rowCount() == before - 3
    assert not {p.id for p in chosen} & {p.id for p in panel.model.people}


def test_the_import_button_asks_for_a_file_then_reports(demo: Workshop, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    panel = make_panel(demo, qtbot)
    before = panel.model.rowCount()
    button = panel.findChild(QPushButton, "roster-import")
    assert button is not None
    path = tmp_path / "inscrits.csv"
    french_excel_roster(path, count=5)
    dialog = panel.choose_csv()
    assert dialog.objectName() == "roster-import-file"
    dialog.fileSelected.emit(str(path))
    assert panel.model.rowCount() == before + 5
    assert panel.report is not None
    assert panel.report.objectName() == "roster-import-report"
    dialog.reject()
