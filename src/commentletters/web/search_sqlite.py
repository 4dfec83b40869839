"""Search plans for SQLite: every filter, both orders and the total, answered by the full-text index.

The index (``archive/migrations/0005_one_search_index.py``, after 0004) holds the comments and
answers of current letters together, keyed by ``yyyymmdd << 33 | id << 1 | kind``, and carries the
filter values (the kind among them) as tokens in a ``facets`` column, so:

- a search over both kinds counts and ranks one index once (the costly passes over a broad word's
  doclist), and BM25 scores comments and answers on one scale;
- a filtered search is one MATCH, ``words AND facets : (tokens)``, whose doclists FTS5 intersects
  (no row is joined to its letter until the page is known);
- a year is a rowid range, and "newest first" is ``ORDER BY rowid DESC LIMIT n`` (FTS5 stops early);
- "most relevant" ranks by BM25 in the index; past RELEVANCE_WINDOW matches it ranks the newest
  RELEVANCE_WINDOW of them only (the page says so), as scoring every match of a broad word is what
  costs most;
- the total is FTS5's count of the same MATCH (exact).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import connection

from .snippet_marks import CLOSE, OPEN

RELEVANCE_WINDOW = 5_000
# A filtered "most relevant" search ranks the words' matches in range and filters them, when at most
# this many: cheaper than BM25's count of a broad facet's rows (see Plan.best).
WORDS_ONLY_SCAN = 50_000
_DATE_SHIFT = 33
ID_MASK = (1 << 32) - 1
KINDS = ("comment", "answer")  # the kind bit of a key: its index here
FTS, DOC = "archive_search", "archive_searchdoc"
# Best first, equal scores (a comment the staff repeat word for word) by id then kind, as
# web.search sorts the hits: page n keeps the first n pages of this order and shows the last.
RANKED = f"2, (rowid >> 1) & {ID_MASK}, rowid & 1"


@dataclass(slots=True)
class Plan:
    """One search over the index: the words as an FTS5 expression (None: none), facet tokens that
    must all be present, the kind (None: both) and the key range."""

    words: str | None = None
    tokens: list[str] = field(default_factory=list)
    kind: int | None = None
    low: int | None = None
    high: int | None = None  # exclusive

    @property
    def facets(self) -> str | None:
        tokens = self.tokens + ([f"k{self.kind}"] if self.kind is not None else [])
        return ("facets : (" + " AND ".join(tokens) + ")") if tokens else None

    @property
    def match(self) -> str | None:
        return " AND ".join(e for e in (self.words, self.facets) if e) or None

    def _where(self, match: str | None, low: int | None = None, *, kind: bool = False) -> tuple[str, list[object]]:
        clauses, params = [], []
        if match is not None:
            clauses.append(f"{FTS} MATCH %s")
            params.append(match)
        if low is not None or self.low is not None:
            clauses.append("rowid >= %s")
            params.append(max(x for x in (low, self.low) if x is not None))
        if self.high is not None:
            clauses.append("rowid < %s")
            params.append(self.high)
        if kind and self.kind is not None:
            clauses.append("(rowid & 1) = %s")
            params.append(self.kind)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _scan(self) -> tuple[str, list[object]]:
        """FROM … WHERE … of every match: the index, or without words and facets the list of entries
        (the kind a column of it)."""
        if self.words is None and not self.tokens:
            where, params = self._where(None)
            if self.kind is None:
                return f"{DOC}{where}", params
            return f"{DOC}{where or ' WHERE 1'} AND kind = %s", [*params, self.kind]
        where, params = self._where(self.match)
        return f"{FTS}{where}", params

    def total(self) -> int:
        if self.words is None and not self.tokens and self.kind is not None and self.low is None:
            source, params = "archive_searchcount WHERE kind = %s", [self.kind]  # kept by triggers
            with connection.cursor() as cur:
                cur.execute(f"SELECT n FROM {source}", params)
                return int(cur.fetchone()[0])
        source, params = self._scan()
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM {source}", params)
            return int(cur.fetchone()[0])

    def newest(self, limit: int) -> list[tuple[int, float]]:
        """(key, 0) of the newest ``limit`` matches."""
        source, params = self._scan()
        with connection.cursor() as cur:
            cur.execute(f"SELECT rowid FROM {source} ORDER BY rowid DESC LIMIT %s", [*params, limit])
            return [(int(r[0]), 0.0) for r in cur.fetchall()]

    def best(self, limit: int, total: int) -> tuple[list[tuple[int, float]], bool]:
        """(key, BM25) of the best ``limit`` matches, and whether they were ranked in the window only.

        BM25 first counts, over the whole index, the rows of every phrase of the MATCH, facet tokens
        included (``k0`` is in every comment). So the kind is checked on the key instead, and with
        other facets, when few rows in the window's range match the words, they are ranked on the
        words alone and kept if they pass the filter.
        """
        floor = None
        with connection.cursor() as cur:
            if total > RELEVANCE_WINDOW:
                where, params = self._where(self.match)
                cur.execute(
                    f"SELECT rowid FROM {FTS}{where} ORDER BY rowid DESC LIMIT 1 OFFSET %s",
                    [*params, RELEVANCE_WINDOW - 1],
                )
                row = cur.fetchone()
                floor = int(row[0]) if row else None
            if not self.tokens:
                where, params = self._where(self.words, floor, kind=True)
            elif self._few_word_matches(floor):
                words, wparams = self._where(self.words, floor)
                inner, iparams = self._where(self.match, floor)
                where, params = f"{words} AND +rowid IN (SELECT rowid FROM {FTS}{inner})", [*wparams, *iparams]
            else:
                where, params = self._where(self.match, floor)
            cur.execute(
                f"SELECT rowid, bm25({FTS}, 1.0, 0.0) FROM {FTS}{where} ORDER BY {RANKED} LIMIT %s", [*params, limit]
            )
            return [(int(r[0]), float(r[1])) for r in cur.fetchall()], floor is not None

    def _few_word_matches(self, floor: int | None) -> bool:
        """Whether the words alone match at most WORDS_ONLY_SCAN rows of the range (a bounded count)."""
        where, params = self._where(self.words, floor)
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {FTS}{where} LIMIT %s)", [*params, WORDS_ONLY_SCAN + 1])
            return int(cur.fetchone()[0]) <= WORDS_ONLY_SCAN


# FTS5's snippet() takes time growing with the square of the matches in a text, in one C call no time
# limit can stop: a hostile 5 MB comment repeating a word held a search for minutes. A text longer than
# this (no real letter's comment or answer comes near: 31,000 characters at most in the corpus) has
# its snippet made from its first SNIPPET_SOURCE characters.
SNIPPET_SOURCE = 50_000
TEXT = "archive_searchtext"  # the index's content: key, text, facets (a view)


def snippets(text_match: str, rows: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """Highlighted snippets of the given (kind, id) rows, in one pass over the matches between their
    keys (the rows of a page are neighbours in the index: the newest, or within the ranked window)."""
    keys: list[int] = []
    with connection.cursor() as cur:
        for k, kind in enumerate(KINDS):
            ids = [i for t, i in rows if t == kind]
            if ids:
                cur.execute(
                    f"SELECT key FROM {DOC} WHERE kind = %s AND id IN ({','.join(['%s'] * len(ids))})", [k, *ids]
                )
                keys += [int(r[0]) for r in cur.fetchall()]
        if not keys:
            return {}
        cur.execute(
            f"SELECT key FROM {TEXT} WHERE key IN ({','.join(['%s'] * len(keys))}) AND length(text) > %s",
            [*keys, SNIPPET_SOURCE],
        )
        long = {int(r[0]) for r in cur.fetchall()}
        found = _long_snippets(cur, text_match, sorted(long)) if long else {}
        keys = [k for k in keys if k not in long]
        if keys:
            marks = ",".join(["%s"] * len(keys))
            cur.execute(
                f"SELECT rowid, snippet({FTS}, 0, %s, %s, '…', 40) FROM {FTS} "
                f"WHERE {FTS} MATCH %s AND rowid >= %s AND rowid <= %s AND +rowid IN ({marks})",
                [OPEN, CLOSE, text_match, min(keys), max(keys), *keys],
            )
            found.update((int(r[0]), r[1]) for r in cur.fetchall())
    return {split_key(k): text for k, text in found.items()}


def _long_snippets(cur: Any, text_match: str, keys: list[int]) -> dict[int, str]:
    """Snippets of long texts from their first SNIPPET_SOURCE characters, indexed alike in a
    temporary table; a text whose words matched only further on starts its snippet at its opening."""
    cur.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cl_snippet USING fts5(text, tokenize='porter unicode61')")
    cur.execute("DELETE FROM temp.cl_snippet")
    marks = ",".join(["%s"] * len(keys))
    cur.execute(
        f"INSERT INTO temp.cl_snippet(rowid, text) SELECT key, substr(text, 1, %s) FROM {TEXT} WHERE key IN ({marks})",
        [SNIPPET_SOURCE, *keys],
    )
    cur.execute(
        "SELECT rowid, snippet(cl_snippet, 0, %s, %s, '…', 40) FROM temp.cl_snippet WHERE cl_snippet MATCH %s",
        [OPEN, CLOSE, text_match],
    )
    found = {int(r[0]): str(r[1]) for r in cur.fetchall()}
    cur.execute(f"SELECT rowid, substr(text, 1, 300) || ' …' FROM temp.cl_snippet WHERE rowid IN ({marks})", keys)
    openings = {int(r[0]): str(r[1]) for r in cur.fetchall()}
    cur.execute("DELETE FROM temp.cl_snippet")
    return {k: found.get(k) or openings.get(k, "") for k in keys}


def split_key(key: int) -> tuple[str, int]:
    """The kind and the comment or answer id of an index key."""
    return KINDS[key & 1], (key >> 1) & ID_MASK


def year_range(year: int) -> tuple[int, int]:
    """The keys of one year's letters."""
    return (year * 10_000) << _DATE_SHIFT, ((year + 1) * 10_000) << _DATE_SHIFT


