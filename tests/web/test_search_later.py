"""Re-indexing once per transaction (SQLite, migration 0006): inside ``reindex_once`` the search
index waits, on leaving it the index is in step again; a rollback takes the waiting notes with it,
and notes left for later are taken by the next ingest run."""

from __future__ import annotations

import pytest
from django.db import connection, transaction

from commentletters.archive import models, search_later
from commentletters.archive.ingest import ingest_paths
from commentletters.web.search import Filters, search
from tests.web.test_search_index import _in_step

pytestmark = pytest.mark.django_db


def _resolved() -> set[tuple[str, int]]:
    return {(h.type, h.id) for h in search("tax", Filters(status="resolved"), per_page=50).hits}


def _notes() -> int:
    if connection.vendor != "sqlite":
        return 0
    with connection.cursor() as cur:
        cur.execute("SELECT (SELECT COUNT(*) FROM archive_searchdirty) + (SELECT COUNT(*) FROM archive_searchlater)")
        return int(cur.fetchone()[0])


def _resolve_first() -> set[tuple[str, int]]:
    first = models.Comment.objects.get(letter__key="0000000000-16-073605", number=1)
    models.Comment.objects.filter(pk=first.pk).update(status="resolved")
    return {("comment", first.id), ("answer", first.answers.get().id)}


def test_index_waits_for_the_end_of_the_block(archive) -> None:
    """On PostgreSQL the index is a generated column, in step at once: the block changes nothing."""
    waits = connection.vendor == "sqlite"
    with search_later.reindex_once():
        moved = _resolve_first()
        with search_later.reindex_once():  # a nested block leaves the work to the outer one
            models.Letter.objects.filter(key="0001193125-16-582198").update(current=False)
        after = {m for m in moved if m[0] == "comment"}  # the answer's letter is superseded
        assert _resolved() == (set() if waits else after)
        assert (_notes() > 0) == waits
    assert _resolved() == after
    assert _notes() == 0
    _in_step()


def test_text_edit_while_waiting(archive) -> None:
    """The old entry goes at once (FTS5 needs the text it indexed), the new one at the end."""
    comment = models.Comment.objects.get(letter__key="0000000000-16-082817")
    with search_later.reindex_once():
        models.Comment.objects.filter(pk=comment.pk).update(text="Please describe your liquidity risks.")
        assert search("known trend").hits == []
    assert [h.id for h in search("liquidity").hits] == [comment.id]
    _in_step()


def test_rollback_takes_the_notes_with_it(archive) -> None:
    with pytest.raises(RuntimeError), transaction.atomic(), search_later.reindex_once():
        _resolve_first()
        raise RuntimeError
    assert _resolved() == set() and _notes() == 0
    _in_step()


def test_notes_left_for_later_are_repaired_by_the_next_ingest(archive) -> None:
    """The ingest writer's letters wait for their company's re-threading; a run killed in between
    leaves their notes (the flag is gone with each commit), and the next run's first step indexes them."""
    with search_later.reindex_once(flush_at_end=False):
        moved = _resolve_first()
    sqlite = connection.vendor == "sqlite"
    assert _resolved() == (set() if sqlite else moved)
    assert _notes() == (2 if sqlite else 0)  # the comment and its answer; no flag
    ingest_paths([], progress=False)
    assert _resolved() == moved and _notes() == 0
    _in_step()
