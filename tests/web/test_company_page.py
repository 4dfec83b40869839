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
        models.Commitment(
            text=f"In future filings we will disclose item {i}.", answer=answer, company=archive.company, kind="future"
        )
        for i in range(60)
    )
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "60 commitments" in body and "the newest 50 shown" in body


def test_promises_come_first_apart_from_changes_made(client: Client, archive) -> None:
    # the ledger holds changes made in an amendment filed with the answer ("The Company has revised the
    # disclosure on page 54") beside the promises for future filings an auditor must track
    answer = models.Answer.objects.filter(letter__key="0001193125-16-582198").first()
    made = "The Company has revised the disclosure on page 54."
    promised = "In future filings we will disclose the number of daily active users by region."
    for text, kind in [(made, "made"), (promised, "future"), ("We will revise the table.", "future")]:
        models.Commitment.objects.create(text=text, answer=answer, company=archive.company, kind=kind)
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    future_at, made_at = body.index("Promised for future filings"), body.index("Changed in a filing with the answer")
    assert future_at < body.index(promised) < made_at < body.index(made)
    assert "2 commitments in the company's answers to disclose in filings to come" in body
    assert "1 commitment in the company's answers saying the disclosure was changed" in body
    assert "not yet told apart" not in body


def test_commitments_of_letters_parsed_before_kinds_say_how_to_tell_them(client: Client, archive) -> None:
    answer = models.Answer.objects.filter(letter__key="0001193125-16-582198").first()
    models.Commitment.objects.create(text="We will revise the table.", answer=answer, company=archive.company)
    body = text_of(client.get(f"/companies/{archive.company_id}/").content)
    assert "Commitments not yet told apart" in body and "commentletters reparse" in body
    assert "Promised for future filings" not in body
