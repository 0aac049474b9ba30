from __future__ import annotations

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.joining import join_url
from app.core.model import Area
from app.core.workshop import Workshop
from app.ui.labels import own_direction
from app.ui.live import LiveEvents
from app.ui.projector.style import MIN_TEXT_PX
from app.ui.projector.window import ProjectorWindow, Show


def make_projector(workshop: Workshop, session_id: int, qtbot: QtBot) -> ProjectorWindow:
    projector = ProjectorWindow(workshop, session_id)
    qtbot.addWidget(projector)
    live = LiveEvents(workshop.hub, projector)
    live.changed.connect(projector.on_change)
    return projector


def fresh(workshop: Workshop) -> int:
    return workshop.sessions.create("Atelier", "2026-12-01", territory="Lyon").id


def test_it_follows_the_phase_by_itself(workshop: Workshop, qtbot: QtBot) -> None:
    session_id = fresh(workshop)
    projector = make_projector(workshop, session_id, qtbot)
    assert projector.current_name == "join"
    workshop.agenda.next(session_id)  # welcome
    assert projector.current_name == "join"
    with qtbot.waitSignal(projector.page_changed) as changed:
        workshop.agenda.next(session_id)  # expectations round
    assert changed.args == ["board"]
    assert projector.board.area is Area.EXPECTATIONS
    workshop.agenda.next(session_id)  # input
    assert projector.current_name == "timer"
    workshop.agenda.next(session_id)  # ideation
    assert projector.board.area is Area.IDEAS
    workshop.agenda.next(session_id)  # clustering
    assert projector.current_name == "themes"


def test_a_registered_page_wins_when_it_wants_to(workshop: Workshop, qtbot: QtBot) -> None:
    session_id = fresh(workshop)
    projector = make_projector(workshop, session_id, qtbot)
    wanted = [False]
    projector.register_page("live-vote", lambda w, s: QLabel("vote"), lambda w, s: wanted[0])
    assert projector.current_name == "join"
    wanted[0] = True
    workshop.agenda.next(session_id)
    assert projector.current_name == "live-vote"
    assert isinstance(projector.stack.currentWidget(), QLabel)


def test_join_page_shows_the_address_and_a_readable_code(workshop: Workshop,
                                                         qtbot: QtBot) -> None:
    session_id = fresh(workshop)
    projector = make_projector(workshop, session_id, qtbot)
    assert "not started" in projector.join.how.text()
    assert projector.join.join_qr.isHidden()
    projector.set_join_address("192.168.8.20", 8080)
    token = workshop.sessions.get(session_id).room_token
    assert projector.join.join_qr.payload == join_url("192.168.8.20", 8080, token)
    assert projector.join.short.text() == "192.168.8.20:8080"
    projector.show()
    qtbot.waitExposed(projector)
    found = zxingcpp.read_barcodes(readable(projector.join.join_qr.grab().toImage()))
    assert [r.text for r in found] == [join_url("192.168.8.20", 8080, token)]
    projector.clear_join_address()
    assert "not started" in projector.join.how.text()


def test_wifi_code_when_the_session_has_a_network(workshop: Workshop, qtbot: QtBot) -> None:
    session_id = fresh(workshop)
    workshop.sessions.update(session_id, wifi_ssid="Lab", wifi_password="secret-1")
    projector = make_projector(workshop, session_id, qtbot)
    assert projector.join.wifi_qr.payload == "WIFI:T:WPA;S:Lab;P:secret-1;;"
    assert "secret-1" in projector.join.wifi.text()


def test_freeze_keeps_the_picture_and_blank_hides_it(workshop: Workshop,
                                                     qtbot: QtBot) -> None:
    session_id = fresh(workshop)
    projector = make_projector(workshop, session_id, qtbot)
    projector.show()
    qtbot.waitExposed(projector)
    projector.set_frozen(True)
    workshop.agenda.next(session_id)
    workshop.agenda.next(session_id)
    assert projector.stack.currentWidget() is projector.frozen_view
    projector.set_frozen(False)
    assert projector.current_name == "board"
    projector.set_blank(True)
    assert projector.stack.currentWidget() is projector.blank
    assert projector.strip.isHidden()
    projector.set_blank(False)
    assert projector.stack.currentWidget() is projector.board


