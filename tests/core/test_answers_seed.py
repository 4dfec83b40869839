"""The 2017 company response seed: five restated comments, five answers, one number mangled."""

from __future__ import annotations

import pytest

from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from commentletters.core.letters import Response
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def responses() -> list[Response]:
    path = SAMPLES / "company-response-2017-08-30.txt"
    return find_responses(extract(path.read_bytes(), str(path)))


def test_every_comment_answered_once_in_order(responses: list[Response]) -> None:
    # Comment 5 is printed "- 5." (a list bullet swallowed the number); it is still comment 5.
    assert [r.number for r in responses] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("number", "restated", "answer"),
    [
        (
            1,
            "We continue to evaluate your response to prior comment 1",
            "The Company respectfully advises the Staff that the net increase",
        ),
        (
            2,
            "In your response to prior comment 1, you mentioned",
            "The Company respectfully advises the Staff that other than the bad debt",
        ),
        # "Response" without a colon still labels the answer.
        (
            3,
            "Similarly to your response to prior comments 2",
            "The Company respectfully advises the Staff that the Company has included",
        ),
        (
            4,
            "We note your response to prior comment 3.",
            "The Company respectfully advises the Staff that the Company has disclosed",
        ),
        (
            5,
            "Tell us whether your MNS reporting unit",
            "The Company respectfully advises the Staff that the MNS reporting unit",
        ),
    ],
)
def test_restated_comment_and_answer_start(responses: list[Response], number: int, restated: str, answer: str) -> None:
    r = next(r for r in responses if r.number == number)
    assert (r.restated_comment or "").startswith(restated)
    assert r.text.startswith(answer)


def test_answers_stop_before_the_next_heading_and_the_closing(responses: list[Response]) -> None:
    by_number = {r.number: r for r in responses}
    assert "Discussion of Non-GAAP Financial Measures" not in by_number[2].text
    assert "Item 5. Operating and Financial Review" not in by_number[4].text
    assert by_number[5].text.endswith("include the above necessary disclosures.")


@pytest.mark.parametrize(("number", "commits"), [(1, True), (2, False), (3, True), (4, True), (5, True)])
def test_commitments(responses: list[Response], number: int, commits: bool) -> None:
    r = next(r for r in responses if r.number == number)
    assert r.commits_future_filing is commits
    assert bool(r.commitments) is commits


def test_the_commitment_sentences_are_the_ones_that_commit(responses: list[Response]) -> None:
    five = next(r for r in responses if r.number == 5)
    assert five.commitments == [
        "The Company advises the Staff that it will include the disclosure of whether any reporting units are at "
        "risk of failing step 1 and to the extent that any reporting unit is at risk of failing step 1 of the "
        "impairment test in its future filings, include the above necessary disclosures."
    ]
