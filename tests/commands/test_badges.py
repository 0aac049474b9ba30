"""`python -m app badges`: writes the sheets, refuses clearly, exits non-zero on failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.workshop import Workshop


def test_writes_badges_and_room_sheet(demo: Workshop, db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out, sheet = tmp_path / "b.pdf", tmp_path / "room.pdf"
    code = main(["badges", "--db", str(db_path), "--session", "1", "--out", str(out),
                 "--room-sheet", str(sheet), "--host", "10.42.0.1"])
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert sheet.read_bytes().startswith(b"%PDF")
    assert "14 badges on 2 page(s)" in capsys.readouterr().out


@pytest.mark.parametrize(("extra", "message"), [
    (["--session", "99", "--out", "{tmp}/b.pdf"], "there is no session 99"),
    (["--session", "1"], "say where to write"),
    (["--session", "1", "--room-sheet", "{tmp}/r.pdf"], "needs --host"),
    (["--session", "1", "--out", "{tmp}/missing/b.pdf"], "does not exist"),
    (["--session", "1", "--out", "{tmp}/b.pdf", "--port", "0"], "between 1 and 65535"),
])
def test_refusals(demo: Workshop, db_path: Path, tmp_path: Path, extra: list[str],
                  message: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    assert main(["badges", "--db", str(db_path), *args]) == 1
    assert message in capsys.readouterr().err


def test_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["badges", "--db", str(tmp_path / "none.sqlite"), "--session", "1",
                 "--out", str(tmp_path / "b.pdf")]) == 1
    assert "no database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()
