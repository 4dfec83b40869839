"""Letters that write their dates otherwise than "May 9, 2017": day first ("9 May 2017", as letters from abroad
do), with an ordinal ("May 9th, 2017") or in numbers ("5/9/2017"). Real letters from ../shared/corpus are read as
plain text (the extracted lines, pages split by form feeds) with every date so rewritten; each reads as the
original does, the expectations written from the letters themselves.
"""

from __future__ import annotations

import datetime
import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.letters import Letter
from tests.core.text_twins import plain_text

_MONTHS = [datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
_DATE = re.compile(rf"\b({'|'.join(_MONTHS)})\s+(\d{{1,2}}),\s+(\d{{4}})\b")
_WAYS = {
    "day first": "{day} {month} {year}",
    "ordinal": "{month} {day}th, {year}",
    "numbers": "{number}/{day}/{year}",
}


def _rewritten(relative: str, way: str) -> Letter:
    text = plain_text(relative)

    def written(m: re.Match[str]) -> str:
        number = _MONTHS.index(m.group(1)) + 1
        return _WAYS[way].format(month=m.group(1), day=int(m.group(2)), year=m.group(3), number=number)

    changed, count = _DATE.subn(written, text)
    assert count >= 3
    return parse_letter(changed.encode(), "letter.txt")


@pytest.mark.parametrize("way", sorted(_WAYS))
def test_a_running_header_dated_otherwise_is_furniture(way: str) -> None:
    """Baker Hughes' answers of April 2017 head each page "Page 3 <May 9, 2017>", and the staff's letter of
    September 27, 2018 heads page 2 with "Mr. Brian Worrell" / "Baker Hughes, a GE company" / "September 27, 2018":
    with the date written otherwise the header is still the page's furniture, not an answer's first words nor a
    comment's last."""
    answers = {r.number: r.text for r in _rewritten(BKR_2017_ANSWERS, way).responses}
    assert answers[3].startswith("In response to the Staff\u2019s comment")
    comments = _rewritten(BKR_2018, way).comments
    assert comments[0].text.endswith("products and services offered by your segments.")


@pytest.mark.parametrize("way", sorted(_WAYS))
def test_a_paragraph_leading_in_to_the_first_comment_with_a_line_opening_with_a_date(way: str) -> None:
    """Norwegian Cruise Line's letter of February 25, 2016 leads in to its first comment under three captions with a
    paragraph whose line opens with a date ("17 February 2016, and have the following comments ..." day first): no
    numbered line, the captions stay the comment's."""
    (comment, *_) = _rewritten(NCLH_2016, way).comments
    assert comment.section[-1] == "Note 2. Summary of Significant Accounting Policies"


BKR_2017_ANSWERS = "sec/BKR/BKR_0000000000-17-014455/filings/0001193125-17-163634/filename1.htm"
BKR_2018 = "sec/BKR/BKR_0000000000-18-030596/filings/0000000000-18-030596/filename1.pdf"
NCLH_2016 = "sec/NCLH/NCLH_0000000000-16-066278/filings/0000000000-16-066278/filename1.pdf"
