"""A company's page answers an auditor's two questions: when is its next answer due, and what has it
promised to disclose in future filings (all of it, or saying how much is left out)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def text_of(html: bytes) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.decode()))


def test_an_open_review_shows_when_the_next_answer_is_due(client: Client, archive) -> None:
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "answer due July 15, 2016" in body


def test_commitments_past_the_list_are_counted_not_dropped_silently(client: Client, archive) -> None:
    answer = models.Answer.objects.filter(letter__key="0001193125-16-582198").first()
    models.Commitment.objects.bulk_create(
        models.Commitment(text=f"In future filings we will disclose item {i}.", answer=answer, company=archive.company)
        for i in range(60)
    )
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "60 commitments" in body and "the newest 50 shown" in body


def test_commitments_are_not_called_future_filings_alone(client: Client, archive) -> None:
    # the ledger holds changes made in an amendment filed with the answer too ("The Company has revised
    # the disclosure on page 54"), not only promises for future filings
    answer = models.Answer.objects.filter(letter__key="0001193125-16-582198").first()
    models.Commitment.objects.create(
        text="The Company has revised the disclosure on page 54.", answer=answer, company=archive.company
    )
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "Commitments to future filings" not in body
    assert "promised for future filings, or changed in an amendment filed with its answer" in body
