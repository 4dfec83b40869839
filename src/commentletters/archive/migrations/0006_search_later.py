"""SQLite: the search index can be brought in line once per transaction instead of once per write.

0005's triggers re-index a comment or answer on every write its entry depends on. Ingest and
threading write a row's inputs several times in one transaction (the row, each authority link, its
letter joining a review, the review's filings, its status, its answer's link), and each re-index
tokenizes the text twice (the 'delete' of the old entry, the insert of the new one) — most of
the writer's time went there.

While ``archive_searchlater`` holds a row, the same triggers only note the rows whose entry may have
changed in ``archive_searchdirty``; :func:`flush_sql` then re-indexes those rows once and clears
both tables. ``archive.search_later`` sets the flag and clears it inside one transaction (a
transaction killed half way rolls back flag, notes and rows together), so every committed state has
each entry equal to what ``searchwant`` says but for the rows still noted — and outside such a
transaction nothing changes: the triggers re-index at once.

The triggers are 0005's, with one fix: whether a row already has an entry is one index lookup,
where 0005 listed every entry of the kind (a cost growing with the archive, paid on each write).

Two things stay immediate: removing a deleted row's entry, and a text edit's removal of the old
entry, because FTS5 needs the text as it was indexed and only ``OLD.text`` still has it.
"""

from importlib import import_module

from django.db import migrations

KINDS = ("comment", "answer")
LATER, DIRTY = "archive_searchlater", "archive_searchdirty"
LATER_ON = f"EXISTS (SELECT 1 FROM {LATER})"
_V4 = import_module("commentletters.archive.migrations.0004_search_facets")
_V5 = import_module("commentletters.archive.migrations.0005_one_search_index")


def _sync(kind: str, ids: str) -> list[str]:
    """0005's statements bringing rows ``ids`` of a kind in line with ``searchwant``, but asking
    whether a row has an entry by one index lookup: 0005's ``id NOT IN (SELECT id FROM searchdoc
    WHERE kind = k)`` built the list of every entry of the kind each time it ran."""
    k, want, doc = KINDS.index(kind), f"archive_{kind}_searchwant", _V5.DOC
    same = f"EXISTS (SELECT 1 FROM {want} w WHERE w.id = d.id AND w.key = d.key AND w.facets = d.facets)"
    mine = f"d.kind = {k} AND d.id IN ({ids})"
    missing = f"w.id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM {doc} d WHERE d.kind = {k} AND d.id = w.id)"
    return [
        f"INSERT INTO {_V5.FTS}({_V5.FTS}, rowid, text, facets) SELECT 'delete', d.key, x.text, d.facets "
        f"FROM {doc} d JOIN archive_{kind} x ON x.id = d.id WHERE {mine} AND NOT {same}",
        f"DELETE FROM {doc} WHERE key IN (SELECT d.key FROM {doc} d WHERE {mine} AND NOT {same})",
        f"INSERT INTO {_V5.FTS}(rowid, text, facets) SELECT w.key, x.text, w.facets FROM {want} w "
        f"JOIN archive_{kind} x ON x.id = w.id WHERE {missing}",
        f"INSERT INTO {doc}(key, kind, id, facets) SELECT w.key, {k}, w.id, w.facets FROM {want} w WHERE {missing}",
    ]


def _mark(kind: str, ids: str) -> list[str]:
    """The statement noting rows ``ids`` (an SQL expression or subquery) of a kind for re-indexing."""
    return [
        f"INSERT OR IGNORE INTO {DIRTY}(kind, id) SELECT {KINDS.index(kind)}, x.id FROM archive_{kind} x "
        f"WHERE x.id IN ({ids})"
    ]


def _both(name: str, event: str, ids: list[tuple[str, str]], when: str = "") -> list[str]:
    """A trigger that re-indexes rows ``ids`` ((kind, ids) pairs) at once, and its twin that notes them
    for later; ``when`` is the condition both share."""
    now = [s for kind, rows in ids for s in _sync(kind, rows)]
    later = [s for kind, rows in ids for s in _mark(kind, rows)]
    both = f"({when}) AND " if when else ""
    return [
        _V4._trigger(name, event, now, f"{both}NOT {LATER_ON}"),
        _V4._trigger(f"{name}_later", event, later, f"{both}{LATER_ON}"),
    ]


TEXT_CHANGED = "OLD.text IS NOT NEW.text"
CHANGED = {
    "comment": f"{TEXT_CHANGED} OR OLD.status IS NOT NEW.status",
    "answer": f"{TEXT_CHANGED} OR OLD.comment_id IS NOT NEW.comment_id",
}


