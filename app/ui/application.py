"""Starting the desktop app: QApplication, fonts, language, the main window."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.core.workshop import Workshop
from app.paths import APPLICATION, ORGANISATION, database_path
from app.storage import StoreError
from app.ui.fonts import load_fonts


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
        workshop = Workshop.open(database_path(args.db), backups=not args.self_test)
    except StoreError as exc:
        from app.ui.messages import error_text

        if not args.self_test:  # the self-test never waits for a click
            QMessageBox.critical(None, APPLICATION, error_text(exc))
        print(f"roundtable: {exc}", file=sys.stderr)
        return 1
    from app.ui.main_window import MainWindow

    window = MainWindow(workshop)
    window.show()
    if args.self_test:
        ok = bool(families) and window.isVisible()
        QTimer.singleShot(0, lambda: app.exit(0 if ok else 1))
        code = app.exec()
        workshop.close()
        print("self-test ok" if code == 0 else "self-test FAILED")
        return code
    code = app.exec()
    if workshop.backups is not None:
        workshop.backups.now()
    workshop.close()
    return code
