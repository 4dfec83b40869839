"""The cheap shape tests that stand before the date and page-marker regexes never turn a real one away."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.extract.line_facts import may_be_date
from commentletters.core.extract.marks import MONTHS, is_date, page_marker, shape

_SPACE = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u2003"])
_MONTH = st.sampled_from(sorted(MONTHS)).flatmap(
    lambda m: st.sampled_from([m, m.upper(), m.title(), m.replace("s", "\u017f")])  # the long s matches "s"
)
_DATE = st.tuples(_SPACE, _MONTH, st.sampled_from(["", "."]), _SPACE.filter(bool), st.integers(0, 99))
_DATE_END = st.tuples(_SPACE, st.sampled_from(["", ","]), _SPACE, st.integers(0, 9999), _SPACE)


@settings(max_examples=300, deadline=None)
@given(_DATE, _DATE_END)
def test_every_date_line_passes_the_shape_test(head: tuple[str, str, str, str, int], tail: tuple[str, ...]) -> None:
    lead, month, dot, gap, day = head
    text = f"{lead}{month}{dot}{gap}{day}{''.join(map(str, tail))}"
    if is_date(text):  # (a 1- to 3-digit year is no date)
        assert may_be_date(shape(text))


_DAY_FIRST = st.tuples(
    _SPACE,
    st.integers(0, 99),
    st.sampled_from(["", "st", "th", "TH"]),
    _SPACE.filter(bool),
    st.sampled_from(["", "of ", "OF "]),
    _MONTH,
    st.sampled_from(["", ".", ",", ".,"]),
    _SPACE.filter(bool),
    st.integers(0, 9999),
    _SPACE,
)


@settings(max_examples=300, deadline=None)
@given(_DAY_FIRST)
def test_every_date_line_its_day_first_passes_the_shape_test(parts: tuple[object, ...]) -> None:
    text = "".join(map(str, parts))
    if is_date(text):
        assert may_be_date(shape(text))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 9999), _SPACE)
def test_every_date_line_in_numbers_passes_the_shape_test(month: int, day: int, year: int, space: str) -> None:
    text = f"{space}{month}/{day}/{year}{space}"
    if is_date(text):
        assert may_be_date(shape(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("September 27, 2018", True),
        ("September 27th, 2018", True),  # an ordinal day
        ("27 September 2018", True),  # the day first, as letters from abroad print it
        ("27th of September, 2018", True),
        ("9/27/2018", True),
        ("27 September", False),
        ("  SEPT. 1 ,  2021 ", True),
        ("Page 2", False),  # shape "page #": no month opens it
        ("November 17, 2014 Page 3", False),
        ("June 30, 2023 and December 31, 2022", False),
    ],
)
def test_date_lines_told_by_shape_then_pattern(text: str, date: bool) -> None:
    assert (may_be_date(shape(text)) and is_date(text)) is date


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("see page 12 of the Form 10-K", None),  # lower case, not first: a citation, ruled out before any regex
        ("page 2", 2),  # lower case but first, in the marker-words form
        ("Mr. John Smith  Page 4", 4),
        ("PAGE 2 OF 3", 2),
        ("Page 3 <9 May 2017>", 3),  # after the marker, the letter's date, its day first
        ("Page 3 <May 9th, 2017>", 3),
    ],
)
def test_page_markers_ruled_out_only_without_their_words(text: str, number: int | None) -> None:
    assert page_marker(text) == number
