"""A hostile letter with a huge comment must not hold the search: FTS5's snippet() takes time
growing with the square of a text's matches, in one call no time limit can stop (a 5 MB comment
repeating a word held a search for minutes). A text longer than SNIPPET_SOURCE characters — far
longer than any real comment or answer — has its snippet made from its first SNIPPET_SOURCE."""

from __future__ import annotations

import json
import time

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.web.search_sqlite import SNIPPET_SOURCE

pytestmark = pytest.mark.django_db

OPENING = "Please tell us how you account for deferred revenue of the kind described in note 9. "


@pytest.fixture
def long_comment(archive) -> models.Comment:
    """A comment of the first staff letter, far past the bound, whose last words are 'zanzibar quota'."""
    letter = models.Letter.objects.get(key="0000000000-16-073605")
    filler = "The staff repeats deferred revenue recognition timing. " * (SNIPPET_SOURCE // 40)
    return models.Comment.objects.create(
        letter=letter, number=3, position=3, text=OPENING + filler + "Explain the zanzibar quota.", status="open"
    )


def _hits(client: Client, q: str) -> list[dict[str, str]]:
    return json.loads(client.get("/search/", {"q": q, "format": "json"}).content)["results"]


def test_words_past_the_bound_find_it_and_its_snippet_is_its_opening(client: Client, long_comment) -> None:
    (hit,) = _hits(client, "zanzibar")
    assert hit["snippet"].startswith(OPENING.strip()) and "zanzibar" not in hit["snippet"]
    assert "<mark>" not in client.get("/search/", {"q": "zanzibar"}).content.decode()


def test_words_within_the_bound_are_marked(client: Client, long_comment) -> None:
    html = client.get("/search/", {"q": "account"}).content.decode()
    assert "<mark>account</mark> for deferred" in html


def test_similar_comments_snippet_a_long_comment_within_the_bound(client: Client, long_comment) -> None:
    first = models.Comment.objects.get(letter__key="0000000000-16-073605", number=1)
    first.text = "Please tell us about deferred revenue recognition timing and the zanzibar quota."
    first.save()
    body = json.loads(client.get(f"/comments/{first.id}/similar/", {"format": "json"}).content)
    (snippet,) = [r["snippet"] for r in body["results"] if r["number"] == long_comment.number]
    assert "zanzibar" not in snippet and "deferred revenue" in snippet


def test_a_huge_comment_repeating_the_words_searched_does_not_hold_the_search(client: Client, archive) -> None:
    letter = models.Letter.objects.get(key="0000000000-16-073605")
    models.Comment.objects.create(letter=letter, number=4, position=4, text="revenue segment " * 80_000)
    start = time.monotonic()
    assert client.get("/search/", {"q": "revenue segment"}).status_code == 200
    assert time.monotonic() - start < 5  # minutes before the bound; a fraction of a second with it
