"""Debian's headless Chromium, driven by playwright (no browser is ever downloaded)."""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("ROUNDTABLE_CHROMIUM", "/usr/bin/chromium"))
SHOTS = Path(os.environ.get("ROUNDTABLE_SHOTS", "/tmp/shots/portal"))  # not in the repository
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
