"""Co-signing from the desktop: a second signer (an elected representative, say) adds their
signature to signed minutes with their own identity file, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.minutes.cosigning import cosign
from app.minutes.verification import Verdict
from app.ui.folders import in_documents
from app.ui.minutes import jobs
from app.ui.minutes.texts import failure_text


class CosignFlow(QObject):
    cosigned = Signal(object)  # Verdict of the co-signed file
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self._running: list[jobs.JobSignals] = []

    def ask(self) -> None:
        """Which signed PDF, whose identity, their passphrase, and where to save."""
        pdf_filter = QCoreApplication.translate("MinutesCosign", "PDF files (*.pdf)")
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MinutesCosign", "Signed minutes to co-sign"),
            in_documents(),
            pdf_filter,
        )
        if not source:
            return
        identity, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MinutesCosign", "The co-signer's identity file"),
            in_documents(),
            QCoreApplication.translate("MinutesCosign", "Signing identities (*.p12)"),
        )
        if not identity:
            return
        passphrase, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("MinutesCosign", "Co-sign"),
            QCoreApplication.translate("MinutesCosign", "The co-signer's passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MinutesCosign", "Save the co-signed minutes"),
            str(Path(source).with_name(Path(source).stem + "-cosigned.pdf")),
            pdf_filter,
        )
        if out:
            self.start(Path(source), Path(identity), passphrase, Path(out))

    def start(self, source: Path, identity: Path, passphrase: str, out: Path) -> None:
        def work(progress: jobs.Progress) -> object:
            del progress
            return cosign(source, out, identity, passphrase)

        signals = jobs.start(work)
        self._running.append(signals)
        signals.finished.connect(lambda result, s=signals: self._done(s, result))
        signals.failed.connect(lambda error, s=signals: self._failed(s, error))

    def _done(self, signals: jobs.JobSignals, result: object) -> None:
        self._running.remove(signals)
        assert isinstance(result, Verdict)
        if self.window.isVisible():
            signers = ", ".join(s.signer for s in result.signatures)
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MinutesCosign", "Co-sign"),
                QCoreApplication.translate(
                    "MinutesCosign", "The minutes now carry these signatures: {signers}."
                ).format(signers=signers),
            )
        self.cosigned.emit(result)

    def _failed(self, signals: jobs.JobSignals, error: object) -> None:
        self._running.remove(signals)
        text = failure_text(error)
        if self.window.isVisible():
            QMessageBox.warning(
                self.window, QCoreApplication.translate("MinutesCosign", "Co-sign"), text
            )
        self.failed.emit(text)
