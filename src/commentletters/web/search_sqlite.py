"""Plans for SQLite that keep a search fast on a large archive (a million comments and more).

The general statement in :mod:`.search` joins every match to its letter before counting, ranking or
sorting: right for filtered searches, too slow for a broad word with no filters (``revenue`` matches
a fifth of all comments). These plans answer the common unfiltered cases from the full-text index:

- the total is FTS5's own count, less the matches in superseded letter versions (usually none);
- "most relevant" ranks by BM25 within the RELEVANCE_WINDOW most recently archived matches when
  there are more (the page says so), instead of scoring every match, and in the index alone: only
  the page's rows are then joined to their letters;
- "newest first" walks current letters newest first by index and keeps comments that match, so it
  stops after one page;
- a search within one company starts from that company's letters (a few thousand texts at most)
  and checks each against the index, then ranks them by BM25 over those texts (:func:`bm25_order`).
"""

from __future__ import annotations

import math
import re

from django.db import connection

RELEVANCE_WINDOW = 5_000


def fts_total(table: str, expr: str) -> int:
    """Matches in current letters: the index's count less those in superseded versions."""
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM {table}_fts WHERE {table}_fts MATCH %s", [expr])
        total = int(cur.fetchone()[0])
        cur.execute(f"SELECT COUNT(*) FROM archive_letter l JOIN {table} x ON x.letter_id = l.id "
                    f"WHERE l.current = 0 AND EXISTS (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH %s "
                    f"AND rowid = x.id)", [expr])
        return total - int(cur.fetchone()[0])


def rows_total(table: str) -> int:
    """Rows in current letters (no search words, no filters)."""
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM {table}")
        total = int(cur.fetchone()[0])
        cur.execute(f"SELECT COUNT(*) FROM archive_letter l JOIN {table} x ON x.letter_id = l.id WHERE l.current = 0")
        return total - int(cur.fetchone()[0])


def window_floor(table: str, expr: str) -> int | None:
    """The smallest rowid among the RELEVANCE_WINDOW newest matches (None: fewer matches than that)."""
    with connection.cursor() as cur:
        cur.execute(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH %s ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                    [expr, RELEVANCE_WINDOW - 1])
        row = cur.fetchone()
    return int(row[0]) if row else None


def newest_first(table: str, expr: str | None) -> tuple[str, list[object]]:
    """SELECT of the search row shape, walking current letters by date (index), newest first."""
    sql = ("SELECT x.id, x.number, l.key, l.date, co.name, co.id, r.key, 0 "
           "FROM archive_letter l INDEXED BY web_letter_current_date CROSS JOIN " + table + " x ON x.letter_id = l.id "
           "JOIN archive_company co ON co.id = l.company_id LEFT JOIN archive_review r ON r.id = l.review_id "
           "WHERE l.current = 1")
    params: list[object] = []
    if expr:
        sql += f" AND EXISTS (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH %s AND rowid = x.id)"
        params.append(expr)
    return sql + " ORDER BY l.date DESC, l.id DESC, x.id DESC", params


def ranked_ids(table: str, expr: str, floor: int | None, limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best ``limit`` matches at or above ``floor``, from the index alone."""
    sql = f"SELECT rowid, rank FROM {table}_fts WHERE {table}_fts MATCH %s"
    params: list[object] = [expr]
    if floor is not None:
        sql += " AND rowid >= %s"
        params.append(floor)
    with connection.cursor() as cur:
        cur.execute(sql + " ORDER BY rank LIMIT %s", [*params, limit])
        return [(int(r[0]), float(r[1])) for r in cur.fetchall()]


def bm25_order(texts: dict[int, str], phrases: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[int]:
    """Ids ordered by BM25 computed over these texts alone (the candidates of a company-filtered
    search, all of which the index already matched). A term counts a word or its inflections
    (``revenue``/``revenues``), as the index's stemmer would."""
    if not texts:
        return []
    patterns = [re.compile(r"\b" + r"\W+".join(re.escape(w[:-1] if len(w) > 4 else w) + r"\w*" for w in words)
                           + r"\b", re.IGNORECASE) for words in phrases]
    lengths = {i: max(1, len(t.split())) for i, t in texts.items()}
    avg = sum(lengths.values()) / len(lengths)
    counts = {i: [len(p.findall(t)) for p in patterns] for i, t in texts.items()}
    n = len(texts)
    df = [sum(1 for c in counts.values() if c[k]) for k in range(len(patterns))]
    idf = [math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in df]

    def score(i: int) -> float:
        norm = k1 * (1 - b + b * lengths[i] / avg)
        return sum(idf[k] * tf * (k1 + 1) / (tf + norm) for k, tf in enumerate(counts[i]) if tf)

    return sorted(texts, key=lambda i: (-score(i), i))
