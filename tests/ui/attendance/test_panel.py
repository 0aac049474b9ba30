"""The attendance panel: check-in by scanned badge or typed code, departures, counts, CSV,
the welcome desk, and certificates."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.badge_tokens import BadgeSigner
from app.core.model import Group, Participant
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.demo import ReplayClock
from app.ui.attendance.camera import BadgeReader
from app.ui.attendance.panel import AttendancePanel
from app.ui.labels import own_direction
from tests.ui.attendance.frames import badge_photo, in_a_frame, to_qimage

# QtMultimedia looks for hardware video decoders (VA-API) the first time it lists cameras and
# warns when a machine has none; it needs none to read a webcam.
pytestmark = pytest.mark.qt_log_ignore(r"Couldn't (load|resolve) va")


def fresh_session(workshop: Workshop) -> tuple[int, list[Participant]]:
    session = workshop.sessions.create("Lab", "2026-11-20", languages=("fr", "ar", "en"))
    people = workshop.roster.add_many(session.id, [
        NewParticipant(Group.NEWCOMER, "ar", "أمينة"),
        NewParticipant(Group.LOCAL_ACTOR, "fr", "Karim"),
        NewParticipant(Group.NEWCOMER, "uk", ""),
        NewParticipant(Group.OBSERVER, "en", "=HYPERLINK(\"x\")"),
    ])
    return session.id, people


def make_panel(qtbot: QtBot, workshop: Workshop, session_id: int) -> AttendancePanel:
    panel = AttendancePanel(workshop, session_id)
    qtbot.addWidget(panel)
    qtbot.addWidget(panel.desk)
    panel.show()  # the tab the facilitator looks at (a hidden one reads when shown)
    return panel


def test_no_camera_is_said_clearly(workshop: Workshop, qtbot: QtBot) -> None:
    session_id, _ = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    assert panel.camera_picker.count() == 0  # this machine has none
    assert not panel.camera_button.isEnabled()
    assert "No camera found" in panel.camera_status.text()
    assert "code" in panel.camera_status.text()


def test_scanned_frame_checks_in_and_welcomes(workshop: Workshop, qtbot: QtBot,
                                              tmp_path: Path) -> None:
    session_id, people = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    reader = BadgeReader()
    reader.scanned.connect(panel.check_in_scanned)
    frame = in_a_frame(to_qimage(badge_photo(workshop, session_id, tmp_path, slot=1)), 15)
    with qtbot.waitSignal(panel.checked_in) as signal:
        reader.offer(frame)
    assert signal.args[0].participant.id == people[1].id
    assert people[1].id in workshop.roster.attendance(session_id)
    assert panel.desk.headline.text().endswith(own_direction("Karim"))
    assert "1 present, 3 not here" in panel.counts.text()


def test_typed_code_and_refusals(workshop: Workshop, qtbot: QtBot) -> None:
    session_id, people = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    code = people[2].short_code
    panel.code.setText(f"{code[:3].lower()} {code[3:]}")
    panel.code_button.click()
    assert people[2].id in workshop.roster.attendance(session_id)
    assert panel.code.text() == ""
    panel.code.setText("ZZZZZZ")
    panel.code_button.click()
    assert "ZZZZZZ" in panel.message.text()
    other = workshop.sessions.create("Other", "2026-11-21")
    stranger = workshop.roster.add(other.id, NewParticipant(Group.NEWCOMER))
    panel.check_in_scanned(BadgeSigner.for_session(workshop.database, other.id)
                           .token(stranger.id))
    assert "another session" in panel.message.text()
    genuine = BadgeSigner.for_session(workshop.database, session_id).token(people[0].id)
    panel.check_in_scanned(genuine[:-1] + ("0" if genuine[-1] != "0" else "1"))
    assert "not valid" in panel.message.text()
    assert "not valid" in panel.desk.detail.text()
    assert set(workshop.roster.attendance(session_id)) == {people[2].id}


def test_late_arrival_and_early_departure(workshop: Workshop, qtbot: QtBot) -> None:
    session_id, people = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    clock = ReplayClock(datetime(2026, 11, 20, 8, 0, tzinfo=UTC))
    workshop.ops.clock = clock
    workshop.roster.check_in(people[0].id)
    workshop.agenda.start(workshop.agenda.phases(session_id)[0].id)
    clock.advance(5)
    workshop.roster.check_in(people[2].id)  # within the grace period: not late
    clock.advance(20)
    workshop.roster.check_in(people[1].id)  # well after the session began
    panel.table.selectRow(0)
    panel.leave_button.click()
    model = panel.model
    assert model.index(0, model.PRESENT).data() == "Left early"
    assert model.index(0, model.LEFT).data() != ""
    assert "(late)" in model.index(1, model.ARRIVED).data()
    assert "(late)" not in model.index(0, model.ARRIVED).data()
    assert "(late)" not in model.index(2, model.ARRIVED).data()
    assert model.index(3, model.PRESENT).data() == "Absent"
    panel.table.selectRow(0)
    panel.arrive_button.click()
    assert model.index(0, model.PRESENT).data() == "Present"
    assert "Newcomer: 2 of 2" in panel.counts.text()
    assert "Local actor: 1 of 1" in panel.counts.text()


def test_model_passes_the_tester(workshop: Workshop, qtbot: QtBot,
                                 qtmodeltester: object) -> None:
    session_id, people = fresh_session(workshop)
    workshop.roster.check_in(people[0].id)
    panel = make_panel(qtbot, workshop, session_id)
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]


def test_csv_export(workshop: Workshop, qtbot: QtBot, tmp_path: Path) -> None:
    session_id, people = fresh_session(workshop)
    workshop.roster.check_in(people[0].id)
    workshop.roster.check_in(people[3].id)
    workshop.roster.check_out(people[3].id)
    panel = make_panel(qtbot, workshop, session_id)
    path = tmp_path / "attendance.csv"
    assert panel.files.export_csv(path) == 4
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["name"] == "أمينة"
    assert rows[0]["present"] == "yes"
    assert rows[3]["name"].startswith("'=")  # a formula is defused
    assert rows[3]["present"] == "no"
    assert rows[3]["left_at"]
    assert rows[2]["name"] == people[2].pseudonym
    assert set(rows[0]) == {"name", "group", "language", "present", "arrived_at", "left_at",
                            "checked_in_by"}


def test_certificate_for_the_selected_person(workshop: Workshop, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    session_id, people = fresh_session(workshop)
    workshop.roster.check_in(people[1].id)
    panel = make_panel(qtbot, workshop, session_id)
    path = tmp_path / "certificate.pdf"
    panel.files.write_certificate_for(people[1], path)
    assert path.read_bytes().startswith(b"%PDF")


def test_a_badge_for_someone_who_came_without_one(workshop: Workshop, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    session_id, people = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    one = tmp_path / "one.pdf"
    assert panel.files.write_badges_to(one, [people[0]]) == 1
    from tests.minutes.qr_pages import render, zxing_texts

    (page,) = render(one, tmp_path)
    signer = BadgeSigner.for_session(workshop.database, session_id)
    assert zxing_texts(page) == {signer.token(people[0].id)}
    assert panel.files.write_badges_to(tmp_path / "all.pdf", None) == 1


def test_a_hidden_attendance_tab_reads_the_roster_when_shown(workshop: Workshop,
                                                             qtbot: QtBot) -> None:
    session_id, people = fresh_session(workshop)
    panel = make_panel(qtbot, workshop, session_id)
    panel.hide()
    calls: list[int] = []
    real = workshop.roster.attendance

    def counted(session: int) -> Any:
        calls.append(session)
        return real(session)

    workshop.roster.attendance = counted  # type: ignore[method-assign]
    for person in people[:3]:  # a room checking in while another tab is shown
        workshop.roster.check_in(person.id)
    panel.live.flush()
    assert calls == []
    panel.show()
    assert calls == [session_id]  # once, when shown
    assert "3 present" in panel.counts.text()
