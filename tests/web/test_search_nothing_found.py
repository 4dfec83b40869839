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
