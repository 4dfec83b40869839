"""SQLite: one full-text index for comments and answers together, so a search scans it once.

0004 kept one index per kind: a search over both (the default) counted its matches in each index
and let BM25 count each phrase's rows in each again — four passes over the doclists of a broad
word, ~50 ms at a million comments. One index halves the passes (the doclists are as long as the
two together, but each statement's fixed costs and BM25's ranked window are paid once), and gives
comments and answers one BM25 scale (the same IDF and average length), so their scores compare.

What changes from 0004 (the rest — facets, triggers on every table they come from, current letters
only, the text read through a view — stays as it was):

- the key is ``yyyymmdd << 33 | id << 1 | kind`` (kind 0 comment, 1 answer; ids stay below 2³²),
  so newest first still interleaves the two kinds by date, then id;
- the facets start with the kind's token ``k0`` or ``k1`` (the type filter is one more facet);
- ``archive_searchdoc(key, kind, id, facets)`` says what is indexed, ``archive_<kind>_searchwant``
  what should be, ``archive_searchtext`` feeds the text of either kind to ``archive_search``;
  ``archive_searchcount`` holds the number of entries of each kind.

Every facet token ends in a digit, so a word that does not end in one can never match a facet
token (``web/search_sqlite.py`` leaves the column filter out of such searches).
"""

from importlib import import_module

from django.db import migrations

KINDS = ("comment", "answer")
DOC, FTS, TEXT, COUNT = "archive_searchdoc", "archive_search", "archive_searchtext", "archive_searchcount"
_OLD = import_module("commentletters.archive.migrations.0004_search_facets")


def _k(kind: str) -> int:
    return KINDS.index(kind)


def _sync(kind: str, ids: str) -> list[str]:
    """Statements that bring the entries of rows ``ids`` of a kind (an SQL list or subquery) in line
    with ``searchwant``: entries that differ are deleted from the index, missing ones added."""
    k, want = _k(kind), f"archive_{kind}_searchwant"
    same = f"EXISTS (SELECT 1 FROM {want} w WHERE w.id = d.id AND w.key = d.key AND w.facets = d.facets)"
    mine = f"d.kind = {k} AND d.id IN ({ids})"
    return [
        f"INSERT INTO {FTS}({FTS}, rowid, text, facets) SELECT 'delete', d.key, x.text, d.facets "
        f"FROM {DOC} d JOIN archive_{kind} x ON x.id = d.id WHERE {mine} AND NOT {same}",
        f"DELETE FROM {DOC} WHERE key IN (SELECT d.key FROM {DOC} d WHERE {mine} AND NOT {same})",
        f"INSERT INTO {FTS}(rowid, text, facets) SELECT w.key, x.text, w.facets FROM {want} w "
        f"JOIN archive_{kind} x ON x.id = w.id WHERE w.id IN ({ids}) "
        f"AND w.id NOT IN (SELECT id FROM {DOC} WHERE kind = {k})",
        f"INSERT INTO {DOC}(key, kind, id, facets) SELECT w.key, {k}, w.id, w.facets FROM {want} w "
        f"WHERE w.id IN ({ids}) AND w.id NOT IN (SELECT id FROM {DOC} WHERE kind = {k})",
    ]


def _drop_entry(kind: str, row: str) -> list[str]:
    """Remove row ``row``'s entry, ``row`` being OLD (its text as indexed is OLD.text)."""
    k = _k(kind)
    return [
        f"INSERT INTO {FTS}({FTS}, rowid, text, facets) SELECT 'delete', d.key, {row}.text, d.facets "
        f"FROM {DOC} d WHERE d.kind = {k} AND d.id = {row}.id",
        f"DELETE FROM {DOC} WHERE kind = {k} AND id = {row}.id",
    ]


