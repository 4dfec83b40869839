"""Full-text search over comments and answers, with filters, ordering, snippets and a time limit.

On SQLite one FTS5 index holds comments and answers with their filter values (:mod:`.search_sqlite`,
``archive/migrations/0005_one_search_index.py``): the total and the page's keys come from it, then
only the page's rows are read. PostgreSQL keeps a tsvector column per table (``0002_fulltext.py``):
one statement per table for the page asked for, a count beside it. Snippets are made for the shown
rows only. User text goes through :mod:`commentletters.web.query` first, so it can never be read as
query syntax.
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from django.db import DatabaseError, connection, transaction

from ..archive.models import WHOLE_LETTER
from . import search_sqlite as plans
from .authority_names import parts_of
from .form_names import form_named
from .query import Query, parse_query, to_fts5, to_websearch
from .snippet_marks import headline_options, mark_up

TYPES = ("comment", "answer")
ORDERS = ("relevance", "date")
TIME_LIMIT_MS = 2000
_LETTERS = re.compile(r"[A-Za-z]+")


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
    asks: str = ""  # a key of core.asks.ASKS: staff comments that ask it (answers ask nothing)

    def narrows(self) -> bool:
        """True when any filter other than the type is set."""
        return bool(self.company or self.form or self.year or self.status or self.office or self.authority or self.asks)

    def types(self) -> list[str]:
        """The kinds searched: the type asked for, else both; what a comment asks is asked by staff
        comments only, so that filter searches them alone (and none with type "answer")."""
        if self.asks:
            return [] if self.type == "answer" else ["comment"]
        return [self.type] if self.type in TYPES else list(TYPES)


@dataclass(slots=True)
class Hit:
    type: str
    id: int
    number: int | None  # None: a company's answer to the staff letter as a whole (it answers no number)
    accession: str
    date: date | None
    company: str
    company_id: int
    review: str | None
    score: float
    snippet: str = ""  # safe HTML: escaped text with <mark> around matched words


NO_WORDS = 'no words to search for: type a word or "a phrase"'
EXCLUSIONS_ALONE = "nothing to search for: -word leaves out what has the word; add a word to look for"


@dataclass(slots=True)
class Results:
    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    windowed: bool = False  # relevance ranked within the newest matches only (see search_sqlite)
    window: int = plans.RELEVANCE_WINDOW
    ignored: list[str] = field(default_factory=list)  # common words left out of the query
    comments_only: bool = False  # the asks filter kept the search to staff comments (type not chosen)
    unsearchable: str = ""  # why typed text found nothing without being searched ("" when it was)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def search(
    text: str,
    filters: Filters | None = None,
    *,
    order: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    time_limit_ms: int = TIME_LIMIT_MS,
) -> Results:
    """One page of hits, best first (or newest first), and the total. Raises :class:`SearchTimeout`."""
    filters = filters or Filters()
    if filters.form:  # as the archive spells it ("DEF14A" is "DEF 14A")
        filters = replace(filters, form=form_named(filters.form))
    query = parse_query(text)
    if order not in ORDERS or not query:
        order = "date"
    page = max(1, page)
    results = Results(text, page=page, per_page=per_page)
    results.ignored = query.ignored
    if query.ignored and not query:
        return results  # only common words: nothing to search for (as PostgreSQL's english configuration)
    if not query and (text or "").strip():  # typed text with no word to look for is no browse of everything
        excluded = any(t.exclude for t in query.terms)
        results.unsearchable = EXCLUSIONS_ALONE if excluded else NO_WORDS
        return results
    types = filters.types()
    results.comments_only = bool(filters.asks) and filters.type not in TYPES
    if not types:
        return results
    wanted = page * per_page
    with time_limit(time_limit_ms):
        rows: list[Hit] = []
        if connection.vendor == "sqlite":
            results.total, rows = _run_sqlite(types, query, filters, order, wanted, results)
        else:
            for kind in types:
                sql, params = _statement(kind, query, filters, order)
                results.total += _count(sql, params)
                rows += _fetch(kind, sql, params, order, wanted)
        # The order each backend's LIMIT keeps (search_sqlite.RANKED; _fetch), ties included: a page
        # is the slice of this order, so a tie broken otherwise here would show a hit twice, another never.
        key: Callable[[Hit], Any] = (
            (lambda h: (h.score, h.id, TYPES.index(h.type)))
            if order == "relevance"
            else (lambda h: (-(h.date.toordinal() if h.date else 0), -h.id))
        )
        rows.sort(key=key)
        results.hits = rows[(page - 1) * per_page : wanted]
        if query:
            _add_snippets(results.hits, query)
        else:
            _add_openings(results.hits)
    return results


def _run_sqlite(
    types: list[str], query: Query, f: Filters, order: str, wanted: int, results: Results
) -> tuple[int, list[Hit]]:
    """Total and the first ``wanted`` hits from the full-text index alone (:mod:`.search_sqlite`,
    one index for both kinds), then the page's rows joined to their letters."""
    plan = _plan(types, query, f)
    if plan is None:
        return 0, []
    total = plan.total()
    if order == "date" or not query:
        ranked = plan.newest(wanted)
    else:
        ranked, results.windowed = plan.best(wanted, total)
    found: dict[tuple[str, int], Hit] = {}
    for kind in types:
        ids = [i for t, i in (plans.split_key(k) for k, _ in ranked) if t == kind]
        if ids:
            sql, params = _statement(kind, Query(), Filters(), "date")
            marks = ",".join(["%s"] * len(ids))
            found.update(((kind, h.id), h) for h in _rows(kind, f"{sql} AND x.id IN ({marks})", [*params, *ids]))
    hits = []
    for key, score in ranked:
        hit = found.get(plans.split_key(key))
        if hit is not None:
            hit.score = score
            hits.append(hit)
    return total, hits


