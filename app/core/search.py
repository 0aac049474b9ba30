"""Search across the programme: every session's notes (ideas, expectations, parking lot),
actions, commitments and experiments, in any language. Accents do not matter ("cafe" finds
"café"), nor Arabic harakat; each word typed may be the start of a word written ("loge" finds
"logement")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.storage.database import Database
from app.storage.search_index import plain

ACTION = "action"  # the "area" of a found action; notes carry their own area
COMMITMENT = "commitment"
EXPERIMENT = "experiment"  # what an experiment taught (its title is found as an action)
LIMIT = 200

_WORD = re.compile(r"\w+", re.UNICODE)

_NOTES = """
SELECT n.id, n.session_id, s.title AS session_title, s.date, n.area, n.text,
       bm25(note_fts) AS score
FROM note_fts JOIN note n ON n.id = note_fts.rowid JOIN session s ON s.id = n.session_id
WHERE note_fts MATCH ? AND n.deleted = 0 AND n.status = 'shown'
ORDER BY score LIMIT ?
"""
_ACTIONS = """
SELECT a.id, a.session_id, s.title AS session_title, s.date, 'action' AS area,
       a.title || CASE WHEN a.description = '' THEN '' ELSE char(10) || a.description END
           AS text,
       bm25(action_fts) AS score
FROM action_fts JOIN action a ON a.id = action_fts.rowid JOIN session s ON s.id = a.session_id
WHERE action_fts MATCH ? AND a.deleted = 0
ORDER BY score LIMIT ?
"""

_COMMITMENTS = """
SELECT c.id, c.session_id, s.title AS session_title, s.date, 'commitment' AS area,
       c.text || CASE WHEN c.answer = '' THEN '' ELSE char(10) || c.answer END AS text,
       bm25(commitment_fts) AS score
FROM commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid
     JOIN session s ON s.id = c.session_id
WHERE commitment_fts MATCH ? AND c.deleted = 0
ORDER BY score LIMIT ?
"""
_EXPERIMENTS = """
SELECT a.id, a.session_id, s.title AS session_title, s.date, 'experiment' AS area,
       a.title || char(10) || trim(e.hypothesis || char(10) || e.observed || char(10)
                                   || e.story, char(10)) AS text,
       bm25(experiment_fts) AS score
FROM experiment_fts JOIN experiment e ON e.action_id = experiment_fts.rowid
     JOIN action a ON a.id = e.action_id JOIN session s ON s.id = a.session_id
WHERE experiment_fts MATCH ? AND a.deleted = 0
ORDER BY score LIMIT ?
"""
_QUERIES = (_NOTES, _ACTIONS, _COMMITMENTS, _EXPERIMENTS)


@dataclass(frozen=True)
class Found:
    item_id: int
    session_id: int
    session_title: str
    date: str
    area: str  # expectations, ideas, parking_lot, "action", "commitment" or "experiment"
    text: str


def match_expression(words: str) -> str:
    """The FTS5 query for what a person typed: every word, each as the start of a word; ''
    when nothing searchable was typed. Quotes, stars and operators are taken as plain text."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(plain(words)))


def search(database: Database, words: str, limit: int = LIMIT) -> list[Found]:
    """What matches every word, best first (all kinds mixed), at most ``limit``."""
    query = match_expression(words)
    if not query:
        return []
    with database.read() as conn:
        rows = [row for sql in _QUERIES for row in conn.execute(sql, (query, limit))]
    rows.sort(key=lambda row: (row[6], row[3], row[0]))
    return [Found(item_id=row[0], session_id=row[1], session_title=row[2], date=row[3],
                  area=row[4], text=row[5]) for row in rows[:limit]]
