"""The REST API: resources, one error shape, and an OpenAPI document that says so."""

from __future__ import annotations

import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, **params: object) -> tuple[int, dict]:  # type: ignore[type-arg]
    response = client.get(url, params)
    assert response["Content-Type"].startswith("application/json")
    return response.status_code, json.loads(response.content)


def test_review_with_letters_in_order(client: Client, archive) -> None:
    status, body = get(client, f"/api/reviews/{archive.key}")
    assert status == 200 and body["state"] == "open" and body["forms"] == ["10-K"]
    assert [x["accession"] for x in body["letters"]] == [
        "0000000000-16-073605",
        "0001193125-16-582198",
        "0000000000-16-082817",
    ]
    assert [x["round"] for x in body["letters"]] == [1, 1, 2]


def test_letter_comments_and_answers(client: Client, archive) -> None:
    _, letter = get(client, "/api/letters/0001193125-16-582198")
    assert letter["kind"] == "company_response" and [a["number"] for a in letter["answers_list"]] == [1, 2]
    answer = letter["answers_list"][1]
    _, comment = get(client, f"/api/comments/{answer['comment']}")
    assert comment["number"] == 2 and answer["id"] in comment["answers"]


def test_lists_page_and_filter(client: Client, archive) -> None:
    _, companies = get(client, "/api/companies", q="meta")
    assert companies["total"] == 1 and companies["items"][0]["cik"] == "0001326801"
    _, comments = get(client, "/api/comments", authority="Item 303(a)(3) of Regulation S-K")
    assert comments["total"] == 1 and comments["items"][0]["status"] == "open"
    _, page = get(client, "/api/letters", limit=1, offset=1)
    assert page["total"] == 3 and len(page["items"]) == 1
    _, answers = get(client, "/api/answers", company=archive.company_id)
    assert answers["total"] == 2


@pytest.mark.parametrize(
    ("url", "params", "status", "code"),
    [
        ("/api/reviews/nope", {}, 404, "not_found"),
        ("/api/comments/abc", {}, 422, "invalid_parameters"),
        ("/api/letters", {"limit": 0}, 422, "invalid_parameters"),
        ("/api/search", {"order": "random"}, 422, "invalid_parameters"),
        ("/api/search", {"per_page": 1000}, 422, "invalid_parameters"),
        ("/api/no/such/thing", {}, 404, "not_found"),
    ],
)
def test_one_error_shape(client: Client, archive, url: str, params: dict, status: int, code: str) -> None:  # type: ignore[type-arg]
    got, body = get(client, url, **params)
    assert got == status
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    assert isinstance(body["error"]["details"], list)  # always there, as the README and OpenAPI say


@pytest.mark.parametrize(
    ("url", "field", "value", "matching"),
    [
        ("/api/letters", "kind", "staff_comment", "staff_comments"),
        ("/api/comments", "status", "closed", "open"),
        ("/api/search", "status", "closed", "open"),
    ],
)
def test_a_misspelt_filter_value_is_refused_not_matching_nothing(
    client: Client, archive, url: str, field: str, value: str, matching: str
) -> None:
    got, body = get(client, url, **{field: value})
    assert got == 422 and body["error"]["details"][0]["field"] == field
    got, body = get(client, url, **{field: matching})
    assert got == 200 and body["total"] > 0
    _, doc = get(client, "/api/openapi.json")
    param = next(p for p in doc["paths"][url]["get"]["parameters"] if p["name"] == field)
    assert matching in json.dumps(param["schema"])  # the values it takes are documented


def test_asks_with_answers_names_the_asks_parameter(client: Client, archive) -> None:
    _, body = get(client, "/api/search", asks="tell_us", type="answer")
    assert body["error"]["details"][0]["field"] == "asks"


def test_validation_error_names_the_field(client: Client, archive) -> None:
    _, body = get(client, "/api/search", year="soon")
    assert body["error"]["details"][0]["field"] == "year"


def test_openapi_documents_resources_and_errors(client: Client) -> None:
    _, doc = get(client, "/api/openapi.json")
    for path in (
        "/api/companies",
        "/api/reviews/{key}",
        "/api/letters/{accession}",
        "/api/comments",
        "/api/answers",
        "/api/search",
    ):
        assert path in doc["paths"]
    search = doc["paths"]["/api/search"]["get"]["responses"]
    assert {"200", "422"} <= set(search)
    assert search["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")


def test_writes_are_refused(client: Client, archive) -> None:
    """The API is read-only: changes go through the signed-in admin."""
    response = client.post(f"/api/reviews/{archive.key}", {"state": "completed"})
    assert response.status_code == 405 and response["Allow"] == "GET"
    assert response.json()["error"]["code"] == "method_not_allowed"  # the API's one error shape, not HTML
    assert "admin" in response.json()["error"]["message"]
    assert client.get("/admin/archive/review/").status_code == 302  # to the sign-in page


def test_the_address_serve_announces_leads_to_the_documentation(client: Client) -> None:
    """`commentletters serve` says "API at /api/": that address opens the API's documentation."""
    response = client.get("/api/", follow=True)
    assert response.status_code == 200 and response.redirect_chain == [("/api/docs", 302)]
    assert b"openapi.json" in response.content


def test_a_search_hit_leads_to_its_comment_or_answer(client: Client, archive) -> None:
    """A script joins a hit to the comment's or answer's full record by its id."""
    _, found = get(client, "/api/search", q="effective tax rate", per_page=100)
    assert {h["type"] for h in found["results"]} == {"comment", "answer"}
    for hit in found["results"]:
        status, row = get(client, f"/api/{hit['type']}s/{hit['id']}")
        assert status == 200 and (row["accession"], row["number"]) == (hit["accession"], hit["number"])
        assert hit["company_id"] == archive.company_id
