"""Full-text search over comments and answers, with filters, ordering, snippets and a time limit.

The archive keeps one full-text index per table (FTS5 on SQLite, a tsvector column on PostgreSQL;
see ``archive/migrations/0002_fulltext.py``). This module builds one SQL statement per table for the
page asked for, runs a count beside it, and fetches snippets only for the rows shown. User text goes
through :mod:`commentletters.web.query` first, so it can never be read as query syntax.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import DatabaseError, connection, transaction

from . import search_sqlite as plans
from .query import Query, parse_query, to_fts5, to_websearch

TYPES = ("comment", "answer")
ORDERS = ("relevance", "date")
TIME_LIMIT_MS = 2000
# Up to this many matches, "newest first" sorts them all; beyond, it walks letters by date instead.
DIRECT_SORT = 5000
_OPEN, _CLOSE = "\x02", "\x03"


class SearchTimeout(Exception):
    """The query ran past the time limit (a very broad query over a large archive)."""


@dataclass(slots=True)
class Filters:
    """What the search form and the API accept besides the text; empty values mean "any"."""

    company: int | None = None
    form: str = ""
    year: int | None = None
    type: str = ""  # "comment" (staff letters) | "answer" (company responses) | "" both
    status: str = ""
    office: str = ""
    authority: str = ""

    def narrows(self) -> bool:
        """True when any filter other than the type is set."""
        return bool(self.company or self.form or self.year or self.status or self.office or self.authority)


@dataclass(slots=True)
class Hit:
    type: str
    id: int
    number: int
    accession: str
    date: date | None
    company: str
    company_id: int
    review: str | None
    score: float
    snippet: str = ""  # safe HTML: escaped text with <mark> around matched words


@dataclass(slots=True)
class Results:
    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    windowed: bool = False  # relevance ranked within the newest matches only (see search_sqlite)
    window: int = plans.RELEVANCE_WINDOW

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def search(text: str, filters: Filters | None = None, *, order: str = "relevance", page: int = 1,
           per_page: int = 20, time_limit_ms: int = TIME_LIMIT_MS) -> Results:
    """One page of hits, best first (or newest first), and the total. Raises :class:`SearchTimeout`."""
    filters = filters or Filters()
    query = parse_query(text)
    if order not in ORDERS or not query:
        order = "date"
    page = max(1, page)
    results = Results(text, page=page, per_page=per_page)
    types = [filters.type] if filters.type in TYPES else list(TYPES)
    wanted = page * per_page
    with time_limit(time_limit_ms):
        rows: list[Hit] = []
        for kind in types:
            total, found = _run(kind, query, filters, order, wanted, results)
            results.total += total
            rows += found
        key: Callable[[Hit], Any] = (lambda h: (h.score, h.id)) if order == "relevance" else (
            lambda h: (-(h.date.toordinal() if h.date else 0), -h.id))
        rows.sort(key=key)
        results.hits = rows[(page - 1) * per_page: wanted]
        if query:
            _add_snippets(results.hits, query)
        else:
            _add_openings(results.hits)
    return results


def _run(kind: str, query: Query, f: Filters, order: str, wanted: int, results: Results) -> tuple[int, list[Hit]]:
    """Total and the first ``wanted`` hits of one kind, by the fastest plan that gives the same answer
    (SQLite without filters: :mod:`.search_sqlite`; otherwise one joined statement)."""
    table = f"archive_{kind}"
    if connection.vendor == "sqlite" and not f.narrows():
        expr = to_fts5(query) if query else None
        total = plans.fts_total(table, expr) if expr else plans.rows_total(table)
        if not expr or (order == "date" and total > DIRECT_SORT):
            sql, params = plans.newest_first(table, expr)
            return total, _rows(kind, sql + " LIMIT %s", [*params, wanted])
        if order == "date":
            sql, params = _statement(kind, query, f, order)
            return total, _fetch(kind, sql, params, order, wanted)
        floor = plans.window_floor(table, expr) if total > plans.RELEVANCE_WINDOW else None
        results.windowed = results.windowed or floor is not None
        return total, _best(kind, expr, floor, wanted)
    if connection.vendor == "sqlite" and f.company and query:
        return _within_company(kind, query, f, order, wanted)
    sql, params = _statement(kind, query, f, order)
    return _count(sql, params), _fetch(kind, sql, params, order, wanted)


def _within_company(kind: str, query: Query, f: Filters, order: str, wanted: int) -> tuple[int, list[Hit]]:
    """All of one company's matching texts (few), checked against the index one by one, then ordered."""
    table = f"archive_{kind}"
    sql, params = _statement(kind, Query(), f, "date")
    sql += f" AND EXISTS (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH %s AND rowid = x.id)"
    hits = {h.id: h for h in _rows(kind, sql, [*params, to_fts5(query)])}
    if order == "date":
        ordered = sorted(hits.values(), key=lambda h: (-(h.date.toordinal() if h.date else 0), -h.id))
        return len(hits), ordered[:wanted]
    with connection.cursor() as cur:
        marks = ",".join(["%s"] * len(hits)) or "NULL"
        cur.execute(f"SELECT id, text FROM {table} WHERE id IN ({marks})", list(hits))
        texts = dict(cur.fetchall())
    ranked = plans.bm25_order(texts, [t.words for t in query.positive])
    for position, i in enumerate(ranked):
        hits[i].score = float(position)
    return len(hits), [hits[i] for i in ranked[:wanted]]


