"""Long work (laying out and signing minutes, checking a PDF) off the GUI thread.

A ``Job`` runs in Qt's global thread pool; its signals belong to an object made on the GUI
thread, so progress and the result arrive there, queued, and the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, str], None]
Work = Callable[[Progress], object]


class JobSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised


class Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # handed to the GUI thread, which says what went wrong
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


def start(work: Work) -> JobSignals:
    """Run ``work`` in the pool; keep the returned signals alive until it has finished."""
    job = Job(work)
    signals = job.signals
    QThreadPool.globalInstance().start(job)
    return signals