def _tables() -> list[str]:
    sql = [
        f"CREATE TABLE {DOC} (key INTEGER PRIMARY KEY, kind INTEGER NOT NULL, id INTEGER NOT NULL, "
        "facets TEXT NOT NULL, UNIQUE (kind, id))",
        f"CREATE VIEW {TEXT} AS SELECT d.key AS key, CASE d.kind WHEN 0 THEN "
        "(SELECT text FROM archive_comment WHERE id = d.id) ELSE (SELECT text FROM archive_answer WHERE id = d.id) "
        f"END AS text, d.facets AS facets FROM {DOC} d",
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(text, facets, content='{TEXT}', content_rowid='key', "
        "tokenize='porter unicode61')",
        # Relevance is BM25 over the text; facet tokens weigh nothing.
        f"INSERT INTO {FTS}({FTS}, rank) VALUES ('rank', 'bm25(1.0, 0.0)')",
    ]
    for kind in KINDS:
        sql.append(
            f"CREATE VIEW archive_{kind}_searchwant AS SELECT x.id AS id, "
            f"(CAST(COALESCE(strftime('%Y%m%d', l.date), 0) AS INTEGER) << 33) | (x.id << 1) | {_k(kind)} AS key, "
            f"'k{_k(kind)} ' || {_OLD._facets(kind)} AS facets "
            f"FROM archive_{kind} x JOIN archive_letter l ON l.id = x.letter_id WHERE l.current"
        )
    return sql


def _drop_0004() -> list[str]:
    sql = [f"DROP TRIGGER IF EXISTS {name}" for name in _OLD.TRIGGERS]
    for kind in KINDS:
        sql += [
            f"DROP TABLE IF EXISTS archive_{kind}_search",
            f"DROP VIEW IF EXISTS archive_{kind}_searchtext",
            f"DROP VIEW IF EXISTS archive_{kind}_searchwant",
            f"DROP TABLE IF EXISTS archive_{kind}_searchdoc",
        ]
    return sql


def sqlite_sql() -> list[str]:
    sql = _drop_0004() + _tables()
    sql.append(
        f"INSERT INTO {DOC}(key, kind, id, facets) SELECT key, kind, id, facets FROM ("
        + " UNION ALL ".join(
            f"SELECT key, {_k(kind)} AS kind, id, facets FROM archive_{kind}_searchwant" for kind in KINDS
        )
        + ") ORDER BY key"
    )
    sql.append(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    sql += _counts()
    for kind in KINDS:
        sql += _OLD._triggers(kind, _sync, _drop_entry)  # 0004's triggers, feeding this index
    return sql + _OLD._shared_triggers(_sync)


def _counts() -> list[str]:
    """The number of entries of each kind, kept by triggers on the entries: a search without words
    or filters but for one kind ("all staff comments, newest first") reads its total here, where
    counting the kind's million entries would take ~25 ms (SQLite counts a whole table from its
    b-tree pages alone, but a part of one row by row)."""
    return [
        f"CREATE TABLE {COUNT} (kind INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
        f"INSERT INTO {COUNT}(kind, n) SELECT k.kind, (SELECT COUNT(*) FROM {DOC} d WHERE d.kind = k.kind) "
        "FROM (SELECT 0 AS kind UNION ALL SELECT 1) k",
        _OLD._trigger(COUNTERS[0], f"AFTER INSERT ON {DOC}", [f"UPDATE {COUNT} SET n = n + 1 WHERE kind = NEW.kind"]),
        _OLD._trigger(COUNTERS[1], f"AFTER DELETE ON {DOC}", [f"UPDATE {COUNT} SET n = n - 1 WHERE kind = OLD.kind"]),
    ]


TRIGGERS = _OLD.TRIGGERS  # the same names, now feeding the one index
COUNTERS = ("archive_searchdoc_count_ai", "archive_searchdoc_count_ad")


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql():
            schema_editor.execute(sql, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in COUNTERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in (
        f"DROP TABLE IF EXISTS {FTS}",
        f"DROP VIEW IF EXISTS {TEXT}",
        f"DROP TABLE IF EXISTS {COUNT}",
        *(f"DROP VIEW IF EXISTS archive_{kind}_searchwant" for kind in KINDS),
        f"DROP TABLE IF EXISTS {DOC}",
    ):
        schema_editor.execute(sql)
    for sql in _OLD.sqlite_sql():
        if "archive_letter_office" not in sql:  # 0004's index of offices stays through this migration
            schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("archive", "0004_search_facets")]
    operations = [migrations.RunPython(forwards, backwards)]
