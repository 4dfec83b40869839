"""A company's answer to the staff letter as a whole, with no staff letter to spread it over, is an
answer like any other: Block's (then Square's) supplemental letter of October 18, 2018, written after
a call with the staff about its Form 10-Q, answers no numbered comment. Read by hand: it explains
that the company can accept or reject transactions itself (the Interac card network in Canada is
one example) and says "we will revise our disclosures about our Transaction-based revenue in future
filings on Form 10-K and/or 10-Q" — a commitment.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.export import write_csv, write_jsonl
from commentletters.archive.ingest import ingest_paths
from commentletters.archive.reports import stats
from commentletters.cli import main
from commentletters.web.search import Filters, search
from tests.conftest import corpus_file

BLOCK = corpus_file("sec/XYZ/XYZ_0000000000-18-025443/filings/0001193125-18-302160/filename1.htm")
KEY = "0001193125-18-302160"
PROMISE = "we will revise our disclosures about our Transaction-based revenue in future filings"


def _ingest() -> models.Answer:
    assert ingest_paths([BLOCK], progress=False).failed == 0
    return models.Answer.objects.get(letter__key=KEY)


def test_it_is_one_answer_numbering_no_comment_with_its_commitment_in_the_ledger() -> None:
    answer = _ingest()
    assert answer.whole_letter and answer.comment is None and answer.commits_future_filing
    assert "Interac card network" in answer.text
    ledger = models.Commitment.objects.filter(company=answer.letter.company)
    assert [c.answer_id for c in ledger] == [answer.id] and PROMISE in ledger[0].text
    assert stats()["commitments"] == 1 and stats()["answers"] == 1


def test_search_finds_it_as_an_answer_to_the_letter_as_a_whole() -> None:
    answer = _ingest()
    for words in ("Interac", '"unilaterally accept or decline transactions"'):
        hits = search(words).hits
        assert [(h.type, h.id, h.accession, h.number) for h in hits] == [("answer", answer.id, KEY, None)]
    assert [h.id for h in search("Interac", Filters(type="answer", form="10-Q")).hits] == [answer.id]


def test_pages_and_api_show_it_with_its_commitment(client: Client) -> None:
    answer = _ingest()
    company = client.get(f"/companies/{answer.letter.company_id}/").content.decode()
    assert "answer to the staff letter as a whole" in company and f"/letters/{KEY}/#whole-answer" in company
    letter = client.get(f"/letters/{KEY}/").content.decode()
    assert letter.count('id="whole-answer"') == 1 and "Answer to comment 0" not in letter
    assert "Promised for future filings:</strong> We respectfully advise the Staff that we will revise" in letter
    review = client.get(f"/reviews/{answer.letter.review.key}/").content.decode()
    assert "Answer to the staff letter as a whole" in review and "Interac" in review
    api = client.get(f"/api/answers/{answer.id}").json()
    assert api["number"] is None and api["comment"] is None and PROMISE in api["commitments"][0]
    found = client.get("/api/search", {"q": "Interac"}).json()
    assert [(r["accession"], r["number"], r["type"]) for r in found["results"]] == [(KEY, None, "answer")]
    page = client.get("/search/", {"q": "Interac"}).content.decode()
    assert "Company answer to the staff letter as a whole" in page and f"/letters/{KEY}/#whole-answer" in page


def test_exports_carry_it() -> None:
    _ingest()
    out = io.StringIO()
    write_csv(out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert PROMISE in json.loads(row["whole_answer"])["commitments"][0]
    out = io.StringIO()
    write_jsonl(out)
    (record,) = map(json.loads, out.getvalue().splitlines())
    assert record["responses"] == [] and record["whole_answer"]["after_call"] is True


def test_the_search_command_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    _ingest()
    capsys.readouterr()
    assert main(["search", "Interac"]) == 0
    assert "company answer to the staff letter as a whole" in capsys.readouterr().out
    assert main(["search", "Interac", "--json"]) == 0
    (row,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert (row["type"], row["accession"], row["number"], row["forms"]) == ("answer", KEY, None, ["10-Q"])
