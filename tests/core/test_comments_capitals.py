"""Staff letters printing their captions in capitals ("FORM 10-K FOR THE FISCAL YEAR ENDED ...", "ITEM 8.
FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "NOTE 8 – INTANGIBLES, page 107"), as a filing in capitals
captions its parts (the staff add the page in their own type): the headings read as the letter's captions in
title case do. The letters are real ones from ../shared/corpus, as plain text (a caption or paragraph a line,
a blank line after each), each caption the comments fall under set in capitals but for its page; the stacks
expected are those the letters show in their PDFs."""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file

_PAGE_TAIL = re.compile(r",?\s*\(?pages?\s+\S+$")


def in_capitals(relative: str) -> list[list[str]]:
    """The headings over each comment of the letter as text with its captions in capitals."""
    path = corpus_file(relative)
    data = path.read_bytes()
    captions = {h for c in parse_letter(data, path.name).comments for h in c.section}
    lines: list[str] = []
    for line in extract(data, path.name).lines:
        text = line.text.strip()
        if text in captions:
            tail = _PAGE_TAIL.search(text)
            text = text[: tail.start()].upper() + text[tail.start() :] if tail else text.upper()
        lines += [text, ""] if text else []
    return [c.section for c in parse_letter("\n".join(lines).encode(), path.stem + ".txt").comments]


LETTERS = {
    # Zimmer Biomet, April 30, 2018: comment 2 falls under the form and under Item 8 (a caption in capitals
    # naming the filing is the form heading, in force over the later blocks)
    "sec/ZBH/ZBH_0000000000-18-013314/filings/0000000000-18-013314/filename1.pdf": (
        2,
        [
            "FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2017",
            "ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA",
            "NOTE 2. SIGNIFICANT ACCOUNTING POLICIES",
            "SPECIAL ITEMS, page 55",
        ],
    ),
    # Truist, 2024: Item 7's whole title in capitals is no caption wrapped onto "LENDING ACTIVITIES, page 57"
    "sec/TFC/TFC_0000000000-24-004217/filings/0000000000-24-004217/filename1.pdf": (
        1,
        [
            "FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2023",
            "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
            "LENDING ACTIVITIES, page 57",
        ],
    ),
    # Ventas, 2016: a numbered caption in capitals opens a caption of its own ("NOTE 8 – INTANGIBLES, page 107")
    "sec/VTR/VTR_0000000000-16-073108/filings/0000000000-16-073108/filename1.pdf": (
        2,
        ["ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "NOTE 8 – INTANGIBLES, page 107"],
    ),
    # Insulet, 2016, and Tyler Technologies, 2023: a caption in capitals far shorter than the letter's lines was not
    # cut by its margin ("NOTE 2. SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES" / "SEGMENT REPORTING, page 53" are two)
    "sec/PODD/PODD_0000000000-16-082809/filings/0000000000-16-082809/filename1.pdf": (
        8,
        [
            "FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2015",
            "ITEM 8. FINANCIAL STATEMENTS",
            "NOTE 2. SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES",
            "SEGMENT REPORTING, page 53",
        ],
    ),
    "sec/TYL/TYL_0000000000-23-009644/filings/0000000000-23-009644/filename1.pdf": (
        4,
        [
            "FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2022",
            "CONSOLIDATED FINANCIAL STATEMENTS",
            "NOTE (1) SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES",
            "GOODWILL, page F-16",
        ],
    ),
    # Texas Pacific Land, 2025: the filing named to its date is whole ("... DECEMBER 31, 2024" / "PROPERTIES, page 17")
    "sec/TPL/TPL_0000000000-25-010229/filings/0000000000-25-010229/filename1.pdf": (
        1,
        ["FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024", "PROPERTIES, page 17"],
    ),
}


@pytest.mark.parametrize("relative", sorted(LETTERS))
def test_captions_in_capitals(relative: str) -> None:
    number, expected = LETTERS[relative]
    stacks = in_capitals(relative)
    assert stacks[number - 1] == expected
