"""SQLite: a full-text index that can filter and sort by itself, so a search never joins its matches.

The index of 0002 held the text alone, keyed by row id: every filter (company, year, form reviewed,
status, office, authority) and "newest first" had to join each match to its letter, which took up
to ¾ s for a broad word over a million comments. This index, one per kind (comments, answers):

- keys each row by ``key = yyyymmdd << 32 | id`` (the letter's date, 0 when unknown, then the row
  id, which must stay below 2³²), so "newest first" is the index's own rowid order (FTS5 stops after
  one page) and a year is a rowid range;
- has a second column, ``facets``, of tokens for the other filters, so a filtered search is one
  MATCH whose doclists FTS5 intersects: ``c<company id>``, ``s<hex status>0`` (an answer carries its
  comment's status), ``o<hex office>0``, ``f<hex FORM>0`` for each form its review covers,
  ``a<authority id>`` (hex keeps any value one token; the final ``0`` keeps the stemmer off it);
- holds current letter versions only (search never shows superseded ones).

``archive_<kind>_searchwant`` says what every row's entry should be, from the archive's own tables;
``archive_<kind>_searchdoc`` what it is. Triggers on every table a facet comes from re-index the rows
whose entry changed, so the index cannot drift whatever writes the archive (ingest, threading,
admin). The text is not copied: the index reads it through ``archive_<kind>_searchtext``.
PostgreSQL keeps 0002's tsvector column; its filters join (its planner does well with them).
"""

from importlib import import_module

from django.db import migrations

KINDS = ("comment", "answer")
OFFICE = "json_extract(l.data, '$.office')"
_OLD = import_module("commentletters.archive.migrations.0002_fulltext")


def _facets(kind: str) -> str:
    status = "x.status" if kind == "comment" else "(SELECT c.status FROM archive_comment c WHERE c.id = x.comment_id)"
    return (  # hex(NULL) is '', hence the CASEs
        "'c' || l.company_id"
        f" || CASE WHEN {status} <> '' THEN ' s' || hex({status}) || '0' ELSE '' END"
        f" || CASE WHEN {OFFICE} <> '' THEN ' o' || hex({OFFICE}) || '0' ELSE '' END"
        " || COALESCE(' ' || (SELECT group_concat(t, ' ') FROM (SELECT DISTINCT 'f' || hex(upper(fi.form)) || '0' t "
        "FROM archive_filing_reviews fr JOIN archive_filing fi ON fi.id = fr.filing_id "
        "WHERE fr.review_id = l.review_id ORDER BY t)), '')"
        f" || COALESCE(' ' || (SELECT group_concat(t, ' ') FROM (SELECT 'a' || xa.authority_id t "
        f"FROM archive_{kind}_authorities xa WHERE xa.{kind}_id = x.id ORDER BY xa.authority_id)), '')"
    )


def _sync(kind: str, ids: str) -> list[str]:
    """Statements that bring the entries of rows ``ids`` (an SQL list or subquery) in line with
    ``searchwant``: entries that differ are deleted from the index, missing ones added."""
    doc, want, fts = f"archive_{kind}_searchdoc", f"archive_{kind}_searchwant", f"archive_{kind}_search"
    same = f"EXISTS (SELECT 1 FROM {want} w WHERE w.id = d.id AND w.key = d.key AND w.facets = d.facets)"
    return [
        f"INSERT INTO {fts}({fts}, rowid, text, facets) SELECT 'delete', d.key, x.text, d.facets "
        f"FROM {doc} d JOIN archive_{kind} x ON x.id = d.id WHERE d.id IN ({ids}) AND NOT {same}",
        f"DELETE FROM {doc} WHERE id IN (SELECT d.id FROM {doc} d WHERE d.id IN ({ids}) AND NOT {same})",
        f"INSERT INTO {fts}(rowid, text, facets) SELECT w.key, x.text, w.facets FROM {want} w "
        f"JOIN archive_{kind} x ON x.id = w.id WHERE w.id IN ({ids}) AND w.id NOT IN (SELECT id FROM {doc})",
        f"INSERT INTO {doc}(key, id, facets) SELECT w.key, w.id, w.facets FROM {want} w "
        f"WHERE w.id IN ({ids}) AND w.id NOT IN (SELECT id FROM {doc})",
    ]


def _drop_entry(kind: str, row: str) -> list[str]:
    """Remove row ``row``'s entry, ``row`` being OLD (its text as indexed is OLD.text)."""
    doc, fts = f"archive_{kind}_searchdoc", f"archive_{kind}_search"
    return [
        f"INSERT INTO {fts}({fts}, rowid, text, facets) SELECT 'delete', d.key, {row}.text, d.facets "
        f"FROM {doc} d WHERE d.id = {row}.id",
        f"DELETE FROM {doc} WHERE id = {row}.id",
    ]


def _trigger(name: str, event: str, body: list[str], when: str = "") -> str:
    return f"CREATE TRIGGER {name} {event} FOR EACH ROW {('WHEN ' + when) if when else ''} BEGIN {'; '.join(body)}; END"


def _of_letters(kind: str, letters: str) -> str:
    return f"SELECT id FROM archive_{kind} WHERE letter_id IN ({letters})"


