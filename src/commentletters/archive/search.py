"""Full-text search over comments and answers: FTS5 on SQLite, tsvector/GIN on PostgreSQL.

Both backends take the user's words as plain words (no query syntax is passed through, so a stray
quote or ``NEAR`` cannot break or slow a query) and return hits best first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # "comment" | "answer"
    id: int
    rank: float


def escape_fts(query: str) -> str:
    """Each word quoted as an FTS5 string, ANDed: user text can never be read as FTS5 syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in WORD.findall(query))


def search(query: str, *, kind: str = "comment", limit: int = 50) -> list[Hit]:
    """Comments (``kind="comment"``) or answers (``kind="answer"``) matching every word of ``query``."""
    if kind not in ("comment", "answer"):
        raise ValueError(f"kind must be comment or answer, not {kind!r}")
    table = f"archive_{kind}"
    if not WORD.search(query):
        return []
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                f"SELECT id, ts_rank(search, q) FROM {table}, plainto_tsquery('english', %s) q "
                "WHERE search @@ q ORDER BY 2 DESC, id LIMIT %s",
                [query, limit],
            )
        else:
            cur.execute(  # the index's key is date << 32 | id (migration 0004); it holds current letters
                f"SELECT rowid & {0xFFFFFFFF} i, rank FROM {table}_search WHERE {table}_search MATCH %s "
                "ORDER BY 2, i LIMIT %s",
                [f"text : ({escape_fts(query)})", limit],
            )
        return [Hit(kind, int(row[0]), float(row[1])) for row in cur.fetchall()]
