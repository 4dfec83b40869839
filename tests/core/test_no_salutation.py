"""Letters printed without a salutation ("Dear Mr. Andrews:", "Ladies and Gentlemen:"), or with one that tells
nothing of who wrote it. Real letters from ../shared/corpus read as plain text (the extracted lines, pages split by
form feeds) with the salutation taken out or replaced; each reads as the original does (expectations from the
letters themselves): the body opens at the first sentence after the Re: block, whose last lines are neither the
letter's date, nor a caption over the first comment, nor the staff letter answered.
"""

from __future__ import annotations

import re

from commentletters.core import parse_letter
from commentletters.core.letters import Letter
from tests.core.text_twins import plain_text

_SALUTATION = re.compile(r"(?m)^(?:Dear [^\n]{2,60}:|Ladies and Gentlemen:)$")
BBY_2016 = "sec/BBY/BBY_0000000000-16-088191/filings/0000764478-16-000086/filename1.htm"
HBAN_2017 = "sec/HBAN/HBAN_0000000000-17-040659/filings/0000049196-17-000063/filename1.htm"
AON_2018 = "sec/AON/AON_0000000000-17-045347/filings/0000000000-18-003393/filename1.pdf"
FORD_2018 = "sec/F/F_0000000000-17-029248/filings/0000000000-18-015811/filename1.pdf"


def _saluted(relative: str, salutation: str) -> Letter:
    """The letter as plain text with its salutation printed ``salutation`` ("": none)."""
    changed, count = _SALUTATION.subn(salutation, plain_text(relative))
    assert count == 1
    return parse_letter(changed.encode(), "letter.txt")


def test_a_company_letter_without_a_salutation_is_dated_by_its_date_line() -> None:
    """Best Buy's answers of August 23, 2016: "August 23, 2016 VIA EDGAR" opens it, and with no salutation the
    date is still looked for above the body only (not in it), which opens "On behalf of Best Buy Co., Inc. ... in
    your letter dated August 10, 2016"."""
    letter = _saluted(BBY_2016, "")
    assert (letter.kind, letter.date, letter.responds_to) == ("company_response", "2016-08-23", ["2016-08-10"])
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5, 6, 7]


def test_the_re_blocks_filings_in_lower_case_words_are_no_body() -> None:
    """Huntington's answers of November 30, 2017: its Re: block lists "• Form 10-Q for the quarterly period ended
    September 30, 2017, filed October 30, 2017", mostly lower-case words; with no salutation the body still opens
    at "This letter sets forth the responses ...", and the letter answered is the staff's of November 16, 2017."""
    letter = _saluted(HBAN_2017, "")
    assert letter.responds_to == ["2017-11-16"]


def test_a_staff_letter_without_a_salutation_has_no_caption_from_its_re_block() -> None:
    """The staff's letter to Aon of January 30, 2018: its three comments stand under no caption; with no salutation the
    Re: block's last line, "File No. 1-7933", is still no caption over comment 1."""
    letter = _saluted(AON_2018, "")
    assert [c.number for c in letter.comments] == [1, 2, 3]
    assert all(not c.section for c in letter.comments)


def test_a_staff_letter_signed_by_its_office_without_a_closing_word() -> None:
    """The staff's letter to Ford of May 22, 2018 completing its review ends "... absence of action by the staff." /
    "Division of Corporation Finance" / "Office of Transportation and Leisure", no "Sincerely," over them: its last
    lines are its signature, the Division's, which tells a staff letter even under "Ladies and Gentlemen:"."""
    letter = _saluted(FORD_2018, "Ladies and Gentlemen:")
    assert letter.kind == "staff_review_complete"
