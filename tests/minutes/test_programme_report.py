"""The programme report: two Labs' commitments and readings, in French and Arabic, signed
like the minutes when asked; and the `programme-report` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.commands.signing_options import PASSPHRASE_ENV
from app.core.model import Group
from app.core.roster import NewParticipant
from app.core.workshop import Workshop
from app.minutes.identity import SigningIdentity
from app.minutes.programme_report import (
    attendance,
    build_programme_report,
    export_programme_report,
)
from app.minutes.signing import signature_count
from tests.minutes.conftest import PASSPHRASE, pdf_text
from tests.minutes.follow_up_data import follow_up


def _programme(workshop: Workshop) -> int:
    lyon = workshop.sessions.create("Policy Lab Lyon", "2026-11-14", territory="Lyon")
    grenoble = workshop.sessions.create("Policy Lab Grenoble", "2026-12-05",
                                        territory="Grenoble")
    programme = workshop.programmes.create(lyon.id, "Villes résilientes 2026")
    workshop.programmes.join(grenoble.id, programme.id)
    follow_up(workshop, lyon.id, "Lyon")
    follow_up(workshop, grenoble.id, "Grenoble")
    return programme.id


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Rapport de programme", "Villes résilientes 2026", "Idées et engagements",
            "Ouvrir une permanence bilingue à Lyon", "Ouvrir une permanence bilingue à Grenoble",
            "En cours · 40 % réalisé", "Personnes reçues à Lyon", "Personnes reçues à Grenoble",
            "semaine de la rentrée Grenoble", "2026-11-28", "Attentes et résultats",
            "Tout le programme"]),
    # pdftotext gives a line mixing Arabic and Latin in drawing order: the city comes first.
    ("ar", ["تقرير البرنامج", "الأفكار والالتزامات", "Lyon فتح مكتب ثنائي اللغة في",
            "Grenoble فتح مكتب ثنائي اللغة في", "Personnes reçues à Lyon",
            "Personnes reçues à Grenoble", "التوقعات والنتائج", "البرنامج كله"]),
])
def test_two_sessions_commitments_and_readings(workshop: Workshop, tmp_path: Path,
                                               language: str, words: list[str]) -> None:
    programme_id = _programme(workshop)
    path = tmp_path / f"programme-{language}.pdf"
    path.write_bytes(build_programme_report(workshop, programme_id, language))
    text = pdf_text(path)
    for word in words:
        assert word in text, word


def test_the_report_is_signed_when_asked(workshop: Workshop, identity: SigningIdentity,
                                         tmp_path: Path) -> None:
    programme_id = _programme(workshop)
    done = export_programme_report(workshop, programme_id, tmp_path / "signed.pdf", "en",
                                   identity.path, PASSPHRASE)
    assert done.signed
    assert signature_count(done.path.read_bytes()) == 1
    assert "Signed by Claire Martin" in pdf_text(done.path)


def test_the_command(tmp_path: Path, identity: SigningIdentity,
                     capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    laptop = Workshop.open(tmp_path / "programme.db")
    programme_id = _programme(laptop)
    laptop.close()
    out = tmp_path / "report.pdf"
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main(["programme-report", "--db", str(tmp_path / "programme.db"), "--programme",
                 str(programme_id), "--out", str(out), "--lang", "fr", "--sign",
                 "--identity", str(identity.path)]) == 0
    assert "Signed." in capsys.readouterr().out
    assert "Ouvrir une permanence bilingue à Grenoble" in pdf_text(out)
    assert main(["programme-report", "--db", str(tmp_path / "programme.db"), "--programme",
                 "99", "--out", str(tmp_path / "none.pdf")]) == 1
    err = capsys.readouterr().err
    assert "no programme 99" in err
    assert "Traceback" not in err


def test_attendance_hides_small_groups_and_what_would_give_them_away(
        workshop: Workshop) -> None:
    session = workshop.sessions.create("Lab", "2026-11-14")

    def came(group: Group, count: int) -> None:
        for _ in range(count):
            workshop.roster.check_in(workshop.roster.add(session.id, NewParticipant(group)).id)

    came(Group.NEWCOMER, 7)
    came(Group.LOCAL_ACTOR, 6)
    came(Group.OBSERVER, 2)
    seen = attendance(workshop, session.id)
    # Observers (2) are hidden; with one group hidden the total would give it away, so the
    # smallest shown group is hidden too.
    assert (seen.shown, seen.total, seen.hidden) == ({"newcomer": 7}, 15, True)
    came(Group.FACILITATOR, 3)
    seen = attendance(workshop, session.id)
    assert (seen.shown, seen.total) == ({"local_actor": 6, "newcomer": 7}, 18)
