"""The API's answers say each commitment's kind, beside its sentence, in the same order."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def test_an_answer_lists_the_kind_of_each_commitment(client: Client, archive) -> None:
    answer = models.Answer.objects.filter(letter__key="0001193125-16-582198").first()
    rows = [("We have revised the amended Form 10-K filed today.", "made"), ("We will add a table.", "future")]
    for text, kind in rows:
        models.Commitment.objects.create(text=text, answer=answer, company=answer.letter.company, kind=kind)
    body = json.loads(client.get(f"/api/answers/{answer.id}").content)
    assert sorted(zip(body["commitments"], body["commitment_kinds"], strict=True)) == sorted(rows)
    schema = json.loads(client.get("/api/openapi.json").content)["components"]["schemas"]["AnswerOut"]
    assert "future" in schema["properties"]["commitment_kinds"]["description"]
