"""Migration 0010 on an archive made before it: a whole-letter answer kept in its letter's JSON alone
(Block's supplemental letter of October 18, 2018, see test_whole_answer_rows.py) becomes an answer
with its commitment once ``migrate`` has run, found by search; going back removes them again, the
search index in step with the archive either way, and every other answer left as it was."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from commentletters import archive
from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.web.search import search
from tests.conftest import corpus_file
from tests.web.test_search_index import _in_step

BEFORE = ("archive", "0009_corrections")
AFTER = ("archive", "0010_whole_answer_rows")
THREAD = corpus_file("sec/XYZ/XYZ_0000000000-18-025443")
KEY = "0001193125-18-302160"


def _migrate(target: tuple[str, str]) -> None:
    MigrationExecutor(connection).migrate([target])


def _whole() -> list[tuple[str, int, int]]:
    """(letter, answers, commitments) of each whole-letter answer."""
    rows = models.Answer.objects.filter(number=models.WHOLE_LETTER)
    return [(a.letter.key, a.letter.answers.count(), a.commitment_rows.count()) for a in rows]


def test_whole_answers_stored_before_become_answers(transactional_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "_migrated", True)
    assert ingest_paths([THREAD], progress=False).failed == 0
    others = sorted(models.Answer.objects.exclude(letter__key=KEY).values_list("id", "number", "comment_id"))
    assert others  # the thread's numbered answers, linked to their comments
    try:
        _migrate(BEFORE)  # as an archive made before 0010: the answer in the letter's JSON only
        assert _whole() == [] and search("Interac").total == 0
        assert models.Commitment.objects.filter(answer__letter__key=KEY).count() == 0
        _in_step()
        _migrate(AFTER)
        assert _whole() == [(KEY, 1, 1)]
        assert [(h.accession, h.number) for h in search("Interac").hits] == [(KEY, None)]
        _in_step()
        _migrate(BEFORE)
        assert _whole() == [] and search("Interac").total == 0
        _in_step()
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("archive")[0])
    assert _whole() == [(KEY, 1, 1)]
    assert sorted(models.Answer.objects.exclude(letter__key=KEY).values_list("id", "number", "comment_id")) == others
