"""A search that finds nothing: no exports of nothing, and a form typed that names no form in the
archive is said to be unknown (with the archive's close spellings), as an unknown authority is."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("q", "exports"), [("effective tax rate", True), ("cryptocurrency", False)])
def test_export_links_only_when_there_is_something_to_export(client: Client, archive, q: str, exports: bool) -> None:
    html = client.get("/search/", {"q": q}).content.decode()
    assert ("0 results" in html) is not exports
    assert ("format=csv" in html and "format=json" in html) is exports


@pytest.mark.parametrize(
    ("form", "said"),
    [
        ("10-Q", "No filing in the archive was reviewed as form “10-Q”; it has 10-K."),  # a typo of its 10-K
        ("10", "No filing in the archive was reviewed as form “10”; it has 10-K."),  # part of a name
        ("S-1", "No filing in the archive was reviewed as form “S-1”."),  # nothing like it
    ],
)
def test_a_form_that_names_nothing_is_said_to_be_unknown(client: Client, archive, form: str, said: str) -> None:
    html = client.get("/search/", {"q": "tax", "form": form}).content.decode()
    assert "0 results" in html and said in html


@pytest.mark.parametrize(("q", "form"), [("tax", "10k"), ("cryptocurrency", "10-K"), ("cryptocurrency", "10-K/A")])
def test_a_known_form_gets_no_hint(client: Client, archive, q: str, form: str) -> None:
    """The archive's 10-K, typed in any spelling (or its amendment): no hint, with results or without."""
    assert "No filing in the archive" not in client.get("/search/", {"q": q, "form": form}).content.decode()
