"""``export --rows comments|answers``: one staff comment or company answer per row, on real reviews.

Aon's S-4 review (2024), read by hand: the staff letter of March 22 has three comments; comment 2
(under "Accounting Treatment of the Transaction, page 55") asks for the significance tests under
Rule 3-05 and Article 11 of Regulation S-X. The company's letter of March 29 answers all three; its
answer 1 says the ownership percentages "will be included by subsequent amendment" (a promise) after
two changes made; its letter of April 18 answers comment 2 again (asked on a call); the third
letter asks for acceleration and answers nothing.
Block's (Square's) 10-Q review (2018): its letter of October 18 gives supplemental information asked
for on a telephone call, in no numbered answer, and promises to revise the revenue disclosure in
future filings: an answer to the letter as a whole, answering no numbered comment.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from commentletters.cli import main
from tests.conftest import corpus_file

AON = corpus_file("sec/AON/AON_0000000000-24-003147")
STAFF, FIRST, SECOND = "0000000000-24-003147", "0001193125-24-082095", "0001193125-24-100967"
BLOCK = corpus_file("sec/XYZ/XYZ_0000000000-18-025443/filings/0001193125-18-302160")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _jsonl(capsys: pytest.CaptureFixture[str], rows: str) -> list[dict]:
    return [json.loads(line) for line in _run(capsys, "export", "--rows", rows).splitlines()]


def _csv(capsys: pytest.CaptureFixture[str], rows: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_run(capsys, "export", "--rows", rows, "--format", "csv"))))


def test_a_comment_row_carries_its_letter_and_the_answers_to_it(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON))
    rows = _jsonl(capsys, "comments")
    assert [(r["accession"], r["number"]) for r in rows] == [(STAFF, 1), (STAFF, 2), (STAFF, 3)]
    second = rows[1]
    letter = {k: second[k] for k in ("date", "company", "cik", "ticker", "kind", "forms_reviewed", "review_id")}
    assert letter == {
        "date": "2024-03-22",
        "company": "Aon plc",
        "cik": "0000315293",
        "ticker": "AON",
        "kind": "staff_comments",
        "forms_reviewed": ["S-4"],
        "review_id": STAFF,
    }
    assert second["section"][-1] == "Accounting Treatment of the Transaction, page 55"
    assert second["pages"] == ["55"]
    assert {"Rule 3-05 of Regulation S-X", "Article 11 of Regulation S-X"} <= set(second["authorities"])
    assert second["text"].startswith("We note that you have not included historical financial statements for NFP")
    assert second["answered_by"] == [{"accession": FIRST, "number": 2}, {"accession": SECOND, "number": 2}]
    assert [r["answered_by"] for r in (rows[0], rows[2])] == [[{"accession": FIRST, "number": n}] for n in (1, 3)]
    assert {r["status"] for r in rows} == {"answered"}


def test_an_answer_row_carries_its_commitments_and_the_comment_it_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON))
    rows = _jsonl(capsys, "answers")
    answered = [(r["accession"], r["number"], r["answers_accession"], r["answers_number"]) for r in rows]
    assert answered == [(FIRST, 1, STAFF, 1), (FIRST, 2, STAFF, 2), (FIRST, 3, STAFF, 3), (SECOND, 2, STAFF, 2)]
    first = rows[0]
    assert (first["date"], first["kind"], first["review_id"]) == ("2024-03-29", "company_response", STAFF)
    assert first["restated_comment"].startswith("Please revise the pre- and post-merger organizational charts")
    assert first["commits_future_filing"] is True
    assert len(first["commitments"]) == len(first["commitment_kinds"]) == 3
    assert "will be included by subsequent amendment" in first["commitments"][-1]
    assert first["commitment_kinds"][-1] == "future"


def test_rows_count_what_stats_counts_in_both_formats(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(AON), str(BLOCK))
    counts = json.loads(_run(capsys, "stats", "--json"))
    for rows, counted in (("comments", counts["comments"]), ("answers", counts["answers"])):
        assert len(_jsonl(capsys, rows)) == len(_csv(capsys, rows)) == counted


def test_an_answer_to_the_letter_as_a_whole_has_no_number(capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "ingest", "--no-progress", str(BLOCK))
    (row,) = _jsonl(capsys, "answers")
    assert (row["number"], row["answers_accession"], row["answers_number"]) == (None, None, None)
    assert row["commits_future_filing"] is True
    assert any("future filings" in c for c in row["commitments"])
    (cells,) = _csv(capsys, "answers")
    assert (cells["number"], cells["answers_number"], cells["commits_future_filing"]) == ("", "", "True")
