"""The full-text index over what people wrote: notes (ideas, expectations, parking lot),
actions, commitments and what experiments taught, across every session in the file.

Built with sqlite-utils ``enable_fts``: an FTS5 table per searched table, kept up to date by
triggers, with the ``unicode61 remove_diacritics 2`` tokenizer so "cafe" finds "café" and
"eleve" finds "élève". Arabic vowel marks (harakat), the tatweel and the forms of alef are
not diacritics to SQLite's tokenizer, so each searched table gets a generated column,
``search_text``, holding its text without them; the index is built on that column, and the
words searched for go through `plain` the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

# Arabic marks dropped from searched text: fathatan to sukun, the superscript alef, the tatweel.
HARAKAT = ("\u064b", "\u064c", "\u064d", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652",
           "\u0670", "\u0640")
# Alef with hamza above or below, with madda, and alef wasla are searched as a bare alef.
ALEFS = ("\u0622", "\u0623", "\u0625", "\u0671")
BARE_ALEF = "\u0627"

TOKENIZER = "unicode61 remove_diacritics 2"

# The searched tables: the text each gives to the index (an SQL expression), and the columns
# it is made of (the update trigger fires only when one of them changes).
SEARCHED: dict[str, tuple[str, tuple[str, ...]]] = {
    "note": ("text", ("text",)),
    "action": ("title || ' ' || description", ("title", "description")),
    "commitment": ("text || ' ' || reason || ' ' || forwarded_to || ' ' || answer",
                   ("text", "reason", "forwarded_to", "answer")),
    "experiment": ("hypothesis || ' ' || observed || ' ' || story",
                   ("hypothesis", "observed", "story")),
}


def plain(text: str) -> str:
    """``text`` as the index holds it: without harakat or tatweel, every alef bare."""
    for mark in HARAKAT:
        text = text.replace(mark, "")
    for alef in ALEFS:
        text = text.replace(alef, BARE_ALEF)
    return text


def plain_sql(expression: str) -> str:
    """The SQL twin of `plain` over ``expression`` (only built-in functions: the file stays
    readable by any SQLite, with no function of ours registered)."""
    for mark in HARAKAT:
        expression = f"replace({expression}, '{mark}', '')"
    for alef in ALEFS:
        expression = f"replace({expression}, '{alef}', '{BARE_ALEF}')"
    return expression


def _in_this_transaction(conn: sqlite3.Connection) -> Any:
    """sqlite-utils on ``conn``, running its scripts statement by statement: Python's
    ``executescript`` would first commit the migration's open transaction."""
    import sqlite_utils

    class InTransaction(sqlite_utils.Database):
        def executescript(self, sql: str) -> sqlite3.Cursor:
            cursor = self.conn.cursor()
            statement = ""
            for line in sql.splitlines(keepends=True):
                statement += line
                if sqlite3.complete_statement(statement):
                    cursor.execute(statement)
                    statement = ""
            if statement.strip():
                cursor.execute(statement)
            return cursor

    return InTransaction(conn, recursive_triggers=False, execute_plugins=False)


def index_for_search(*tables: str) -> Callable[[sqlite3.Connection], None]:
    """A schema step: for each of ``tables`` (named in `SEARCHED`), its ``search_text``
    column, its FTS5 table and triggers, filled from what is already in the file. A table
    made later (commitments, experiments) joins the search by its own step."""

    def step(conn: sqlite3.Connection) -> None:
        db = _in_this_transaction(conn)
        for table in tables:
            expression, sources = SEARCHED[table]
            conn.execute(f"ALTER TABLE {table} ADD COLUMN search_text TEXT "
                         f"GENERATED ALWAYS AS ({plain_sql(expression)}) VIRTUAL")
            db[table].enable_fts(["search_text"], fts_version="FTS5", create_triggers=True,
                                 tokenize=TOKENIZER)
            _only_when_text_changes(conn, table, sources)

    return step


def _only_when_text_changes(conn: sqlite3.Connection, table: str,
                            sources: tuple[str, ...]) -> None:
    """sqlite-utils' update trigger fires on any change of the row; a note is moved on the
    board far more often than it is edited, so ours fires only when its words change."""
    body = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                        (f"{table}_au",)).fetchone()[0]
    narrowed = body.replace(f"AFTER UPDATE ON [{table}]",
                            f"AFTER UPDATE OF {', '.join(sources)} ON [{table}]")
    if narrowed == body:
        narrowed = body.replace(f'AFTER UPDATE ON "{table}"',
                                f"AFTER UPDATE OF {', '.join(sources)} ON \"{table}\"")
    conn.execute(f"DROP TRIGGER {table}_au")
    conn.execute(narrowed)


def forget_erased_words(conn: sqlite3.Connection) -> None:
    """Merge each index into one segment: FTS5 keeps an erased note's words in older segments
    (behind a deletion mark) until a merge, and erased words must leave the file."""
    for table in SEARCHED:
        conn.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')")