def test_the_facilitator_can_pick_a_page(workshop: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(workshop, fresh(workshop), qtbot)
    projector.set_show(Show.TIMER)
    assert projector.current_name == "timer"
    projector.set_show(Show.THEMES)
    assert projector.current_name == "themes"
    assert projector.board.area is None


def test_no_text_is_too_small_for_the_back_of_the_room(demo: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(demo, 1, qtbot)
    projector.set_join_address("10.0.0.2", 8080)
    projector.set_high_contrast(True)
    labels = [w for w in projector.findChildren(QLabel) if w is not projector.frozen_view]
    assert labels
    for label in labels:
        assert label.font().pixelSize() >= MIN_TEXT_PX, label.text()
    assert projector.timer.clock.font().pixelSize() >= 200


def test_notes_are_plain_text_on_the_projector(demo: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(demo, 1, qtbot)
    projector.set_show(Show.BOARD)
    projector.show()
    qtbot.waitExposed(projector)
    demo.board.add_note(1, Area.IDEAS, "<img src=x onerror=alert(1)>")
    assert projector.board.notes[-1].text == "<img src=x onerror=alert(1)>"
    for label in projector.findChildren(QLabel):
        if label is not projector.frozen_view:
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_arabic_turns_the_projector_right_to_left(demo: Workshop, qtbot: QtBot,
                                                  qapp: QApplication) -> None:
    i18n.install(qapp, "ar")
    projector = make_projector(demo, 1, qtbot)
    page: QWidget = projector.board
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert projector.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_one_screen_means_a_window(workshop: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(workshop, fresh(workshop), qtbot)
    projector.show_on(None)
    qtbot.waitExposed(projector)
    assert projector.isVisible()
    assert not projector.isFullScreen()


def readable(image: QImage) -> QImage:
    """zxing-cpp reads Grayscale8, RGB32 or ARGB32 (not premultiplied)."""
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_without_a_portal_the_message_uses_the_width(workshop: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(workshop, fresh(workshop), qtbot)
    projector.show_on(None)
    qtbot.waitExposed(projector)
    assert projector.join.how.width() > projector.width() / 2


def test_action_planning_and_closing_have_their_pages(demo: Workshop, qtbot: QtBot) -> None:
    session_id = demo.sessions.duplicate(1, "Suite", "2027-01-10").id
    demo.sessions.update(session_id, next_steps="Bilan en avril")
    projector = make_projector(demo, session_id, qtbot)
    phases = demo.agenda.phases(session_id)
    demo.agenda.start(next(p.id for p in phases if p.kind.value == "action_planning"))
    assert projector.current_name == "actions"
    assert projector.actions_page.items[0].text() == "No actions yet."
    from app.core.actions import ActionPlan
    from app.core.model import ActionKind

    demo.actions.add(session_id, ActionPlan(ActionKind.DECISION, "Traduire les guides",
                                            owner_role="Mission égalité"))
    assert projector.actions_page.items[0].text() == own_direction("Traduire les guides")
    # The owner is someone's writing: it keeps its own direction inside the sentence.
    assert projector.actions_page.kinds[0].text() == (
        "Decision · \N{FIRST STRONG ISOLATE}Mission égalité\N{POP DIRECTIONAL ISOLATE}")
    demo.agenda.next(session_id)
    assert projector.current_name == "closing"
    assert "Bilan en avril" in projector.closing_page.next_steps.text()


def test_many_themes_are_all_read(demo: Workshop, qtbot: QtBot) -> None:
    for index in range(5):
        demo.board.add_theme(1, f"Thème {index}")
    projector = make_projector(demo, 1, qtbot)
    projector.set_show(Show.THEMES)
    projector.show()
    qtbot.waitExposed(projector)
    image = projector.board.grab()
    assert not image.isNull()
    assert len(projector.board.themes) == 7


def test_a_hidden_board_page_reads_the_notes_when_shown(demo: Workshop, qtbot: QtBot) -> None:
    projector = make_projector(demo, 1, qtbot)
    projector.show()
    qtbot.waitExposed(projector)
    projector.set_show(Show.TIMER)
    note = demo.board.add_note(1, Area.IDEAS, "Lue plus tard")
    assert projector.board.stale
    projector.set_show(Show.BOARD)
    assert any(n.id == note.id for n in projector.board.notes)
