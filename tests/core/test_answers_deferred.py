"""A comment the company restates only to say its answer comes later is not answered in that letter: its number is
kept apart (``Letter.deferred``), not read as an answer (a tracker would close the comment)."""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.answers import defers
from commentletters.render import render_letter
from tests.conftest import corpus_file

_EBAY = "sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm"


def test_a_comment_whose_deadline_was_extended() -> None:
    """eBay's answer of October 9, 2018 restates comment 1, then: "Pursuant to a telephone call on October 5, 2018
    between Jennifer Thompson, Accounting Branch Chief, and Eric Haueter of Sidley Austin LLP, the Company’s deadline
    for responding to this comment has been extended to October 23, 2018." It answers comments 2-7 (the letter of
    October 23 answers comment 1)."""
    path = corpus_file(_EBAY)
    letter = parse_letter(path.read_bytes(), path.name)
    assert [r.number for r in letter.responses] == [2, 3, 4, 5, 6, 7]
    assert letter.deferred == [1]
    assert letter.responses[0].text.startswith("We endeavor to disclose")


@pytest.mark.parametrize(
    "text",
    [
        "The Company’s deadline for responding to this comment has been extended to October 23, 2018.",
        "The Company will respond to this comment under separate cover.",
        "The Company will provide its response to this comment by November 15, 2024.",
        "The response to this comment will be provided in a separate letter.",
        "We will respond to this comment in a subsequent letter.",
    ],
)
def test_deferrals(text: str) -> None:
    assert defers(text)


@pytest.mark.parametrize(
    "text",
    [
        # answers that speak of what comes separately: the materials, not the answer
        "The requested materials will be provided to the Staff under separate cover pursuant to Rule 418.",
        "We will respond to future comments promptly. The Company has revised the disclosure on page 12.",
        "The Company will revise the disclosure in future filings. The Company will respond to this comment's second "
        "part under separate cover." + " The revised disclosure reads as follows." * 12,  # an answer, long
    ],
)
def test_answers_are_no_deferrals(text: str) -> None:
    assert not defers(text)


def test_the_parse_command_shows_the_deferred_comment() -> None:
    path = corpus_file(_EBAY)
    shown = render_letter(parse_letter(path.read_bytes(), path.name))
    assert "Answer deferred (comes later): comment 1" in shown
    assert "Comment 1:" not in shown
