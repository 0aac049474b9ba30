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


# What axe does not measure: the contrast of shapes (WCAG 1.4.11) and small text sizes.
_SHAPES = """(selectors) => {
    const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const lum = c => {
        const [r, g, b] = c.map(v => { v /= 255;
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
                              return (x + 0.05) / (y + 0.05); };
    const behind = el => {
        for (let at = el.parentElement; at; at = at.parentElement) {
            const bg = getComputedStyle(at).backgroundColor;
            if (!bg.startsWith('rgba(0, 0, 0, 0)') && bg !== 'transparent') { return rgb(bg); }
        }
        return [255, 255, 255];
    };
    const worst = {};
    for (const selector of selectors) {
        for (const el of document.querySelectorAll(selector)) {
            if (!el.offsetParent) { continue; }
            const style = getComputedStyle(el);
            const edge = style.borderTopWidth !== '0px' ? style.borderTopColor
                                                        : style.backgroundColor;
            const found = ratio(rgb(edge), behind(el));
            worst[selector] = Math.min(worst[selector] || 99, found);
        }
    }
    return worst;
}"""


def shape_contrast(page: Any, selectors: list[str]) -> dict[str, float]:
    """The lowest contrast of each kind of shape against what is behind it."""
    found: dict[str, float] = page.evaluate(_SHAPES, selectors)
    return found


def smallest_font_px(page: Any, selector: str) -> float:
    return float(page.evaluate(
        """(selector) => Math.min(99, ...Array.from(document.querySelectorAll(selector))
            .filter(el => el.offsetParent && el.textContent.trim())
            .map(el => parseFloat(getComputedStyle(el).fontSize)))""", selector))
