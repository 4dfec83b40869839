"""A staff caption citing its page with a capital ("Company, Page 32"; "… interest adjustments," / "Page 29" on a line
of its own) is a caption, not the page's running header: a running header's "Page N" follows no comma and opens its
page, while the caption's follows a comma, on the line or at the end of the line above it on the same page. Staff
offices print "page" in lower case today; letters of other offices and years, and text retyped by others, capitalise
it. The real letters below, their captions' "page" capitalised, read as they do printed in lower case; so do those
whose captions end in a colon after their page ("Goodwill, page 47:"), as a caption introducing its comment may, and
those whose caption is broken after its label ("Note 3." / "Revenue Recognition, page 10"), as a tool extracting text
from a PDF may break it."""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.headings import looks_like_heading
from tests.core.text_twins import plain_text

FORD = "sec/F/F_0000000000-17-029248/filings/0000000000-18-013911/filename1.pdf"
LULU = "sec/LULU/LULU_0000000000-17-023016/filings/0000000000-17-023016/filename1.pdf"


def _capitalised(line: str) -> str:
    return re.sub(r"(,|^)(\s*)page (\d)", r"\1\2Page \3", line)


@pytest.mark.parametrize(
    ("relative", "captions"),
    [
        # Ford's letter of 2018: comments 2 and 3 under "Company, page 32" (the caption's first words, "Company
        # Adjusted EBIT Margin ...", went with the text layer), comment 4 under "2018 FY Outlook, page 56"
        (FORD, [("1", "2018 First Quarter Financial Results, Page 1"), ("32", "Company, Page 32"),
                ("32", "Company, Page 32"), ("56", "2018 FY Outlook, Page 56")]),
        # Lululemon's letter of 2017: comment 2's caption breaks before its page ("… excluding tax and related
        # interest adjustments," / "page 29")
        (LULU, [("24", "Income Tax Expense, Page 24"),
                ("29", "Effective tax rate and diluted earnings per share, excluding tax and related interest "
                       "adjustments, Page 29"),
                ("57", "15. Income Taxes, Page 57"), ("22", "Non-GAAP Financial Measures, Page 22")]),
    ],
)  # fmt: skip
def test_captions_citing_a_capitalised_page_keep_it(relative: str, captions: list[tuple[str, str]]) -> None:
    lower = parse_letter(plain_text(relative).encode(), "a.txt")
    upper = parse_letter(plain_text(relative, _capitalised).encode(), "b.txt")
    assert [(c.pages, c.section[-1]) for c in lower.comments] == [([p], _lower(s)) for p, s in captions]
    assert [(c.pages, c.section[-1]) for c in upper.comments] == [([p], s) for p, s in captions]
    assert [c.text for c in upper.comments] == [c.text for c in lower.comments]


def _lower(caption: str) -> str:
    return caption.replace("Page ", "page ")


def test_a_running_header_after_a_comma_on_the_page_before_is_still_one() -> None:
    # The page breaks mid-sentence after a comma; the next page opens with its header: the header is left out
    pages = [
        "July 1, 2021\n\nRe: Acme Corp.\nForm 10-K for the Fiscal Year Ended December 31, 2020\nFile No. 001-12345\n\n"
        "Dear Mr. Smith:\n\nWe have reviewed your filing and have the following comments.\n\n"
        "Results of Operations, page 40\n\n1. Please tell us how you measure the revenue of each segment,",
        "Page 2\n\nand revise your disclosure to explain the measure.\n\n"
        "Sincerely,\n\nDivision of Corporation Finance\nOffice of Manufacturing",
    ]
    letter = parse_letter("\f".join(pages).encode(), "x.txt")
    assert [(c.number, c.pages, c.text) for c in letter.comments] == [
        (
            1,
            ["40"],
            "Please tell us how you measure the revenue of each segment, and revise your disclosure to explain the "
            "measure.",
        )
    ]


ADM = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf"


def test_captions_ending_in_a_colon_after_their_page_are_captions() -> None:
    # ADM's letter of 2020, each caption's page followed by a colon ("Goodwill and Other Intangible Assets, page
    # 47:"), as a caption introducing its comment may be printed: the same captions over the same comments
    def with_colon(line: str) -> str:
        return line + ":" if re.search(r", page \d+$", line) else line

    plain = parse_letter(plain_text(ADM).encode(), "a.txt")
    colons = parse_letter(plain_text(ADM, with_colon).encode(), "b.txt")
    assert [(c.number, c.pages, c.section[-1]) for c in plain.comments] == [
        (1, ["46"], "Property, Plant, and Equipment and Asset Abandonments and Write-Downs, page 46"),
        (2, ["47"], "Goodwill and Other Intangible Assets, page 47"),
        (3, ["31"], "Note 17. Subsequent Event, page 31"),
    ]
    assert [(c.number, c.pages, c.section[-1].rstrip(":"), c.text) for c in colons.comments] == [
        (c.number, c.pages, c.section[-1], c.text) for c in plain.comments
    ]


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Goodwill, page 47:", True),
        ("Revenue Recognition \u2013 page F-12:", True),
        ("In your table on page 45:", False),  # a sentence introducing what follows, no caption
    ],
)
def test_a_colon_after_a_captions_page(line: str, caption: bool) -> None:
    assert looks_like_heading(line) is caption


ADSK = "sec/ADSK/ADSK_0000000000-18-024031/filings/0000000000-18-024031/filename1.pdf"
ADM_2024 = "sec/ADM/ADM_0000000000-24-005934/filings/0000000000-24-005934/filename1.pdf"


@pytest.mark.parametrize(
    ("relative", "label", "captions"),
    [
        # Autodesk's letter of 2018: comments 1 to 6 under "Note 3. Revenue Recognition, page 10"
        (ADSK, "Note 3.", {1, 2, 3, 4, 5, 6}),
        # ADM's letter of 2024: comments 4 and 5 under "Note 17. Segment and Geographical Information, page 106",
        # after comment 3 under "Goodwill, page 54" and the caption "Notes to the Consolidated Financial Statements"
        (ADM_2024, "Note 17.", {4, 5}),
    ],
)
def test_a_caption_broken_after_its_label_is_one_caption(relative: str, label: str, captions: set[int]) -> None:
    # As a tool extracting text from the PDF breaks a line where it chose: the label ("Note 3.") alone on its line,
    # the caption's words on the next, no blank line between
    def broken(line: str) -> str:
        return line.replace(label + " ", label + "\n", 1) if line.startswith(label + " ") else line

    plain = parse_letter(plain_text(relative).encode(), "a.txt")
    text = plain_text(relative, broken)
    assert label + "\n" in text
    printed = parse_letter(text.encode(), "b.txt")
    assert {c.number for c in plain.comments if c.section[-1].startswith(label)} == captions
    assert [(c.number, c.section, c.pages, c.text) for c in printed.comments] == [
        (c.number, c.section, c.pages, c.text) for c in plain.comments
    ]
