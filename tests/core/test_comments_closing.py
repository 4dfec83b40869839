"""Where the last comment ends: before the staff's closing paragraphs (made-up letters from their words)."""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter


@pytest.mark.parametrize(
    "closing",
    [
        # the registration statements' closing, with no reminder before it
        "Refer to Rules 460 and 461 regarding requests for acceleration. Please allow adequate time for us to "
        "review any amendment prior to the requested effective date of the registration statement.",
        "Any questions regarding these comments may be directed to Jane Roe at (202) 551-1234.",
    ],
)
def test_closing_paragraphs_end_the_last_comment(closing: str) -> None:
    """Made up from the staff's closing paragraphs: the last comment ends before them."""
    text = (
        "May 20, 2021\n\nJohn Smith\nChief Financial Officer\nAcme Inc.\n\nRe: Acme Inc.\nForm S-1\nFile No. "
        "333-123456\n\nDear Mr. Smith:\n\nWe have reviewed your registration statement and have the following "
        "comments.\n\n1. Please tell us how you determined the amounts.\n\n2. Please revise to disclose the "
        f"amounts.\n\n{closing}\n\nSincerely,\n\nDivision of Corporation Finance\nOffice of Manufacturing\n"
    )
    comments = parse_letter(text.encode(), "letter.txt").comments
    assert [c.text for c in comments] == [
        "Please tell us how you determined the amounts.",
        "Please revise to disclose the amounts.",
    ]
