"""Migration 0012: each commitment's kind, taken from the letter's stored JSON.

Aon's answer on its S-4 (March 2024) changed the revised prospectus filed with it and promised the
ownership percentages for a later amendment: its answer 1 holds two changes made and a promise; Kinder
Morgan's answer on its 10-K (2016) promises disclosure in future reports (its answer 5 a change made and
further enhancements to come). Going back to 0011 drops the
column; coming forward restores the kinds a letter's JSON tells, and leaves "unknown" those of a
letter parsed before kinds were told (its JSON has none) until ``reparse`` parses it again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from commentletters import archive
from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reparse import reparse_all
from tests.conftest import corpus_file
from tests.web.test_search_index import _in_step

BEFORE = ("archive", "0011_search_forms_of_the_letter")
AFTER = ("archive", "0012_commitment_kinds")
AON = "0001193125-24-082095"
KMI = "0001506307-16-000098"


def _migrate(target: tuple[str, str]) -> None:
    MigrationExecutor(connection).migrate([target])


def _kinds(key: str) -> dict[int, list[str]]:
    rows = models.Commitment.objects.filter(answer__letter__key=key, answer__letter__current=True)
    found: dict[int, list[str]] = {}
    for number, kind in rows.order_by("answer__position", "id").values_list("answer__number", "kind"):
        found.setdefault(number, []).append(kind)
    return found


def _columns() -> set[str]:
    with connection.cursor() as cursor:
        return {c.name for c in connection.introspection.get_table_description(cursor, "archive_commitment")}


def _forget_kinds(key: str) -> None:
    """The letter's JSON as a parser before kinds wrote it (through SQL: the model has the column 0011 lacks)."""
    letter = models.Letter.objects.get(key=key, current=True)
    data = dict(letter.data)
    data["responses"] = [{k: v for k, v in r.items() if k != "commitment_kinds"} for r in data["responses"]]
    models.Letter.objects.filter(pk=letter.pk).update(data=data)


def test_kinds_from_the_stored_json(transactional_db, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "_migrated", True)
    threads = [corpus_file("sec/AON/AON_0000000000-24-003147"), corpus_file("sec/KMI/KMI_0000000000-16-082397")]
    assert ingest_paths(threads, progress=False).failed == 0
    aon, kmi = _kinds(AON), _kinds(KMI)
    assert aon[1] == ["made", "made", "future"] and aon[3] == ["made"]
    assert kmi[1] == ["future"] and kmi[5] == ["made", "future"]  # (modified already, "further enhancements" to come)
    try:
        _migrate(BEFORE)
        assert "kind" not in _columns()
        _forget_kinds(KMI)
        _in_step()
        _migrate(AFTER)
        assert "kind" in _columns()
        assert _kinds(AON) == aon  # restored from the JSON
        assert {k for kinds in _kinds(KMI).values() for k in kinds} == {"unknown"}
        _in_step()
    finally:
        _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes("archive")[0])
    done, failed = reparse_all(progress=False, workers=1)
    assert failed == [] and done > 0
    assert _kinds(KMI) == kmi and _kinds(AON) == aon
