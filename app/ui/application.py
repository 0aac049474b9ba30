"""Starting the desktop app: QApplication, fonts, language, the main window."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget

from app import i18n
from app.core.outside_changes import OutsideChanges
from app.core.workshop import Workshop
from app.paths import APPLICATION, ORGANISATION, database_path
from app.storage import StoreError
from app.storage.faults import TROUBLES
from app.ui.fonts import load_fonts

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _open_sample_session(window: QWidget, workshop: Workshop) -> int:
    """Open a sample session in the window (every tab and the projector get built); returns
    how many tabs its workspace has."""
    from app.demo import create_demo
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    session = create_demo(workshop)
    window.open_session(session.id)
    tabs = window.findChild(QTabWidget)
    return tabs.count() if tabs is not None else 0


def main_window(workshop: Workshop, *, reopen: bool = True) -> MainWindow:
    """The facilitator's window with every area's tab, shown; the session open when the app
    last closed is opened again (after a restart in the middle of a Lab, the Lab is back)."""
    from app.ui.areas import add_areas
    from app.ui.main_window import MainWindow
    from app.ui.store_trouble import StoreTroubleNotice

    window = MainWindow(workshop)
    StoreTroubleNotice(window, workshop.database)
    add_areas(window)
    if reopen:
        try:
            window.reopen_last()
        except StoreError as exc:  # a damaged session: the list of sessions stays shown
            TROUBLES.report(exc)
    window.show()
    return window


def _open_store(path: Path, *, ask: bool) -> Workshop | None:
    """The store at ``path``; an existing empty file becomes a new database only if the
    facilitator, told what it may mean, chooses so (None if they chose not to)."""
    try:
        return Workshop.open(path, backups=ask)
    except StoreError as exc:
        if exc.code != "empty_file" or not ask:
            raise
        if not _start_afresh(exc):
            print(f"roundtable: {exc}", file=sys.stderr)
            return None
    return Workshop.open(path, backups=ask, start_afresh=True)


def _start_afresh(error: StoreError) -> bool:
    from app.ui.messages import error_text

    box = QMessageBox(QMessageBox.Icon.Warning, APPLICATION, error_text(error),
                      QMessageBox.StandardButton.Cancel)
    box.setObjectName("empty-database")
    box.setTextFormat(Qt.TextFormat.PlainText)
    fresh = box.addButton(QCoreApplication.translate("Errors", "Start a new, empty database"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is fresh


def run_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    families = load_fonts(app)
    from app.ui.settings import saved_language

    i18n.install(app, args.lang or saved_language() or "en")
    try:
        # The self-test works on a throwaway database: it fills it with a sample session.
        path = database_path(args.db)
        if args.self_test:
            path = Path(tempfile.mkdtemp(prefix="roundtable-self-test-")) / "window.sqlite"
        workshop = _open_store(path, ask=not args.self_test)
    except StoreError as exc:
        from app.ui.messages import error_text

        if not args.self_test:  # the self-test never waits for a click
            QMessageBox.critical(None, APPLICATION, error_text(exc))
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    if workshop is None:
        return 1
    # ``python -m app portal`` (or a second window) may write to the same file: the board,
    # projector, kiosk and phones served here hear of its changes too.
    outside = OutsideChanges(workshop.database.path, workshop.hub).start()
    # … and a write of this window waits for that program without freezing the window.
    from app.ui.write_wait import wait_patiently

    wait_patiently()
    try:
        window = main_window(workshop, reopen=not args.self_test)
    except StoreError as exc:  # the file is damaged where every window reads
        from app.ui.messages import error_text

        if not args.self_test:
            QMessageBox.critical(None, APPLICATION, error_text(exc))
        print(f"roundtable: {exc}", file=sys.stderr)
        outside.stop()
        workshop.close()
        return 1
    if getattr(args, "exit_when_shown", False):
        # The start-up benchmark's probe: once the window is shown and the event loop idle.
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.exit(0)))
        code = app.exec()
        outside.stop()
        workshop.close()
        return code
    if args.self_test:
        from app.self_test import problems

        found = problems()
        tabs = _open_sample_session(window, workshop)
        for problem in found:
            print(f"self-test: {problem}", file=sys.stderr)
        print(f"self-test: {tabs} tabs built for the sample session")
        ok = bool(families) and window.isVisible() and not found and tabs >= 8
        QTimer.singleShot(0, lambda: app.exit(0 if ok else 1))
        code = app.exec()
        outside.stop()
        workshop.close()
        print("self-test ok" if code == 0 else "self-test FAILED")
        return code
    from app.ui.store_trouble import StoreFailureHook

    hook = StoreFailureHook(window, workshop.database.path)
    hook.install()
    code = app.exec()
    hook.uninstall()
    outside.stop()
    if workshop.backups is not None:
        workshop.backups.now()
    workshop.close()
    return code
