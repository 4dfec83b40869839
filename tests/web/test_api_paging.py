"""Walking a list page by page gives every row once, in one order, ties in the sort key included."""

from __future__ import annotations

import pytest
from django.test import Client

from commentletters.archive import models

pytestmark = pytest.mark.django_db


def walk(client: Client, url: str, limit: int) -> list[int]:
    ids: list[int] = []
    while True:
        body = client.get(url, {"limit": limit, "offset": len(ids)}).json()
        if not body["items"]:
            return ids
        ids += [item["id"] for item in body["items"]]


def test_companies_of_one_name_come_in_one_order(client: Client, db) -> None:
    """Two filers may share a name (a company and its predecessor, under two CIKs): by name, then id,
    whatever order the database stored them in (here the reverse of their ids)."""
    for pk in (30, 20, 10):
        models.Company.objects.create(pk=pk, cik=f"{pk:010d}", name="Acme Holdings, Inc.")
    models.Company.objects.create(pk=5, cik="0000000005", name="Zenith Corp.")
    assert walk(client, "/api/companies", 1) == [10, 20, 30, 5]
    assert walk(client, "/api/companies", 500) == [10, 20, 30, 5]
