"""A whole-letter answer in the archive: Chubb's one-paragraph answer of September 12, 2022 to the
three proxy comments of September 2, 2022 (real letters, parsed; read by hand in tests/core/whole_letters.py).
"""

from __future__ import annotations

import io
import json

from commentletters.archive import models
from commentletters.archive.export import write_jsonl
from commentletters.archive.ingest import ingest_paths
from tests.conftest import corpus_file
from tests.core.whole_letters import ADM_MISNUMBERED, ADM_ONE_STAFF, CB_ANSWER, CB_STAFF

STAFF = corpus_file(f"sec/{CB_STAFF}")
ANSWER = corpus_file(f"sec/{CB_ANSWER}")
COMPLETE = corpus_file("sec/CB/CB_0000000000-22-009599/filings/0000000000-22-011378/filename1.pdf")
WORDS = "The Company confirms that it will continue to enhance its disclosures"


def _linked() -> list[tuple[int, int | None]]:
    """(answer number, number of the staff comment it is linked to) of Chubb's answer letter."""
    answers = models.Answer.objects.filter(letter__key="0001104659-22-099242").select_related("comment")
    return [(a.number, a.comment.number if a.comment else None) for a in answers.order_by("position")]


def test_answers_written_and_linked_once_the_staff_letter_is_stored() -> None:
    ingest_paths([ANSWER], progress=False)
    # the letter alone does not say which comments it answers: one answer to the letter as a whole
    assert _linked() == [(models.WHOLE_LETTER, None)]
    ingest_paths([STAFF], progress=False)
    assert _linked() == [(1, 1), (2, 2), (3, 3)]  # spread over the comments it answers, as `parse` does
    answers = models.Answer.objects.filter(letter__key="0001104659-22-099242")
    assert all(a.text.startswith(WORDS) and a.commits_future_filing for a in answers)
    staff = models.Comment.objects.filter(letter__key="0000000000-22-009599")
    assert {c.status for c in staff} == {"answered"}
    assert models.Commitment.objects.filter(comment__in=staff).count() == 3


def test_export_links_and_a_second_run_changes_nothing() -> None:
    ingest_paths([STAFF, ANSWER, COMPLETE], progress=False)
    out = io.StringIO()
    write_jsonl(out)
    records = {r["accession"]: r for r in map(json.loads, out.getvalue().splitlines())}
    answer = records["0001104659-22-099242"]
    assert answer["whole_answer"]["text"].startswith(WORDS)
    assert [r["answers"] for r in answer["responses"]] == [
        {"accession": "0000000000-22-009599", "number": n} for n in (1, 2, 3)
    ]
    assert {c["status"] for c in records["0000000000-22-009599"]["comments"]} == {"resolved"}
    ids = sorted(models.Answer.objects.values_list("id", flat=True))
    report = ingest_paths([STAFF, ANSWER, COMPLETE], progress=False)
    assert report.added == 0 and sorted(models.Answer.objects.values_list("id", flat=True)) == ids


def test_an_answer_misnumbered_by_the_company_is_stored_under_the_comment_it_restates() -> None:
    """ADM's answer of October 21, 2020 prints "3." over the staff's only comment of September 16, 2020
    (comment 1, read in tests/core/whole_letters.py): stored alone it keeps 3; once the staff letter is
    stored it is answer 1, linked to comment 1, as ``parse`` gives it with both letters."""
    misnumbered, staff = corpus_file(f"sec/{ADM_MISNUMBERED}"), corpus_file(f"sec/{ADM_ONE_STAFF}")
    ingest_paths([misnumbered], progress=False)
    answers = models.Answer.objects.filter(letter__key="0000007084-20-000031")
    assert [(a.number, a.comment) for a in answers] == [(3, None)]
    ingest_paths([staff], progress=False)
    answer = models.Answer.objects.select_related("comment__letter").get(letter__key="0000007084-20-000031")
    assert (answer.number, answer.comment.number, answer.comment.letter.key) == (1, 1, "0000000000-20-008734")
    assert answer.text.startswith("We will enhance our future disclosures concerning temporarily idled")
    stored = models.Letter.objects.get(key="0000007084-20-000031")
    assert [r["number"] for r in stored.data["responses"]] == [1]
