"""The Verify screen: pick a PDF → signer, fingerprint, signing time, coverage, what changed
after signing, verdict. The number of signatures expected can be set: a removed co-signature
leaves a file that is otherwise sound."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import fill
from app.minutes.document import spaced_hex
from app.minutes.verification import Verdict, change_text, load_certificates, verify_pdf
from app.ui.folders import in_documents
from app.ui.labels import own_direction
from app.ui.minutes import jobs
from app.ui.minutes.texts import (
    change_texts,
    failure_text,
    problem_texts,
    validation_info_text,
)
from app.ui.retranslation import Retranslation


def verdict_lines(verdict: Verdict, trusted_given: bool) -> list[str]:
    problems = problem_texts()
    lines: list[str] = []
    for index, sig in enumerate(verdict.signatures, start=1):
        lines.append(
            QCoreApplication.translate("MinutesVerify", "Signature {number}").format(number=index)
        )
        signer = ", ".join(own_direction(part) for part in (sig.signer, sig.title) if part)
        lines.append(
            QCoreApplication.translate("MinutesVerify", "Signer: {signer}").format(signer=signer)
        )
        lines.append(
            QCoreApplication.translate("MinutesVerify", "Certificate fingerprint (SHA-256):")
        )
        lines += ["    " + line for line in spaced_hex(sig.fingerprint).splitlines()]
        when = sig.signing_time.strftime("%Y-%m-%d %H:%M:%S %Z") if sig.signing_time else "—"
        lines.append(
            QCoreApplication.translate(
                "MinutesVerify", "Signing time (as claimed by the signer's computer): {when}"
            ).format(when=when)
        )
        if sig.whole_file:
            covers = QCoreApplication.translate("MinutesVerify", "Covers the whole file: yes")
        elif sig.coverage == "entire_revision" and sig.modification == "signatures":
            covers = QCoreApplication.translate(
                "MinutesVerify",
                "Covers its own version of the file; only further signatures came after it",
            )
        else:
            covers = QCoreApplication.translate(
                "MinutesVerify", "Covers the whole file: NO — something was added after it"
            )
        lines.append(covers)
        lines.append(
            QCoreApplication.translate("MinutesVerify", "Unchanged since signing: yes")
            if sig.intact and sig.valid
            else QCoreApplication.translate("MinutesVerify", "Unchanged since signing: NO")
        )
        if sig.trusted is None:
            lines.append(
                QCoreApplication.translate(
                    "MinutesVerify",
                    "Identity: not confirmed. Compare the fingerprint above with the "
                    "one the organisers gave you.",
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("MinutesVerify", "Identity: trusted certificate")
                if sig.trusted
                else QCoreApplication.translate(
                    "MinutesVerify", "Identity: NOT one of the trusted certificates"
                )
            )
        lines += ["  ⚠ " + problems[p] for p in sig.problems]
        lines.append("")
    changes = change_texts()
    lines += ["⚠ " + change_text(c, changes) for c in verdict.changes]
    lines += [fill(validation_info_text(), {"revision": r}) for r in verdict.validation_info]
    lines += ["⚠ " + fill(problems[p], verdict.problem_params()) for p in verdict.problems]
    return [*verdict_head(verdict, trusted_given), "", *lines]


def verdict_head(verdict: Verdict, trusted_given: bool) -> list[str]:
    """The verdict first: it is what the reader came for."""
    head: list[str] = []
    if verdict.ok and verdict.validation_info:
        head.append(
            QCoreApplication.translate(
                "MinutesVerify",
                "Verdict: VALID — intact; nothing but validation information was added "
                "after signing.",
            )
        )
    elif verdict.ok:
        head.append(
            QCoreApplication.translate(
                "MinutesVerify",
                "Verdict: VALID — intact, the whole file is covered, nothing changed "
                "after signing.",
            )
        )
        if trusted_given:
            head.append(
                QCoreApplication.translate("MinutesVerify", "The signer's certificate is trusted.")
            )
    else:
        head.append(
            QCoreApplication.translate(
                "MinutesVerify", "Verdict: NOT VALID — do not rely on this file."
            )
        )
    return head


class VerifyView(QWidget):
    checked = Signal(object)  # Verdict, once a check has finished
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trust_paths: list[Path] = []
        self._running: list[jobs.JobSignals] = []
        self.choose = QPushButton(
            QCoreApplication.translate("MinutesVerify", "Check a signed PDF…"), self
        )
        self.choose.clicked.connect(self._pick)
        self.trust = QPushButton(
            QCoreApplication.translate("MinutesVerify", "Trust a certificate…"), self
        )
        self.trust.clicked.connect(self._pick_trust)
        self.trust_label = QLabel(self)
        self.trust_label.setTextFormat(Qt.TextFormat.PlainText)
        self.expected_label = QLabel(self)
        self.expected = QSpinBox(self)
        self.expected.setObjectName("expectedSignatures")
        self.expected.setRange(0, 20)
        self.expected_label.setBuddy(self.expected)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        # Every line in the interface's direction, also those that start with a Latin name.
        option = QTextOption(self.result.document().defaultTextOption())
        option.setTextDirection(self.layoutDirection())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.result.document().setDefaultTextOption(option)
        self.result.setAccessibleName(
            QCoreApplication.translate("MinutesVerify", "Result of the check")
        )
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.trust)
        row.addWidget(self.trust_label, 1)
        row.addWidget(self.expected_label)
        row.addWidget(self.expected)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self._name_expected()
        Retranslation(self, self.retranslate)

    def _name_expected(self) -> None:
        self.expected_label.setText(
            QCoreApplication.translate("MinutesVerify", "Signatures expected:")
        )
        self.expected.setSpecialValueText(QCoreApplication.translate("MinutesVerify", "any"))
        self.expected.setToolTip(
            QCoreApplication.translate(
                "MinutesVerify",
                "The check fails when the file holds fewer signatures: a removed "
                "co-signature leaves a file that is otherwise sound.",
            )
        )

    def retranslate(self) -> None:
        """After a language switch: the buttons again; a check's result stays as it was."""
        self._name_expected()
        self.choose.setText(QCoreApplication.translate("MinutesVerify", "Check a signed PDF…"))
        self.trust.setText(QCoreApplication.translate("MinutesVerify", "Trust a certificate…"))
        self.result.setAccessibleName(
            QCoreApplication.translate("MinutesVerify", "Result of the check")
        )

    def _pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MinutesVerify", "Signed minutes"),
            in_documents(),
            QCoreApplication.translate("MinutesVerify", "PDF files (*.pdf)"),
        )
        if name:
            self.check(Path(name))

    def _pick_trust(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MinutesVerify", "Trusted certificate"),
            in_documents(),
            QCoreApplication.translate("MinutesVerify", "Certificates (*.pem *.crt *.cer *.der)"),
        )
        if name:
            self.trust_paths.append(Path(name))
            self.trust_label.setText(
                QCoreApplication.translate(
                    "MinutesVerify", "{count} trusted certificate(s)"
                ).format(count=len(self.trust_paths))
            )

    def check(self, path: Path) -> None:
        """Check ``path`` off the GUI thread; ``checked`` or ``failed`` follows."""
        self.result.setPlainText(
            QCoreApplication.translate("MinutesVerify", "Checking {file}…").format(file=path.name)
        )
        trust_paths = list(self.trust_paths)
        expected = self.expected.value()

        def work(progress: jobs.Progress) -> object:
            del progress
            trust = [c for p in trust_paths for c in load_certificates(p.read_bytes())]
            return verify_pdf(path.read_bytes(), trust, expected), bool(trust)

        signals = jobs.start(work)
        self._running.append(signals)
        signals.finished.connect(lambda result, s=signals: self._done(s, result))
        signals.failed.connect(lambda error, s=signals: self._failed(s, error))

    def _done(self, signals: jobs.JobSignals, result: object) -> None:
        self._running.remove(signals)
        assert isinstance(result, tuple)
        verdict, trusted_given = result
        self.result.setPlainText("\n".join(verdict_lines(verdict, trusted_given)))
        self.checked.emit(verdict)

    def _failed(self, signals: jobs.JobSignals, error: object) -> None:
        self._running.remove(signals)
        text = failure_text(error)
        self.result.setPlainText(text)
        self.failed.emit(text)
