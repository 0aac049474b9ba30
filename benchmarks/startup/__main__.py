"""Start-up: from launching `python -m app` to the main window shown, the event loop idle.

Both figures are taken the same way, as subprocesses of this one: the time from starting the
process to its first line "shown", printed by a zero-delay timer after ``show()`` (so once the
window is painted and the event loop idle). Roundtable starts on a fresh database (created at
start, as on a facilitator's first day); the baseline is a bare QApplication + QMainWindow.
One warm-up run each is not counted (it also leaves the compiled bytecode that an installed
program has); then the runs alternate, and the medians are compared.

Run with ``python -m benchmarks.startup``; the figures are printed beside the targets.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 0.6
TARGET_RATIO = 4.0
RUNS = 5
ROOT = Path(__file__).resolve().parents[2]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.exit(0)))
app.exec()
"""


def time_to_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching ``command`` to its line "shown", and the processor time the
    whole process used (less sensitive than the first to other work on the machine)."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, env=env, cwd=ROOT) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "shown":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command[:3]} never showed its window "
                               f"(exit code {process.wait()})")
        process.stdout.read()
        _pid, _status, usage = os.wait4(process.pid, 0)
        process.returncode = 0  # reaped above
    return elapsed, usage.ru_utime + usage.ru_stime


def ours(folder: Path, run: int) -> list[str]:
    database = folder / f"start-{run}.sqlite"  # a fresh database each time
    return [sys.executable, "-m", "app", "--db", str(database), "--lang", "en",
            "--exit-when-shown"]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="roundtable-startup-") as tmp:
        folder = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Settings and app data of a first start, never the person's own.
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env["XDG_DATA_HOME"] = str(folder / "data")
        env.pop("ROUNDTABLE_DB", None)
        # Compiled bytecode, as an installed program has it (a bundle ships .pyc; a first
        # start writes them): the warm-up runs write it into a folder of their own, so a
        # machine that forbids writing bytecode does not time compiling the sources instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        bare_command = [sys.executable, "-c", BARE]
        time_to_shown(bare_command, env)  # warm-up: files in the disk cache
        time_to_shown(ours(folder, 0), env)
        bare: list[float] = []
        app: list[float] = []
        bare_cpu: list[float] = []
        app_cpu: list[float] = []
        for run in range(1, RUNS + 1):
            for times, cpu, command in ((bare, bare_cpu, bare_command),
                                        (app, app_cpu, ours(folder, run))):
                elapsed, used = time_to_shown(command, env)
                times.append(elapsed)
                cpu.append(used)
    ours_s = statistics.median(app)
    bare_s = statistics.median(bare)
    ratio = ours_s / bare_s
    cpu_ratio = statistics.median(app_cpu) / statistics.median(bare_cpu)
    fast = ours_s <= TARGET_S
    close = ratio <= TARGET_RATIO
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"Start-up to a usable main window, median of {RUNS} runs each "
          f"({env['QT_QPA_PLATFORM']} platform, fresh database)")
    print(f"  python -m app       {ours_s * 1000:7.0f} ms   target {TARGET_S * 1000:.0f} ms   "
          f"{'ok' if fast else 'MISSED'}   (runs: "
          f"{', '.join(f'{value * 1000:.0f}' for value in app)})")
    print(f"  bare Qt window      {bare_s * 1000:7.0f} ms   (runs: "
          f"{', '.join(f'{value * 1000:.0f}' for value in bare)})")
    print(f"  ratio               {ratio:7.2f} x    target {TARGET_RATIO:.0f} x       "
          f"{'ok' if close else 'MISSED'}")
    print(f"  processor time      {statistics.median(app_cpu) * 1000:7.0f} ms ours, "
          f"{statistics.median(bare_cpu) * 1000:.0f} ms bare = {cpu_ratio:.2f} x "
          f"(whole process, to its exit; a cross-check on a busy machine)")
    print(f"  machine             {os.cpu_count()} CPUs, load average {load}")
    return 0 if fast and close else 1


if __name__ == "__main__":
    sys.exit(main())
