"""The command line: help, errors that exit non-zero with a clear message, sessions listing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.storage.schema import MAJOR, encode_version

ROOT = Path(__file__).resolve().parents[1]


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name in ("demo", "sessions"):
        assert name in out


def test_sessions_json_after_demo(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    assert main(["sessions", "--db", str(db_path), "--json"]) == 0
    [session] = json.loads(capsys.readouterr().out)
    assert session["id"] == 1
    assert session["date"] == "2026-11-14"
    assert session["status"] == "closed"
    assert "Policy Lab" in session["title"]


def test_empty_database_lists_nothing_kindly(db_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "sessions"]) == 0
    assert "No sessions yet" in capsys.readouterr().out


def test_not_a_database_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    assert main(["--db", str(bogus), "sessions"]) == 1
    err = capsys.readouterr().err
    assert "is not a Roundtable database" in err
    assert bogus.read_text() == "hello"


def test_newer_database_exits_non_zero(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {encode_version(MAJOR + 1, 0)}")
    conn.commit()
    conn.close()
    assert main(["--db", str(db_path), "sessions"]) == 1
    assert "newer version of Roundtable" in capsys.readouterr().err


def test_unknown_subcommand_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as done:
        main(["fly"])
    assert done.value.code == 2


def test_environment_variable_chooses_the_database(db_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ROUNDTABLE_DB", str(db_path))
    assert main(["demo"]) == 0
    assert db_path.exists()


def test_python_dash_m_app_runs(db_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "sessions"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
