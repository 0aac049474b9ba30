"""The Lab, step by step, as a facilitator runs it in the real window."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.core.model import (
    ActionKind,
    Area,
    Group,
    Note,
    PhaseKind,
    RoundStatus,
    RoundTarget,
    SessionStatus,
)
from app.minutes.identity import load_identity
from app.ui.action_dialog import ActionDialog
from app.ui.action_plans import ActionsPanel
from app.ui.attendance.panel import AttendancePanel
from app.ui.board.dialogs import ThemeDialog, ThemePicker
from app.ui.board.editor import NoteEditor
from app.ui.board.panel import BoardPanel
from app.ui.minutes.identity_dialog import IdentityDialog
from app.ui.minutes.panel import MinutesPanel
from app.ui.portal_panel import PortalPanel
from app.ui.roster import RosterPanel
from app.ui.session_dialog import SessionDialog
from app.ui.voting.panel import VotingPanel
from app.ui.voting.paper_dots import PAPER_GROUPS
from tests.end2end.rehearsal.clerk import (
    carry_to_the_programme,
    cosign_by_the_elected,
    verify_as_a_clerk,
)
from tests.end2end.rehearsal.desk import LAPTOP, Desk, RehearsalError, type_text
from tests.end2end.rehearsal.follow_up import commit_to_the_winner, mark_the_expectations
from tests.end2end.rehearsal.people import Phones
from tests.end2end.rehearsal.texts import (
    CRITERIA,
    EXPECTATIONS,
    NEXT_STEPS,
    PARKED,
    PASSPHRASE,
    THEMES,
    ideas,
)
from tests.end2end.rehearsal.walk_ins import let_a_walk_in_in, remove_the_walk_in
from tests.portal.phone import Phone
from tests.ui.roster_fixture import french_excel_roster

KIOSK_PIN = "4826"
PHONE_LANGUAGES = ("en", "fr", "ar", "fa", "uk", "es", "it", "de")
TITLE = "Accès aux services municipaux — Lab 2"


class Lab:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.session_id = 0
        self.phones: Phones | None = None
        self.room = ""
        self.winner_words = "idée 1."
        self.minutes_files: list[Path] = []
        self.phone_owners: list[int] = []
        self.round_id = 0
        self.port = 0
        self.voted_before_restart = 0
        self.walk_in_phone: Phone | None = None

    # --- before the day --------------------------------------------------------------------
    def open_app(self) -> None:
        self.desk.start()
        self.desk.shot("empty-database")

    def create_session(self) -> None:
        desk = self.desk
        sessions = desk.window.sessions
        desk.click(sessions.buttons["new"])
        desk.wait_until(lambda: isinstance(_modal(), SessionDialog), "the new-session dialog")
        dialog = _modal()
        assert isinstance(dialog, SessionDialog)
        desk.type_into(dialog.title, TITLE)
        desk.type_into(dialog.venue, "Maison des associations, Lyon 8e")
        dialog.territory.setFocus()
        desk.type_into(dialog.territory.lineEdit(), "Lyon")
        desk.type_into(dialog.wifi_ssid, "Lab-invites")
        desk.type_into(dialog.wifi_password, "bienvenue2026")
        desk.shot("new-session-dialog")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        desk.click(ok)
        desk.wait_until(lambda: desk.ws.sessions.all(), "the session is created")
        self.session_id = desk.ws.sessions.all()[0].id
        if desk.window.workspace is None or desk.window.session_id != self.session_id:
            sessions.select(self.session_id)  # older versions did not open it by themselves
            desk.click(sessions.buttons["open"])
        desk.wait_until(lambda: desk.window.session_id == self.session_id, "the session opens")
        desk.shot("session-opened")

    def import_roster(self) -> None:
        desk = self.desk
        path = desk.out / "participants.csv"
        french_excel_roster(path, 40)
        roster = desk.tab(RosterPanel)
        roster.choose_csv()
        desk.wait_until(lambda: _file_dialog() is not None, "the file dialog")
        chooser = _file_dialog()
        assert chooser is not None
        chooser.selectFile(str(path))
        chooser.accept()
        desk.wait_until(lambda: getattr(roster, "report", None) is not None
                        and roster.report.isVisible(), "the import report")
        report_text = roster.report.text()
        desk.shot("roster-imported")
        people = desk.ws.roster.participants(self.session_id)
        if len(people) != 40:
            raise RehearsalError(f"40 people expected after the import, {len(people)}: "
                                 f"{report_text}")
        roster.report.accept()
        desk.settle()

    def check_in(self, count: int = 30) -> None:
        desk = self.desk
        panel = desk.tab(AttendancePanel)
        people = desk.ws.roster.participants(self.session_id)
        for person in people[:count]:
            desk.type_into(panel.code, person.short_code)
            desk.key(panel.code, Qt.Key.Key_Return)
        present = desk.ws.roster.present(self.session_id)
        if len(present) != count:
            raise RehearsalError(f"{count} checked in expected, {len(present)}")
        desk.shot("thirty-checked-in")

    def start_portal(self) -> None:
        desk = self.desk
        desk.tab(PortalPanel)
        self.port = _free_port()
        server = self.run_portal()
        self.room = desk.ws.sessions.get(self.session_id).room_token
        self.phones = Phones(server.port, 8)
        people = desk.ws.roster.participants(self.session_id)
        present = {p.id for p in desk.ws.roster.present(self.session_id)}
        # eight people with phones: four already checked in at the desk, four who scan the QR
        walkers = [p for p in people if p.id in present][:4] + [
            p for p in people if p.id not in present][:4]
        self.phone_owners = [p.id for p in walkers]
        self.phones.check_in(self.room, [p.short_code for p in walkers],
                             [_phone_language(p.language) for p in walkers])
        desk.wait_until(lambda: len(desk.ws.roster.present(self.session_id)) == 34,
                        "the phones are checked in")
        desk.shot("portal-running")

    def walk_in(self) -> None:
        self.walk_in_phone = let_a_walk_in_in(self)

    def run_portal(self) -> Any:
        """Phones tab: the laptop's address (here 127.0.0.1), the port, Start."""
        desk = self.desk
        panel = desk.tab(PortalPanel)
        desk.choose(panel.address, "127.0.0.1")
        panel.port.setValue(self.port)
        desk.click(panel.start_stop)
        desk.wait_until(lambda: panel.running, "the portal runs")
        return panel.server

    # --- in the room -----------------------------------------------------------------------
    def phase_is(self, kind: PhaseKind) -> bool:
        state = self.desk.ws.agenda.timer(self.session_id)
        return state.phase is not None and state.phase.kind is kind

    def welcome(self) -> None:
        desk = self.desk
        desk.key(desk.window, Qt.Key.Key_F5)
        desk.wait_until(lambda: self.phase_is(PhaseKind.WELCOME), "the welcome phase starts")
        with desk.answering(_cover_desk_answer, what="the projector would cover the desk"):
            desk.key(desk.window, Qt.Key.Key_F7)
        desk.wait_until(lambda: desk.window.projector.isVisible(), "the projector shows")
        desk.window.activateWindow()
        desk.shot("welcome")


    def next_phase(self, kind: PhaseKind) -> None:
        desk = self.desk
        desk.key(desk.window, Qt.Key.Key_F8)
        desk.wait_until(lambda: self.phase_is(kind), f"the {kind.value} phase starts")

    def notes_in(self, area: Area) -> list[Note]:
        return [n for n in self.desk.ws.board.notes(self.session_id) if n.area is area]

    def write_notes(self, board: BoardPanel, texts: list[str] | tuple[str, ...]) -> None:
        """Ctrl+N, the text, Enter: one note each, in the area the phase writes to."""
        desk = self.desk
        for text in texts:
            before = len(desk.ws.board.notes(self.session_id))
            board.view.setFocus()
            desk.key(board.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            desk.wait_until(lambda: isinstance(QApplication.focusWidget(), NoteEditor),
                            "the note editor opens")
            editor = QApplication.focusWidget()
            type_text(editor, text)
            desk.key(editor, Qt.Key.Key_Return)
            desk.wait_until(lambda b=before: len(desk.ws.board.notes(self.session_id)) > b,
                            "the note is saved")

    def expectations(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.EXPECTATIONS)
        board = desk.tab(BoardPanel)
        self.write_notes(board, EXPECTATIONS[:3])
        assert self.phones is not None
        self.phones.post_notes(list(EXPECTATIONS[3:]))
        desk.wait_until(lambda: len(self.notes_in(Area.EXPECTATIONS)) == len(EXPECTATIONS),
                        "every expectation is on the board, phones' too")
        desk.shot("expectations")

    def input_talk(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.INPUT)
        desk.key(desk.window, Qt.Key.Key_F6)  # a question from the room: pause
        desk.wait_until(lambda: desk.ws.agenda.timer(self.session_id).paused, "paused")
        desk.shot("input-paused")
        desk.key(desk.window, Qt.Key.Key_F6)
        desk.wait_until(lambda: not desk.ws.agenda.timer(self.session_id).paused, "resumed")

    def ideation(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.IDEATION)
        board = desk.tab(BoardPanel)
        self.write_notes(board, ideas(40))
        self.paste_notes(board, ideas(40, start=40))
        assert self.phones is not None
        self.phones.post_notes(ideas(40, start=80))
        desk.wait_until(lambda: len(self.notes_in(Area.IDEAS)) == 120, "120 ideas on the board")
        desk.shot("ideation-120-notes")

    def paste_notes(self, board: BoardPanel, lines: list[str]) -> None:
        """Paper notes typed by a helper in one go: many lines, many notes."""
        desk = self.desk
        before = len(desk.ws.board.notes(self.session_id))
        QApplication.clipboard().setText("\n".join(lines))
        capture = desk.named("quick-capture", QAbstractButton, within=board)
        desk.click(capture)
        desk.wait_until(lambda: _modal() is not None, "the quick-capture dialog")
        dialog = _modal()
        field = dialog.findChild(QPlainTextEdit)
        field.setFocus()
        desk.key(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        desk.shot("quick-capture")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        desk.click(ok)
        desk.wait_until(
            lambda: len(desk.ws.board.notes(self.session_id)) == before + len(lines),
            "every pasted line is a note")

    def find_note(self, board: BoardPanel, words: str) -> int:
        """Ctrl+F, the words, Enter then F3: the board's keyboard way to a note."""
        desk = self.desk
        desk.key(board.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        desk.wait_until(lambda: board.search.hasFocus(), "the search field has the focus")
        desk.type_into(board.search, words)
        desk.wait_until(lambda: bool(board.matches), f"a note with {words!r} is found")
        desk.key(board.search, Qt.Key.Key_Return)
        for _match in board.matches:  # Enter, then F3 until it is the one meant
            focused = board.scene.focused_note()
            if focused is not None and words in focused.note.text:
                break
            desk.key(board.view, Qt.Key.Key_F3)
        focused = board.scene.focused_note()
        if focused is None or words not in focused.note.text:
            raise RehearsalError(f"the search did not take the facilitator to {words!r}")
        return focused.note_id

    def new_theme(self, board: BoardPanel, name: str) -> int:
        desk = self.desk
        desk.key(board.view, Qt.Key.Key_T,
                 Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        desk.wait_until(lambda: isinstance(_modal(), ThemeDialog), "the new-theme dialog")
        dialog = _modal()
        desk.type_into(dialog.name, name)
        desk.key(dialog.name, Qt.Key.Key_Return)
        desk.wait_until(
            lambda: any(t.name == name for t in desk.ws.board.themes(self.session_id)),
            f"the theme {name!r} exists")
        return next(t.id for t in desk.ws.board.themes(self.session_id) if t.name == name)

    def clustering(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.CLUSTERING)
        board = desk.tab(BoardPanel)
        board.view.setFocus()
        desk.key(board.view, Qt.Key.Key_Escape)  # the pasted notes are no longer selected
        if board.scene.selectedItems():
            raise RehearsalError("Esc did not clear the selection")
        themes = [self.new_theme(board, name) for name in THEMES]
        # by keyboard: find a note, Ctrl+T, pick the theme, Enter
        for index, words in enumerate(("idée 1.", "idée 2.", "idée 3.", "idée 5.", "idée 6.")):
            note_id = self.find_note(board, words)
            desk.key(board.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            desk.wait_until(lambda: isinstance(_modal(), ThemePicker), "the theme picker")
            picker = _modal()
            picker.choices.setCurrentRow(index % len(themes))
            desk.key(picker.choices, Qt.Key.Key_Return)
            desk.wait_until(
                lambda n=note_id: desk.ws.board.note(n).theme_id is not None,
                "the note is in its theme")
        # by mouse: drag a note onto a theme
        for words, theme_id in (("idée 9.", themes[1]), ("idée 10.", themes[2])):
            note_id = self.find_note(board, words)
            self.drag_note(board, note_id, theme_id)
        desk.shot("clustered")

    def drag_note(self, board: BoardPanel, note_id: int, theme_id: int) -> None:
        desk = self.desk
        view = board.view
        note = board.scene.notes[note_id]
        theme = board.scene.themes[theme_id]
        # zoomed so that both the note and the theme are in sight, as the facilitator would
        both = note.sceneBoundingRect().united(theme.sceneBoundingRect()).adjusted(-40, -40, 40, 40)
        view.fitInView(both, Qt.AspectRatioMode.KeepAspectRatio)
        desk.settle()
        start = view.mapFromScene(note.sceneBoundingRect().center())
        end = view.mapFromScene(theme.sceneBoundingRect().center())
        viewport = view.viewport()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         start)
        steps = 8
        for step in range(1, steps + 1):
            QTest.mouseMove(viewport, start + (end - start) * step / steps, 5)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           end)
        desk.wait_until(lambda: desk.ws.board.note(note_id).theme_id == theme_id,
                        "the dragged note lands in the theme")
        view.actual_size()

    def parking(self) -> None:
        """Two demands the city cannot act on go to the parking lot (Alt+3)."""
        desk = self.desk
        board = desk.tab(BoardPanel)
        self.write_notes(board, PARKED)
        for text in PARKED:
            note_id = self.find_note(board, text[:30])
            desk.key(board.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
            desk.wait_until(
                lambda n=note_id: desk.ws.board.note(n).area is Area.PARKING_LOT,
                "the note is in the parking lot")
        desk.shot("parking-lot")

    # --- voting ----------------------------------------------------------------------------
    def create_round(self, panel: VotingPanel, title: str, *, secret: bool) -> int:
        desk = self.desk
        form = panel.form
        bar = panel.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         bar.tabRect(panel.tabs.indexOf(form)).center())
        desk.type_into(form.title, title)
        desk.choose(form.target, RoundTarget.THEMES.value)
        form.dots.setValue(3)
        form.cap.setValue(2)
        if form.secret.isChecked() != secret:
            form.secret.setFocus()
            desk.key(form.secret, Qt.Key.Key_Space)
        if form.secret.isChecked() != secret:
            raise RehearsalError("the secret-vote box did not take the facilitator's choice")
        before = {r.id for r in desk.ws.voting.rounds(self.session_id)}
        desk.click(desk.named("round-create", QAbstractButton, within=panel))
        desk.wait_until(lambda: len(desk.ws.voting.rounds(self.session_id)) > len(before),
                        "the round is created")
        round_id = next(r.id for r in desk.ws.voting.rounds(self.session_id)
                        if r.id not in before)
        desk.wait_until(lambda: panel.rounds.currentData() == round_id, "the round is chosen")
        desk.click(desk.named("round-open", QAbstractButton, within=panel))
        desk.wait_until(lambda: desk.ws.voting.get(round_id).status is RoundStatus.OPEN,
                        "the round is open")
        return round_id

    def phone_ballots(self, round_id: int) -> None:
        """Every phone spends its whole budget, at most the cap on one item."""
        assert self.phones is not None
        vote_round = self.desk.ws.voting.get(round_id)
        items = list(vote_round.item_ids)
        ballots = []
        for n in range(len(self.phones.phones)):
            dots: dict[int, int] = {}
            for step in range(vote_round.dots_per_person):
                item = items[(n + step // vote_round.cap_per_item) % len(items)]
                if dots.get(item, 0) < vote_round.cap_per_item:
                    dots[item] = dots.get(item, 0) + 1
            ballots.append(dots)
        said = self.phones.vote(round_id, ballots)
        if said != ["ok"] * len(ballots):
            raise RehearsalError(f"phone ballots refused: {said}")

    def voting(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.VOTING)
        panel = desk.tab(VotingPanel)
        self.round_id = self.create_round(panel, "Quelles pistes tester d'abord ?", secret=True)
        desk.shot("secret-round-open")
        self.phone_ballots(self.round_id)
        self.kiosk_voters(panel)
        self.paper_dots(panel)
        turnout = desk.ws.voting.turnout(self.round_id)
        self.voted_before_restart = turnout.voted
        desk.shot("votes-cast")

    def kiosk_voters(self, panel: VotingPanel) -> None:
        """Three people without phones vote at the kiosk with their badge's code; one changes
        their mind (a clear question first); one who never checked in is sent to the desk."""
        desk = self.desk
        present = {p.id for p in desk.ws.roster.present(self.session_id)}
        with_phone = set(self.phone_owners)
        people = desk.ws.roster.participants(self.session_id)
        voters = [p for p in people if p.id in present and p.id not in with_phone
                  and p.group.value in ("local_actor", "newcomer")][:3]
        absent = next(p for p in people if p.id not in present)
        setup = _answer_kiosk_setup(KIOSK_PIN)
        with desk.answering(setup, maybe=(_cover_desk_answer,), what="opening the kiosk"):
            desk.click(desk.named("kiosk-open", QAbstractButton, within=panel))
        kiosk = panel.kiosk
        assert kiosk is not None
        desk.wait_until(lambda: kiosk.isVisible(), "the kiosk shows")
        for number, person in enumerate([*voters, voters[0]]):
            desk.type_into(kiosk.code, person.short_code)
            desk.key(kiosk.code, Qt.Key.Key_Return)
            desk.wait_until(lambda: kiosk.stack.currentWidget().objectName() == "kioskBallot",
                            "the kiosk ballot")
            ballot = kiosk.stack.currentWidget()
            if any(card.count for card in ballot.cards):
                raise RehearsalError("the kiosk showed someone's earlier dots")
            kiosk.scroller.ensureWidgetVisible(ballot.confirm)  # scrolled to, on a laptop
            desk.settle()
            confirm = QRect(ballot.confirm.mapToGlobal(QPoint(0, 0)), ballot.confirm.size())
            if not LAPTOP.contains(confirm):
                raise RehearsalError(f"the kiosk's confirm button is off the screen: {confirm}")
            cards = ballot.cards
            for card in (cards[number % len(cards)],) * 2 + (cards[(number + 1) % len(cards)],):
                desk.click(card.plus)
            if number == 0:
                desk.shot("kiosk-ballot")
            desk.click(ballot.confirm)
            if number == 3:  # the first voter again: asked before the earlier dots are replaced
                desk.wait_until(lambda: kiosk.stack.currentWidget().objectName()
                                == "kioskReplace", "the replace question")
                desk.shot("kiosk-replace-question")
                desk.click(desk.named("kioskReplaceYes", QAbstractButton, within=kiosk))
            desk.wait_until(lambda: kiosk.stack.currentWidget().objectName() == "kioskDone",
                            "the kiosk thanks the voter")
            desk.click(desk.named("kioskNext", QAbstractButton, within=kiosk))
        desk.type_into(kiosk.code, absent.short_code)
        desk.key(kiosk.code, Qt.Key.Key_Return)
        desk.wait_until(lambda: bool(kiosk.message.text()), "the kiosk says why not")
        desk.shot("kiosk-not-checked-in")
        if desk.ws.voting.replacements(self.round_id) != 1:
            raise RehearsalError("the replaced kiosk ballot is not counted as a replacement")
        desk.key(kiosk, Qt.Key.Key_Escape)  # leaving the kiosk needs the facilitator's PIN
        desk.wait_until(lambda: kiosk.stack.currentWidget().objectName() == "kioskPinPage",
                        "the kiosk asks for the PIN")
        pin = desk.named("kioskPin", QLineEdit, within=kiosk)
        desk.type_into(pin, KIOSK_PIN)
        desk.click(desk.named("kioskPinOk", QAbstractButton, within=kiosk))
        desk.wait_until(lambda: not kiosk.isVisible(), "the kiosk closes")
        desk.window.activateWindow()

    def paper_dots(self, panel: VotingPanel) -> None:
        """The facilitator counts the paper dots of two newcomers without a phone."""
        desk = self.desk
        paper = panel.paper
        bar = panel.tabs.tabBar()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         bar.tabRect(panel.tabs.indexOf(paper)).center())
        table = desk.named("paper-dots", QAbstractItemView, within=panel)
        column = 1 + PAPER_GROUPS.index(Group.NEWCOMER)
        for row, count in ((0, 3), (1, 1)):
            table.setCurrentIndex(table.model().index(row, column))
            desk.key(table, Qt.Key.Key_F2)
            desk.wait_until(lambda: isinstance(QApplication.focusWidget(), QAbstractSpinBox
                                               | QLineEdit), "the paper-dot cell is edited")
            editor = QApplication.focusWidget()
            if isinstance(editor, QAbstractSpinBox):
                editor.lineEdit().selectAll()
            type_text(editor, str(count))
            desk.key(editor, Qt.Key.Key_Return)
        desk.wait_until(
            lambda: sum(desk.ws.voting.paper_counts(self.round_id).values()) == 4,
            "the paper dots are recorded")
        desk.shot("paper-dots")

    def restart(self) -> None:
        """The laptop restarts in the middle of the secret vote: on start the desk says so and
        the facilitator closes the round with the dots cast, in one click."""
        desk = self.desk
        desk.stop()
        desk.start()
        desk.wait_until(lambda: desk.window.session_id == self.session_id,
                        "the last session opens again by itself")
        panel = desk.window.workspace.panel(VotingPanel)
        desk.wait_until(lambda: panel.interrupted_box is not None
                        and panel.interrupted_box.isVisible(),
                        "the desk says the secret round was interrupted")
        desk.shot("interrupted-after-restart")
        panel.interrupted_box.accept()
        self.run_portal()  # the same address and port: the phones come back by themselves
        with desk.answering(_cover_desk_answer, what="the projector would cover the desk"):
            desk.key(desk.window, Qt.Key.Key_F7)  # the room sees the projector again
        desk.wait_until(lambda: desk.window.projector.isVisible(), "the projector shows")
        desk.window.activateWindow()
        assert self.phones is not None
        if not self.phones.phones[0].state()["round"]["interrupted"]:
            raise RehearsalError("the phones are not told the secret round was interrupted")
        desk.tab(VotingPanel)
        banner = desk.named("interrupted-round", within=panel)
        if not banner.isVisible():
            raise RehearsalError("no banner offers the recovery")
        desk.click(desk.named("interrupted-close", QAbstractButton, within=panel))
        desk.wait_until(
            lambda: desk.ws.voting.get(self.round_id).status is RoundStatus.CLOSED,
            "the interrupted round is closed with its dots")
        if desk.ws.voting.turnout(self.round_id).voted != self.voted_before_restart:
            raise RehearsalError("dots were lost in the restart")

    def results(self) -> None:
        desk = self.desk
        panel = desk.tab(VotingPanel)
        desk.wait_until(lambda: panel.rounds.currentData() == self.round_id, "the round shows")
        desk.click(desk.named("round-reveal", QAbstractButton, within=panel))
        desk.wait_until(
            lambda: desk.ws.voting.get(self.round_id).status is RoundStatus.REVEALED,
            "the results are shown")
        desk.shot("results")
        top = desk.named("runoff-top", QAbstractSpinBox, within=panel)
        top.setValue(2)
        desk.click(desk.named("round-runoff", QAbstractButton, within=panel))
        desk.wait_until(lambda: len(desk.ws.voting.rounds(self.session_id)) == 2,
                        "the run-off is created")
        runoff = desk.ws.voting.rounds(self.session_id)[-1]
        if runoff.title == desk.ws.voting.get(self.round_id).title:
            raise RehearsalError("the run-off has the same title as its round")
        desk.wait_until(lambda: panel.rounds.currentData() == runoff.id, "the run-off shows")
        desk.wait_until(lambda: desk.ws.voting.get(runoff.id).status is RoundStatus.OPEN,
                        "the run-off is open (in the same click)")
        self.phone_ballots(runoff.id)
        if self.walk_in_phone is not None:
            remove_the_walk_in(self, self.walk_in_phone, runoff.id)
            desk.tab(VotingPanel)
        with desk.answering(_press_role(QMessageBox.ButtonRole.YesRole),
                            maybe=(_press_role(QMessageBox.ButtonRole.AcceptRole),),
                            what="closing the run-off"):
            desk.click(desk.named("round-close", QAbstractButton, within=panel))
        desk.wait_until(lambda: desk.ws.voting.get(runoff.id).status is RoundStatus.CLOSED,
                        "the run-off is closed")
        desk.click(desk.named("round-reveal", QAbstractButton, within=panel))
        desk.wait_until(lambda: desk.ws.voting.get(runoff.id).status is RoundStatus.REVEALED,
                        "the run-off results are shown")
        desk.shot("runoff-results")
        tally = desk.ws.voting.tally(runoff.id)
        winner = tally.items[0].item_id
        notes = [n for n in desk.ws.board.notes(self.session_id) if n.theme_id == winner]
        self.winner_words = notes[0].text[-9:]

    # --- action planning and closing -------------------------------------------------------
    def action_planning(self) -> None:
        """The winning idea becomes a micro-experiment with its criteria (Ctrl+Shift+A)."""
        desk = self.desk
        self.next_phase(PhaseKind.ACTION_PLANNING)
        board = desk.tab(BoardPanel)
        self.find_note(board, self.winner_words)
        desk.key(board.view, Qt.Key.Key_A,
                 Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        desk.wait_until(lambda: isinstance(_modal(), ActionDialog), "the action dialog")
        dialog = _modal()
        desk.choose(dialog.kind, ActionKind.EXPERIMENT.value)
        desk.type_into(dialog.title, "Guichet ouvert le samedi matin, pendant 3 mois")
        desk.type_into(dialog.owner, "Direction de la relation aux usagers")
        for indicator, target, how in CRITERIA:
            desk.click(desk.button(_tr("ActionPlanning", "Add criterion"), dialog))
            row = dialog.criteria.rowCount() - 1
            for column, text in enumerate((indicator, target, how)):
                dialog.criteria.setCurrentCell(row, column)
                desk.key(dialog.criteria, Qt.Key.Key_F2)
                desk.wait_until(lambda: isinstance(QApplication.focusWidget(), QLineEdit),
                                "the criterion cell is being edited")
                editor = QApplication.focusWidget()
                type_text(editor, text)
                desk.key(editor, Qt.Key.Key_Return)
        desk.shot("experiment-dialog")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        desk.click(save)
        desk.wait_until(lambda: any(a.kind is ActionKind.EXPERIMENT and len(a.criteria) == 2
                                    for a in desk.ws.actions.all(self.session_id)),
                        "the experiment and its two criteria are saved")
        desk.tab(ActionsPanel)
        desk.shot("actions")
        commit_to_the_winner(self)

    def closing(self) -> None:
        desk = self.desk
        self.next_phase(PhaseKind.CLOSING)
        actions = desk.tab(ActionsPanel)
        editor = desk.named("next-steps", QPlainTextEdit, within=actions)
        editor.setFocus()
        type_text(editor, NEXT_STEPS)
        actions.next_steps.save()
        desk.wait_until(
            lambda: desk.ws.sessions.get(self.session_id).next_steps == NEXT_STEPS,
            "the next steps are saved")
        desk.shot("closing-next-steps")
        mark_the_expectations(self)

    def close_session(self) -> None:
        desk = self.desk
        minutes = desk.tab(MinutesPanel)
        with desk.answering(_press_role(QMessageBox.ButtonRole.YesRole),
                            what="confirm closing the session"):
            desk.click(desk.named("close-session", QAbstractButton, within=minutes))
        desk.wait_until(
            lambda: desk.ws.sessions.get(self.session_id).status is SessionStatus.CLOSED,
            "the session is closed")
        desk.shot("session-closed")

    def minutes(self) -> None:
        """Signed minutes in French and in Arabic, made from the Minutes tab."""
        desk = self.desk
        panel = desk.tab(MinutesPanel)
        for language in ("fr", "ar"):
            out = desk.out / f"minutes-{language}.pdf"
            desk.choose(panel.language, language)
            if not panel.sign.isChecked():
                desk.click(panel.sign)
            done: list[object] = []
            panel.exported.connect(lambda *args, d=done: d.append(args))
            answers = [_save_as(out), _passphrase(PASSPHRASE)]
            if load_identity(panel.identity_path) is None:
                answers.insert(0, _new_identity(PASSPHRASE))
            with desk.answering(*answers, maybe=(_press_named("privacy-go-on"),),
                                what=f"signing the {language} minutes"):
                desk.click(desk.named("export-minutes", QAbstractButton, within=panel))
            desk.wait_until(lambda d=done, o=out: bool(d) and o.exists(),
                            f"the {language} minutes are signed", timeout=60)
            desk.shot(f"minutes-{language}")
            box = desk.named("minutes-done", QMessageBox)
            box.accept()
            self.minutes_files.append(out)

    def verify_minutes(self) -> None:
        """The deputy mayor co-signs the French minutes; a clerk checks every file with
        `python -m app verify` (and how many signatures it must carry); the pages are looked at
        as pictures."""
        cosigned = cosign_by_the_elected(self.minutes_files[0], self.desk.out)
        # Accents and Arabic vowel marks left aside: "ecole" finds "l'école", السكن its note.
        carry_to_the_programme(self.desk.db_path, self.session_id, self.minutes_files[0],
                               self.desk.out, PASSPHRASE, ("ecole", "السكن"))
        for pdf, signatures in [*((f, 1) for f in self.minutes_files), (cosigned, 2)]:
            verify_as_a_clerk(pdf, signatures)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf),
                            str(self.desk.out / pdf.stem)], check=True, timeout=120)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _press_role(role: QMessageBox.ButtonRole) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        if not isinstance(dialog, QMessageBox):
            return False
        for button in dialog.buttons():
            if dialog.buttonRole(button) == role:
                button.click()
                return True
        return False

    return answer


def _answer_kiosk_setup(pin: str) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        if dialog.objectName() != "kioskSetup":
            return False
        for name in ("kioskSetupPin", "kioskSetupPinAgain"):
            field = dialog.findChild(QLineEdit, name)
            field.setFocus()
            type_text(field, pin)
        dialog.findChild(QAbstractButton, "kioskSetupOpen").click()
        return True

    return answer


def _press_named(name: str) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        button = dialog.findChild(QAbstractButton, name)
        if button is None:
            return False
        button.click()
        return True

    return answer


def _save_as(path: Path) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        if not isinstance(dialog, QFileDialog):
            return False
        dialog.selectFile(str(path))
        dialog.accept()
        return True

    return answer


def _passphrase(passphrase: str) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        if dialog.objectName() != "passphrase-dialog":
            return False
        field = dialog.findChild(QLineEdit, "passphrase")
        type_text(field, passphrase)
        QTest.keyClick(field, Qt.Key.Key_Return)
        return True

    return answer


def _new_identity(passphrase: str) -> Callable[[QWidget], bool]:
    def answer(dialog: QWidget) -> bool:
        if not isinstance(dialog, IdentityDialog):
            return False
        type_text(dialog.name, "Claire Martin")
        type_text(dialog.title, "Facilitatrice, Ville de Lyon")
        type_text(dialog.passphrase, passphrase)
        type_text(dialog.again, passphrase)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    return answer


def _modal() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.activeModalWidget()


def _file_dialog() -> QFileDialog | None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            return widget
    return None


def _cover_desk_answer(dialog: Any) -> bool:
    """On one screen, keep the projector in a window beside the desk."""
    if isinstance(dialog, QMessageBox):
        for button in dialog.buttons():
            if dialog.buttonRole(button) == QMessageBox.ButtonRole.RejectRole:
                button.click()
                return True
    return False


def _phone_language(language: str) -> str:
    """The phone page's language: the person's own where the pages speak it, else French."""
    return language if language in PHONE_LANGUAGES else "fr"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


STEPS = (
    "open_app", "create_session", "import_roster", "check_in", "start_portal", "walk_in",
    "welcome",
    "expectations", "input_talk", "ideation", "clustering", "parking",
    "voting", "restart", "results", "action_planning", "closing", "close_session", "minutes",
    "verify_minutes",
)


def run_lab(desk: Desk, until: str = "") -> None:
    lab = Lab(desk)
    try:
        for name in STEPS:
            desk.step(name)
            getattr(lab, name)()
            if name == until:
                break
    finally:
        if lab.phones is not None:
            lab.phones.close()
        if lab.walk_in_phone is not None:
            lab.walk_in_phone.close()