def hex_token(prefix: str, value: str) -> str:
    """A facet token for a text value, as the index writes it (see the migration)."""
    return f"{prefix}{value.encode().hex()}0"


def ask_token(ask: str) -> str:
    """The token of what a comment asks (``revise_future_filings``), as migration 0008 writes it."""
    return hex_token("q", ask)


def form_token(form: str) -> str:
    """The token of a form reviewed: upper-cased as SQLite's upper() does (ASCII letters only)."""
    return hex_token("f", "".join(ch.upper() if ch.isascii() else ch for ch in form))


def office_tokens(fragment: str) -> list[str]:
    """Tokens of the reviewing offices whose name contains ``fragment`` (any case). The distinct
    names are few: they are read by skipping along the index on the letters' office (one probe each)."""
    office = "json_extract(data, '$.office')"
    with connection.cursor() as cur:
        cur.execute(
            f"WITH RECURSIVE o(name) AS (SELECT MIN({office}) FROM archive_letter UNION ALL "
            f"SELECT (SELECT MIN({office}) FROM archive_letter WHERE {office} > o.name) FROM o "
            "WHERE o.name IS NOT NULL) SELECT name FROM o WHERE name IS NOT NULL"
        )
        names = [str(r[0]) for r in cur.fetchall()]
    wanted = fragment.lower()
    return [hex_token("o", name) for name in names if name and wanted in name.lower()]
