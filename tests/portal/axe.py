"""axe-core (vendored for tests only, licence beside it) run inside a phone page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
BLOCKING = ("serious", "critical")
NARROW = {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 2,
          "is_mobile": True, "has_touch": True}  # 320 CSS px: a phone at 200 % zoom


def load_axe(page: Any) -> None:
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))


def violations(page: Any) -> list[dict[str, Any]]:
    """Every rule broken on the page as it is now: id, impact and the elements."""
    load_axe(page)
    found: list[dict[str, Any]] = page.evaluate("""async () => {
        const result = await window.axe.run(document, {resultTypes: ['violations']});
        return result.violations.map(v => ({id: v.id, impact: v.impact,
            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}));
    }""")
    return found


def blocking(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in found if v["impact"] in BLOCKING]


def scrolls_sideways(page: Any) -> bool:
    return bool(page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"))
