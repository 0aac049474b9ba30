"""A certificate for someone known only by a pseudonym: the facilitator types the name to print
in a small dialog; it is printed on that file and stored nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.model import Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.ui.attendance import files as attendance_files
from app.ui.attendance.files import AttendanceFiles
from app.ui.minutes.certificate_name_dialog import CertificateNameDialog
from tests.minutes.qr_pages import pdf_text


def test_the_dialog_offers_the_pseudonym_and_tidies_the_name(qtbot: QtBot) -> None:
    dialog = CertificateNameDialog("Colibri-42")
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "certificate-name-dialog"
    assert dialog.name.placeholderText() == "Colibri-42"
    qtbot.keyClicks(dialog.name, "  Samir   Haddad ")
    assert dialog.typed_name() == "Samir Haddad"


@pytest.mark.parametrize(("typed", "printed"), [("Samir Haddad", "Samir Haddad"), ("", None)])
def test_printing_asks_the_name_for_a_pseudonym(workshop: Workshop, qtbot: QtBot,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                typed: str, printed: str | None) -> None:
    session = workshop.sessions.create("Lab", "2026-11-20", languages=("fr",))
    person = workshop.roster.add(session.id, NewParticipant(Group.NEWCOMER, "fr", ""))
    workshop.roster.check_in(person.id)
    said: list[str] = []
    asked: list[str] = []
    target = tmp_path / "certificate.pdf"

    def ask(pseudonym: str, parent: object) -> str:
        asked.append(pseudonym)
        return typed

    monkeypatch.setattr(attendance_files, "ask_certificate_name", ask)
    monkeypatch.setattr(attendance_files.QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    files = AttendanceFiles(workshop, session.id, None, said.append)  # type: ignore[arg-type]
    files.ask_certificate(person)
    assert asked == [person.pseudonym]
    text = " ".join(pdf_text(target).split())
    assert (printed or person.pseudonym) in text
    assert workshop.roster.get(person.id).display_name == ""  # the typed name is not kept
    assert len(said) == 1
    assert str(target) in said[0]
