"""The minutes tab: export minutes (signed or a draft), results as CSV/JSON, reopen, verify.

The export runs off the GUI thread on its own connection (``Workshop.sibling``), with a
progress dialog; signing locks the session, and the tab says so in plain words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import RuleError
from app.core.events import ChangeEvent, Subject
from app.core.minutes_versions import MinutesVersions
from app.core.model import SessionStatus
from app.core.retention import Retention
from app.core.workshop import Workshop
from app.minutes.content import gather, hidden_names
from app.minutes.document import spaced_hex
from app.minutes.export import ExportedMinutes, MinutesRequest, export_minutes
from app.minutes.identity import IDENTITY_FILE, load_identity
from app.minutes.privacy import PrivacyWarning, privacy_warnings
from app.minutes.results import write_results
from app.paths import app_data_dir
from app.ui.folders import in_documents
from app.ui.labels import language as language_name
from app.ui.labels import own_direction
from app.ui.live import LiveEvents, for_session
from app.ui.messages import show_error
from app.ui.minutes import jobs
from app.ui.minutes.cosign_flow import CosignFlow
from app.ui.minutes.export_flow import ExportFlow
from app.ui.minutes.identity_dialog import IdentityDialog
from app.ui.minutes.texts import failure_text
from app.ui.minutes.verify_view import VerifyView
from app.ui.retranslation import Retranslation, set_row_label
from app.ui.session_closing import ask_close, reopen


class MinutesPanel(QWidget):
    exported = Signal(object)  # ExportedMinutes, once the file is written
    export_failed = Signal(str)  # the message shown

    def __init__(self, workshop: Workshop, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.session_id = session_id
        self.identity_path = app_data_dir() / IDENTITY_FILE
        self._running: list[jobs.JobSignals] = []
        self.progress: QProgressDialog | None = None
        self.last_message = ""  # what the facilitator was last told (also for tests)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.reopen_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Reopen for changes…"), self
        )
        self.reopen_button.setObjectName("reopen-signed")
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.close_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Close the session…"), self
        )
        self.close_button.setObjectName("close-session")
        self.close_button.setAccessibleName(
            QCoreApplication.translate("MinutesPanel", "Close the session")
        )
        self.close_button.clicked.connect(self.ask_close)
        self.reopen_session_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Reopen the session"), self
        )
        self.reopen_session_button.setObjectName("reopen-session")
        self.reopen_session_button.clicked.connect(self.reopen_session)

        self.language = QComboBox(self)
        for code in ("fr", "en", "ar"):
            self.language.addItem(language_name(code), code)
        spoken = [c for c in workshop.sessions.get(session_id).languages if c in ("fr", "en", "ar")]
        if spoken:  # the session's first language the minutes can be written in
            self.language.setCurrentIndex(self.language.findData(spoken[0]))
        self.sign = QCheckBox(
            QCoreApplication.translate(
                "MinutesPanel", "Sign the minutes (the session is then locked)"
            ),
            self,
        )
        self.signer = QLabel(self)
        self.signer.setTextFormat(Qt.TextFormat.PlainText)
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setup_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Set up signing…"), self
        )
        self.setup_button.clicked.connect(self.set_up_identity)
        self.export_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Export minutes…"), self
        )
        self.export_button.setObjectName("export-minutes")
        self.export_button.clicked.connect(self.ask_export)
        self.results_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Export results (CSV and JSON)…"), self
        )
        self.results_button.clicked.connect(self.ask_results)
        self.cosign = CosignFlow(self)
        self.cosign_button = QPushButton(
            QCoreApplication.translate("MinutesPanel", "Co-sign signed minutes…"), self
        )
        self.cosign_button.clicked.connect(self.cosign.ask)
        for ended in (self.cosign.cosigned, self.cosign.failed):  # the keyboard comes back here
            ended.connect(lambda _r: self.cosign_button.setFocus(Qt.FocusReason.PopupFocusReason))
        self.purge = QCheckBox(
            QCoreApplication.translate(
                "MinutesPanel",
                "After signing, purge raw data (display names, phone sign-ins, who wrote which "
                "note, who voted what in open rounds)",
            ),
            self,
        )
        self.retention = Retention(workshop.ops)
        self.purge.setChecked(self.retention.purge_after_signing())
        self.purge.toggled.connect(self.retention.set_purge_after_signing)

        minutes_box = QGroupBox(QCoreApplication.translate("MinutesPanel", "Minutes"), self)
        form = QFormLayout(minutes_box)
        form.addRow(
            QCoreApplication.translate("MinutesPanel", "Language of the minutes"), self.language
        )
        form.addRow("", self.sign)
        form.addRow("", self.purge)
        signer_row = QHBoxLayout()
        signer_row.addWidget(self.signer, 1)
        signer_row.addWidget(self.setup_button)
        form.addRow(QCoreApplication.translate("MinutesPanel", "Signer"), signer_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.cosign_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        verify_box = QGroupBox(
            QCoreApplication.translate("MinutesPanel", "Verify signed minutes"), self
        )
        self.verify = VerifyView(verify_box)
        QVBoxLayout(verify_box).addWidget(self.verify)

        layout = QVBoxLayout(self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.close_button)
        status_row.addWidget(self.reopen_session_button)
        status_row.addWidget(self.reopen_button)
        layout.addLayout(status_row)
        layout.addWidget(minutes_box)
        layout.addWidget(verify_box, 1)
        self._boxes = (minutes_box, verify_box, form, signer_row)

        self.live = LiveEvents(workshop.hub, self)
        self.live.changed.connect(for_session(session_id, self._on_change))
        Retranslation(self, self.retranslate)
        self.refresh()

    def retranslate(self) -> None:
        """After a language switch: every fixed text again; the choices made stay."""
        translate = QCoreApplication.translate
        minutes_box, verify_box, form, signer_row = self._boxes
        self.reopen_button.setText(translate("MinutesPanel", "Reopen for changes…"))
        self.close_button.setText(translate("MinutesPanel", "Close the session…"))
        self.close_button.setAccessibleName(translate("MinutesPanel", "Close the session"))
        self.reopen_session_button.setText(translate("MinutesPanel", "Reopen the session"))
        for index in range(self.language.count()):
            self.language.setItemText(index, language_name(str(self.language.itemData(index))))
        self.sign.setText(
            translate("MinutesPanel", "Sign the minutes (the session is then locked)"))
        self.setup_button.setText(translate("MinutesPanel", "Set up signing…"))
        self.export_button.setText(translate("MinutesPanel", "Export minutes…"))
        self.results_button.setText(
            translate("MinutesPanel", "Export results (CSV and JSON)…"))
        self.cosign_button.setText(translate("MinutesPanel", "Co-sign signed minutes…"))
        self.purge.setText(translate(
            "MinutesPanel",
            "After signing, purge raw data (display names, phone sign-ins, who wrote which "
            "note, who voted what in open rounds)",
        ))
        minutes_box.setTitle(translate("MinutesPanel", "Minutes"))
        set_row_label(form, self.language, translate("MinutesPanel", "Language of the minutes"))
        signer = form.labelForField(signer_row)
        if isinstance(signer, QLabel):
            signer.setText(translate("MinutesPanel", "Signer"))
        verify_box.setTitle(translate("MinutesPanel", "Verify signed minutes"))
        self.refresh()

    # --- what the tab shows --------------------------------------------------------------
    def _on_change(self, event: ChangeEvent) -> None:
        if event.subject is Subject.SESSION:
            self.refresh()

    def refresh(self) -> None:
        session = self.workshop.sessions.get(self.session_id)
        version = MinutesVersions(self.workshop.ops).version(self.session_id)
        locked = session.status is SessionStatus.SIGNED
        if locked:
            text = QCoreApplication.translate(
                "MinutesPanel",
                "Version {version} of the minutes is signed, so this session is locked: "
                "nothing in it can be changed. It can be signed again in another language. "
                "To change something, reopen it; the minutes will then need a new version "
                "({next}), signed again.",
            ).format(version=version, next=version + 1)
        elif session.status is SessionStatus.CLOSED:
            text = QCoreApplication.translate(
                "MinutesPanel", "The session is closed. The next minutes will be version {version}."
            ).format(version=version)
        else:
            text = QCoreApplication.translate(
                "MinutesPanel",
                "The session is still running. You can export a draft; close the "
                "session to sign its minutes (version {version}).",
            ).format(version=version)
        self.status.setText(text)
        self.reopen_button.setVisible(locked)
        self.close_button.setVisible(session.status in (SessionStatus.DRAFT, SessionStatus.LIVE))
        self.reopen_session_button.setVisible(session.status is SessionStatus.CLOSED)
        # a signed version may be signed again in another language (the same content)
        self.sign.setEnabled(session.status in (SessionStatus.CLOSED, SessionStatus.SIGNED))
        if not self.sign.isEnabled():
            self.sign.setChecked(False)
        identity = load_identity(self.identity_path)
        if identity is None:
            self.signer.setText(
                QCoreApplication.translate("MinutesPanel", "No signing identity yet.")
            )
        else:
            signer = " — ".join(own_direction(part) for part in (identity.name, identity.title)
                                if part)
            self.signer.setText(
                QCoreApplication.translate(
                    "MinutesPanel", "{signer}\nCertificate fingerprint (SHA-256):\n{fingerprint}"
                ).format(signer=signer, fingerprint=spaced_hex(identity.fingerprint))
            )
        self.setup_button.setVisible(identity is None)

    # --- exporting -----------------------------------------------------------------------
    def set_up_identity(self) -> bool:
        dialog = IdentityDialog(self.identity_path, self)
        done = dialog.exec() == IdentityDialog.DialogCode.Accepted
        self.refresh()
        return done

    def ask_export(self) -> None:
        """The button: ask (identity, personal details, where, passphrase), then export."""
        ExportFlow(self).ask()

    def privacy_warnings(self) -> list[PrivacyWarning]:
        return privacy_warnings(
            gather(self.workshop, self.session_id), hidden_names(self.workshop, self.session_id)
        )

    def start_export(
        self,
        out: Path,
        language: str,
        *,
        sign: bool,
        passphrase: str = "",
        accept_privacy_warnings: bool = False,
    ) -> None:
        """Export off the GUI thread; ``exported`` or ``export_failed`` follows."""
        request = MinutesRequest(
            self.session_id,
            out,
            language,
            self.identity_path if sign else None,
            passphrase,
            accept_privacy_warnings,
        )
        main = self.workshop

        def work(progress: jobs.Progress) -> object:
            own = main.sibling()  # SQLite connections stay in their thread
            try:
                return export_minutes(own, request, progress)
            finally:
                own.close()

        self.progress = QProgressDialog(
            QCoreApplication.translate("MinutesPanel", "Making the minutes…"), "", 0, 100, self
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        signals = jobs.start(work)
        self._running.append(signals)
        signals.progress.connect(self._progressed)
        signals.finished.connect(lambda result, s=signals: self._exported(s, result))
        signals.failed.connect(lambda error, s=signals: self._export_failed(s, error))

    def _progressed(self, percent: int, step: str) -> None:
        steps = {
            "gather": QCoreApplication.translate("MinutesPanel", "Reading the session…"),
            "layout": QCoreApplication.translate("MinutesPanel", "Laying out the pages…"),
            "sign": QCoreApplication.translate("MinutesPanel", "Signing…"),
            "write": QCoreApplication.translate("MinutesPanel", "Saving the file…"),
            "purge": QCoreApplication.translate("MinutesPanel", "Purging raw data…"),
            "done": QCoreApplication.translate("MinutesPanel", "Done."),
        }
        if self.progress is not None:
            self.progress.setLabelText(steps.get(step, step))
            self.progress.setValue(percent)

    def _finish(self, signals: jobs.JobSignals) -> None:
        self._running.remove(signals)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)
        self.refresh()

    def _exported(self, signals: jobs.JobSignals, result: object) -> None:
        self._finish(signals)
        assert isinstance(result, ExportedMinutes)
        if result.signed:
            text = QCoreApplication.translate(
                "MinutesPanel",
                "Version {version} of the minutes is signed and saved in {file}.\n\n"
                "The session is now locked. If something must change, reopen it: the "
                "minutes will then need a new version, signed again.",
            ).format(version=result.version, file=str(result.path))
        else:
            text = QCoreApplication.translate(
                "MinutesPanel",
                "The minutes (version {version}, not signed: a draft) are saved in {file}.",
            ).format(version=result.version, file=str(result.path))
        self.last_message = text
        if self.isVisible():
            self._tell(QMessageBox.Icon.Information, "minutes-done", text)
        self.exported.emit(result)

    def _export_failed(self, signals: jobs.JobSignals, error: object) -> None:
        self._finish(signals)
        text = failure_text(error)
        self.last_message = text
        if self.isVisible():
            self._tell(QMessageBox.Icon.Warning, "minutes-failed", text)
        self.export_failed.emit(text)

    def _tell(self, icon: QMessageBox.Icon, name: str, text: str) -> QMessageBox:
        """The outcome, in a box that does not block (a test reads it by its objectName)."""
        box = QMessageBox(
            icon, QCoreApplication.translate("MinutesPanel", "Minutes"), text,
            QMessageBox.StandardButton.Ok, self,
        )
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    # --- results, reopening --------------------------------------------------------------
    def ask_results(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("MinutesPanel", "Folder for the results"),
            in_documents(),
        )
        if folder:
            self.export_results(Path(folder))

    def export_results(self, folder: Path) -> list[Path]:
        try:
            written = write_results(gather(self.workshop, self.session_id), folder)
        except Exception as error:  # shown to the facilitator, nothing half-done to undo
            QMessageBox.warning(
                self, QCoreApplication.translate("MinutesPanel", "Results"), failure_text(error)
            )
            return []
        return written

    def ask_close(self) -> QMessageBox:
        """"Please confirm" (Yes / No); once closed, signing is offered."""
        return ask_close(self, self.workshop, self.session_id, self.offer_signing)

    def offer_signing(self) -> None:
        self.refresh()
        if self.sign.isEnabled():
            self.sign.setChecked(True)
            self.export_button.setFocus()

    def reopen_session(self) -> None:
        """A closed session whose minutes are not signed goes back to running."""
        reopen(self, self.workshop, self.session_id)
        self.refresh()

    def ask_reopen(self) -> None:
        version = MinutesVersions(self.workshop.ops).version(self.session_id)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MinutesPanel", "Reopen the session?"),
            QCoreApplication.translate(
                "MinutesPanel",
                "The signed minutes (version {version}) stay as they are. After your changes, "
                "export and sign the minutes again: they will be version {next}.",
            ).format(version=version, next=version + 1),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reopen()

    def reopen(self) -> None:
        try:
            MinutesVersions(self.workshop.ops).reopen(self.session_id)
        except RuleError as error:
            show_error(self, error)
        self.refresh()
