"""Checks the program runs its own start with ``--self-test`` (the bundle's smoke test).

They prove that what ships is really there and works: fonts, compiled translations, a
database round trip through the core with an intact audit chain.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.resources import resource

LANGUAGES_WITH_TRANSLATIONS = ("fr", "ar")


def problems() -> list[str]:
    """What is wrong, in plain words; an empty list means all is well."""
    found: list[str] = []
    for font in ("NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "DejaVuSans.ttf"):
        if not resource("fonts", font).is_file():
            found.append(f"font missing: {font}")
    for language in LANGUAGES_WITH_TRANSLATIONS:
        if not list(resource("i18n").glob(f"*_{language}.qm")):
            found.append(f"no compiled translations for {language} (run `make translations`)")
    found += _database_round_trip()
    return found


def _database_round_trip() -> list[str]:
    from app.core.workshop import Workshop
    from app.demo import create_demo

    with tempfile.TemporaryDirectory(prefix="roundtable-self-test-") as folder:
        workshop = Workshop.open(Path(folder) / "self-test.sqlite")
        try:
            session = create_demo(workshop)
            if not workshop.sessions.verify_audit(session.id).ok:
                return ["the audit chain of a new session does not verify"]
            if workshop.voting.tally(workshop.voting.rounds(session.id)[0].id).total_dots == 0:
                return ["the sample vote round counted no dots"]
        finally:
            workshop.close()
    return []