def _best(kind: str, expr: str, floor: int | None, wanted: int) -> list[Hit]:
    """The best ``wanted`` current hits, ranked in the index, then joined to their letters (asking the
    index for more when some of them belong to superseded letter versions)."""
    limit = wanted
    while True:
        ranked = plans.ranked_ids(f"archive_{kind}", expr, floor, limit)
        if not ranked:
            return []
        sql, params = _statement(kind, Query(), Filters(), "date")
        marks = ",".join(["%s"] * len(ranked))
        found = {h.id: h for h in _rows(kind, f"{sql} AND x.id IN ({marks})", [*params, *(i for i, _ in ranked)])}
        hits = [found[i] for i, _ in ranked if i in found]
        for hit, (_, score) in zip(hits, (r for r in ranked if r[0] in found), strict=True):
            hit.score = score
        if len(hits) >= wanted or len(ranked) < limit:
            return hits[:wanted]
        limit *= 2


def _statement(kind: str, query: Query, f: Filters, order: str) -> tuple[str, list[Any]]:
    """SELECT … FROM the kind's table with the match and filter clauses (no ORDER/LIMIT yet)."""
    pg = connection.vendor == "postgresql"
    table = f"archive_{kind}"
    params: list[Any] = []
    select = ("SELECT x.id, x.number, l.key, l.date, co.name, co.id, r.key, {score} "
              f"FROM {table} x JOIN archive_letter l ON l.id = x.letter_id "
              "JOIN archive_company co ON co.id = l.company_id "
              "LEFT JOIN archive_review r ON r.id = l.review_id")
    where = ["l.current = %s"]
    params.append(True)
    if query and pg:
        select = select.replace("{score}", "-ts_rank(x.search, websearch_to_tsquery('english', %s))")
        params.insert(0, to_websearch(query))
        where.append("x.search @@ websearch_to_tsquery('english', %s)")
        params.append(to_websearch(query))
    elif query:
        select = select.replace("{score}", f"bm25({table}_fts)") + f" JOIN {table}_fts ON {table}_fts.rowid = x.id"
        where.append(f"{table}_fts MATCH %s")
        params.append(to_fts5(query))
    else:
        select = select.replace("{score}", "0")
    _filter_clauses(kind, f, where, params, pg)
    return select + " WHERE " + " AND ".join(where), params


def _filter_clauses(kind: str, f: Filters, where: list[str], params: list[Any], pg: bool) -> None:
    if f.company:
        where.append("l.company_id = %s")
        params.append(f.company)
    if f.year:
        where.append("l.date >= %s AND l.date < %s")
        params += [date(f.year, 1, 1), date(f.year + 1, 1, 1)]
    if f.form:
        where.append("EXISTS (SELECT 1 FROM archive_filing_reviews fr JOIN archive_filing fi ON fi.id = fr.filing_id "
                     "WHERE fr.review_id = l.review_id AND UPPER(fi.form) = UPPER(%s))")
        params.append(f.form)
    if f.office:
        office = "l.data->>'office'" if pg else "json_extract(l.data, '$.office')"
        where.append(f"LOWER({office}) LIKE LOWER(%s)")
        params.append(f"%{f.office}%")
    if f.status:
        if kind == "comment":
            where.append("x.status = %s")
        else:
            where.append("x.comment_id IN (SELECT id FROM archive_comment WHERE status = %s)")
        params.append(f.status)
    if f.authority:
        where.append(f"EXISTS (SELECT 1 FROM archive_{kind}_authorities xa JOIN archive_authority au "
                     f"ON au.id = xa.authority_id WHERE xa.{kind}_id = x.id AND au.name = %s)")
        params.append(f.authority)