def update_triggers(kind: str, changed: str) -> list[str]:
    """The two triggers re-indexing a row when ``changed`` (at once, or noted for later); a later
    migration that adds a facet from a column of the row recreates them with that column added."""
    t = f"archive_{kind}"
    updated = [(kind, "NEW.id")]
    if kind == "comment":  # an answer's status facet is its comment's status
        updated.append(("answer", "SELECT id FROM archive_answer WHERE comment_id = NEW.id"))
    now = [*_V5._drop_entry(kind, "OLD"), *(s for k, rows in updated for s in _sync(k, rows))]
    return [
        _V4._trigger(f"{t}_search_au", f"AFTER UPDATE ON {t}", now, f"({changed}) AND NOT {LATER_ON}"),
        _V4._trigger(
            f"{t}_search_au_later",
            f"AFTER UPDATE ON {t}",
            [s for k, rows in updated for s in _mark(k, rows)],
            f"({changed}) AND {LATER_ON}",
        ),
    ]


def _kind_triggers(kind: str) -> list[str]:
    t = f"archive_{kind}"
    text_changed = TEXT_CHANGED
    return [
        *_both(f"{t}_search_ai", f"AFTER INSERT ON {t}", [(kind, "NEW.id")]),
        _V4._trigger(f"{t}_search_ad", f"AFTER DELETE ON {t}", _V5._drop_entry(kind, "OLD")),
        *update_triggers(kind, CHANGED[kind]),
        _V4._trigger(
            f"{t}_search_au_text_later",
            f"AFTER UPDATE ON {t}",
            _V5._drop_entry(kind, "OLD"),
            f"({text_changed}) AND {LATER_ON}",
        ),
        *_both(f"{t}_search_authority_ai", f"AFTER INSERT ON {t}_authorities", [(kind, f"NEW.{kind}_id")]),
        *_both(f"{t}_search_authority_ad", f"AFTER DELETE ON {t}_authorities", [(kind, f"OLD.{kind}_id")]),
    ]


def _shared_triggers() -> list[str]:
    """Letters, and the filings their reviews cover, feed the facets of both kinds (as in 0004)."""
    letter_changed = (
        "OLD.current IS NOT NEW.current OR OLD.company_id IS NOT NEW.company_id "
        "OR OLD.date IS NOT NEW.date OR OLD.review_id IS NOT NEW.review_id "
        "OR json_extract(OLD.data, '$.office') IS NOT json_extract(NEW.data, '$.office')"
    )

    def each(letters: str) -> list[tuple[str, str]]:
        return [(kind, _V4._of_letters(kind, letters)) for kind in KINDS]

    of_review = "SELECT id FROM archive_letter WHERE review_id = {}"
    return [
        *_both("archive_letter_search_au", "AFTER UPDATE ON archive_letter", each("NEW.id"), letter_changed),
        *_both(
            "archive_filing_reviews_search_ai",
            "AFTER INSERT ON archive_filing_reviews",
            each(of_review.format("NEW.review_id")),
        ),
        *_both(
            "archive_filing_reviews_search_ad",
            "AFTER DELETE ON archive_filing_reviews",
            each(of_review.format("OLD.review_id")),
        ),
        *_both(
            "archive_filing_search_au",
            "AFTER UPDATE ON archive_filing",
            each(
                "SELECT l.id FROM archive_letter l JOIN archive_filing_reviews fr ON fr.review_id = l.review_id "
                "WHERE fr.filing_id = NEW.id"
            ),
            "OLD.form IS NOT NEW.form",
        ),
    ]


TRIGGERS = [
    *_V5.TRIGGERS,
    # a deleted comment's or answer's entry goes at once (no twin); a review's filing unlinked has one
    *(f"{name}_later" for name in _V5.TRIGGERS if name not in (f"archive_{kind}_search_ad" for kind in KINDS)),
    *(f"archive_{kind}_search_au_text_later" for kind in KINDS),
]


def reindex_sql(kind: str) -> list[str]:
    """Re-index every noted row of a kind once."""
    return _sync(kind, f"SELECT id FROM {DIRTY} WHERE kind = {KINDS.index(kind)}")


def flush_sql() -> list[str]:
    """Re-index every noted row once, then clear the notes and the flag."""
    return [*reindex_sql("comment"), *reindex_sql("answer"), f"DELETE FROM {DIRTY}", f"DELETE FROM {LATER}"]


def sqlite_sql() -> list[str]:
    return [
        # all of this migration's names: its backwards once left archive_filing_reviews_search_ad_later
        *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
        f"CREATE TABLE {LATER} (id INTEGER PRIMARY KEY CHECK (id = 1))",
        f"CREATE TABLE {DIRTY} (kind INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID",
        *(s for kind in KINDS for s in _kind_triggers(kind)),
        *_shared_triggers(),
    ]


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_sql():
            schema_editor.execute(sql, params=None)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor != "sqlite":
        return
    for sql in (
        *flush_sql(),
        *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
        f"DROP TABLE {DIRTY}",
        f"DROP TABLE {LATER}",
    ):
        schema_editor.execute(sql, params=None)
    for kind in KINDS:
        for sql in _V4._triggers(kind, _V5._sync, _V5._drop_entry):
            schema_editor.execute(sql, params=None)
    for sql in _V4._shared_triggers(_V5._sync):
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("archive", "0005_one_search_index")]
    operations = [migrations.RunPython(forwards, backwards)]
