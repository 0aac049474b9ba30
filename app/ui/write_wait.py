"""The window while one of its writes waits for another program to finish writing.

Another Roundtable program may share the database file (``python -m app portal`` on the
venue's network); SQLite lets one program write at a time. While a write of the window waits
for its turn (``app.core.patient_write``), the window keeps drawing: its timers, projector and
live updates go on, and what the facilitator types or clicks is kept for afterwards. If the
wait grows longer than a moment, a small window says so, and offers to quit once the change is
saved; nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.patient_write import wait_here

SHOW_AFTER_SECONDS = 0.4  # a wait shorter than this is not worth a word


class WaitingForOtherProgram(QDialog):
    """What the facilitator sees while a change waits for the other program."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingForOtherProgram")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(QCoreApplication.translate("WriteWait", "Waiting"))
        self.quit_when_saved = False
        layout = QVBoxLayout(self)
        text = QLabel(QCoreApplication.translate(
            "WriteWait",
            "Waiting for the other program: another Roundtable program (a portal or a second "
            "window) is writing to this database. Your change is kept and will be saved as "
            "soon as it has finished."))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.quit_button = QPushButton(QCoreApplication.translate("WriteWait",
                                                                 "Quit once saved"))
        self.quit_button.setObjectName("quitOnceSaved")
        self.quit_button.clicked.connect(self._quit_when_saved)
        layout.addWidget(self.quit_button)

    def _quit_when_saved(self) -> None:
        self.quit_when_saved = True
        self.quit_button.setEnabled(False)

    def reject(self) -> None:  # Escape: the change still waits; the window says so until done
        pass


class DeskWait:
    """How the window's thread waits for the file's lock (``app.core.patient_write``)."""

    def __init__(self) -> None:
        self.dialog: WaitingForOtherProgram | None = None  # while a wait is shown
        self._made: WaitingForOtherProgram | None = None  # made once, shown again after
        self.shown = 0  # how many waits were long enough to be shown (for tests)
        self.longest = 0.0  # the longest wait, in seconds

    def pause(self, waited: float) -> None:
        self.longest = max(self.longest, waited)
        if waited < SHOW_AFTER_SECONDS:
            # Draw and run timers; what is typed or clicked now waits in its queue.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            return
        if self.dialog is None:
            if self._made is None:  # no parent: it outlives any window it was shown over
                self._made = WaitingForOtherProgram(None)
            self.dialog = self._made
            self.dialog.quit_when_saved = False
            self.dialog.quit_button.setEnabled(True)
            self.dialog.show()
            self.shown += 1
        QCoreApplication.processEvents()  # the dialog is modal: only it takes clicks

    def done(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        quit_now = dialog.quit_when_saved
        dialog.hide()
        if quit_now:
            QTimer.singleShot(0, QApplication.closeAllWindows)


def wait_patiently() -> tuple[DeskWait, Callable[[], None]]:
    """The calling (GUI) thread's writes wait with a ``DeskWait``; returns it and its undo."""
    desk = DeskWait()
    return desk, wait_here(desk)