def _count(sql: str, params: list[Any]) -> int:
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM ({sql}) counted", params)
        return int(cur.fetchone()[0])


def _fetch(kind: str, sql: str, params: list[Any], order: str, limit: int) -> list[Hit]:
    order_by = " ORDER BY 8, 1" if order == "relevance" else " ORDER BY 4 DESC, 1 DESC"
    return _rows(kind, sql + order_by + " LIMIT %s", [*params, limit])


def _rows(kind: str, sql: str, params: list[Any]) -> list[Hit]:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return [Hit(kind, r[0], r[1], r[2], _as_date(r[3]), r[4], r[5], r[6], float(r[7] or 0))
                for r in cur.fetchall()]


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _add_snippets(hits: list[Hit], query: Query) -> None:
    """Snippets for the shown rows only (the costly part of a search, done ~20 times, not per match)."""
    for kind in TYPES:
        ids = [h.id for h in hits if h.type == kind]
        if not ids:
            continue
        marks = ",".join(["%s"] * len(ids))
        table = f"archive_{kind}"
        with connection.cursor() as cur:
            if connection.vendor == "postgresql":
                cur.execute(f"SELECT id, ts_headline('english', text, websearch_to_tsquery('english', %s), "
                            "'StartSel=\x02, StopSel=\x03, MaxWords=40, MinWords=20, MaxFragments=2, "
                            f"FragmentDelimiter=\" … \"') FROM {table} WHERE id IN ({marks})",
                            [to_websearch(query), *ids])
            else:
                cur.execute(f"SELECT rowid, snippet({table}_fts, 0, char(2), char(3), '…', 40) FROM {table}_fts "
                            f"WHERE {table}_fts MATCH %s AND rowid IN ({marks})", [to_fts5(query), *ids])
            found = dict(cur.fetchall())
        for h in hits:
            if h.type == kind:
                h.snippet = mark_up(found.get(h.id) or "")


def _add_openings(hits: list[Hit]) -> None:
    """Without search words, the first lines of each text stand in for a snippet."""
    for kind in TYPES:
        ids = [h.id for h in hits if h.type == kind]
        if ids:
            with connection.cursor() as cur:
                marks = ",".join(["%s"] * len(ids))
                cur.execute(f"SELECT id, SUBSTR(text, 1, 300) FROM archive_{kind} WHERE id IN ({marks})", ids)
                found = dict(cur.fetchall())
            for h in hits:
                if h.type == kind:
                    h.snippet = html.escape(_shorten(found.get(h.id) or ""))


def _shorten(text: str, limit: int = 260) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def mark_up(snippet: str) -> str:
    """Escape a snippet's text and turn the backend's match markers into <mark> elements."""
    text = html.escape(re.sub(r"\s+", " ", snippet))
    return text.replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def plain(snippet_html: str) -> str:
    """A snippet as plain text (for CSV and JSON exports)."""
    return html.unescape(re.sub(r"</?mark>", "", snippet_html))


@contextmanager
def time_limit(ms: int) -> Iterator[None]:
    """Stop a query that runs longer than ``ms`` milliseconds (SQLite: a progress handler that
    interrupts; PostgreSQL: ``statement_timeout`` for this transaction)."""
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cur:
                cur.execute("SET LOCAL statement_timeout = %s", [ms])
            try:
                yield
            except DatabaseError as exc:
                if "statement timeout" in str(exc):
                    raise SearchTimeout(str(exc)) from exc
                raise
        return
    deadline = time.monotonic() + ms / 1000
    raw = connection.connection
    raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
    try:
        yield
    except DatabaseError as exc:
        if "interrupted" in str(exc):
            raise SearchTimeout(str(exc)) from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)
