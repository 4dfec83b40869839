"""The ingest writer: a failed letter leaves nothing behind (not even in the run's lookups),
unchanged files are recorded, and companies are written and threaded as soon as their last file
arrives — with the same result as re-threading them at the end."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from commentletters.archive import models, records, writer
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.sources import discover
from commentletters.archive.threading import rethread_companies
from tests.conftest import CORPUS

# Two companies: ADM's 2017 review (staff letter, response, completion) and AFL's 2016 review.
ADM_2017 = CORPUS / "sec/ADM/ADM_0000000000-17-044885"
AFL_2016 = CORPUS / "sec/AFL/AFL_0000000000-16-074172"


def test_a_letter_that_fails_to_store_leaves_nothing_and_the_next_one_still_finds_its_company(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = discover([ADM_2017])[0].key  # written first: its transaction creates the company
    real = records.fresh_letter

    def fail_one(row: models.Letter) -> records.Fresh:
        if row.key == first:
            raise DatabaseError("disk full")
        return real(row)

    monkeypatch.setattr(records, "fresh_letter", fail_one)
    report = ingest_paths([ADM_2017], progress=False)
    assert (report.added, report.failed) == (2, 1)
    assert [code for _, code, _ in report.failures] == ["store_error"]
    assert models.Letter.objects.count() == 2 and not models.Letter.objects.filter(key=first).exists()
    assert models.Company.objects.filter(cik="0000007084").count() == 1
    assert not models.Comment.objects.exclude(letter__in=models.Letter.objects.all()).exists()
    assert models.Review.objects.exists()  # the two stored letters were threaded all the same

    monkeypatch.setattr(records, "fresh_letter", real)
    again = ingest_paths([ADM_2017], progress=False)
    assert (again.added, again.unchanged, again.failed) == (1, 2, 0)


def test_second_run_records_each_file_unchanged() -> None:
    first = ingest_paths([ADM_2017], progress=False)
    second = ingest_paths([ADM_2017], progress=False)
    rows = models.IngestFile.objects.filter(run_id=second.run_id)
    assert sorted(r.outcome for r in rows) == ["unchanged"] * 3
    first_keys = set(models.IngestFile.objects.filter(run_id=first.run_id).values_list("key", "sha256"))
    assert set(rows.values_list("key", "sha256")) == first_keys


def threads() -> dict[str, Any]:
    """What threading wrote, by stable keys and row ids (a re-thread that changes nothing keeps both)."""
    return {
        "letters": sorted(models.Letter.objects.values_list("key", "review__key", "round_id")),
        "rounds": sorted(models.Round.objects.values_list("id", "review__key", "number")),
        "reviews": sorted(models.Review.objects.values_list("key", "state", "rounds_count", "due_date", "started")),
        "statuses": sorted(models.Comment.objects.values_list("id", "status", "status_reason")),
        "answers": sorted(models.Answer.objects.values_list("id", "comment_id")),
        "filings": sorted(models.Filing.reviews.through.objects.values_list("review__key", "filing__form")),
    }


def test_companies_threaded_when_their_last_file_arrives_as_if_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    add, rethread = writer.Writer.add, writer.rethread

    def adding(self: writer.Writer, *args: Any, **kwargs: Any) -> None:
        events.append("add")
        add(self, *args, **kwargs)

    def rethreading(company: models.Company, *args: Any) -> None:
        events.append(f"rethread {company.id}")
        rethread(company, *args)

    monkeypatch.setattr(writer.Writer, "add", adding)
    monkeypatch.setattr(writer, "rethread", rethreading)
    ingest_paths([ADM_2017, AFL_2016], progress=False, workers=1)
    adm = models.Company.objects.get(cik="0000007084")
    assert events.index(f"rethread {adm.id}") == 3  # right after ADM's third (last) letter, before AFL's
    assert events.count("add") == models.Letter.objects.count()

    before = threads()
    assert before["rounds"] and any(cid for _, cid in before["answers"])
    with CaptureQueriesContext(connection) as queries:
        rethread_companies(models.Company.objects.values_list("id", flat=True))
    assert threads() == before
    rewrites = re.compile(r'^(\d+ times: )?(UPDATE|INSERT INTO "archive_r)')  # executemany is logged "N times: ..."
    writes = [q["sql"] for q in queries.captured_queries if rewrites.match(q["sql"])]
    assert writes == []  # nothing changed, so nothing is rewritten
