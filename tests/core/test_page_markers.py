"""Page markers are read from the line's last "Page" back, as a search from the line's start reads them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.extract.marks import _PAGE_TAIL, _tail_from, page_marker


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Page 2", 2),
        ("August 25, 2020 Page 2", 2),
        ("Mr. John Smith   —  PAGE 3 OF 7", 3),
        ("Page -2-", 2),
        ("see the table on page 4", None),  # a heading's page reference: lower case
        ("Form 10-K, Page 34", None),  # after a comma: a reference, not a marker
        ("Page 1 of the Page 5", 5),  # the last "Page" carries the number
        ("PAGE 2 Page", 2),  # no tail: read as marker words, the first "PAGE" with its number
    ],
)
def test_page_marker(text: str, number: int | None) -> None:
    assert page_marker(text) == number


@pytest.mark.parametrize("text", ["-Page2", "x—  Page 2", "  Page 2", "a,Page 2", "PAGE 1 Page 2 of 3", "Acme Page"])
def test_the_tail_is_searched_from_its_earliest_start(text: str) -> None:
    found, plain = _PAGE_TAIL.search(text, _tail_from(text)), _PAGE_TAIL.search(text)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Page", "PAGE", "page", " ", "  ", "\t", ",", "-", "—", "2", "of", "OF", "Ac", "x"])))
def test_the_tail_is_searched_from_where_it_can_start(words: list[str]) -> None:
    text = "".join(words)
    found, plain = _PAGE_TAIL.search(text, _tail_from(text)), _PAGE_TAIL.search(text)
    assert (found and found.span()) == (plain and plain.span())
