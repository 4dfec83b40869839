""" "Similar comments": the comments elsewhere in the archive that ask about the same things.

More-like-this by BM25, with no model and no network: the comment's own most distinctive terms
(term frequency in the comment × inverse document frequency in the archive) become an OR query,
and the full-text index ranks the archive against it. On SQLite the terms and their document
frequencies come from FTS5 itself (``fts5vocab``), so they are stemmed exactly as the index is
(the index of current letters' comments and answers: ``archive/migrations/0005_one_search_index.py``).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from django.db import connection

from ..archive import models
from .query import any_of
from .search import Hit, _as_date, time_limit
from .search_sqlite import ID_MASK, SNIPPET_SOURCE, snippets
from .snippet_marks import headline_options, mark_up

TERMS = 14
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Words of any staff letter ("please", "disclosure") carry no topic; IDF pushes most of them down,
# this short list only spares the ranking the commonest ones.
_STOP = frozenset(
    re.findall(
        r"\w+",
        """
        the and for that with this you your are our not have has from which please their these those there
        where when what was were will would should could been being any all into also such other than then
        them they its may more most must only over under upon page refer revise tell provide explain note
        disclose
        """,
    )
)


def similar_comments(comment: models.Comment, *, limit: int = 20, time_limit_ms: int = 2000) -> list[Hit]:
    """Up to ``limit`` other current comments, most similar first."""
    with time_limit(time_limit_ms):
        if connection.vendor == "postgresql":
            terms = _python_terms(comment.text)
            return _rank_pg(comment, terms, limit)
        terms = _sqlite_terms(comment.text)
        return _rank_sqlite(comment, terms, limit)


def _python_terms(text: str) -> list[str]:
    counts = Counter(w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP)
    return [w for w, _ in counts.most_common(TERMS)]


def _sqlite_terms(text: str) -> list[str]:
    """The comment's terms with the highest tf × idf, as the index's tokenizer produces them."""
    with connection.cursor() as cur:
        cur.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cl_similar_doc USING fts5(text, tokenize='porter unicode61')"
        )
        cur.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cl_similar_doc_v USING fts5vocab(temp, cl_similar_doc, row)"
        )
        cur.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cl_search_v USING fts5vocab(main, archive_search, col)")
        cur.execute("DELETE FROM temp.cl_similar_doc")
        cur.execute("INSERT INTO temp.cl_similar_doc(text) VALUES (%s)", [text])
        cur.execute("SELECT term, cnt FROM temp.cl_similar_doc_v")
        tf = {t: n for t, n in cur.fetchall() if len(t) > 2 and not t.isdigit() and t not in _STOP}
        cur.execute("DELETE FROM temp.cl_similar_doc")
        if not tf:
            return []
        cur.execute("SELECT COUNT(*) FROM archive_searchdoc")  # the rows the index counts in
        total = max(1, int(cur.fetchone()[0]))
        marks = ",".join(["%s"] * len(tf))
        cur.execute(f"SELECT term, doc FROM temp.cl_search_v WHERE term IN ({marks}) AND col = 'text'", list(tf))
        df = dict(cur.fetchall())
    weight = {
        t: (1 + math.log(n)) * math.log(1 + (total - df.get(t, 1) + 0.5) / (df.get(t, 1) + 0.5)) for t, n in tf.items()
    }
    return sorted(weight, key=lambda t: -weight[t])[:TERMS]


def _rank_sqlite(comment: models.Comment, terms: list[str], limit: int) -> list[Hit]:
    if not terms:
        return []
    with connection.cursor() as cur:
        cur.execute(
            "SELECT c.id, c.number, l.key, l.date, co.name, co.id, r.key, s.rank "
            "FROM archive_search s JOIN archive_comment c ON c.id = (s.rowid >> 1) & %s "
            "JOIN archive_letter l ON l.id = c.letter_id JOIN archive_company co ON co.id = l.company_id "
            "LEFT JOIN archive_review r ON r.id = l.review_id "
            "WHERE archive_search MATCH %s AND (s.rowid & 1) = 0 AND c.id != %s AND l.current "
            "ORDER BY s.rank LIMIT %s",
            [ID_MASK, f"text : ({any_of(terms)})", comment.id, limit * 3],
        )
        rows = cur.fetchall()
    found = snippets(f"text : ({any_of(terms)})", [("comment", r[0]) for r in rows])
    return _distinct([(*r, found.get(("comment", r[0]))) for r in rows], comment, limit)


def _rank_pg(comment: models.Comment, terms: list[str], limit: int) -> list[Hit]:
    if not terms:
        return []
    expr = " | ".join(terms)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT c.id, c.number, l.key, l.date, co.name, co.id, r.key, -ts_rank(c.search, q) s, "
            "ts_headline('english', left(c.text, %s), q, %s) "
            "FROM archive_comment c CROSS JOIN to_tsquery('english', %s) q "
            "JOIN archive_letter l ON l.id = c.letter_id JOIN archive_company co ON co.id = l.company_id "
            "LEFT JOIN archive_review r ON r.id = l.review_id "
            "WHERE c.search @@ q AND c.id != %s AND l.current ORDER BY s LIMIT %s",
            [SNIPPET_SOURCE, headline_options(), expr, comment.id, limit * 3],
        )
        rows = cur.fetchall()
    return _distinct(rows, comment, limit)


def _distinct(rows: list[tuple], comment: models.Comment, limit: int) -> list[Hit]:  # type: ignore[type-arg]
    """Drop copies of the comment's own text (the same comment filed again, or repeated verbatim)."""
    own = " ".join(comment.text.split())
    hits: list[Hit] = []
    for r in rows:
        hit = Hit("comment", r[0], r[1], r[2], _as_date(r[3]), r[4], r[5], r[6], float(r[7]), mark_up(r[8] or ""))
        if " ".join(re.sub(r"</?mark>", "", hit.snippet).split()) == own:
            continue
        hits.append(hit)
        if len(hits) == limit:
            break
    return hits
