"""A review's name and its letters as the review and company pages give them: each form once, the
filings in the order they were made, each letter's kind said once."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from commentletters.archive import models
from tests.web.conftest import RESPONSE_1

pytestmark = pytest.mark.django_db


def _text(html: bytes) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.decode()))


def _more_filings(review: models.Review) -> None:
    """Two DRS submissions besides the 10-K, stored newest first, and one undated."""
    for filed in (date(2016, 3, 30), date(2015, 11, 2), None):
        models.Filing.objects.create(company=review.company, form="DRS", filed=filed).reviews.add(review)


def test_the_review_names_each_form_once_and_lists_its_filings_oldest_first(client: Client, archive) -> None:
    _more_filings(archive)
    body = _text(client.get(f"/reviews/{archive.key}/").content)
    assert "Facebook, Inc.: review of DRS, 10-K for 2015 " in body
    listed = re.findall(r"Form (DRS|10-K)[^F]*?(?:filed (\w+ \d+, \d{4}))?(?= Form| File No)", body)
    assert listed == [
        ("DRS", "November 2, 2015"),
        ("10-K", "January 28, 2016"),
        ("DRS", "March 30, 2016"),
        ("DRS", ""),
    ]


def test_the_company_timeline_names_each_form_once(client: Client, archive) -> None:
    _more_filings(archive)
    body = _text(client.get(f"/companies/{archive.company_id}/").content)
    assert " DRS, 10-K for 2015 " in body and "DRS, DRS" not in body


def test_the_review_says_each_letter_kind_once(client: Client, archive) -> None:
    request = models.Letter.objects.get(key=RESPONSE_1[0])
    models.Letter.objects.filter(pk=request.pk).update(kind="company_other", subkind="extension_request")
    body = _text(client.get(f"/reviews/{archive.key}/").content)
    assert "Company: Extension request, May 6, 2016" in body and "Company: Company:" not in body
    assert "Staff comment letter, Apr 25, 2016" in body and "Staff: Staff" not in body
