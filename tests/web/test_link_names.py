"""Links as a screen reader lists them (the accessibility tree's names, read in Chromium): a name never
stands for two different addresses, so "Open the letter", "Similar comments", "in the letter" or
"original", repeated on a page, each say which letter, comment or answer they go to."""

from __future__ import annotations

import re
from datetime import date

from commentletters.archive import models

from .chromium import problems_on_pages

LINK = re.compile(r'^\s*- link "(?P<name>(?:[^"\\]|\\.)*)"')
URL = re.compile(r"^\s*- /url: (?P<url>.+)$")


def _names_for_two_targets(page: object) -> list[str]:
    """Link names of the page that go to more than one address, with those addresses."""
    targets: dict[str, set[str]] = {}
    name = None
    for line in page.locator("body").aria_snapshot().splitlines():  # type: ignore[attr-defined]
        if m := LINK.match(line):
            name = m["name"]
        elif (m := URL.match(line)) and name is not None:
            targets.setdefault(name, set()).add(m["url"].strip().strip('"'))
            name = None
    assert len(targets) > 5  # the snapshot was read: the pages have many links
    return [f"{n} → {sorted(t)}" for n, t in targets.items() if len(t) > 1]


def _another_review_of_the_same_filing(review: models.Review) -> None:
    """A second review of the same 10-K (the staff came back to it a year later): same name, other page."""
    later = models.Review.objects.create(
        company=review.company, key="0000000000-17-000001", state="completed", started=date(2017, 5, 2)
    )
    review.filings.get().reviews.add(later)


def test_no_link_name_stands_for_two_places(transactional_db, archive: models.Review, live_server) -> None:  # type: ignore[no-untyped-def]
    comment = archive.letters.get(key="0000000000-16-073605").comments.get(number=2)
    urls = [
        "/",  # the open reviews and recent letters: by company and date, not "Staff comment letter" alone
        "/search/?q=tax",  # both comments of the first letter, the follow-up, both answers
        f"/reviews/{archive.key}/",
        "/letters/0000000000-16-073605/",
        "/letters/0001193125-16-582198/",
        f"/comments/{comment.pk}/similar/",
        f"/companies/{archive.company_id}/",  # two reviews of a 10-K for 2015: each link says which
    ]
    _another_review_of_the_same_filing(archive)
    problems = problems_on_pages(live_server.url, urls, _names_for_two_targets)
    assert not problems, "\n".join(f"{url}: {p}" for url, found in problems.items() for p in found)
