"""Migration 0011 on an archive made before it (SQLite): entries indexed with their review's forms
are re-indexed with their own letter's (Weyerhaeuser's 2016 review, see
test_search_form_of_letter.py); going back gives the review's forms again, the index in step with
the archive each way. PostgreSQL reads the letters' JSON in the query: nothing to migrate there."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from commentletters import archive
from commentletters.archive.ingest import ingest_paths
from tests.archive.test_search_form_of_letter import ALL, ON_THE_AMENDMENT, THREAD, found
from tests.web.test_search_index import _in_step

BEFORE = ("archive", "0010_whole_answer_rows")
AFTER = ("archive", "0011_search_forms_of_the_letter")


def _migrate(target: tuple[str, str]) -> None:
    MigrationExecutor(connection).migrate([target])


def test_entries_take_their_own_letters_forms(transactional_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "_migrated", True)
    assert ingest_paths([THREAD], progress=False).failed == 0
    sqlite = connection.vendor == "sqlite"
    try:
        _migrate(BEFORE)
        if sqlite:  # the review's forms: its 8-K (as its Filing row spells the 8-K/A) on every entry
            assert found("8-K") == ALL and found("8-K/A") == set()
        _in_step()
        _migrate(AFTER)
        assert found("8-K") == ON_THE_AMENDMENT == found("8-K/A")
        _in_step()
        _migrate(BEFORE)
        if sqlite:
            assert found("8-K") == ALL
        _in_step()
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("archive")[0])
    assert found("8-K") == ON_THE_AMENDMENT and found("10-K") == ALL
    _in_step()
