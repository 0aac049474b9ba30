"""A failed export says what failed, in words, with exit code 1: never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus.doctemplate import LayoutError

from app.cli import main
from app.minutes import export, results


def _broken(*args: object, **kwargs: object) -> bytes:
    raise LayoutError("Flowable <Drawing> too large on page 6")


def test_minutes_that_cannot_be_laid_out(db_path: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    monkeypatch.setattr(export, "build_pdf", _broken)
    out = tmp_path / "minutes.pdf"
    assert main(["minutes", "--db", str(db_path), "--session", "1", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "The pages of the minutes could not be laid out (LayoutError:" in err
    assert "nothing was written or signed" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_results_that_cannot_be_made(db_path: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    monkeypatch.setattr(results, "results_csv", _broken)
    folder = tmp_path / "results"
    assert main(["export", "--db", str(db_path), "--session", "1", "--out", str(folder)]) == 1
    assert "The results could not be made as CSV and JSON" in capsys.readouterr().err
    assert not folder.exists()


def test_the_window_says_it_in_the_users_language() -> None:
    from app.minutes.errors import MinutesError
    from app.ui.minutes.texts import failure_text

    text = failure_text(MinutesError("layout_failed", detail="LayoutError: too large"))
    assert text.startswith("The pages of the minutes could not be laid out")
    assert failure_text(RuntimeError("x\n  File 'a.py', line 3")) == (
        "Something went wrong: RuntimeError: x File 'a.py', line 3")
