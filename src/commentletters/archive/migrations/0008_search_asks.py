"""SQLite: what a staff comment asks (``Comment.asks``) becomes a filter of the search index.

Researchers look for what the staff asked others to do ("revise future filings", "file an exhibit"),
so the search filters by ask. As every other filter on SQLite (0004, 0005), each ask of a comment is
a token in its entry's ``facets`` column: ``q<hex ask>0`` (hex keeps ``revise_future_filings`` one
token and gives it a digit, so typed words never match it; ``web/search_sqlite.py`` writes the same).
Answers ask nothing: their entries do not change.

This migration recreates ``archive_comment_searchwant`` with those tokens and the two triggers that
re-index a comment when a column its entry comes from changes, now also on ``asks`` (the admin, or
a re-parse that updates a row). Comments already indexed get their tokens here: the entries of
comments that ask something are brought in line with the new view (0006's statements: the old
entry deleted, the new one added), so an archive made before this migration finds them by ask once
``migrate`` has run. PostgreSQL filters the JSON column itself (``web/search.py``).
"""

from importlib import import_module

from django.db import migrations

_V4 = import_module("commentletters.archive.migrations.0004_search_facets")
_V5 = import_module("commentletters.archive.migrations.0005_one_search_index")
_V6 = import_module("commentletters.archive.migrations.0006_search_later")

WANT = "archive_comment_searchwant"
# json_each over a value that is not JSON would stop the trigger (and the write): such a value asks nothing.
_ASKS = "json_each(CASE WHEN json_valid(x.asks) THEN x.asks ELSE '[]' END)"
ASK_TOKENS = (
    "COALESCE(' ' || (SELECT group_concat(t, ' ') FROM (SELECT DISTINCT 'q' || hex(j.value) || '0' t "
    f"FROM {_ASKS} j WHERE j.type = 'text' AND j.value <> '' ORDER BY t)), '')"
)
# the comments whose entry holds ask tokens, or will (an empty list is stored as '[]')
ASKING = "SELECT id FROM archive_comment WHERE asks IS NOT NULL AND asks <> '[]'"


def _view(with_asks: bool) -> list[str]:
    """0005's view of what each comment's entry should be, with or without the ask tokens."""
    facets = f"'k0 ' || {_V4._facets('comment')}" + (f" || {ASK_TOKENS}" if with_asks else "")
    return [
        f"DROP VIEW IF EXISTS {WANT}",
        f"CREATE VIEW {WANT} AS SELECT x.id AS id, "
        "(CAST(COALESCE(strftime('%Y%m%d', l.date), 0) AS INTEGER) << 33) | (x.id << 1) | 0 AS key, "
        f"{facets} AS facets FROM archive_comment x JOIN archive_letter l ON l.id = x.letter_id WHERE l.current",
    ]


def _triggers(changed: str) -> list[str]:
    return [
        "DROP TRIGGER IF EXISTS archive_comment_search_au",
        "DROP TRIGGER IF EXISTS archive_comment_search_au_later",
        *_V6.update_triggers("comment", changed),
    ]


def sqlite_sql(with_asks: bool = True) -> list[str]:
    """The view and triggers, then the asking comments re-indexed (with the tokens, or without).

    Most comments ask something, so most of their entries are deleted and added again, which leaves
    the index in many small segments: at a million comments searches took twice as long after it
    (p95 43 → 88 ms) until FTS5's 'optimize' merged them (15 s there, p95 39 ms)."""
    changed = _V6.CHANGED["comment"] + (" OR OLD.asks IS NOT NEW.asks" if with_asks else "")
    optimize = f"INSERT INTO {_V5.FTS}({_V5.FTS}) VALUES ('optimize')"
    return [*_view(with_asks), *_triggers(changed), *_V6._sync("comment", ASKING), optimize]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql():
            schema_editor.execute(sql, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql(with_asks=False):
            schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("archive", "0007_lists_may_be_empty")]
    operations = [migrations.RunPython(forwards, backwards)]
