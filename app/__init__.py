"""Roundtable: run live Policy Lab sessions on one laptop, offline."""

__version__ = "0.1.0"
