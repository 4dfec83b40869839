"""Search by what a staff comment asks: the page's select, the API's parameter, the index (SQLite:
facet tokens kept by triggers; PostgreSQL: the JSON column). Answers ask nothing, so the filter
keeps to staff comments and refuses company answers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.web.search import Filters, search
from tests.web.test_search_index import _in_step

pytestmark = pytest.mark.django_db

FIRST = "0000000000-16-073605"


@pytest.fixture
def asking(archive: models.Review) -> dict[int, models.Comment]:
    """The Facebook review's comments with what they ask, as a reader of the letters says: 1 "Please
    explain to us the reasons why ...", 2 "Please tell us the reasons for your expectation ...", and
    the follow-up, which says disclosure of the trend is required in MD&A (revise the filing)."""
    comments = {c.number: c for c in models.Comment.objects.filter(letter__key=FIRST)}
    models.Comment.objects.filter(pk=comments[1].pk).update(asks=["tell_us", "explain"])
    models.Comment.objects.filter(pk=comments[2].pk).update(asks=["tell_us"])
    models.Comment.objects.filter(letter__key="0000000000-16-082817").update(asks=["revise"])
    return comments


def _found(text: str, **filters: object) -> set[tuple[str, int]]:
    results = search(text, Filters(**filters), per_page=50)  # type: ignore[arg-type]
    assert results.total == len(results.hits)
    return {(h.type, h.id) for h in results.hits}


def test_filter_keeps_to_the_comments_that_ask_it(asking) -> None:
    c1, c2 = asking[1].id, asking[2].id
    assert _found("tax", asks="tell_us") == {("comment", c1), ("comment", c2)}
    assert _found("tax", asks="explain") == {("comment", c1)}
    assert _found("tax", asks="explain", type="comment") == {("comment", c1)}
    assert _found("", asks="amend") == set()
    assert _found("tax", asks="tell_us", type="answer") == set()  # answers ask nothing
    assert search("tax", Filters(asks="tell_us")).comments_only
    assert not search("tax", Filters(asks="tell_us", type="comment")).comments_only
    _in_step()


def test_an_edit_of_what_a_comment_asks_moves_it(asking) -> None:
    c2 = asking[2]
    models.Comment.objects.filter(pk=c2.pk).update(asks=["tell_us", "revise_future_filings"])
    assert _found("", asks="revise_future_filings") == {("comment", c2.id)}
    c2.refresh_from_db()
    c2.asks = []
    c2.save(update_fields=["asks"])
    assert _found("", asks="revise_future_filings") == set()
    assert _found("", asks="tell_us") == {("comment", asking[1].id)}
    _in_step()


def test_api_parameter(client: Client, asking) -> None:
    body = json.loads(client.get("/api/search", {"q": "tax", "asks": "tell_us"}).content)
    assert body["total"] == 2 and {r["type"] for r in body["results"]} == {"comment"}
    refused = client.get("/api/search", {"q": "tax", "asks": "tell_us", "type": "answer"})
    error = json.loads(refused.content)["error"]
    assert refused.status_code == 422 and error["code"] == "invalid_parameters"
    assert "company answers ask nothing" in error["details"][0]["message"]
    assert client.get("/api/search", {"asks": "dance"}).status_code == 422


def test_api_schema_documents_the_asks(client: Client) -> None:
    spec = json.loads(client.get("/api/openapi.json").content)
    params = {p["name"]: p for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    schema = params["asks"]["schema"]
    assert set(schema["enum"]) >= {"tell_us", "revise_future_filings", "file_exhibit"}
    assert "revise_future_filings: revise future filings" in schema["description"]


def test_page_select_and_its_note(client: Client, asking) -> None:
    page = client.get("/search/", {"q": "tax", "asks": "tell_us"}).content.decode()
    assert '<label for="id_asks">Comment asks:</label>' in page
    assert '<option value="revise_future_filings">Revise future filings</option>' in page
    assert '<option value="tell_us" selected>Tell the staff</option>' in page
    assert "2 results" in page and "staff comments only (company answers ask nothing)" in page
    refused = client.get("/search/", {"q": "tax", "asks": "tell_us", "type": "answer"})
    assert refused.status_code == 400 and "company answers ask nothing" in refused.content.decode()


def test_exports_and_api_say_what_each_hit_asks_and_its_ticker(client: Client, asking) -> None:
    """The page's CSV and JSON, the API's search and similar comments (and the page's): ticker and asks as the search
    command's rows (web/search_rows.py) give them; an answer asks nothing."""
    from commentletters.web.search import search
    from commentletters.web.search_rows import hit_rows

    want = {(r["type"], r["accession"], r["number"]): (r["ticker"], r["asks"]) for r in hit_rows(search("tax").hits)}
    assert want[("comment", FIRST, 1)] == ("META", ["tell_us", "explain"])
    assert want[("answer", "0001193125-16-582198", 1)] == ("META", [])
    exported = json.loads(client.get("/search/", {"q": "tax", "format": "json"}).content)["results"]
    api = json.loads(client.get("/api/search", {"q": "tax"}).content)["results"]
    for rows in (exported, api):
        assert {(r["type"], r["accession"], r["number"]): (r["ticker"], r["asks"]) for r in rows} == want
    sheet = list(csv.DictReader(io.StringIO(client.get("/search/", {"q": "tax", "format": "csv"}).content.decode())))
    assert {(r["type"], r["accession"], int(r["number"])): (r["ticker"], json.loads(r["asks"])) for r in sheet} == want
    for url in (f"/api/comments/{asking[1].id}/similar", f"/comments/{asking[1].id}/similar/?format=json"):
        similar = json.loads(client.get(url).content)["results"]
        assert similar and all(r["ticker"] == "META" for r in similar)
        assert {r["number"]: r["asks"] for r in similar if r["accession"] == FIRST} == {2: ["tell_us"]}
