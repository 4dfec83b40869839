"""On a phone (375 × 812 CSS pixels) no page scrolls sideways: long addresses and words wrap, wide
tables scroll inside their own box, and the text stays at a readable size."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from commentletters.archive import models

from .chromium import problems_on_pages

PHONE = {"width": 375, "height": 812}
GUIDANCE = "http://www.sec.gov/divisions/corpfin/guidance/nongaapinterp.htm"


@pytest.fixture
def wide_archive(archive: models.Review) -> models.Review:
    """The Facebook review, its first comment citing the staff's guidance by its full address (as letters
    did before 2017), and comments in nine more years citing an authority: wide tables on the charts and
    authorities pages."""
    first = models.Comment.objects.get(letter__key="0000000000-16-073605", number=1)
    first.text += f" See {GUIDANCE}."
    first.save()
    authority = models.Authority.objects.get()
    staff = models.Letter.objects.get(key="0000000000-16-082817")
    for year in range(2017, 2026):
        staff.pk, staff.key, staff.accession, staff.date = None, f"x-{year}", f"x-{year}", date(year, 3, 1)
        staff.save()
        models.Comment.objects.create(letter=staff, number=1, position=1, text="Please revise.").authorities.add(
            authority
        )
    return archive


# The text of each element that shows some, as tall as the phone draws it: a chart's labels are drawn
# smaller than their font size when its picture is shrunk to the screen.
TEXT_SIZES = """() => [...document.querySelectorAll('main *')].filter(e =>
    [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length
    && !e.closest('.skip')).map(e => [e.tagName.toLowerCase() + ' ' + e.textContent.trim().slice(0, 30),
    e instanceof SVGElement ? e.getBoundingClientRect().height : parseFloat(getComputedStyle(e).fontSize)])"""


def _phone_faults(page: Any) -> list[str]:
    width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    faults = [f"page {width[0]}px wide in a {width[1]}px window"] if width[0] > width[1] else []
    return faults + [f"{what}: {size:.1f}px" for what, size in page.evaluate(TEXT_SIZES) if size < 10]


def test_no_page_scrolls_sideways_or_shrinks_its_text_on_a_phone(transactional_db, wide_archive, live_server) -> None:  # type: ignore[no-untyped-def]
    urls = [
        "/",
        "/companies/",
        f"/companies/{wide_archive.company_id}/",
        f"/reviews/{wide_archive.key}/",
        "/letters/0000000000-16-073605/",
        "/letters/0001193125-16-582198/",
        "/search/?q=nongaapinterp",
        "/authorities/",
        "/charts/",
    ]
    assert problems_on_pages(live_server.url, urls, _phone_faults, **PHONE) == {}
