"""The dress rehearsal, in French and in Arabic: a whole Policy Lab through the real main
window at 1366x768, from an empty database to verified signed minutes (see rehearsal/lab.py).

It runs as a program of its own on a real X screen with a window manager, because the tests'
own process shows its widgets offscreen. Its screenshots (desk, projector, whole screen, and
the minutes' pages) are kept in the test's folder, or in $ROUNDTABLE_REHEARSAL_SHOTS.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_whole_lab_runs_from_blank_to_signed_minutes(
    language: str, x_screen: dict[str, str], tmp_path: Path
) -> None:
    shots = Path(os.environ.get("ROUNDTABLE_REHEARSAL_SHOTS", tmp_path)) / language
    env = dict(x_screen, ROUNDTABLE_DATA_DIR=str(tmp_path / "app-data"), PYTHONPATH=str(TOP))
    env.pop("ROUNDTABLE_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.end2end.rehearsal", "--lang", language, "--out",
         str(shots)],
        cwd=TOP, env=env, capture_output=True, text=True, timeout=840, check=False,
    )
    said = done.stdout + done.stderr
    steps = json.loads((shots / "steps.json").read_text(encoding="utf-8"))
    print("\n".join(f"{s['step']}: {s['seconds']} s" for s in steps))
    assert done.returncode == 0, said[-6000:]
    assert "REHEARSAL done" in done.stdout
    assert steps[-1]["step"] == "verify_minutes", steps
    assert list(shots.glob("*-projector.png")), "the projector was never seen"
