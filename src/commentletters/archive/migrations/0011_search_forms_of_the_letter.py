"""SQLite: the search's "form reviewed" is a form the letter's own Re: block names, not any form
of the review the letter belongs to.

0004 gave each entry an ``f<hex FORM>0`` token for every form its review covers, so a review of a
10-K and an 8-K put the 10-K follow-ups under "8-K" too (corpus: "8-K" found 167 staff comments,
113 of them in letters naming an 8-K). Someone asking what the staff asked about 8-Ks wants the
comments of letters that review one, and the answers of letters that answer them: the forms the
letter names (``Letter.data.filings_reviewed``, which company letters repeat). An amendment is its
form reviewed again (later rounds of an S-1's review are on the S-1/A): "S-1/A" has the token of
"S-1" too, so a search for S-1 finds them, and one for S-1/A the amendments alone.

This migration recreates both kinds' ``searchwant`` views with those tokens (the comments' keeping
0008's ask tokens); the letter trigger re-indexes a letter's rows when its Re: block's filings
change (a re-parse, the admin) instead of when it joins another review, and the triggers on a
review's filings go, as no entry depends on them now. Every entry whose tokens change is re-indexed
here, then FTS5's segments are merged (see 0008). Going back restores 0008's views and 0006's
triggers and re-indexes the same way. PostgreSQL reads the letter's JSON in the query
(``web/search.py``).
"""

from importlib import import_module

from django.db import migrations

_V4 = import_module("commentletters.archive.migrations.0004_search_facets")
_V5 = import_module("commentletters.archive.migrations.0005_one_search_index")
_V6 = import_module("commentletters.archive.migrations.0006_search_later")
_V8 = import_module("commentletters.archive.migrations.0008_search_asks")

KINDS = ("comment", "answer")
REVIEW_FORMS = (  # 0004's form tokens, as the facets text spells them
    " || COALESCE(' ' || (SELECT group_concat(t, ' ') FROM (SELECT DISTINCT 'f' || hex(upper(fi.form)) || '0' t "
    "FROM archive_filing_reviews fr JOIN archive_filing fi ON fi.id = fr.filing_id "
    "WHERE fr.review_id = l.review_id ORDER BY t)), '')"
)
_FILINGS = "json_extract(l.data, '$.filings_reviewed')"
_FORM = "upper(json_extract(j.value, '$.form'))"
# each form named, and an amendment's form also without its "/A" (an S-1/A is an S-1 reviewed again)
_NAMED = f"CASE v.base WHEN 0 THEN {_FORM} ELSE substr({_FORM}, 1, length({_FORM}) - 2) END"
LETTER_FORMS = (  # the same tokens, from the forms the letter's Re: block names
    " || COALESCE(' ' || (SELECT group_concat(t, ' ') FROM (SELECT DISTINCT 'f' || "
    f"hex({_NAMED}) || '0' t FROM json_each(CASE WHEN json_type({_FILINGS}) = 'array' THEN {_FILINGS} "
    "ELSE '[]' END) j, (SELECT 0 AS base UNION ALL SELECT 1) v WHERE j.type = 'object' "
    f"AND json_type(j.value, '$.form') = 'text' AND {_FORM} <> '' AND (v.base = 0 OR {_FORM} LIKE '_%/A') "
    "ORDER BY t)), '')"
)
FILINGS_CHANGED = "json_extract(OLD.data, '$.filings_reviewed') IS NOT json_extract(NEW.data, '$.filings_reviewed')"
LETTER_CHANGED = (
    "OLD.current IS NOT NEW.current OR OLD.company_id IS NOT NEW.company_id OR OLD.date IS NOT NEW.date "
    "OR json_extract(OLD.data, '$.office') IS NOT json_extract(NEW.data, '$.office') OR " + FILINGS_CHANGED
)
REVIEW_TRIGGERS = [  # 0006's triggers on a review's filings, with their twins
    f"{name}{later}"
    for name in ("archive_filing_reviews_search_ai", "archive_filing_reviews_search_ad", "archive_filing_search_au")
    for later in ("", "_later")
]
LETTER_TRIGGERS = ["archive_letter_search_au", "archive_letter_search_au_later"]


def _facets(kind: str, of_letter: bool) -> str:
    facets = f"'k{KINDS.index(kind)} ' || {_V4._facets(kind)}"
    if kind == "comment":
        facets += f" || {_V8.ASK_TOKENS}"
    if of_letter:
        assert REVIEW_FORMS in facets
        facets = facets.replace(REVIEW_FORMS, LETTER_FORMS)
    return facets


def _views(of_letter: bool) -> list[str]:
    sql = []
    for kind in KINDS:
        want = f"archive_{kind}_searchwant"
        sql += [
            f"DROP VIEW IF EXISTS {want}",
            f"CREATE VIEW {want} AS SELECT x.id AS id, "
            f"(CAST(COALESCE(strftime('%Y%m%d', l.date), 0) AS INTEGER) << 33) | (x.id << 1) | {KINDS.index(kind)} "
            f"AS key, {_facets(kind, of_letter)} AS facets "
            f"FROM archive_{kind} x JOIN archive_letter l ON l.id = x.letter_id WHERE l.current",
        ]
    return sql


def _letter_triggers() -> list[str]:
    each = [(kind, _V4._of_letters(kind, "NEW.id")) for kind in KINDS]
    return _V6._both("archive_letter_search_au", "AFTER UPDATE ON archive_letter", each, LETTER_CHANGED)


def _reindex_all() -> list[str]:
    """Every entry brought in line with the views (only those whose tokens differ are rewritten), then
    the index's segments merged."""
    sql = [s for kind in KINDS for s in _V6._sync(kind, f"SELECT id FROM archive_{kind}")]
    return [*sql, f"INSERT INTO {_V5.FTS}({_V5.FTS}) VALUES ('optimize')"]


def sqlite_sql() -> list[str]:
    drops = [f"DROP TRIGGER IF EXISTS {name}" for name in (*REVIEW_TRIGGERS, *LETTER_TRIGGERS)]
    return [*drops, *_views(of_letter=True), *_letter_triggers(), *_reindex_all()]


def sqlite_back_sql() -> list[str]:
    drops = [f"DROP TRIGGER IF EXISTS {name}" for name in LETTER_TRIGGERS]
    shared = _V6._shared_triggers()  # 0006's letter trigger and the triggers on a review's filings
    return [*drops, *_views(of_letter=False), *shared, *_reindex_all()]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql():
            schema_editor.execute(sql, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_back_sql():
            schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("archive", "0010_whole_answer_rows")]
    operations = [migrations.RunPython(forwards, backwards)]
