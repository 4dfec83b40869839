"""An authority named takes in its parts: "ASC 606" is also "ASC 606-10-50-12", "Item 303 of
Regulation S-K" also "Item 303(a)(3) of Regulation S-K", alike in the search page, the API, the
command and the table of authorities (whose rows link to the search and must count what it finds)."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from commentletters.archive import models
from commentletters.web.authority_names import covers

CITED = "Item 303(a)(3) of Regulation S-K"  # the fixture's follow-up comment cites it


@pytest.mark.parametrize(
    ("typed", "name", "expected"),
    [
        ("ASC 606", "ASC 606", True),
        ("ASC 606", "ASC 606-10-50-12", True),
        ("asc 606", "ASC 606-10-50-12(c)", True),
        ("ASC 606-10-50-12", "ASC 606-10-50-12(c)", True),
        ("ASC 60", "ASC 606", False),
        ("ASC 606-10-50-12", "ASC 606-10-50-13", False),
        ("ASC 606-10-50-12", "ASC 606", False),
        ("Item 303 of Regulation S-K", CITED, True),
        ("Item 303", CITED, True),
        ("Item 303(b) of Regulation S-K", CITED, False),
        ("Item 303 of Regulation S-X", CITED, False),
        ("Item 303 of Regulation S-K", "Instruction 4 to Item 303(A) of Regulation S-K", False),
        ("C&DI Question 102", "C&DI Question 102.10", True),
        ("", "ASC 606", False),
    ],
)
def test_what_a_name_covers(typed: str, name: str, expected: bool) -> None:
    assert covers(typed, name) is expected


def _cite_the_whole_item(archive: models.Review) -> None:
    """The first staff comment cites Item 303 of Regulation S-K as a whole."""
    comment = models.Comment.objects.get(letter__key=archive.key, number=1)
    comment.authorities.add(models.Authority.objects.create(name="Item 303 of Regulation S-K"))


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["Item 303 of Regulation S-K", "item 303", CITED])
def test_search_finds_the_parts(client: Client, archive, typed: str) -> None:
    body = json.loads(client.get("/api/search", {"authority": typed, "type": "comment"}).content)
    assert [r["number"] for r in body["results"]] == [1]  # the follow-up, 2016-06-30
    assert json.loads(client.get("/api/comments", {"authority": typed}).content)["total"] == 1


@pytest.mark.django_db
def test_search_of_the_whole_counts_each_comment_once(client: Client, archive) -> None:
    _cite_the_whole_item(archive)
    body = json.loads(client.get("/api/search", {"authority": "Item 303 of Regulation S-K"}).content)
    assert body["total"] == 2
    assert json.loads(client.get("/api/comments", {"authority": "Item 303"}).content)["total"] == 2


@pytest.mark.django_db
def test_the_table_counts_what_its_link_finds(client: Client, archive) -> None:
    _cite_the_whole_item(archive)
    html = client.get("/authorities/").content.decode()
    row = re.search(r"authority=Item%20303%20of%20Regulation%20S-K&amp;.*?</tr>", html, re.S)
    assert row is not None
    assert re.findall(r'<td class="num">(?:<strong>)?(\d+)', row.group(0)) == ["2", "2"]  # 2016, and all years


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Item 303(a)(3) of Regulation SK",
            f"No authority cited in the archive is named “Item 303(a)(3) of Regulation SK”; it has {CITED}.",
        ),  # noqa: E501
        ("Regulation S-K", f"No authority cited in the archive is named “Regulation S-K”; it has {CITED}."),
        ("Rule 10b-5", "No authority cited in the archive is named “Rule 10b-5”."),
    ],
)
def test_page_says_when_no_authority_goes_by_the_name(client: Client, archive, typed: str, said: str) -> None:
    html = client.get("/search/", {"authority": typed}).content.decode()
    assert said in html and 'href="/authorities/"' in html


@pytest.mark.django_db
def test_page_says_nothing_of_a_name_it_knows(client: Client, archive) -> None:
    html = client.get("/search/", {"authority": "Item 303", "q": "zebra"}).content.decode()
    assert "No authority cited" not in html
