"""The facilitator's window with the sample Lab open on its Dot voting tab, and the kiosk
showing one voter's ballot: shown on a real X screen for a screen reader to read
(``python -m tests.end2end.reader.window DB LANGUAGE``; it runs until it is stopped)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    database, language = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Roundtable")
    from app import i18n
    from app.core.model import Area, Group, RoundTarget
    from app.core.workshop import Workshop
    from app.demo import create_demo
    from app.ui.application import main_window
    from app.ui.fonts import load_fonts
    from app.ui.voting.kiosk import KioskWindow
    from app.ui.voting.panel import VotingPanel

    load_fonts(app)
    i18n.install(app, language)
    workshop = Workshop.open(database)
    create_demo(workshop)
    ideas = [n.id for n in workshop.board.notes(1, area=Area.IDEAS)][:3]
    vote = workshop.voting.create(1, "Which ideas first?", RoundTarget.NOTES, ideas,
                                  dots_per_person=3, cap_per_item=2)
    workshop.voting.open(vote.id)
    window = main_window(workshop, reopen=False)
    window.open_session(1)
    assert window.workspace is not None
    window.workspace.show_panel(window.workspace.panel(VotingPanel))  # type: ignore[arg-type]
    kiosk = KioskWindow(workshop, 1)
    voter = next(p for p in workshop.roster.participants(1)  # the kiosk speaks their language
                 if p.group in (Group.LOCAL_ACTOR, Group.NEWCOMER) and p.language == language
                 and p.id in workshop.roster.attendance(1))
    kiosk.show()
    kiosk.submit(voter.short_code)
    print("kiosk:", kiosk.stack.currentWidget().objectName(), flush=True)
    QTimer.singleShot(0, lambda: print("shown", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
