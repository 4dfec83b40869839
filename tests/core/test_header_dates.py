"""The date printed on the letter, and the date forms letters use."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core import parse_letter
from commentletters.core.header.dates import (
    _YEAR_HINT,
    DATE,
    _digits_plain,
    _next_year,
    find_dates,
    is_date_line,
    match_iso,
    parse_date,
)
from tests.core import header_letters as L


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("August 25, 2020", "2020-08-25"),
        ("Santa Clara , California 95051 June 15 , 2023", "2023-06-15"),
        ("Sept. 5, 2019", "2019-09-05"),
        ("25 August 2020", "2020-08-25"),
        ("Filed February 18,2020", "2020-02-18"),
        ("no date here, only 2020", None),
        ("February 30, 2020", None),  # not a calendar date
        ("AUGUST 25, 2020", "2020-08-25"),  # upper case: found through the lower-cased copy
        ("the \u201c2019 Form 10-K\u201d filed March 1, 2019", "2019-03-01"),  # curly quotes
        ("MAY 5, 2017 PAGE 2", "2017-05-05"),
        ("Dated \uff15/\uff16/2019", "2019-05-06"),  # full-width digits, which \d takes too
        ("Filed Aug. 5, 2019 by \u0130\u015f Bankas\u0131", "2019-08-05"),  # letters lower() treats apart
        ("1099 forms, 2020", None),  # digits without a date
        ("\u017fept. 5, 2019", "2019-09-05"),  # a long s, which re.I takes for "s" and lower() keeps
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_find_dates_finds_each_date_where_it_is() -> None:
    text = "Response dated December 6, 2019 to your letter of 11/22/2019 on the 2018 Form 10-K"
    assert [(d.iso, text[d.start : d.end]) for d in find_dates(text)] == [
        ("2019-12-06", "December 6, 2019"),
        ("2019-11-22", "11/22/2019"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 13, 2016", True),
        ("Dated: April 13, 2016", True),
        ("Filed April 9, 2014", False),
        ("April 13, 2016 Page 2", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    ("relative", "iso"),
    [
        ("sec-staff-letter-2014-11-17.txt", "2014-11-17"),  # seed: date under the Commission's letterhead
        ("company-response-2017-08-30.txt", "2017-08-30"),  # seed: date under the company's address
        (L.STAFF_PDF, "2020-08-25"),  # after the logo line, before the Re: block's filing dates
        (L.ACCELERATION, "2024-04-19"),  # below the Commission's address and the Attn: lines
        (L.PEER_10K, "2023-06-15"),
        (L.ORDER, "2020-03-16"),  # an order: no salutation
        (L.NO_FIRST_PAGE_DATE, "2017-07-14"),  # only the running headers of pages 2-5 print it
        (L.RUNNING_HEADER_FIRST, "2016-08-26"),  # the date line repeats the running header's date
        # printed on one line with the letterhead: "Mail Stop 3561 August 4, 2016"
        ("sec/RCL/RCL_0000000000-16-072737/filings/0000000000-16-087255/filename1.pdf", "2016-08-04"),
    ],
)
def test_letter_date(relative: str, iso: str) -> None:
    assert L.letter(relative).date == iso


def test_letter_without_a_date_has_none() -> None:
    # Marsh & McLennan's response prints no date anywhere: its only dates are the staff letter's and periods
    assert L.letter("sec/MRSH/MRSH_0000000000-23-002612/filings/0000062709-23-000019/filename1.htm").date is None


ACCELERATION_DATED_AT_SIGNATURE = """Example Corp.

VIA EDGAR

U.S. Securities and Exchange Commission
Division of Corporation Finance
Washington, D.C. 20549

Re: Example Corp.
Registration Statement on Form S-1
File No. 333-123456

Ladies and Gentlemen:

Pursuant to Rule 461 under the Securities Act, Example Corp. hereby requests that the effective date of the
Registration Statement be accelerated to 4:00 p.m., Eastern Time, on May 22, 2024.

Very truly yours,

Example Corp.

