"""Threading stored letters and exporting the links, on ADM's 2020 review.

The parser is replaced here by the letters' facts as read by hand (see tests/core/test_threads.py),
so these tests check the archive's threading and export whatever the parser's current accuracy.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest

from commentletters.archive import ingest, models, worker
from commentletters.archive.export import write_csv, write_jsonl
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reports import stats
from commentletters.archive.search import search
from commentletters.core.letters import Response
from tests.conftest import CORPUS
from tests.core.test_threads import R1, R2, S1, S2, S3

THREAD = CORPUS / "sec/ADM/ADM_0000000000-20-007987"
COMMITTING = "The Company will enhance its future disclosures to identify the number of reporting units."


@pytest.fixture
def adm_2020(monkeypatch: pytest.MonkeyPatch) -> None:
    by_accession = {i.id: i.letter for i in (S1, R1, S2, R2, S3)}
    r1 = by_accession[R1.id]
    r1 = replace(
        r1,
        responses=[
            r1.responses[0],
            Response(2, COMMITTING, commits_future_filing=True, commitments=[COMMITTING], commitment_kinds=["future"]),
            r1.responses[2],
        ],
    )
    by_accession[R1.id] = r1
    s1 = by_accession[S1.id]
    by_accession[S1.id] = replace(
        s1, comments=[replace(c, text=f"Goodwill impairment comment {c.number}") for c in s1.comments]
    )

    def fake_parse(data: bytes, source: str):
        accession = source.split("/filings/")[1].split("/")[0]
        return replace(by_accession[accession], source=source)

    @contextmanager
    def parse_here(
        work: Callable[[str], worker.Parsed], paths: list[str], *_: int
    ) -> Iterator[Iterator[worker.Parsed]]:
        yield map(work, paths)  # (in this process, where parse_letter is the stand-in; workers would not see it)

    monkeypatch.setattr(worker, "parse_letter", fake_parse)
    monkeypatch.setattr(ingest, "parse_in_pool", parse_here)
    report = ingest_paths([THREAD], progress=False)
    assert (report.added, report.failed) == (5, 0)


def exported() -> dict[str, dict]:
    out = io.StringIO()
    write_jsonl(out)
    return {r["accession"]: r for r in map(json.loads, out.getvalue().splitlines())}


def test_export_links_answers_and_follow_ups(adm_2020: None) -> None:
    records = exported()
    assert {r["review_id"] for r in records.values()} == {S1.id}
    assert [r["answers"] for r in records[R1.id]["responses"]] == [{"accession": S1.id, "number": n} for n in (1, 2, 3)]
    assert records[R2.id]["responses"][0]["answers"] == {"accession": S2.id, "number": 1}
    assert records[S2.id]["comments"][0]["follows"] == [{"accession": S1.id, "number": 3}]
    assert records[S1.id]["form"] == "UPLOAD" and records[R1.id]["form"] == "CORRESP"


def test_review_rounds_statuses_and_commitments_stored(adm_2020: None) -> None:
    review = models.Review.objects.get()
    assert (review.state, review.rounds_count, review.duration_days) == ("completed", 2, 65)
    assert str(review.ended) == "2020-10-29"
    assert review.rounds.count() == 2
    third = models.Comment.objects.get(letter__key=S1.id, number=3)
    assert third.status == "followed_up"
    commitment = models.Commitment.objects.get()
    assert (commitment.text, commitment.comment.number, commitment.review) == (COMMITTING, 2, review)
    assert stats() == {
        "companies": 1,
        "reviews": 1,
        "letters": 5,
        "letter_versions": 5,
        "comments": 4,
        "answers": 4,
        "commitments": 1,
        "commitments_future": 1,  # the answer's promise
        "commitments_made": 0,
        "commitments_unknown": 0,
        "open_reviews": 0,
        "past_due_reviews": 0,
        "failed_files": 0,
        "stale_letters": 0,
    }


def test_csv_has_one_row_per_letter(adm_2020: None) -> None:
    out = io.StringIO()
    write_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(r["accession"] for r in rows) == sorted(i.id for i in (S1, R1, S2, R2, S3))
    r2 = next(r for r in rows if r["accession"] == R2.id)
    assert json.loads(r2["responses"])[0]["answers"] == {"accession": S2.id, "number": 1}


def test_full_text_search_finds_comments_and_answers(adm_2020: None) -> None:
    hits = search("goodwill impairment")
    assert sorted(models.Comment.objects.get(pk=h.id).number for h in hits) == [1, 2, 3]
    assert [h.id for h in search("reporting units", kind="answer")] == [
        models.Answer.objects.get(letter__key=R1.id, number=2).id
    ]
    assert search('"unbalanced quote AND (') == []


def test_csv_cells_a_spreadsheet_would_run_are_quoted(adm_2020: None) -> None:
    """A letter's text is untrusted: a company name read from it that a spreadsheet would take for a
    formula is written with a leading apostrophe, shown and not run; the other cells are as stored."""
    letter = models.Letter.objects.get(key=R2.id)
    letter.data["company"] = '=HYPERLINK("http://example.invalid","click")'
    letter.save(update_fields=["data"])
    out = io.StringIO()
    write_csv(out)
    rows = {r["accession"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows[R2.id]["company"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert rows[R1.id]["company"] == (models.Letter.objects.get(key=R1.id).data["company"] or "")
    assert json.loads(rows[R2.id]["responses"])[0]["number"] == 1
