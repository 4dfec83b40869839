"""Search plans for SQLite: every filter, both orders and the total, answered by the full-text index.

The index (``archive/migrations/0004_search_facets.py``) keys each comment or answer of a current
letter by ``yyyymmdd << 32 | id`` and carries the filter values as tokens in a ``facets`` column, so:

- a filtered search is one MATCH, ``text : (words) AND facets : (tokens)``, whose doclists FTS5
  intersects (no row is joined to its letter until the page is known);
- a year is a rowid range, and "newest first" is ``ORDER BY rowid DESC LIMIT n`` (FTS5 stops early);
- "most relevant" ranks by BM25 in the index; past RELEVANCE_WINDOW matches it ranks the newest
  RELEVANCE_WINDOW of them only (the page says so), as scoring every match of a broad word is what
  costs most;
- the total is FTS5's count of the same MATCH (exact).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

RELEVANCE_WINDOW = 5_000
# A filtered "most relevant" search ranks the words' matches in range and filters them, when at most
# this many: cheaper than BM25's count of a broad facet's rows (see Plan.best).
WORDS_ONLY_SCAN = 50_000
_ID_BITS = 32
ID_MASK = (1 << _ID_BITS) - 1  # key & ID_MASK = the comment or answer id


@dataclass(slots=True)
class Plan:
    """One kind's search: words and facet tokens as FTS5 expressions (None: none), the key range."""

    table: str  # archive_comment | archive_answer
    words: str | None = None
    facets: str | None = None
    low: int | None = None
    high: int | None = None  # exclusive

    @property
    def fts(self) -> str:
        return f"{self.table}_search"

    @property
    def match(self) -> str | None:
        return " AND ".join(e for e in (self.words, self.facets) if e) or None

    def _where(self, match: str | None, low: int | None = None) -> tuple[str, list[object]]:
        clauses, params = [], []
        if match is not None:
            clauses.append(f"{self.fts} MATCH %s")
            params.append(match)
        if low is not None or self.low is not None:
            clauses.append("rowid >= %s")
            params.append(max(x for x in (low, self.low) if x is not None))
        if self.high is not None:
            clauses.append("rowid < %s")
            params.append(self.high)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _source(self) -> str:
        return self.fts if self.match is not None else f"{self.table}_searchdoc"

    def total(self) -> int:
        where, params = self._where(self.match)
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM {self._source()}{where}", params)
            return int(cur.fetchone()[0])

    def newest(self, limit: int) -> list[tuple[int, float]]:
        """(row id, 0) of the newest ``limit`` matches."""
        where, params = self._where(self.match)
        with connection.cursor() as cur:
            cur.execute(f"SELECT rowid FROM {self._source()}{where} ORDER BY rowid DESC LIMIT %s", [*params, limit])
            return [(row_id(r[0]), 0.0) for r in cur.fetchall()]

    def best(self, limit: int, total: int) -> tuple[list[tuple[int, float]], bool]:
        """(row id, BM25) of the best ``limit`` matches, and whether they were ranked in the window only.

        BM25 first counts, over the whole index, the rows of every phrase of the MATCH, facet tokens
        included (``f<10-K>`` is in most rows). With a facet filter, when few rows in the window's
        range match the words, they are ranked on the words alone and kept if they pass the filter.
        """
        floor = None
        with connection.cursor() as cur:
            if total > RELEVANCE_WINDOW:
                where, params = self._where(self.match)
                cur.execute(f"SELECT rowid FROM {self.fts}{where} ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                            [*params, RELEVANCE_WINDOW - 1])
                row = cur.fetchone()
                floor = int(row[0]) if row else None
            where, params = self._where(self.match, floor)
            if self.facets and self._few_word_matches(floor):
                words, wparams = self._where(self.words, floor)
                where, params = f"{words} AND +rowid IN (SELECT rowid FROM {self.fts}{where})", [*wparams, *params]
            cur.execute(f"SELECT rowid, bm25({self.fts}, 1.0, 0.0) FROM {self.fts}{where} ORDER BY 2 LIMIT %s",
                        [*params, limit])
            return [(row_id(r[0]), float(r[1])) for r in cur.fetchall()], floor is not None

    def _few_word_matches(self, floor: int | None) -> bool:
        """Whether the words alone match at most WORDS_ONLY_SCAN rows of the range (a bounded count)."""
        where, params = self._where(self.words, floor)
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {self.fts}{where} LIMIT %s)",
                        [*params, WORDS_ONLY_SCAN + 1])
            return int(cur.fetchone()[0]) <= WORDS_ONLY_SCAN

    def snippets(self, text_match: str, ids: list[int]) -> dict[int, str]:
        """Highlighted snippets of the given rows, in one pass over the matches between their keys
        (the rows of a page are neighbours in the index: the newest, or within the ranked window)."""
        with connection.cursor() as cur:
            marks = ",".join(["%s"] * len(ids))
            cur.execute(f"SELECT key FROM {self.table}_searchdoc WHERE id IN ({marks})", ids)
            keys = [int(r[0]) for r in cur.fetchall()]
            if not keys:
                return {}
            marks = ",".join(["%s"] * len(keys))
            cur.execute(f"SELECT rowid, snippet({self.fts}, 0, char(2), char(3), '…', 40) FROM {self.fts} "
                        f"WHERE {self.fts} MATCH %s AND rowid >= %s AND rowid <= %s AND +rowid IN ({marks})",
                        [text_match, min(keys), max(keys), *keys])
            return {row_id(r[0]): r[1] for r in cur.fetchall()}


def row_id(key: int) -> int:
    """The comment or answer id inside an index key."""
    return key & ID_MASK


def year_range(year: int) -> tuple[int, int]:
    """The keys of one year's letters."""
    return (year * 10_000) << _ID_BITS, ((year + 1) * 10_000) << _ID_BITS


def hex_token(prefix: str, value: str) -> str:
    """A facet token for a text value, as the index writes it (see the migration)."""
    return f"{prefix}{value.encode().hex()}0"


def form_token(form: str) -> str:
    """The token of a form reviewed: upper-cased as SQLite's upper() does (ASCII letters only)."""
    return hex_token("f", "".join(ch.upper() if ch.isascii() else ch for ch in form))


def office_tokens(fragment: str) -> list[str]:
    """Tokens of the reviewing offices whose name contains ``fragment`` (any case). The distinct
    names are few: they are read by skipping along the index on the letters' office (one probe each)."""
    office = "json_extract(data, '$.office')"
    with connection.cursor() as cur:
        cur.execute(f"WITH RECURSIVE o(name) AS (SELECT MIN({office}) FROM archive_letter UNION ALL "
                    f"SELECT (SELECT MIN({office}) FROM archive_letter WHERE {office} > o.name) FROM o "
                    "WHERE o.name IS NOT NULL) SELECT name FROM o WHERE name IS NOT NULL")
        names = [str(r[0]) for r in cur.fetchall()]
    wanted = fragment.lower()
    return [hex_token("o", name) for name in names if name and wanted in name.lower()]


def authority_id(name: str) -> int | None:
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM archive_authority WHERE name = %s", [name])
        row = cur.fetchone()
    return int(row[0]) if row else None
