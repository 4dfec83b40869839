"""A letter's page: where it is on EDGAR, and a company's answer to the staff letter as a whole."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db

RESPONSE = "0001193125-16-582198"
WHOLE = (
    "We respectfully advise the Staff that we will revise our disclosures about our transaction-based "
    "revenue in future filings on Form 10-K and Form 10-Q as follows."
)


def test_the_accession_links_to_the_filing_on_edgar(client: Client, archive) -> None:
    html = client.get(f"/letters/{RESPONSE}/").content.decode()
    assert 'href="https://www.sec.gov/Archives/edgar/data/1326801/000119312516582198/"' in html


def test_an_answer_to_the_whole_letter_is_shown_not_called_missing(client: Client, archive) -> None:
    letter = models.Letter.objects.get(key=RESPONSE)
    letter.answers.all().delete()
    letter.data = {
        **letter.data,
        "whole_answer": {"text": WHOLE, "comments": [], "after_call": True, "commitments": [WHOLE]},
    }
    letter.save()
    body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(f"/letters/{RESPONSE}/").content.decode()))
    assert "no numbered comments or answers" not in body
    assert "Answer to the staff letter as a whole" in body and "after a call or meeting with the staff" in body
    assert f"Commitment: {WHOLE}" in body


def test_each_commitment_says_its_kind(client: Client, archive) -> None:
    answer = models.Answer.objects.filter(letter__key=RESPONSE).first()
    made = "We have revised the disclosure on page 54 of the amended Form 10-K filed today."
    for text, kind in [(WHOLE, "future"), (made, "made"), ("We will add a table.", "unknown")]:
        models.Commitment.objects.create(text=text, answer=answer, company=archive.company, review=archive, kind=kind)
    for page in (f"/letters/{RESPONSE}/", f"/reviews/{archive.key}/"):
        body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(page).content.decode()))
        assert f"Promised for future filings: {WHOLE}" in body
        assert f"Changed in a filing with the answer: {made}" in body
        assert "Commitment: We will add a table." in body
