"""`python -m app demo`: create the sample Lyon Policy Lab session."""

from __future__ import annotations

import argparse

from app.core.workshop import Workshop
from app.demo import create_demo
from app.paths import database_path

NAME = "demo"
HELP = "create a sample Policy Lab session (Lyon, access to local services)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    path = database_path(args.db)
    workshop = Workshop.open(path)
    try:
        session = create_demo(workshop)
    finally:
        workshop.close()
    print(f"Created session {session.id}: {session.title} ({session.date}) in {path}")
    return 0
