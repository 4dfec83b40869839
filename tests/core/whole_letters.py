"""Real letters of the whole-letter answer tests, parsed once per test session (paths under ../shared/corpus/sec)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from commentletters.core import Letter, parse_letter
from tests.conftest import corpus_file

# The Disclosure Review Program's proxy sweep of September 2022: three comments on the board's
# leadership structure and risk oversight, sent to several companies on the same days.
CB_STAFF = "CB/CB_0000000000-22-009599/filings/0000000000-22-009599/filename1.pdf"  # 2022-09-02, comments 1-3
CB_ANSWER = "CB/CB_0000000000-22-009599/filings/0001104659-22-099242/filename1.htm"
MDLZ_STAFF = "MDLZ/MDLZ_0000000000-22-009590/filings/0000000000-22-009590/filename1.pdf"  # 2022-09-02 as well
MDLZ_ANSWER = "MDLZ/MDLZ_0000000000-22-009590/filings/0001193125-22-246374/filename1.htm"
EBAY_ANSWER = "EBAY/EBAY_0000000000-22-010339/filings/0001552781-22-000567/filename1.htm"
MRSH_ANSWER = "MRSH/MRSH_0000000000-22-010337/filings/0000062709-22-000084/filename1.htm"
# ADM's answer of January 5, 2018 to the two Sudan/Syria comments of December 21, 2017: a long
# unnumbered account (bullets, a table) answering both.
ADM_STAFF = "ADM/ADM_0000000000-17-044885/filings/0000000000-17-044885/filename1.pdf"
ADM_ANSWER = "ADM/ADM_0000000000-17-044885/filings/0000007084-18-000005/filename1.htm"
# Further letters that name in prose the comments they answer.
CB_FURTHER = "CB/CB_0000000000-19-007690/filings/0001193125-19-162476/filename1.htm"  # "Staff comments nos. 2 and 3"
MRSH_STAFF_2023 = "MRSH/MRSH_0000000000-23-002612/filings/0000000000-23-002612/filename1.pdf"  # comments 1-4
MRSH_FURTHER = "MRSH/MRSH_0000000000-23-002612/filings/0000062709-23-000059/filename1.htm"  # "Question 3"
# ADM's answer of October 21, 2020 restates the staff's only comment of September 16, 2020 (comment 1,
# "We note your response to prior comment 3 ...") under the number "3.".
ADM_ONE_STAFF = "ADM/ADM_0000000000-20-007987/filings/0000000000-20-008734/filename1.pdf"
ADM_MISNUMBERED = "ADM/ADM_0000000000-20-007987/filings/0000007084-20-000031/filename1.htm"
# ADM's supplemental letter of October 21, 2024 answering questions asked on a call about the
# staff's May 22 and September 5, 2024 letters (the latter's comments 1-3).
ADM_CALL_STAFF = "ADM/ADM_0000000000-24-005934/filings/0000000000-24-010044/filename1.pdf"
ADM_CALL = "ADM/ADM_0000000000-24-005934/filings/0001193125-24-255986/filename1.htm"


@cache
def _parsed(relative: str) -> Letter:
    path = corpus_file(f"sec/{relative}")
    return parse_letter(path.read_bytes(), str(path))


def parsed(relative: str) -> Letter:
    """A fresh copy of the parsed letter (pairing fills in its responses)."""
    letter = _parsed(relative)
    return replace(letter)
