"""The facilitator's hands and eyes in the rehearsal: the real main window on a real X screen,
driven by keyboard and mouse events, with waits on the window's own state and a screenshot of
desk and projector at every step."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QPoint, QRect, Qt, QTimer, SignalInstance
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from app import i18n
from app.core.workshop import Workshop
from app.ui.fonts import load_fonts
from tests.ui.projector import back_row

W = TypeVar("W", bound=QWidget)
FRAME_SLACK = 8  # px a window manager's frame may be reported beyond the screen
LAPTOP = QRect(0, 0, 1366, 768)


class RehearsalError(AssertionError):
    """A step of the Lab did not happen as a facilitator would expect."""


class Desk:
    """One facilitator at one laptop: the app, its window, and the step log."""

    def __init__(self, language: str, out: Path, db_path: Path) -> None:
        self.language = language
        self.out = out
        self.db_path = db_path
        self.out.mkdir(parents=True, exist_ok=True)
        app = QApplication.instance() or QApplication(["roundtable"])
        assert isinstance(app, QApplication)
        self.app = app
        self.app.setOrganizationName("Roundtable-rehearsal")
        load_fonts(self.app)
        i18n.install(self.app, language)
        self.workshop: Workshop | None = None
        self.window: Any = None
        self.steps: list[dict[str, Any]] = []
        self._step_started = time.monotonic()
        self._shot = 0
        self.problems: list[str] = []  # what a person would see wrong; the run fails on them

    # --- the program ---------------------------------------------------------------------
    def start(self) -> Any:
        """Open the database and the main window as `python -m app` does, full size."""
        from app.ui.application import main_window

        self.workshop = Workshop.open(self.db_path, backups=False)
        window = main_window(self.workshop)
        window.setWindowState(Qt.WindowState.WindowMaximized)
        self.window = window
        self.wait_until(lambda: QApplication.activeWindow() is not None,
                        "the main window (or its first question) has the focus")
        self.wait_until(
            lambda: window.frameGeometry().height() > 600, "the window manager sized the window"
        )
        return window

    def stop(self) -> None:
        """Quit as the facilitator would (the window's close), then let go of the file."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self.settle()
        if self.workshop is not None:
            self.workshop.close()
            self.workshop = None

    @property
    def ws(self) -> Workshop:
        assert self.workshop is not None
        return self.workshop

    # --- waiting -------------------------------------------------------------------------
    def settle(self, ms: int = 30) -> None:
        """Let the event loop deliver what is queued (layouts, queued signals, paints)."""
        QTest.qWait(ms)

    def wait_until(self, ready: Callable[[], object], what: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                raise RehearsalError(f"timed out waiting until {what}")
            QTest.qWait(15)

    def wait_signal(self, signal: SignalInstance, what: str, timeout: float = 15.0) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        fired: list[bool] = []

        def hit(*_args: object) -> None:
            fired.append(True)
            loop.quit()

        signal.connect(hit)
        timer.start(int(timeout * 1000))
        loop.exec()
        signal.disconnect(hit)
        if not fired:
            raise RehearsalError(f"timed out waiting for {what}")

    # --- finding -------------------------------------------------------------------------
    def tab(self, kind: type[W]) -> W:
        """Click the tab that holds the panel of this kind, as the facilitator would."""
        workspace = self.window.workspace
        panel = workspace.panel(kind)
        if panel is None:
            raise RehearsalError(f"no {kind.__name__} tab")
        for index in range(workspace.tabs.count()):
            holder = workspace.tabs.widget(index)
            if holder is panel or getattr(holder, "widget", lambda: None)() is panel:
                bar = workspace.tabs.tabBar()
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 bar.tabRect(index).center())
                self.wait_until(lambda i=index: workspace.tabs.currentIndex() == i,
                                f"the {kind.__name__} tab shows")
                return panel
        raise RehearsalError(f"the {kind.__name__} tab is not in the tab bar")

    def named(self, name: str, kind: type[W] = QWidget, within: QWidget | None = None) -> W:  # type: ignore[assignment]
        """A visible widget by its objectName, anywhere in the app's windows."""
        roots = [within] if within is not None else QApplication.topLevelWidgets()
        for root in roots:
            if root.objectName() == name and isinstance(root, kind):
                return root
            found = root.findChildren(kind, name)
            shown = [w for w in found if w.isVisible()] or found
            if shown:
                return shown[0]
        raise RehearsalError(f"no widget named {name!r}")

    def button(self, text: str, within: QWidget) -> QAbstractButton:
        for candidate in within.findChildren(QAbstractButton):
            if candidate.text().replace("&", "") == text and candidate.isVisible():
                return candidate
        raise RehearsalError(f"no visible button {text!r}")

    # --- hands ---------------------------------------------------------------------------
    def click(self, widget: QWidget) -> None:
        if not widget.isEnabled():
            raise RehearsalError(f"{widget.objectName() or widget.accessibleName()} is disabled")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    def type_into(self, widget: QWidget, text: str, *, clear: bool = True) -> None:
        widget.setFocus()
        if clear and isinstance(widget, QLineEdit):
            widget.selectAll()
            QTest.keyClick(widget, Qt.Key.Key_Delete)
        type_text(widget, text)
        self.settle()

    def key(self, widget: QWidget, key: Qt.Key,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifiers)
        self.settle()

    def choose(self, combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index < 0:
            raise RehearsalError(f"{combo.accessibleName()} has no choice {data!r}")
        combo.setCurrentIndex(index)
        self.settle()

    @contextmanager
    def answering(self, *answers: Callable[[QWidget], bool], what: str = "",
                  maybe: tuple[Callable[[QWidget], bool], ...] = (),
                  timeout: float = 30.0) -> Iterator[None]:
        """While the block runs, answer the modal dialogs that open: each ``answer(dialog)``
        acts on a dialog it knows and returns True (False: not this one). Every one of
        ``answers`` must be given; those in ``maybe`` answer dialogs that may not come."""
        required = list(answers)
        optional = list(maybe)
        seen: list[QWidget] = []
        over: list[bool] = []
        deadline = time.monotonic() + timeout

        def look() -> None:
            if over or not (required or optional) or time.monotonic() > deadline:
                return
            # look again first: answering may open the next dialog inside this call
            QTimer.singleShot(20, look)
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible() or dialog in seen:
                return
            for pending in (required, optional):
                hit = next((a for a in pending if a(dialog)), None)
                if hit is not None:
                    pending.remove(hit)
                    seen.append(dialog)
                    return

        QTimer.singleShot(0, look)
        try:
            yield
            self.wait_until(lambda: not required, f"the dialogs: {what}", timeout)
        finally:
            over.append(True)

    def press_in_dialog(self, role: QMessageBox.ButtonRole | None = None,
                        text: str | None = None) -> Callable[[QWidget], bool]:
        """An answer that presses the dialog's button with this role or text."""

        def answer(dialog: QWidget) -> bool:
            if isinstance(dialog, QMessageBox) and role is not None:
                for button in dialog.buttons():
                    if dialog.buttonRole(button) == role:
                        button.click()
                        return True
                return False
            for button in dialog.findChildren(QAbstractButton):
                if text is not None and button.text().replace("&", "") == text:
                    button.click()
                    return True
            return False

        return answer

    # --- eyes ----------------------------------------------------------------------------
    def shot(self, name: str, *, projector: bool = True) -> Path:
        """Save what the room and the facilitator see now: the whole X screen, the desk
        window, and the projector when it is shown. Checks the window fits the laptop."""
        self.settle(60)
        self._shot += 1
        stem = f"{self._shot:02d}-{name}"
        screen = QGuiApplication.primaryScreen()
        whole = self.out / f"{stem}-screen.png"
        screen.grabWindow(0).save(str(whole))
        if self.window is not None:
            self.window.grab().save(str(self.out / f"{stem}-desk.png"))
            self.check_fits(stem)
            window_projector = getattr(self.window, "projector", None)
            if projector and window_projector is not None and window_projector.isVisible():
                window_projector.grab().save(str(self.out / f"{stem}-projector.png"))
                # read from the back row: 32 px and 4.5:1 on the pixels, nothing cut off
                self.problems += back_row.problems(window_projector, f"{stem} projector")
        return whole

    def check_fits(self, where: str) -> None:
        """Nothing of the desk outside a 1366x768 laptop screen: the window's frame, and
        every visible control of the current tab inside the window."""
        window = self.window
        frame = window.frameGeometry()
        # What people see is the window's own area; a window manager's border may lie a pixel
        # or two beyond the screen (and is sometimes reported a few pixels too tall).
        if not LAPTOP.contains(window.geometry()) or not LAPTOP.adjusted(
                -FRAME_SLACK, -FRAME_SLACK, FRAME_SLACK, FRAME_SLACK).contains(frame):
            self.problems.append(f"{where}: the window {frame.getRect()} "
                                 f"(inside: {window.geometry().getRect()}) does not fit 1366x768")
        inside = QRect(QPoint(0, 0), window.size())
        tabs = window.findChild(QTabWidget)
        if tabs is None or not tabs.isVisible():
            return
        current = tabs.currentWidget()
        if isinstance(current, QAbstractScrollArea) and hasattr(current, "widget"):
            current = current.widget()  # a tab scrolls when it must: its controls still count
        checked: set[int] = set()
        for control in current.findChildren(QAbstractButton) + current.findChildren(QLineEdit):
            if not control.isVisible() or control.window() is not window:
                continue  # hidden, or in a dialog: its own window
            # a control inside a scroll area is reached by scrolling: its area must be in view
            shown = _scroll_area(control) or control
            if id(shown) in checked:
                continue
            checked.add(id(shown))
            top_left = shown.mapTo(window, QPoint(0, 0))
            rect = QRect(top_left, shown.size())
            if not inside.contains(rect) or not LAPTOP.contains(
                    rect.translated(window.geometry().topLeft())):
                name = control.objectName() or control.accessibleName()
                self.problems.append(f"{where}: {name!r} lies outside the laptop's screen "
                                     f"({rect.getRect()} in a window of {inside.getRect()})")

    # --- the log -------------------------------------------------------------------------
    def step(self, name: str) -> None:
        """Close the running step (its time) and start the next."""
        now = time.monotonic()
        if self.steps:
            self.steps[-1]["seconds"] = round(now - self._step_started, 2)
        self.steps.append({"step": name, "seconds": None})
        self._step_started = now
        print(f"REHEARSAL step {name}", flush=True)

    def finish_log(self) -> None:
        self.step("end")
        self.steps.pop()
        (self.out / "steps.json").write_text(json.dumps(self.steps, indent=1), encoding="utf-8")


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a keyboard with an input method sends them
    (QTest's own typing knows only ASCII: French and Arabic need the text of the event)."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _scroll_area(control: QWidget) -> QWidget | None:
    """The viewport of the outermost scroll area ``control`` lies in (the tab's own), if any:
    what lies inside it is reached by scrolling."""
    found = None
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            found = parent.viewport()
        parent = parent.parentWidget()
    return found


def dialog_of(kind: type[QDialog]) -> Callable[[QWidget], bool]:
    def matches(widget: QWidget) -> bool:
        return isinstance(widget, kind)

    return matches
