"""Opening the kiosk: the facilitator sets the PIN that locks it, and picks its screen.

The kiosk then runs full screen on that screen; if it would cover the desk (one screen, or a
mirrored projector) the facilitator is asked first (app/ui/screens.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.accessibility import label_choice_boxes
from app.ui.screens import covers_desk
from app.ui.voting.kiosk_pages import PIN_MIN_LENGTH

translate = QCoreApplication.translate


def screen_name(screen: QScreen, desk: QWidget | None) -> str:
    size = screen.geometry()
    text = translate("KioskSetup", "{name} ({width}\u00d7{height})").format(
        name=screen.name() or screen.model(), width=size.width(), height=size.height()
    )
    if covers_desk(screen, desk):
        text = translate("KioskSetup", "{screen}: this laptop's screen").format(screen=text)
    return text


class KioskSetup(QDialog):
    """Asks the PIN twice and the screen; ``pin()`` and ``screen()`` once accepted."""

    def __init__(self, desk: QWidget | None = None) -> None:
        super().__init__(desk)
        self.desk = desk
        self.setObjectName("kioskSetup")
        self.setWindowTitle(translate("KioskSetup", "Open the kiosk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "KioskSetup",
                "The kiosk fills its screen and shows no roster and no desk controls. Choose a "
                "PIN: leaving the kiosk (Esc or closing it) asks for it.",
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("kioskSetupPin")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("kioskSetupPinAgain")
        for edit, name in (
            (self.pin_edit, translate("KioskSetup", "PIN to leave the kiosk")),
            (self.again_edit, translate("KioskSetup", "The same PIN again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setMaxLength(12)
            edit.textChanged.connect(self._check)
            form.addRow(name, edit)
        self.screens = QComboBox(self)
        self.screens.setObjectName("kioskSetupScreen")
        self.screens.setAccessibleName(translate("KioskSetup", "Screen for the kiosk"))
        screens = QGuiApplication.screens()
        for index, screen in enumerate(screens):
            self.screens.addItem(screen_name(screen, desk), index)
        room = [i for i, screen in enumerate(screens) if not covers_desk(screen, desk)]
        self.screens.setCurrentIndex(room[0] if room else 0)
        form.addRow(translate("KioskSetup", "Screen for the kiosk"), self.screens)
        self.problem = QLabel(self)
        self.problem.setObjectName("kioskSetupProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("KioskSetup", "Open the kiosk"))
        ok.setObjectName("kioskSetupOpen")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        label_choice_boxes(self)
        self._check()

    def _check(self) -> None:
        pin, again = self.pin_edit.text(), self.again_edit.text()
        problem = ""
        if pin and (len(pin) < PIN_MIN_LENGTH or not pin.isdigit()):
            problem = translate("KioskSetup", "The PIN is {count} digits or more.").format(
                count=PIN_MIN_LENGTH
            )
        elif again and again != pin:
            problem = translate("KioskSetup", "The two PINs are not the same.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and len(pin) >= PIN_MIN_LENGTH and pin == again)

    def pin(self) -> str:
        return self.pin_edit.text()

    def screen_choice(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        index = self.screens.currentData()
        return screens[index] if isinstance(index, int) and index < len(screens) else None
