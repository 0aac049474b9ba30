"""The facilitator's main window (shell: the list of sessions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidget, QMainWindow

from app.core.workshop import Workshop


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, workshop: Workshop) -> None:
        super().__init__()
        self.workshop = workshop
        self.setWindowTitle(tr("Roundtable"))
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(tr("Sessions"))
        for session in workshop.sessions.all():
            self.sessions.addItem(f"{session.date}  {session.title}")
        self.setCentralWidget(self.sessions)
        self.resize(1200, 800)
