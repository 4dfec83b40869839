"""A letter page's facts written for people: dates in words as on the review page, the staff letters a
company letter answers linked, and a letter with nothing numbered said so in plain words."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from commentletters.archive import models
from tests.web.conftest import RESPONSE_1, STAFF_1

pytestmark = pytest.mark.django_db


def _facts(client: Client, key: str) -> str:
    html = client.get(f"/letters/{key}/").content.decode()
    return html[html.index('<dl class="facts">') : html.index("</dl>")]


def test_the_filings_reviewed_with_their_dates_in_words(client: Client, archive) -> None:
    facts = re.sub(r"<[^>]+>", " ", _facts(client, STAFF_1[0]))
    assert "Form 10-K for the period ended December 31, 2015, filed January 28, 2016" in facts
    assert "2015-12-31" not in facts


def test_the_staff_letters_answered_are_linked_when_the_archive_has_them(client: Client, archive) -> None:
    response = models.Letter.objects.get(key=RESPONSE_1[0])
    response.data["responds_to"] = ["2016-04-25", "2016-03-01"]  # the second is not in the archive
    response.save()
    facts = _facts(client, RESPONSE_1[0])
    assert (
        f'<dt>Answers letters of</dt><dd><a href="/letters/{STAFF_1[0]}/" aria-label="the staff letter of '
        'April 25, 2016">April 25, 2016</a>; March 1, 2016</dd>'
    ) in facts


def test_a_letter_with_nothing_numbered_says_what_it_is(client: Client, archive) -> None:
    response = models.Letter.objects.get(key=RESPONSE_1[0])
    response.answers.all().delete()
    models.Letter.objects.filter(pk=response.pk).update(kind="company_other", subkind="extension_request")
    body = re.sub(r"\s+", " ", client.get(f"/letters/{RESPONSE_1[0]}/").content.decode())
    assert "This letter (extension request) has no numbered comments or answers; see the original." in body
