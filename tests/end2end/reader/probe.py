"""Read Roundtable's AT-SPI tree as a screen reader does and print it as JSON: every choice
box with the labels it is "labelled by", the live labels' names, the kiosk's dot buttons.

Runs with the system's Python (pyatspi comes from Debian), not the project's."""

import json
import sys
import time

import pyatspi

LIVE = ("Current phase", "Time left", "Current note", "Search result")
DOT_COUNT = "Dots on this idea"  # the description of the kiosk's plus and minus buttons


def application(name: str, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def labels_of(node):
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return found


def walk(node, seen, depth=0):
    try:
        role = node.getRoleName()
        name = node.name or ""
    except Exception:
        return
    seen["nodes"] += 1
    if role == "combo box":
        seen["combos"].append({"name": name, "labelled_by": labels_of(node)})
    elif role == "label" and name.startswith(LIVE):
        seen["live"].append(name)
    elif role == "push button" and (node.description or "").startswith(DOT_COUNT):
        seen["dot_buttons"].append({"name": name, "description": node.description or ""})
    if depth < 60:
        for child in node:
            if child is not None:
                walk(child, seen, depth + 1)


def main() -> int:
    app = application(sys.argv[1] if len(sys.argv) > 1 else "Roundtable")
    seen = {"found": app is not None, "nodes": 0, "combos": [], "live": [], "dot_buttons": []}
    if app is not None:
        for window in app:
            walk(window, seen)
    print(json.dumps(seen, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
