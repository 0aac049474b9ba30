"""The one-folder bundle builds, and the bundled program passes its self-test offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.timeout(1200)  # PyInstaller alone may take minutes on a busy machine
def test_bundle_builds_and_passes_self_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    build = subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "roundtable" / "roundtable"
    assert program.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ROUNDTABLE_DATA_DIR": str(tmp_path / "app-data")}
    run = subprocess.run([str(program), "--db", str(tmp_path / "smoke.sqlite"), "--self-test"],
                         capture_output=True, text=True, timeout=120, env=env, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test ok" in run.stdout
    listing = subprocess.run([str(program), "--db", str(tmp_path / "smoke.sqlite"), "sessions"],
                             capture_output=True, text=True, timeout=120, env=env, check=False)
    assert listing.returncode == 0, listing.stderr
