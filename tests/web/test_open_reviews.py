"""The front page's open reviews: the ones with an answer due come first, whatever the database.

SQLite sorts a missing date before every date, PostgreSQL after; the page must not let reviews
with no answer owed (the company has answered) push the ones that have a due date off the list."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def _answered_reviews(company: models.Company, n: int) -> None:
    """Open reviews begun after the fixture's, in which the company has answered (no due date)."""
    for i in range(n):
        models.Review.objects.create(
            company=company,
            key=f"answered-{i}",
            state="open",
            state_reason="no completion letter on file",
            started=date(2020, 1, 1 + i),
            due_reason=f"the company answered on 2020-02-{1 + i:02d}",
        )


def test_reviews_with_an_answer_due_come_before_those_without(client: Client, archive) -> None:
    _answered_reviews(archive.company, 20)
    html = client.get("/").content.decode()
    table = html.split("<h2>Open reviews</h2>", 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>\s*<td><a href=\"/reviews/([^/]+)/\"", table)
    assert rows[0] == archive.key  # the one review with an answer due (Jul 15, 2016) first
    assert "Jul 15, 2016" in table


def test_the_page_says_how_many_open_reviews_it_leaves_out(client: Client, archive) -> None:
    _answered_reviews(archive.company, 20)
    body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get("/").content.decode()))
    assert "15 of 21 open reviews" in body


def test_the_reasons_give_their_dates_in_words(client: Client, archive) -> None:
    """As the page's other dates: "the company answered on February 1, 2020", not "on 2020-02-01"."""
    _answered_reviews(archive.company, 1)
    body = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get("/").content.decode()))
    assert "the company answered on February 1, 2020" in body
    assert "ten business days after the staff letter of June 30, 2016" in body
    assert not re.search(r"\d{4}-\d\d-\d\d", body.split("Open reviews", 1)[1])
