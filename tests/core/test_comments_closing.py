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
        # the contact paragraph in other words (made up; none was read as a closing, each went on the last comment)
        "Feel free to contact Jane Roe at (202) 551-1234 with any questions.",
        "Do not hesitate to contact Jane Roe at (202) 551-1234 with any questions.",
        "You can contact Jane Roe at (202) 551-1234 with any questions.",
        "Contact Jane Roe at (202) 551-1234 with any questions.",
        "Contact Jane Roe, Staff Attorney, at (202) 551-1234 with any questions.",
        "Direct any questions regarding these comments to Jane Roe at (202) 551-1234.",
        "Questions may be directed to Jane Roe at (202) 551-1234.",
        "For any questions, contact Jane Roe at (202) 551-1234.",
        "Please file your response on EDGAR as correspondence.",
        "Please submit your response on EDGAR as correspondence.",
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


# An older letter's closing (to about 2012), in the staff's template words: the paragraph later letters
# print before the comments ("please respond ... within 10 business days") comes after them, under a caption
OLDER_CLOSINGS = [
    "Closing Comments\n\nAs appropriate, please amend your filing and respond to these comments within 10 business "
    "days or tell us when you will provide us with a response. Please furnish a cover letter with your amendment "
    "that keys your responses to our comments.",
    "As appropriate, please revise your document in response to these comments. Please respond to these comments "
    "within 10 business days or tell us when you will provide us with a response.",
    "Please respond to these comments within 10 business days or tell us when you will provide us with a response.",
    "Closing Comments\n\nWe urge all persons who are responsible for the accuracy and adequacy of the disclosure in "
    "the filing to be certain that the filing includes all information required under the Securities Exchange Act.",
    # the Division of Investment Management's
    "Please respond to our comments in a letter filed as correspondence on EDGAR. Where changes are made in "
    "response to our comments, please file a post-effective amendment.",
    "Responses to this letter should be in the form of a pre-effective amendment filed pursuant to Rule 472 under "
    "the Securities Act. Where no change will be made in the filing in response to a comment, please indicate this "
    "fact in a supplemental letter.",
]


@pytest.mark.parametrize("closing", OLDER_CLOSINGS)
def test_an_older_letter_s_closing_ends_the_last_comment(closing: str) -> None:
    """Read as the last comment's text, it also gave that comment asks it does not make ("amend the filing")."""
    text = (
        "March 3, 2008\n\nMr. John Smith\nChief Financial Officer\nExample Corp.\n\nRe: Example Corp.\nForm 10-K for "
        "the Fiscal Year Ended December 31, 2006\nFile No. 1-12345\n\nDear Mr. Smith:\n\nWe have reviewed your "
        "filing and have the following comments.\n\nFinancial Statements\n\n1. Please expand your discussion of "
        "revenue.\n\nNote 5. Goodwill, page F-15\n\n2. Please tell us how you determined your reporting units."
        f"\n\n{closing}\n\nSincerely,\n\nRufus Decker\nAccounting Branch Chief\n"
    )
    comments = parse_letter(text.encode(), "letter.txt").comments
    assert [(c.text, c.asks) for c in comments] == [
        ("Please expand your discussion of revenue.", ["revise"]),
        ("Please tell us how you determined your reporting units.", ["tell_us"]),
    ]


def test_please_respond_before_the_comments_is_no_closing() -> None:
    """Later letters print the words before their comments: the comments are read all the same."""
    text = (
        "March 3, 2021\n\nJohn Smith\nChief Financial Officer\nExample Corp.\n\nRe: Example Corp.\nForm 10-K\nFile "
        "No. 001-12345\n\nDear Mr. Smith:\n\nWe have reviewed your filing and have the following comments.\n\nPlease "
        "respond to this letter within ten business days by amending your filing or by providing the requested "
        "information.\n\n1. Please expand your discussion of revenue.\n\n2. Please tell us how you determined your "
        "reporting units.\n\nSincerely,\n\nDivision of Corporation Finance\n"
    )
    assert [c.number for c in parse_letter(text.encode(), "letter.txt").comments] == [1, 2]
