"""A real X screen of a 1366x768 laptop with a window manager, for the end-to-end tests.

Without a window manager Qt loses keyboard focus after every dialog, so openbox runs on it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SCREEN = "1366x768x24"


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
            f"/tmp/.X{number}-lock"
        ).exists():
            return number
    raise RuntimeError("no free X display number")


def _wait_for_socket(number: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    socket = Path(f"/tmp/.X11-unix/X{number}")
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)  # waiting on another program's socket: there is no signal to wait on


@pytest.fixture(scope="session")
def x_screen() -> Iterator[dict[str, str]]:
    """The environment of a program shown on a fresh 1366x768 X screen with openbox."""
    for program in ("Xvfb", "openbox"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is not installed (make test installs it)")
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    _wait_for_socket(number, xvfb)
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    manager = subprocess.Popen(["openbox", "--sm-disable"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        for process in (manager, xvfb):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
