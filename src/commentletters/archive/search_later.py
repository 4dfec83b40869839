"""Re-indexing for search once per transaction, not once per write (SQLite; see migration 0006).

Inside :func:`reindex_once`, the search triggers only note which comments and answers changed;
on leaving it, those rows are re-indexed once, in the same transaction (or, if asked, by the next
flush). Ingest writes a row's inputs several times (the row, its authority links, its letter's
review, its status, its answer's link), so this spares most of the full-text work. Use it inside a
transaction: a rollback then takes the notes with the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import import_module

from django.db import connection

_SQL = import_module("commentletters.archive.migrations.0006_search_later")


@contextmanager
def reindex_once(*, flush_at_end: bool = True) -> Iterator[None]:
    """Defer the search index's upkeep to the end of this block (a no-op but on SQLite).

    ``flush_at_end=False`` leaves the noted rows for the next flush, maybe in a later transaction:
    the ingest writer's way, since the re-threading that follows a company's letters re-indexes
    their rows anyway (new reviews, statuses, links) — indexing them in each letter's transaction
    too would double the full-text work. Until that flush those rows are missing from search
    (or, superseded, still in it), and :func:`flush` at the start of a run repairs a killed one.
    """
    if connection.vendor != "sqlite":
        yield
        return
    assert connection.in_atomic_block, "reindex_once() belongs inside a transaction"
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT OR IGNORE INTO {_SQL.LATER}(id) VALUES (1)")
        outermost = cursor.rowcount == 1  # a nested block leaves the flush to the outer one
    yield
    if outermost and flush_at_end:
        flush()
    elif outermost:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {_SQL.LATER}")


def flush() -> None:
    """Re-index the noted rows and clear the notes; also repairs what a run left behind, should a
    transaction ever have committed with notes in it."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT DISTINCT kind FROM {_SQL.DIRTY}")  # most letters touch one kind, or none
        kinds = [_SQL.KINDS[k] for (k,) in cursor.fetchall()]
        for sql in (
            *(s for kind in kinds for s in _SQL.reindex_sql(kind)),
            f"DELETE FROM {_SQL.DIRTY}",
            f"DELETE FROM {_SQL.LATER}",
        ):
            cursor.execute(sql)
