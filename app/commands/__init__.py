"""Subcommands of `python -m app`, one module each (found by app.cli)."""
