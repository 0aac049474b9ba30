from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.core.workshop import Workshop
from app.ui import labels
from app.ui.accessibility import unnamed_controls
from app.ui.live import LiveEvents
from app.ui.session_list import SessionList


def make_list(workshop: Workshop, qtbot: QtBot) -> SessionList:
    sessions = SessionList(workshop)
    qtbot.addWidget(sessions)
    live = LiveEvents(workshop.hub, sessions)
    live.changed.connect(sessions.on_change)
    return sessions


def test_sessions_by_territory_then_latest_date(workshop: Workshop, qtbot: QtBot) -> None:
    workshop.sessions.create("B1", "2026-01-10", territory="Bordeaux")
    workshop.sessions.create("L1", "2026-01-10", territory="Lyon")
    workshop.sessions.create("L2", "2026-03-10", territory="Lyon")
    sessions = make_list(workshop, qtbot)
    assert [s.title for s in sessions.model.sessions] == ["B1", "L2", "L1"]


def test_create_edit_duplicate_archive(workshop: Workshop, qtbot: QtBot) -> None:
    sessions = make_list(workshop, qtbot)
    dialog = sessions.new()
    dialog.title.setText("Policy Lab Villeurbanne")
    dialog.date.setDate(QDate(2027, 2, 3))
    dialog.territory.setCurrentText("Villeurbanne")
    dialog.venue.setText("Centre social")
    dialog.wifi_ssid.setText("Lab")
    dialog.accept()
    made = workshop.sessions.all()[0]
    assert (made.title, made.date, made.territory, made.venue, made.wifi_ssid) == (
        "Policy Lab Villeurbanne", "2027-02-03", "Villeurbanne", "Centre social", "Lab")
    assert made.languages == ("fr", "ar", "en")
    assert unnamed_controls(dialog) == []

    sessions.select(made.id)
    edit = sessions.edit()
    assert edit is not None
    edit.venue.setText("Maison du Citoyen")
    edit.accept()
    assert workshop.sessions.get(made.id).venue == "Maison du Citoyen"

    copy_dialog = sessions.duplicate()
    assert copy_dialog is not None
    copy_dialog.title.setText("Policy Lab Villeurbanne #2")
    copy_dialog.date.setDate(QDate(2027, 5, 3))
    copy_dialog.accept()
    copy = next(s for s in workshop.sessions.all() if s.title.endswith("#2"))
    assert len(workshop.agenda.phases(copy.id)) == len(workshop.agenda.phases(made.id))
    assert copy.venue == "Maison du Citoyen"

    sessions.select(made.id)
    sessions.toggle_archive()
    assert workshop.sessions.get(made.id).archived
    assert all(s.id != made.id for s in sessions.model.sessions)
    sessions.archived.setChecked(True)
    assert any(s.id == made.id for s in sessions.model.sessions)


def test_open_asks_for_the_chosen_session(demo: Workshop, qtbot: QtBot) -> None:
    sessions = make_list(demo, qtbot)
    with qtbot.waitSignal(sessions.open_requested) as opened:
        sessions.open_current()
    assert opened.args == [1]
    assert unnamed_controls(sessions) == []


def test_an_empty_title_keeps_the_dialog_and_what_was_typed(
        workshop: Workshop, qtbot: QtBot) -> None:
    sessions = make_list(workshop, qtbot)
    sessions.show()
    dialog = sessions.new()
    dialog.title.setText("   ")
    dialog.venue.setText("Centre social")
    dialog.territory.setCurrentText("Villeurbanne")
    dialog.wifi_ssid.setText("Lab")
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.title_problem.isHidden()
    assert dialog.title_problem.text() == "Please give the session a title."
    qtbot.waitUntil(dialog.title.hasFocus)
    assert (dialog.venue.text(), dialog.territory.currentText(), dialog.wifi_ssid.text()) == (
        "Centre social", "Villeurbanne", "Lab")
    assert workshop.sessions.all() == []
    dialog.title.setText("Policy Lab")
    with qtbot.waitSignal(sessions.open_requested) as opened:
        dialog.accept()
    made = workshop.sessions.all()[0]
    assert opened.args == [made.id]  # a new session is opened once made
    assert (made.title, made.venue, made.wifi_ssid) == ("Policy Lab", "Centre social", "Lab")


def test_time_zone_and_a_date_in_the_past(workshop: Workshop, qtbot: QtBot) -> None:
    sessions = make_list(workshop, qtbot)
    dialog = sessions.new()
    assert dialog.zone_name()  # this computer's zone
    dialog.title.setText("Lab")
    dialog.date.setDate(QDate(2020, 3, 1))
    assert not dialog.past_date.isHidden()
    dialog.date.setDate(QDate.currentDate().addDays(3))
    assert dialog.past_date.isHidden()
    dialog.time_zone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert not dialog.time_zone_problem.isHidden()
    assert workshop.sessions.all() == []
    dialog.time_zone.setCurrentText("Asia/Kabul")
    dialog.accept()
    assert workshop.sessions.all()[0].time_zone == "Asia/Kabul"


def test_enter_opens_the_chosen_session(demo: Workshop, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    sessions = make_list(demo, qtbot)
    sessions.show()
    qtbot.waitExposed(sessions)
    sessions.table.setFocus()
    sessions.table.setCurrentIndex(sessions.model.index(0, 0))
    with qtbot.waitSignal(sessions.open_requested):
        QTest.keyClick(sessions.table, Qt.Key.Key_Return)


def test_the_labs_of_a_programme_are_listed_together(workshop: Workshop, qtbot: QtBot) -> None:
    alone = workshop.sessions.create("Atelier seul", "2026-12-01", territory="Annecy")
    first = workshop.sessions.create("Lab 1", "2026-03-01", territory="Lyon")
    programme = workshop.programmes.create(first.id, "Resilient Cities — 2026")
    second = workshop.sessions.create("Lab 2", "2026-05-01", territory="Grenoble")
    workshop.programmes.join(second.id, programme.id)
    sessions = SessionList(workshop)
    qtbot.addWidget(sessions)
    model = sessions.model
    assert [s.id for s in model.sessions] == [second.id, first.id, alone.id]
    assert model.index(0, 5).data() == labels.own_direction("Resilient Cities — 2026")
    assert model.index(2, 5).data() == ""
