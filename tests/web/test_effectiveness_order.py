"""The Commission's order declaring a registration effective (filed with the correspondence) is named
so on its page and in its review, not "Staff letter", and its review reads as completed on its date.
Carrier's Form 10: the staff's comment letter of September 30, 2019, then the order of March 16, 2020."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.ingest import ingest_paths
from tests.conftest import corpus_file

pytestmark = pytest.mark.django_db

THREAD = "sec/CARR/CARR_0000000000-19-013211/filings/"
STAFF, ORDER = "0000000000-19-014100", "9999999997-20-001234"


def _text(html: bytes) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.decode()))


def test_the_order_is_named_and_ends_its_review(client: Client) -> None:
    ingest_paths([corpus_file(f"{THREAD}{a}/filename1.pdf") for a in (STAFF, ORDER)], progress=False)
    order = models.Letter.objects.get(key=ORDER)
    assert (order.kind, order.subkind) == ("staff_other", "effectiveness_order")
    assert "Commission order of March 16, 2020" in _text(client.get(f"/letters/{ORDER}/").content)
    review = _text(client.get(f"/reviews/{order.review.key}/").content)
    assert "the Commission declared the registration effective on March 16, 2020" in review
    assert "Commission order, Mar 16, 2020" in review