By: /s/ Jane Doe
Name: Jane Doe
Title: Chief Financial Officer
{dated}
"""


@pytest.mark.parametrize(
    ("dated", "iso"),
    [
        ("Dated: May 20, 2024", "2024-05-20"),
        ("Date: May 20, 2024", "2024-05-20"),
        ("May 20, 2024", None),  # a date unlabelled at the end: not said to be the letter's
        ("Dated: the date first written above", None),
    ],
)
def test_a_letter_dated_beside_its_signature_only(dated: str, iso: str | None) -> None:
    """A request for acceleration printing its date under the signature ("Dated: May 20, 2024"), none at its
    head: that is the letter's date (none was read)."""
    data = ACCELERATION_DATED_AT_SIGNATURE.format(dated=dated).encode()
    assert parse_letter(data, "request.txt").date == iso


def _every_date(text: str) -> list[tuple[str, int, int]]:
    """What find_dates finds, worked out the plain way: every DATE match that is a calendar date."""
    return [(iso, m.start(), m.end()) for m in DATE.finditer(text) if (iso := match_iso(m))]


@pytest.mark.parametrize(
    "text",
    [
        "the letter dated September. 5, 2019 and Sept 6 2019, 7/8/2019, the 9th of May, 2020",
        "Mar.1, 2020 and mar 2,2020; 12th  August 2020",  # a double space: the search is not cut short
        "Jan\u00a03, 2021 and 2020 Form 10-K filed 11-22-2019",  # a no-break space: the same
    ],
)
def test_find_dates_near_digits_finds_what_the_plain_search_finds(text: str) -> None:
    assert [(d.iso, d.start, d.end) for d in find_dates(text)] == _every_date(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["May", "Sept.", "september", "of", " ", "  ", ",", "5", "12", "2019", "/", "th"])))
def test_find_dates_finds_what_the_plain_search_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert [(d.iso, d.start, d.end) for d in find_dates(text)] == _every_date(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["May", "Sept.", "september", "of", ",", "5", "12", "2019", "/", "th", "Notes", "20"])))
def test_find_dates_in_single_spaced_prose_finds_what_the_plain_search_finds(words: list[str]) -> None:
    """Single spaces only: the search for a date's start is bounded on both sides of each year."""
    text = " ".join(words)
    assert [(d.iso, d.start, d.end) for d in find_dates(text)] == _every_date(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("0129 ab\u00e9\u2019\u0662\uff15\U0001d7ce\ud800")))
def test_digits_plain_and_years_as_the_plain_patterns_tell_them(text: str) -> None:
    """The non-ASCII characters picked out of the UTF-8 bytes (lone surrogates too) hold every digit
    other than 0-9; the two literal-led year searches find each year _YEAR_HINT finds."""
    assert _digits_plain(text) == (re.search(r"\d(?<![0-9])", text) is None)
    years, seen, pos = [], [-1, -1], 0
    while (at := _next_year(text, pos, seen)) < len(text):
        years.append(at)
        pos = at + 1
    plain: list[int] = []
    while (m := _YEAR_HINT.search(text, plain[-1] + 1 if plain else 0)) is not None:
        plain.append(m.start())
    assert years == plain


_UNICODE_CASE = {"s": "\u017f", "i": "\u0131", "k": "\u212a"}  # letters re.I matches besides s, i, k


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["september", "sept.", "Sept", "August", "april", "March"]),
    st.lists(st.booleans(), min_size=9, max_size=9),
    st.integers(1, 31),
    st.sampled_from([" ", ", ", " ,"]),
)
def test_months_spelled_with_letters_case_folding_treats_apart(
    month: str, swaps: list[bool], day: int, sep: str
) -> None:
    """Long s, dotless i, Kelvin sign: the pattern ignores case the Unicode way; reading the month must too."""
    spelled = "".join(
        _UNICODE_CASE.get(c, c) if swap else c for c, swap in zip(month, swaps + [False] * 9, strict=False)
    )
    text = f"dated {spelled} {day}{sep}2019"
    assert [(d.iso, d.start, d.end) for d in find_dates(text)] == _every_date(text)
