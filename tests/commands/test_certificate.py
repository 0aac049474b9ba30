"""`python -m app certificate`: one certificate, with a name typed for someone known only by a
pseudonym — printed, never stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Channel
from app.core.workshop import Workshop
from tests.minutes.qr_pages import pdf_text


def _pseudonymous(demo: Workshop) -> int:
    person = next(p for p in demo.roster.participants(1) if not p.display_name)
    if person.id not in demo.roster.attendance(1):
        demo.roster.check_in(person.id, origin=Channel.KIOSK)
    return person.id


def test_a_typed_name_is_printed_not_stored(demo: Workshop, db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    person_id = _pseudonymous(demo)
    pseudonym = demo.roster.get(person_id).pseudonym
    out = tmp_path / "c.pdf"
    assert main(["certificate", "--db", str(db_path), "--participant", str(person_id),
                 "--out", str(out), "--name", "  Samir   Haddad ", "--lang", "fr"]) == 0
    text = " ".join(pdf_text(out).split())
    assert "Samir Haddad" in text
    assert pseudonym not in text
    assert "Fait à Lyon, le" in text  # where and when it was issued
    assert "Samir Haddad" in capsys.readouterr().out
    assert demo.roster.get(person_id).display_name == ""  # never stored

    plain = tmp_path / "p.pdf"
    assert main(["certificate", "--db", str(db_path), "--participant", str(person_id),
                 "--out", str(plain)]) == 0
    assert pseudonym in " ".join(pdf_text(plain).split())


@pytest.mark.parametrize(("extra", "message"), [
    (["--participant", "999", "--out", "{tmp}/c.pdf"], "there is no participant 999"),
    (["--participant", "1", "--out", "{tmp}/missing/c.pdf"], "does not exist"),
])
def test_refusals(demo: Workshop, db_path: Path, tmp_path: Path, extra: list[str],
                  message: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    assert main(["certificate", "--db", str(db_path), *args]) == 1
    assert message in capsys.readouterr().err
