"""The 2014 seed staff letter (21Vianet, Form 20-F): 16 comments under nested headings with page references.

Expectations written from reading the letter (samples/sec-staff-letter-2014-11-17.txt).
"""

from __future__ import annotations

from functools import cache

import pytest

from commentletters.core.comments import CommentsFound, read_comments
from commentletters.core.extract import extract
from tests.conftest import SAMPLES


@cache
def seed() -> CommentsFound:
    path = SAMPLES / "sec-staff-letter-2014-11-17.txt"
    return read_comments(extract(path.read_bytes(), str(path)))


def test_sixteen_numbered_comments() -> None:
    found = seed()
    assert [c.number for c in found.comments] == list(range(1, 17))
    assert not found.unnumbered


@pytest.mark.parametrize(
    ("number", "last_heading", "pages"),
    [
        (1, "Our leases for data centers could be terminated early..., page 9", ["9"]),
        (2, "Our Data Centers, page 43", ["43"]),
        (3, "Operating Results, page 56", ["56"]),
        (4, "Factors Affecting Our Results of Operations, page 57", ["57"]),
        (6, "Results of Operations, page 71", ["71"]),  # no heading of its own: inherits comment 5's
        (11, "Liquidity and Capital Resources, page 76", ["76"]),
        (12, "Operating Activities, page 78", ["78"]),
        (13, "Exhibits, page 111", ["111"]),
        (14, "(c) Establishment of Asia Cloud Group, page F-19", ["F-19"]),
        (15, "Deferred Tax, page F-61", ["F-61"]),
        (16, "(c) Commitments, page F-77", ["F-77"]),
    ],
)
def test_heading_and_pages(number: int, last_heading: str, pages: list[str]) -> None:
    comment = seed().comments[number - 1]
    assert comment.section[-1] == last_heading
    assert comment.pages == pages


def test_outer_headings_come_first() -> None:
    first, fourteenth = seed().comments[0], seed().comments[13]
    assert first.section[:3] == ["Key Information", "Risk Factors", "Risks Related to Our Business and Industry"]
    assert fourteenth.section[:2] == ["Notes to the Consolidated Financial Statements", "Note 1. Organization"]


def test_comment_crossing_a_page_keeps_its_tail() -> None:
    tenth = seed().comments[9]
    assert tenth.text.startswith("We note your statement regarding the sufficiency of cash resources")
    assert "Refer to FRC 501.03(a) and Section IV of SEC Release 33-8350." in tenth.text
    assert tenth.text.endswith("Provide us with any proposed revisions to your disclosure in future filings.")


def test_last_comment_stops_before_the_closing_paragraphs() -> None:
    last = seed().comments[-1]
    assert last.text.endswith("Provide us with any proposed revisions to your disclosure in future filings.")
    assert "We urge all persons" not in last.text


def test_numbers_at_the_start_are_not_in_the_text() -> None:
    assert seed().comments[0].text.startswith("With a view towards disclosure in future filings, please tell us")


@pytest.mark.parametrize(
    ("number", "authorities"),
    [
        (7, ["Release 33-8350"]),
        (8, ["Item 5.B.1(a) of Form 20-F", "Release 33-8350"]),
        (9, ["FRC 501.13.a"]),
        (13, ["Instruction 4(b)(ii) to Item 19 of Form 20-F"]),
        (15, ["ASC 740-30-50-2(b)"]),
        (16, []),
    ],
)
def test_authorities_per_comment(number: int, authorities: list[str]) -> None:
    assert seed().comments[number - 1].authorities == authorities


def test_asks_per_comment() -> None:
    comments = seed().comments
    assert "file_exhibit" in comments[12].asks and "tell_us" in comments[12].asks
    assert "provide_proposed_revisions" in comments[1].asks
    assert "revise_future_filings" in comments[3].asks
    assert "amend" not in comments[0].asks


def test_first_round_letter_cites_no_prior_comments() -> None:
    assert all(c.prior_comments == [] for c in seed().comments)
