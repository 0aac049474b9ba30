"""The minutes tab, driven through its methods and signals (no dialogs need a click)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.model import SessionStatus
from app.core.workshop import Workshop
from app.minutes.export import ExportedMinutes
from app.minutes.identity import IDENTITY_FILE, create_identity
from app.minutes.verification import Verdict
from app.paths import app_data_dir
from app.ui.labels import own_direction
from app.ui.minutes import MinutesPanel
from app.ui.minutes.identity_dialog import IdentityDialog
from app.ui.minutes.privacy_dialog import PrivacyDialog

PASSPHRASE = "a passphrase for the panel"


def _panel(qtbot: QtBot, workshop: Workshop) -> MinutesPanel:
    panel = MinutesPanel(workshop, 1)
    qtbot.addWidget(panel)
    return panel


def test_a_draft_is_exported_off_the_gui_thread(qtbot: QtBot, demo: Workshop,
                                                tmp_path: Path) -> None:
    panel = _panel(qtbot, demo)
    assert "version 1" in panel.status.text()
    ticks: list[int] = []
    timer = QTimer(panel)
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(panel.exported, timeout=20000) as blocker:
        panel.start_export(tmp_path / "draft.pdf", "ar", sign=False)
        assert not panel.export_button.isEnabled()
    timer.stop()
    done = blocker.args[0]
    assert isinstance(done, ExportedMinutes)
    assert not done.signed
    assert done.path.read_bytes().startswith(b"%PDF")
    assert ticks  # the event loop kept turning while the minutes were made
    assert panel.export_button.isEnabled()
    assert demo.sessions.get(1).status is SessionStatus.CLOSED


def test_signing_locks_and_reopening_makes_a_new_version(qtbot: QtBot, demo: Workshop,
                                                         tmp_path: Path) -> None:
    create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin", "Facilitatrice",
                    PASSPHRASE)
    panel = _panel(qtbot, demo)
    assert "Claire Martin" in panel.signer.text()
    assert panel.sign.isEnabled()
    with qtbot.waitSignal(panel.exported, timeout=20000) as blocker:
        panel.start_export(tmp_path / "signed.pdf", "fr", sign=True, passphrase=PASSPHRASE)
    assert blocker.args[0].signed
    assert "locked" in panel.last_message
    qtbot.waitUntil(lambda: "locked" in panel.status.text())
    assert not panel.reopen_button.isHidden()
    assert panel.sign.isEnabled()  # the same version may be signed in another language
    assert "another language" in panel.status.text()
    panel.reopen()
    assert demo.sessions.get(1).status is SessionStatus.CLOSED
    assert "version 2" in panel.status.text()
    assert panel.reopen_button.isHidden()


def test_a_wrong_passphrase_is_said_plainly(qtbot: QtBot, demo: Workshop,
                                            tmp_path: Path) -> None:
    create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin", "", PASSPHRASE)
    panel = _panel(qtbot, demo)
    with qtbot.waitSignal(panel.export_failed, timeout=20000) as blocker:
        panel.start_export(tmp_path / "m.pdf", "fr", sign=True, passphrase="not it at all")
    assert blocker.args[0] == "The passphrase does not open the signing identity."
    assert demo.sessions.get(1).status is SessionStatus.CLOSED


def test_verify_screen_shows_signer_and_verdict(qtbot: QtBot, demo: Workshop,
                                                tmp_path: Path) -> None:
    identity = create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin",
                               "Facilitatrice", PASSPHRASE)
    panel = _panel(qtbot, demo)
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.start_export(tmp_path / "signed.pdf", "en", sign=True, passphrase=PASSPHRASE)
    with qtbot.waitSignal(panel.verify.checked, timeout=20000) as blocker:
        panel.verify.check(tmp_path / "signed.pdf")
    assert isinstance(blocker.args[0], Verdict)
    text = panel.verify.result.toPlainText()
    assert (f"Signer: {own_direction('Claire Martin')}, {own_direction('Facilitatrice')}"
            in text)
    assert identity.fingerprint[:2].upper() in text
    assert "Covers the whole file: yes" in text
    assert "Verdict: VALID" in text
    forged = tmp_path / "forged.pdf"
    forged.write_bytes((tmp_path / "signed.pdf").read_bytes() + b"\n%% more\n")
    with qtbot.waitSignal(panel.verify.checked, timeout=20000):
        panel.verify.check(forged)
    assert "Verdict: NOT VALID" in panel.verify.result.toPlainText()
    # A co-signature was expected: the single signature is not enough.
    panel.verify.expected.setValue(2)
    with qtbot.waitSignal(panel.verify.checked, timeout=20000) as blocker:
        panel.verify.check(tmp_path / "signed.pdf")
    assert not blocker.args[0].ok
    text = panel.verify.result.toPlainText()
    assert "Verdict: NOT VALID" in text
    assert "Fewer signatures than expected: 2 expected, 1 found." in text


def test_identity_dialog_creates_the_identity(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = IdentityDialog(tmp_path / "id.p12")
    qtbot.addWidget(dialog)
    dialog.name.setText("Claire Martin")
    dialog.title.setText("Facilitatrice")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText("something else")
    dialog.make_identity()
    assert "differ" in dialog.problem.text()
    dialog.again.setText(PASSPHRASE)
    dialog.make_identity()
    assert dialog.identity is not None
    assert dialog.identity.name == "Claire Martin"
    assert (tmp_path / "id.p12").exists()


def test_privacy_warnings_are_listed(qtbot: QtBot, demo: Workshop) -> None:
    from app.core.model import Area

    demo.sessions.set_status(1, SessionStatus.LIVE)
    demo.board.add_note(1, Area.IDEAS, "Mon numéro : 06 12 34 56 78")
    demo.sessions.set_status(1, SessionStatus.CLOSED)
    panel = _panel(qtbot, demo)
    warnings = panel.privacy_warnings()
    dialog = PrivacyDialog(warnings)
    qtbot.addWidget(dialog)
    assert dialog.found.count() == 1
    assert "06 12 34 56 78" in dialog.found.item(0).text()
    assert "phone number" in dialog.found.item(0).text()


def test_results_export(qtbot: QtBot, demo: Workshop, tmp_path: Path) -> None:
    panel = _panel(qtbot, demo)
    written = panel.export_results(tmp_path / "results")
    assert {p.name for p in written} == {"notes.csv", "themes.csv", "votes.csv",
                                         "attendance.csv", "agenda.csv", "minutes.json"}


def test_cosigning_from_the_panel(qtbot: QtBot, demo: Workshop, tmp_path: Path) -> None:
    create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin", "", PASSPHRASE)
    elected = create_identity(tmp_path / "elodie.p12", "Élodie Bernard", "Adjointe",
                              PASSPHRASE)
    panel = _panel(qtbot, demo)
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.start_export(tmp_path / "signed.pdf", "fr", sign=True, passphrase=PASSPHRASE)
    with qtbot.waitSignal(panel.cosign.cosigned, timeout=20000) as blocker:
        panel.cosign.start(tmp_path / "signed.pdf", elected.path, PASSPHRASE,
                           tmp_path / "cosigned.pdf")
    verdict = blocker.args[0]
    assert verdict.ok
    assert [s.signer for s in verdict.signatures] == ["Claire Martin", "Élodie Bernard"]
    with qtbot.waitSignal(panel.cosign.failed, timeout=20000) as failed:
        panel.cosign.start(tmp_path / "signed.pdf", elected.path, "wrong passphrase",
                           tmp_path / "again.pdf")
    assert failed.args[0] == "The passphrase does not open the signing identity."


def test_purge_setting_is_kept_and_applied(qtbot: QtBot, demo: Workshop,
                                           tmp_path: Path) -> None:
    create_identity(app_data_dir() / IDENTITY_FILE, "Claire Martin", "", PASSPHRASE)
    panel = _panel(qtbot, demo)
    assert not panel.purge.isChecked()
    panel.purge.setChecked(True)
    assert _panel(qtbot, demo).purge.isChecked()
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.start_export(tmp_path / "signed.pdf", "fr", sign=True, passphrase=PASSPHRASE)
    assert {p.display_name for p in demo.roster.participants(1)} == {
        "", "Claire Martin", "Élodie Bernard"}


def test_close_then_reopen_the_session_from_the_tab(qtbot: QtBot, workshop: Workshop) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    session = workshop.sessions.create("Lab", "2026-11-14")
    workshop.agenda.next(session.id)
    panel = MinutesPanel(workshop, session.id)
    qtbot.addWidget(panel)
    close = panel.findChild(QPushButton, "close-session")
    reopen = panel.findChild(QPushButton, "reopen-session")
    assert close is not None
    assert reopen is not None
    assert not close.isHidden()
    assert reopen.isHidden()
    assert not panel.sign.isEnabled()
    box = panel.ask_close()
    assert box.windowTitle() == "Please confirm"
    assert "Close the session" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert workshop.sessions.get(session.id).status is SessionStatus.CLOSED
    assert panel.sign.isEnabled()
    assert panel.sign.isChecked()
    assert close.isHidden()
    assert not reopen.isHidden()
    reopen.click()
    assert workshop.sessions.get(session.id).status is SessionStatus.LIVE
    assert not close.isHidden()
    assert reopen.isHidden()
    assert not panel.sign.isEnabled()


def test_closing_with_an_open_round_says_which(qtbot: QtBot, workshop: Workshop) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.model import Area, RoundTarget

    session = workshop.sessions.create("Lab", "2026-11-14")
    notes = [workshop.board.add_note(session.id, Area.IDEAS, f"idea {n}") for n in range(2)]
    vote = workshop.voting.create(session.id, "Priorités", RoundTarget.NOTES,
                                  [n.id for n in notes])
    workshop.voting.open(vote.id)
    panel = MinutesPanel(workshop, session.id)
    qtbot.addWidget(panel)
    panel.ask_close().button(QMessageBox.StandardButton.Yes).click()
    said = [b for b in panel.findChildren(QMessageBox) if "still open" in b.text()]
    assert said
    assert "Priorités" in said[-1].text()
    assert workshop.sessions.get(session.id).status is not SessionStatus.CLOSED


def test_the_outcome_is_told_without_blocking(qtbot: QtBot, demo: Workshop,
                                              tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = _panel(qtbot, demo)
    panel.show()
    with qtbot.waitSignal(panel.exported, timeout=20000):
        panel.start_export(tmp_path / "draft.pdf", "fr", sign=False)
    box = panel.findChild(QMessageBox, "minutes-done")
    assert box is not None
    assert box.isVisible()
    assert "not signed: a draft" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
