"""The command line: `python -m app` opens the window; subcommands do the rest without it.

Each subcommand lives in its own module under ``app/commands`` with ``NAME``, ``HELP``,
``add_arguments(parser)`` and ``run(args) -> int``; they are found there, not listed here.
A module is imported only when its command is asked for (or for ``--help``): opening the
window imports no subcommand, so signing and PDF libraries never slow the start.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sqlite3
import sys
from collections.abc import Sequence
from types import ModuleType

from app import __version__, commands

EXIT_USAGE = 2
EXIT_FAILED = 1


def _command_module(name: str) -> ModuleType | None:
    """The subcommand module called ``name`` (module name and NAME agree, a "-" in the
    command being a "_" in its module's name), else None."""
    known = {info.name for info in pkgutil.iter_modules(commands.__path__)}
    if name.replace("-", "_") not in known:
        return None
    module = importlib.import_module(f"{commands.__name__}.{name.replace('-', '_')}")
    if getattr(module, "NAME", None) == name and hasattr(module, "run"):
        return module
    return None


def _subcommands() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            found.append(module)
    return sorted(found, key=lambda m: str(m.NAME))


def _top_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roundtable",
        description="Roundtable runs live Policy Lab sessions on one laptop, offline. "
        "Without a subcommand it opens the facilitator's window.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"Roundtable {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="the database file (default: $ROUNDTABLE_DB, "
                        "else the app-data folder)")
    parser.add_argument("--lang", metavar="CODE", help="interface language: en, fr or ar")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window offscreen, check it, and exit (for the bundle)")
    # For the start-up benchmark: print "shown" once the window is painted, then quit.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser(
    only: Sequence[ModuleType] | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The whole parser; with ``only``, just those subcommands (no other module imported)."""
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, ModuleType] = {}
    for module in only if only is not None else _subcommands():
        child = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        child.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                           help="the database file")
        module.add_arguments(child)
        modules[module.NAME] = module
    return parser, modules


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, dict[str, ModuleType]]:
    """Reads the command line importing as little as it can: nothing for the window, the one
    module of the command asked for, every command only for help or a mistake."""
    first = _top_parser(add_help=False)
    first.add_argument("command", nargs="?")
    seen, rest = first.parse_known_args(argv)
    if seen.command is None and not rest:
        return seen, {}
    module = _command_module(seen.command) if seen.command is not None else None
    parser, modules = build_parser([module] if module is not None else None)
    return parser.parse_args(argv), modules


def main(argv: Sequence[str] | None = None) -> int:
    args, modules = _parse(sys.argv[1:] if argv is None else argv)
    from app.core.errors import RuleError
    from app.storage import StoreError

    try:
        if args.command is None:
            from app.ui.application import run_gui

            return run_gui(args)
        return int(modules[args.command].run(args))
    except StoreError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as exc:  # a write the disk refused: what it means, not a traceback
        from app.paths import database_path
        from app.storage.faults import trouble_of

        trouble = trouble_of(exc, database_path(getattr(args, "db", None)))
        said = trouble if trouble is not None else f"the change was not saved ({exc})"
        print(f"roundtable: {said}", file=sys.stderr)
        return EXIT_FAILED
    except RuleError as exc:
        print(f"roundtable: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
