"""A second document filed under one accession (an EDGAR folder holding the letter as .htm and as
.pdf) is keyed "accession/file name" by the ingest. Its key holds a slash: every page that links to
it once failed (no address could be built), and it had no page of its own."""

from __future__ import annotations

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db

SECOND = "0001193125-16-582198/filename1.htm"


@pytest.fixture
def second(archive) -> models.Letter:
    letter = models.Letter.objects.get(key="0001193125-16-582198")
    letter.key = SECOND
    letter.save()
    return letter


@pytest.mark.parametrize(
    "address",
    [
        "/",
        "/search/?q=respectfully",
        "/search/?q=respectfully&format=csv",
        f"/reviews/{'0000000000-16-073605'}/",
        f"/letters/{SECOND}/",
        f"/letters/{SECOND}/original",
        "/api/letters",
        f"/api/letters/{SECOND}",
        "/api/search?q=respectfully",
    ],
)
def test_pages_listing_it_and_its_own_pages_are_served(client: Client, second, address: str) -> None:
    assert client.get(address).status_code == 200


def test_the_search_links_to_its_page(client: Client, second) -> None:
    html = client.get("/search/?q=respectfully").content.decode()
    assert f'href="/letters/{SECOND}/#answer-1"' in html


def test_a_review_whose_key_holds_a_slash_has_its_page(client: Client, archive) -> None:
    models.Review.objects.filter(pk=archive.pk).update(key=SECOND)
    assert client.get(f"/reviews/{SECOND}/").status_code == 200
    assert client.get(f"/api/reviews/{SECOND}").json()["key"] == SECOND
