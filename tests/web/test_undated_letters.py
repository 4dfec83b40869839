"""A letter with no date printed on it (a company response the parser found no date in) sits where
its EDGAR filing date puts it, on SQLite and PostgreSQL alike: PostgreSQL sorts a missing date
first when newest come first (the home page's recent letters opened with undated ones), SQLite
first when oldest come first (a review opened with an answer filed after the letter it answers)."""

from __future__ import annotations

import json
import re
from datetime import date
from io import StringIO

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.archive.export import write_jsonl

pytestmark = pytest.mark.django_db

UNDATED = "0001193125-16-999999"  # a second answer to the staff's first letter, before its second (June 30)


@pytest.fixture
def undated(archive: models.Review) -> models.Letter:
    """A company response filed on EDGAR on May 20, 2016 (after the first answer, May 6), its own date unread."""
    staff = models.Letter.objects.get(key=archive.key)
    return models.Letter.objects.create(
        key=UNDATED,
        accession=UNDATED,
        form="CORRESP",
        date=None,
        edgar_filed=date(2016, 5, 20),
        kind="company_response",
        parser_version="test",
        company=staff.company,
        raw=staff.raw,
        source="undated.htm",
        data={"kind": "company_response", "date": None},
        review=archive,
        round=staff.round,
    )


def _letters_linked(html: str) -> list[str]:
    return re.findall(r'href="/letters/([^/"]+)/"', html)


def test_newest_first_puts_it_by_its_edgar_date(client: Client, undated: models.Letter) -> None:
    home = client.get("/").content.decode()
    recent = home[home.index("Recent letters") :]
    newest = ["0000000000-16-082817", UNDATED, "0001193125-16-582198", "0000000000-16-073605"]
    assert _letters_linked(recent) == newest
    assert [x["accession"] for x in client.get("/api/letters").json()["items"]] == newest


def test_oldest_first_puts_it_between_the_rounds(client: Client, archive, undated) -> None:
    oldest = ["0000000000-16-073605", "0001193125-16-582198", UNDATED, "0000000000-16-082817"]
    assert [x["accession"] for x in client.get(f"/api/reviews/{archive.key}").json()["letters"]] == oldest
    review = client.get(f"/reviews/{archive.key}/").content.decode()
    assert list(dict.fromkeys(_letters_linked(review))) == oldest
    out = StringIO()
    write_jsonl(out)
    assert [json.loads(line)["accession"] for line in out.getvalue().splitlines()] == oldest
