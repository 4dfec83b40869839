"""Migration 0008 on an archive made before it: comments indexed without their asks are found by
ask once ``migrate`` has run (SQLite re-indexes them; PostgreSQL reads the JSON column), and going
back leaves an index without ask tokens, in step with the archive either way."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from commentletters import archive
from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.web.search import Filters, search
from tests.archive.search_letters import ADM_2017_STAFF, AGILENT_STAFF
from tests.conftest import corpus_file
from tests.web.test_search_index import _in_step

BEFORE = ("archive", "0007_lists_may_be_empty")
AFTER = ("archive", "0008_search_asks")


def _migrate(target: tuple[str, str]) -> None:
    MigrationExecutor(connection).migrate([target])


def _asking_tell_us() -> set[tuple[str, int]]:
    return {(h.accession, h.number) for h in search("Syria", Filters(asks="tell_us"), per_page=50).hits}


def _ask_tokens() -> int:
    with connection.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM archive_searchdoc WHERE facets LIKE '% q%'")
        return int(cur.fetchone()[0])


def test_comments_indexed_before_the_migration_are_found_by_ask(
    transactional_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "_migrated", True)  # ingest must not bring the schema up to date itself
    sqlite = connection.vendor == "sqlite"
    _migrate(BEFORE)
    try:
        threads = ("sec/A/A_0000000000-16-092800", "sec/ADM/ADM_0000000000-17-044885")
        assert ingest_paths([corpus_file(t) for t in threads], progress=False).failed == 0
        # both letters' comment 1: "Please describe to us the nature and extent of ... contacts"
        asked = {(AGILENT_STAFF, 1), (ADM_2017_STAFF, 1)}
        if sqlite:  # indexed by 0006's triggers: no ask tokens, so the filter (0008's tokens) finds nothing
            assert _ask_tokens() == 0 and _asking_tell_us() == set()
        _migrate(AFTER)
        assert asked <= _asking_tell_us()
        assert {h.type for h in search("", Filters(asks="tell_us"), per_page=100).hits} == {"comment"}
        if sqlite:
            assert _ask_tokens() == models.Comment.objects.exclude(asks=[]).count()
        _in_step()
        _migrate(BEFORE)
        if sqlite:
            assert _ask_tokens() == 0
        _in_step()  # against 0005's view of the entries again
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("archive")[0])
    assert asked <= _asking_tell_us()
