"""User search text becomes a safe full-text query: what people type never reaches FTS5 raw."""

from __future__ import annotations

import sqlite3

import pytest

from commentletters.web.query import parse_query, to_fts5, to_websearch

HOSTILE = [
    'non-GAAP "',
    "AND OR (",
    '"',
    "*",
    "NEAR(a b)",
    "-",
    "col:revenue",
    "^start",
    "a OR",
    ")))",
    "'; DROP",
    "NOT",
    "ASC 606-10-25",
    '"unbalanced phrase',
    "++--**",
    "\x00",
    "   ",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("non-GAAP", '"non GAAP"'),
        ("revenue recognition", '"revenue" AND "recognition"'),
        ('"segment reporting" goodwill', '"segment reporting" AND "goodwill"'),
        ("impair*", '"impair"*'),
        ("non-GAAP -adjusted", '"non GAAP" NOT "adjusted"'),
        ("AND OR (", ""),
        ("revenue and the tax", '"revenue" AND "tax"'),
        ('"cost of sales" -the', '"cost of sales"'),
        ('non-GAAP "', '"non GAAP"'),
        ("ASC 606", '"ASC" AND "606"'),
        ("“segment reporting” goodwill", '"segment reporting" AND "goodwill"'),  # curly quotes, as pasted
        ("non-GAAP -„adjusted measures“", '"non GAAP" NOT "adjusted measures"'),
    ],
)
def test_fts5_expression(text: str, expected: str) -> None:
    assert to_fts5(parse_query(text)) == expected


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_valid_fts5(text: str) -> None:
    """Every query we build is accepted by SQLite's FTS5 parser (an empty query is simply not run)."""
    query = parse_query(text)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.execute("INSERT INTO t VALUES ('non-GAAP measures under ASC 606 and OR AND')")
    if query:
        db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (to_fts5(query),)).fetchone()
    else:
        assert to_fts5(query) == ""


def test_phrase_found_and_exclusion_applied() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    texts = [("non-GAAP measures",), ("GAAP and non-recurring",), ("non-GAAP adjusted",)]
    db.executemany("INSERT INTO t VALUES (?)", texts)
    expr = to_fts5(parse_query("non-GAAP -adjusted"))
    rows = db.execute("SELECT body FROM t WHERE t MATCH ? ORDER BY rowid", (expr,))
    assert [r[0] for r in rows] == ["non-GAAP measures"]


def test_only_exclusions_is_empty() -> None:
    assert not parse_query("-revenue")


def test_stop_words_alone_are_ignored_and_listed() -> None:
    query = parse_query('AND "or" the*')
    assert query and query.ignored == ["AND", "or"] and to_fts5(query) == '"the"*'


def test_websearch_keeps_phrases_and_exclusions() -> None:
    assert to_websearch(parse_query('"segment reporting" -goodwill ASC')) == '"segment reporting" -goodwill ASC'
