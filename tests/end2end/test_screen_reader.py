"""What a screen reader is given of the desk and the kiosk, read over AT-SPI as Orca reads
it, on a real X screen: every choice box is labelled by what it is for (on Linux a box's own
name is its current value), live labels are named by what they show, and the kiosk's plus and
minus buttons say which idea they are for and how many dots it has."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"  # pyatspi is Debian's (python3-pyatspi), not the project's
BUS = "/usr/libexec/at-spi-bus-launcher"


def _read_tree(env: dict[str, str], tmp_path: Path) -> dict[str, object]:
    script = tmp_path / "read.sh"
    log = tmp_path / "window.log"
    script.write_text(
        "set -e\n"
        f"{BUS} --launch-immediately &\n"
        f"{sys.executable} -m tests.end2end.reader.window {tmp_path / 'lab.sqlite'} en "
        f"> {log} 2>&1 &\n"
        "WINDOW=$!\n"
        f"for i in $(seq 1 120); do grep -q shown {log} && break; sleep 0.5; done\n"
        "sleep 2\n"  # the window's accessibility tree is registered after it is shown
        f"{SYSTEM_PYTHON} {TOP / 'tests' / 'end2end' / 'reader' / 'probe.py'} Roundtable\n"
        "kill $WINDOW\n",
        encoding="utf-8",
    )
    run_env = dict(env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", PYTHONPATH=str(TOP),
                   ROUNDTABLE_DATA_DIR=str(tmp_path / "app-data"))
    done = subprocess.run(["dbus-run-session", "--", "bash", str(script)], cwd=TOP,
                          env=run_env, capture_output=True, text=True, timeout=240,
                          check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout[-3000:] + done.stderr[-3000:] + log.read_text()[-3000:]
    tree: dict[str, object] = json.loads(lines[-1])
    return tree


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_screen_reader_hears_labels_live_names_and_the_kiosks_ideas(
    x_screen: dict[str, str], tmp_path: Path
) -> None:
    for needed in (SYSTEM_PYTHON, BUS, shutil.which("dbus-run-session")):
        assert needed, "dbus-run-session missing (make test installs it)"
        assert Path(needed).exists(), f"{needed} missing (make test installs it)"
    tree = _read_tree(x_screen, tmp_path)
    assert tree["found"], "Roundtable is not on the accessibility bus"
    combos = tree["combos"]
    assert isinstance(combos, list)
    assert len(combos) >= 8
    unlabelled = [c["name"] for c in combos if not c["labelled_by"]]
    assert unlabelled == [], f"choice boxes a reader names only by their value: {unlabelled}"
    live = tree["live"]
    assert isinstance(live, list)
    assert any(name.startswith("Current phase: ") for name in live), live
    assert any(name.startswith("Time left: ") for name in live), live
    buttons = tree["dot_buttons"]
    assert isinstance(buttons, list)
    adds = [b["name"] for b in buttons if b["name"].startswith("Add a dot to: ")]
    assert len(adds) == 3, buttons  # one per idea of the round, each named by its idea
    assert len(set(adds)) == 3
    assert all(b["description"].startswith("Dots on this idea: 0 of 2") for b in buttons)