def _plan(types: list[str], query: Query, f: Filters) -> plans.Plan | None:
    """The index search for the words and filters (None when a filter value matches nothing)."""
    facets = [f"c{int(f.company)}"] if f.company else []
    if f.status:
        facets.append(plans.hex_token("s", f.status))
    if f.form:
        facets.append(plans.form_token(f.form))
    if f.office:
        offices = plans.office_tokens(f.office)
        if not offices:
            return None
        facets.append("(" + " OR ".join(offices) + ")")
    if f.authority:  # the authority named and its parts ("ASC 606" takes in "ASC 606-10-50-12")
        parts = parts_of(f.authority)
        if not parts:
            return None
        facets.append("(" + " OR ".join(f"a{pk}" for pk in parts) + ")")
    if f.asks:
        facets.append(plans.ask_token(f.asks))
    kind = plans.KINDS.index(types[0]) if len(types) == 1 else None
    plan = plans.Plan(_text_match(query) if query else None, facets, kind)
    if f.year:
        plan.low, plan.high = plans.year_range(f.year)
    return plan


def _text_match(query: Query) -> str:
    """The words as an FTS5 expression on the text column only (never on the facet tokens).

    Words of ASCII letters alone are left without the column filter, which costs FTS5 a look at
    every match's positions: each facet token holds a digit, so no such word can match one."""
    if all(_LETTERS.fullmatch(w) for t in query.terms for w in t.words) and not any(t.prefix for t in query.terms):
        return to_fts5(query)
    return f"text : ({to_fts5(query)})"


