"""`python -m app bundle export|import` and `python -m app search`, as a coordinator runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.commands.signing_options import PASSPHRASE_ENV
from app.core.model import Area
from app.core.workshop import Workshop
from app.minutes.identity import create_identity

PASSPHRASE = "correct horse battery"


def test_export_import_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    identity = create_identity(tmp_path / "claire.p12", "Claire Martin", "", PASSPHRASE)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    laptop = Workshop.open(tmp_path / "lyon.db")
    session = laptop.sessions.create("Lyon", "2026-11-14")
    laptop.board.add_note(session.id, Area.PARKING_LOT, "Titre de séjour : délais à la préfecture")
    laptop.close()
    bundle = tmp_path / "lyon.rtb"
    assert main(["bundle", "--db", str(tmp_path / "lyon.db"), "export", "--session",
                 str(session.id), "--out", str(bundle), "--identity", str(identity.path)]) == 0
    assert "audit events" in capsys.readouterr().out
    programme = str(tmp_path / "programme.db")
    assert main(["bundle", "--db", programme, "import", str(bundle)]) == 0
    assert "Imported session 1" in capsys.readouterr().out
    assert main(["bundle", "--db", programme, "import", str(bundle)]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert main(["search", "--db", programme, "delais", "PREFECTURE"]) == 0
    out = capsys.readouterr().out
    assert "2026-11-14  #1 Lyon  [parking lot]  Titre de séjour : délais à la préfecture" in out
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    bundle.write_bytes(bytes(raw))
    assert main(["bundle", "--db", programme, "import", str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "was changed after it was signed" in err
    assert "Traceback" not in err
