"""The command line: `python -m app` opens the window; subcommands do the rest without it.

Each subcommand lives in its own module under ``app/commands`` with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; they are found there, not listed here.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__, commands
from app.core.errors import RuleError
from app.storage import StoreError

EXIT_USAGE = 2
EXIT_FAILED = 1


def _subcommands() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    return sorted(found, key=lambda m: str(m.NAME))


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="roundtable",
        description="Roundtable runs live Policy Lab sessions on one laptop, offline. "
        "Without a subcommand it opens the facilitator's window.",
    )
    parser.add_argument("--version", action="version", version=f"Roundtable {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="the database file (default: $ROUNDTABLE_DB, "
                        "else the app-data folder)")
    parser.add_argument("--lang", metavar="CODE", help="interface language: en, fr or ar")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window offscreen, check it, and exit (for the bundle)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, ModuleType] = {}
    for module in _subcommands():
        child = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        child.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                           help="the database file")
        module.add_arguments(child)
        modules[module.NAME] = module
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from app.ui.application import run_gui

            return run_gui(args)
        return int(modules[args.command].run(args))
    except StoreError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RuleError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
