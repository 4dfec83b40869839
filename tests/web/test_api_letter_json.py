"""The API's comments and answers say what the Letter JSON (`parse --json`, `export`) says, on real
letters ingested: Royal Caribbean's 2017 review of non-GAAP measures and the staff's 2019 letter that
goes back to it."""

from __future__ import annotations

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from tests.conftest import corpus_file

pytestmark = pytest.mark.django_db

RCL_2017 = "0000000000-17-013501"
RCL_2019 = "0000000000-19-007772"


@pytest.fixture
def rcl(settings, tmp_path) -> None:
    settings.DATA_DIR = tmp_path / "data"
    models.Authority.objects.create(name="C&DI Question 102.10")  # known from earlier letters
    letters = [corpus_file(f"sec/RCL/RCL_{key}/filings/{key}/filename1.pdf") for key in (RCL_2017, RCL_2019)]
    assert ingest_paths(letters, progress=False).failed == 0


def comment(client: Client, accession: str, number: int) -> dict:  # type: ignore[type-arg]
    letter = client.get(f"/api/letters/{accession}").json()
    return next(c for c in letter["comments_list"] if c["number"] == number)


def test_authorities_in_the_order_the_comment_cites_them(client: Client, rcl) -> None:
    """Comment 2: "Refer to Item 10(e)(1)(i)(A) of Regulation S-K and Question 102.10 of the C&DI" —
    though the archive knew Question 102.10 before."""
    cited = ["Item 10(e)(1)(i)(A) of Regulation S-K", "C&DI Question 102.10"]
    assert comment(client, RCL_2017, 2)["authorities"] == cited
    by_id = client.get(f"/api/comments/{comment(client, RCL_2017, 2)['id']}").json()
    assert by_id["authorities"] == cited


def test_a_prior_comment_cited_is_given_even_when_not_threaded(client: Client, rcl) -> None:
    """2019, comment 1: "Please refer to comment two in your response letter dated May 3, 2017"."""
    assert comment(client, RCL_2019, 1)["prior_comments"] == [2]
    assert comment(client, RCL_2019, 2)["prior_comments"] == []


def test_an_answer_restating_no_comment_has_null_as_in_the_letter_json(client: Client, settings, tmp_path) -> None:
    """ADM's letter of 2018-01-05 answers the staff letter of 2017-12-21 as a whole, restating no comment."""
    settings.DATA_DIR = tmp_path / "data"
    thread = "sec/ADM/ADM_0000000000-17-044885/filings"
    letters = [corpus_file(f"{thread}/0000000000-17-044885/filename1.pdf")]
    letters.append(corpus_file(f"{thread}/0000007084-18-000005/filename1.htm"))
    assert ingest_paths(letters, progress=False).failed == 0
    answers = client.get("/api/letters/0000007084-18-000005").json()["answers_list"]
    assert answers and all(a["restated_comment"] is None for a in answers)
    listed = client.get("/api/answers").json()["items"]
    assert [a["restated_comment"] for a in listed] == [None] * len(answers)
