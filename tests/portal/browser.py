"""Debian's headless Chromium, driven by playwright (no browser is ever downloaded)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CHROMIUM = Path(os.environ.get("ROUNDTABLE_CHROMIUM", "/usr/bin/chromium"))
# Screenshots to look at: outside the repository, in the system's temporary folder by default.
SHOTS = Path(os.environ.get("ROUNDTABLE_SHOTS",
                            Path(tempfile.gettempdir()) / "roundtable-shots" / "portal"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
