"""Paging through a search shows each hit once, in the order of one long page (the API's and the
page's ``page``): a hit that ties another's score, or whose letter has no date, is neither shown on
two pages nor left off all of them."""

from __future__ import annotations

import pytest

from commentletters.archive import models
from commentletters.web.search import Filters, search

pytestmark = pytest.mark.django_db

FOLLOW_UP = "0000000000-16-082817"


def _pages(text: str, order: str, per_page: int, **filters: object) -> tuple[list[tuple[str, int]], list]:
    """The hits page by page, and the hits of one page holding them all."""
    whole = search(text, Filters(**filters), order=order, per_page=1000)  # type: ignore[arg-type]
    paged = []
    for page in range(1, whole.total // per_page + 2):
        paged += search(text, Filters(**filters), order=order, per_page=per_page, page=page).hits  # type: ignore[arg-type]
    return [(h.type, h.id) for h in paged], [(h.type, h.id) for h in whole.hits]


@pytest.fixture
def repeated(archive: models.Review) -> list[models.Comment]:
    """The staff's comment 2 of April, repeated word for word (as the staff do across letters and
    companies) in the June letter, then in the April letter: copies that BM25 scores alike, the
    later-dated ones holding the lower ids."""
    original = models.Comment.objects.get(letter__key="0000000000-16-073605", number=2)
    copies = []
    for n, key in enumerate([FOLLOW_UP] * 3 + ["0000000000-16-073605"] * 3, start=10):
        letter = models.Letter.objects.get(key=key)
        copies.append(models.Comment.objects.create(letter=letter, number=n, position=n, text=original.text))
    return copies


@pytest.mark.parametrize("per_page", [1, 2, 3])
def test_tied_scores_page_as_one_list(repeated, per_page: int) -> None:
    paged, whole = _pages("earnings call", "relevance", per_page)
    assert len(whole) == 8  # comment 2, its six copies, and the company's answer 2
    assert paged == whole


def test_undated_letter_pages_as_one_list(archive: models.Review) -> None:
    """A letter whose date could not be read comes last, newest first, on every backend."""
    models.Letter.objects.filter(key="0000000000-16-073605").update(date=None)
    for per_page in (1, 2, 3):
        paged, whole = _pages("tax", "date", per_page)
        assert paged == whole and len(whole) == 5
        paged, whole = _pages("", "date", per_page, type="comment")
        assert paged == whole and len(whole) == 3
