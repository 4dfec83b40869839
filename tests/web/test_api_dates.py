"""The lists filter by the letter's date (since/until, both days included), as they are ordered:
the date printed on the letter, else its EDGAR filing date."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db

# Facebook's review (tests/web/conftest.py): staff 2016-04-25, answer 2016-05-06, staff 2016-06-30.


@pytest.mark.parametrize(
    ("url", "params", "total"),
    [
        ("/api/letters", {"since": "2016-05-06"}, 2),
        ("/api/letters", {"until": "2016-05-06"}, 2),
        ("/api/letters", {"since": "2016-04-26", "until": "2016-06-29"}, 1),
        ("/api/letters", {"since": "2016-07-01"}, 0),
        ("/api/comments", {"since": "2016-06-01"}, 1),
        ("/api/comments", {"until": "2016-04-25"}, 2),
        ("/api/answers", {"until": "2016-05-05"}, 0),
        ("/api/answers", {"since": "2016-05-06", "until": "2016-05-06"}, 2),
    ],
)
def test_since_and_until(client: Client, archive, url: str, params: dict[str, str], total: int) -> None:
    assert client.get(url, params).json()["total"] == total


def test_an_undated_letter_by_its_filing_date(client: Client, archive) -> None:
    models.Letter.objects.filter(key="0001193125-16-582198").update(date=None, edgar_filed=date(2016, 5, 9))
    body = client.get("/api/letters", {"since": "2016-05-08", "until": "2016-05-10"}).json()
    assert [x["accession"] for x in body["items"]] == ["0001193125-16-582198"]


def test_a_bad_date_is_refused_and_the_parameters_documented(client: Client, archive) -> None:
    response = client.get("/api/comments", {"since": "2016-13-01"})
    assert response.status_code == 422 and response.json()["error"]["details"][0]["field"] == "since"
    doc = client.get("/api/openapi.json").json()
    for url in ("/api/letters", "/api/comments", "/api/answers"):
        names = {p["name"] for p in doc["paths"][url]["get"]["parameters"]}
        assert {"since", "until"} <= names
