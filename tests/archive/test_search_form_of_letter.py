"""The search's "form reviewed" is a form the letter's own Re: block names. Weyerhaeuser's 2016
review (read by hand): the staff letter of March 16 reviews the 10-K alone (3 comments); the one of
April 25 names the 10-K and "Amendment 1 to Form 8-K filed March 11, 2016" (8-K/A), and its one
comment is headed by that amendment's Exhibit 99.3; the company's answers of April 12 and May 19
repeat those Re: blocks. The review as a whole covers both forms, which is what the filter used to
match: "8-K" found all four comments, "8-K/A" none."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from commentletters.cli import main
from commentletters.web.search import Filters, search
from tests.conftest import corpus_file

THREAD = corpus_file("sec/WY/WY_0000000000-16-068574")
MARCH, APRIL = "0000000000-16-068574", "0000000000-16-073637"
ANSWERS_APRIL_12, ANSWERS_MAY_19 = "0000106535-16-000055", "0000106535-16-000064"
ON_THE_AMENDMENT = {("comment", APRIL, 1), ("answer", ANSWERS_MAY_19, 1)}
ALL = {("comment", MARCH, n) for n in (1, 2, 3)} | {("answer", ANSWERS_APRIL_12, n) for n in (1, 2, 3)}
ALL |= ON_THE_AMENDMENT


def found(form: str) -> set[tuple[str, str, int | None]]:
    return {(h.type, h.accession, h.number) for h in search("", Filters(form=form), per_page=50).hits}


@pytest.fixture
def weyerhaeuser() -> None:
    assert ingest_paths([THREAD], progress=False).failed == 0


@pytest.mark.parametrize(
    ("form", "expected"),
    [("8-K", ON_THE_AMENDMENT), ("8-K/A", ON_THE_AMENDMENT), ("8k", ON_THE_AMENDMENT), ("10-K", ALL), ("S-1", set())],
)
def test_a_form_finds_the_letters_that_name_it_and_their_amendments(weyerhaeuser, form: str, expected: set) -> None:
    assert found(form) == expected


def test_the_page_the_api_and_the_command_agree(weyerhaeuser, client: Client, capsys) -> None:
    api = client.get("/api/search", {"form": "8-K", "per_page": 50}).json()
    assert {(r["type"], r["accession"], r["number"]) for r in api["results"]} == ON_THE_AMENDMENT
    page = client.get("/search/", {"form": "8-K"}).content.decode()
    assert '<p role="status">2 results' in page and "Re: block names" in page
    capsys.readouterr()
    assert main(["search", "--form", "8-K", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["type"], r["accession"], r["number"]) for r in rows} == ON_THE_AMENDMENT
    assert {tuple(r["forms"]) for r in rows} == {("10-K", "8-K/A")}


def test_a_letter_whose_re_block_changes_is_found_under_its_new_forms(weyerhaeuser) -> None:
    letter = models.Letter.objects.get(key=APRIL, current=True)
    letter.data = {**letter.data, "filings_reviewed": letter.data["filings_reviewed"][:1]}  # the 10-K alone
    letter.save()
    assert found("8-K") == {("answer", ANSWERS_MAY_19, 1)}
    assert ("comment", APRIL, 1) in found("10-K")