def _tables(kind: str) -> list[str]:
    doc, fts = f"archive_{kind}_searchdoc", f"archive_{kind}_search"
    return [
        f"CREATE TABLE {doc} (key INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE, facets TEXT NOT NULL)",
        f"CREATE VIEW archive_{kind}_searchwant AS SELECT x.id AS id, "
        f"(CAST(COALESCE(strftime('%Y%m%d', l.date), 0) AS INTEGER) << 32) | x.id AS key, {_facets(kind)} AS facets "
        f"FROM archive_{kind} x JOIN archive_letter l ON l.id = x.letter_id WHERE l.current",
        f"CREATE VIEW archive_{kind}_searchtext AS SELECT d.key AS key, x.text AS text, d.facets AS facets "
        f"FROM {doc} d JOIN archive_{kind} x ON x.id = d.id",
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, facets, content='archive_{kind}_searchtext', "
        "content_rowid='key', tokenize='porter unicode61')",
        # Relevance is BM25 over the text; facet tokens weigh nothing.
        f"INSERT INTO {fts}({fts}, rank) VALUES ('rank', 'bm25(1.0, 0.0)')",
    ]


def _triggers(kind: str, sync=_sync, drop=_drop_entry) -> list[str]:  # type: ignore[no-untyped-def]
    """The triggers on a kind's table and its authority links (0005 passes its own statements)."""
    t = f"archive_{kind}"
    changed = "OLD.text IS NOT NEW.text" + (
        " OR OLD.status IS NOT NEW.status" if kind == "comment" else " OR OLD.comment_id IS NOT NEW.comment_id"
    )
    reindex = [*drop(kind, "OLD"), *sync(kind, "NEW.id")]
    if kind == "comment":  # an answer's status facet is its comment's status
        reindex += sync("answer", "SELECT id FROM archive_answer WHERE comment_id = NEW.id")
    return [
        _trigger(f"{t}_search_ai", f"AFTER INSERT ON {t}", sync(kind, "NEW.id")),
        _trigger(f"{t}_search_ad", f"AFTER DELETE ON {t}", drop(kind, "OLD")),
        _trigger(f"{t}_search_au", f"AFTER UPDATE ON {t}", reindex, changed),
        _trigger(f"{t}_search_authority_ai", f"AFTER INSERT ON {t}_authorities", sync(kind, f"NEW.{kind}_id")),
        _trigger(f"{t}_search_authority_ad", f"AFTER DELETE ON {t}_authorities", sync(kind, f"OLD.{kind}_id")),
    ]


def _shared_triggers(sync=_sync) -> list[str]:  # type: ignore[no-untyped-def]
    """Letters, and the filings their reviews cover, feed the facets of both kinds."""
    letter_changed = (
        "OLD.current IS NOT NEW.current OR OLD.company_id IS NOT NEW.company_id "
        "OR OLD.date IS NOT NEW.date OR OLD.review_id IS NOT NEW.review_id "
        "OR json_extract(OLD.data, '$.office') IS NOT json_extract(NEW.data, '$.office')"
    )

    def each(letters: str) -> list[str]:
        return [s for kind in KINDS for s in sync(kind, _of_letters(kind, letters))]

    of_review = "SELECT id FROM archive_letter WHERE review_id = {}"
    return [
        _trigger("archive_letter_search_au", "AFTER UPDATE ON archive_letter", each("NEW.id"), letter_changed),
        _trigger(
            "archive_filing_reviews_search_ai",
            "AFTER INSERT ON archive_filing_reviews",
            each(of_review.format("NEW.review_id")),
        ),
        _trigger(
            "archive_filing_reviews_search_ad",
            "AFTER DELETE ON archive_filing_reviews",
            each(of_review.format("OLD.review_id")),
        ),
        _trigger(
            "archive_filing_search_au",
            "AFTER UPDATE ON archive_filing",
            each(
                "SELECT l.id FROM archive_letter l JOIN archive_filing_reviews fr ON fr.review_id = l.review_id "
                "WHERE fr.filing_id = NEW.id"
            ),
            "OLD.form IS NOT NEW.form",
        ),
    ]


TRIGGERS = [f"archive_{k}_search_{s}" for k in KINDS for s in ("ai", "ad", "au", "authority_ai", "authority_ad")] + [
    "archive_letter_search_au",
    "archive_filing_reviews_search_ai",
    "archive_filing_reviews_search_ad",
    "archive_filing_search_au",
]


def sqlite_sql() -> list[str]:
    sql: list[str] = []
    for kind in KINDS:
        sql += [f"DROP TABLE IF EXISTS archive_{kind}_fts"]
        sql += [f"DROP TRIGGER IF EXISTS archive_{kind}_fts_{s}" for s in ("ai", "ad", "au")]
        sql += _tables(kind)
        sql += [
            f"INSERT INTO archive_{kind}_searchdoc(key, id, facets) SELECT key, id, facets "
            f"FROM archive_{kind}_searchwant ORDER BY key",
            f"INSERT INTO archive_{kind}_search(archive_{kind}_search) VALUES ('rebuild')",
        ]
        sql += _triggers(kind)
    # The search form takes any part of an office's name: the distinct names come from this index.
    sql.append("CREATE INDEX archive_letter_office ON archive_letter (json_extract(data, '$.office'))")
    return sql + _shared_triggers()


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql():
            schema_editor.execute(sql, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    schema_editor.execute("DROP INDEX IF EXISTS archive_letter_office")
    for kind in KINDS:
        for sql in (
            f"DROP TABLE IF EXISTS archive_{kind}_search",
            f"DROP VIEW IF EXISTS archive_{kind}_searchtext",
            f"DROP VIEW IF EXISTS archive_{kind}_searchwant",
            f"DROP TABLE IF EXISTS archive_{kind}_searchdoc",
        ):
            schema_editor.execute(sql)
        for sql in _OLD.sqlite_sql(f"archive_{kind}"):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("archive", "0003_ordering_by_ids")]
    operations = [migrations.RunPython(forwards, backwards)]