def _statement(kind: str, query: Query, f: Filters, order: str) -> tuple[str, list[Any]]:
    """SELECT … FROM the kind's table with the match and filter clauses (no ORDER/LIMIT yet)."""
    pg = connection.vendor == "postgresql"
    table = f"archive_{kind}"
    params: list[Any] = []
    select = (
        "SELECT x.id, x.number, l.key, l.date, co.name, co.id, r.key, {score} "
        f"FROM {table} x JOIN archive_letter l ON l.id = x.letter_id "
        "JOIN archive_company co ON co.id = l.company_id "
        "LEFT JOIN archive_review r ON r.id = l.review_id"
    )
    where = ["l.current = %s"]
    params.append(True)
    if query and pg:
        select = select.replace("{score}", "-ts_rank(x.search, websearch_to_tsquery('english', %s))")
        params.insert(0, to_websearch(query))
        where.append("x.search @@ websearch_to_tsquery('english', %s)")
        params.append(to_websearch(query))
    else:  # SQLite searches the index first (search_sqlite) and comes here for the page's rows only
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
    if f.form:  # a form the letter's own Re: block names (see filter_help.FORM_REVIEWED)
        if pg:
            filings, form = "l.data->'filings_reviewed'", "UPPER(j->>'form')"
            each = f"jsonb_array_elements(CASE jsonb_typeof({filings}) WHEN 'array' THEN {filings} ELSE '[]' END) j"
        else:
            each, form = "json_each(l.data, '$.filings_reviewed') j", "UPPER(json_extract(j.value, '$.form'))"
        where.append(f"EXISTS (SELECT 1 FROM {each} WHERE {form} IN (UPPER(%s), UPPER(%s) || '/A'))")
        params += [f.form, f.form]  # the form, or its amendment (an S-1/A is an S-1 reviewed again)
    if f.office:
        office = "l.data->>'office'" if pg else "json_extract(l.data, '$.office')"
        where.append(f"LOWER({office}) LIKE LOWER(%s) ESCAPE '\\'")
        params.append(f"%{_like_text(f.office)}%")  # part of a name, as SQLite's office_tokens reads it
    if f.status:
        if kind == "comment":
            where.append("x.status = %s")
        else:
            where.append("x.comment_id IN (SELECT id FROM archive_comment WHERE status = %s)")
        params.append(f.status)
    if f.authority:  # the authority named and its parts, as the SQLite index reads it
        parts = parts_of(f.authority) or [0]  # no authority has id 0: nothing matches
        marks = ",".join(["%s"] * len(parts))
        where.append(
            f"EXISTS (SELECT 1 FROM archive_{kind}_authorities xa "
            f"WHERE xa.{kind}_id = x.id AND xa.authority_id IN ({marks}))"
        )
        params += parts
    if f.asks:  # types() keeps such a search to comments; their asks are a JSON list of keys
        where.append("x.asks @> %s::jsonb" if pg else "EXISTS (SELECT 1 FROM json_each(x.asks) WHERE value = %s)")
        params.append(json.dumps([f.asks]) if pg else f.asks)


def _like_text(text: str) -> str:
    """Typed text as a LIKE pattern matching it literally ("%" and "_" are wildcards otherwise)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _count(sql: str, params: list[Any]) -> int:
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM ({sql}) counted", params)
        return int(cur.fetchone()[0])


def _fetch(kind: str, sql: str, params: list[Any], order: str, limit: int) -> list[Hit]:
    # undated letters last, as the sort in search() puts them (PostgreSQL puts NULL first in DESC)
    order_by = " ORDER BY 8, 1" if order == "relevance" else " ORDER BY 4 DESC NULLS LAST, 1 DESC"
    return _rows(kind, sql + order_by + " LIMIT %s", [*params, limit])


def _rows(kind: str, sql: str, params: list[Any]) -> list[Hit]:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return [
            Hit(kind, r[0], _number(kind, r[1]), r[2], _as_date(r[3]), r[4], r[5], r[6], float(r[7] or 0))
            for r in cur.fetchall()
        ]


def _number(kind: str, number: int) -> int | None:
    """A hit's comment number; None for an answer to the staff letter as a whole (stored as 0)."""
    return None if kind == "answer" and number == WHOLE_LETTER else number


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _add_snippets(hits: list[Hit], query: Query) -> None:
    """Snippets for the shown rows only (the costly part of a search, done ~20 times, not per match)."""
    if connection.vendor == "sqlite":
        found = plans.snippets(_text_match(query), [(h.type, h.id) for h in hits])
    else:
        found = {}
        for kind in TYPES:
            ids = [h.id for h in hits if h.type == kind]
            if ids:
                marks = ",".join(["%s"] * len(ids))
                with connection.cursor() as cur:
                    cur.execute(
                        f"SELECT id, ts_headline('english', left(text, %s), websearch_to_tsquery('english', %s), "
                        f"%s) FROM archive_{kind} WHERE id IN ({marks})",
                        [
                            plans.SNIPPET_SOURCE,
                            to_websearch(query),
                            headline_options(', MaxFragments=2, FragmentDelimiter=" … "'),
                            *ids,
                        ],
                    )
                    found.update(((kind, i), text) for i, text in cur.fetchall())
    for h in hits:
        h.snippet = mark_up(found.get((h.type, h.id)) or "")


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
