"""Going back past the search index's later migrations (``migrate archive 0005``, to run an older
version) leaves a working archive, and coming forward again rebuilds the index in step with it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from commentletters import archive
from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.web.search import Filters, search
from tests.archive.search_letters import ADM_2017_STAFF
from tests.conftest import corpus_file
from tests.web.test_search_index import _in_step


def _migrate(target: tuple[str, str]) -> None:
    MigrationExecutor(connection).migrate([target])


def test_back_to_one_index_and_forward_again(transactional_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "_migrated", True)
    assert ingest_paths([corpus_file("sec/ADM/ADM_0000000000-17-044885")], progress=False).failed == 0
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("archive")[0]
    try:
        _migrate(("archive", "0005_one_search_index"))
        # what 0005's triggers do on their own: a review's filing unlinked (threading re-links reviews)
        review = models.Review.objects.get(letters__key=ADM_2017_STAFF)
        filings = list(review.filings.all())
        assert filings
        review.filings.clear()
        review.filings.add(*filings)
    finally:
        _migrate(latest)
    _in_step()
    found = search("Syria", Filters(asks="tell_us", form="10-K"), per_page=50).hits
    assert (ADM_2017_STAFF, 1) in {(h.accession, h.number) for h in found}
