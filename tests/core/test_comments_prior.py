"""Which earlier comments a comment cites, as the staff write it."""

from __future__ import annotations

import pytest

from commentletters.core.comment_refs import _CITED, _cited, prior_comments, same_letter
from commentletters.core.comments import read_comments
from commentletters.core.extract import extract
from commentletters.core.spaces import squeeze
from tests.conftest import corpus_file

CASES: list[tuple[str, int, list[int]]] = [
    ("We note your response to prior comment 1. Please describe further", 1, [1]),
    ("We note your response to comment 4 of our letter dated May 3, 2017.", 2, [4]),
    ("We note your response to our prior comment number three in your letter dated", 1, [3]),
    ("We note your response to comment one from our letter dated April 19, 2016.", 1, [1]),
    ("We have considered your responses to prior comments 1 and 2.", 1, [1, 2]),
    ("Refer to prior comments 2, 5 and 7.", 3, [2, 5, 7]),
    ("We note your responses to comments 1 and 2 in our letter dated June 1, 2020.", 1, [1, 2]),
    ("See our prior comments 3 through 5.", 2, [3, 4, 5]),
    ("We acknowledge your response to our prior comment 8 and our prior comment 18 in your May 1 letter.", 3, [8, 18]),
    ("In connection with your response to the preceding comment, if both measures are used", 3, [2]),
    ("We note from the tables you provided us in response to our prior comment in our April 26, 2017 letter", 1, [1]),
    ("In some of our comments, we may ask you to provide us with information.", 1, []),
    ("Please tell us how you considered Question 100.04 of the Non-GAAP C&DIs.", 2, []),
    ("We note your responses to our prior comments. Please revise.", 1, []),
    ("In light of your response to the comment above, please tell us", 4, [3]),
    ("Please refer to the comment immediately above and revise.", 2, [1]),
    ("Consistent with the immediately preceding comment, please also", 5, [4]),
    ("In connection with the preceding comment, please tell us", 1, []),  # nothing precedes comment 1
    ("We acknowledge your response to our previous comment. Please tell us how", 1, [1]),
    ("The comments above apply equally to your Form 10-Q.", 3, []),
]


@pytest.mark.parametrize(("text", "number", "expected"), CASES)
def test_prior_comments(text: str, number: int, expected: list[int]) -> None:
    assert prior_comments(text, number) == expected


def test_follow_up_letter_links_each_comment() -> None:
    # Apple, April 2024 (text converted by others): both comments build on the March 6 letter's.
    path = corpus_file("peer/0000000000-24-003505.txt")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    assert [(c.number, c.prior_comments) for c in comments] == [(1, [1]), (2, [2])]


def test_comment_above_is_the_one_before_in_the_same_letter() -> None:
    # Agilent, 2016: comment 1 asks about contacts with Syria; comment 2 asks for the materiality of
    # "any contacts ... you describe in response to the comment above" - comment 1 of this letter.
    path = corpus_file("sec/A/A_0000000000-16-092800/filings/0000000000-16-092800/filename1.pdf")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    assert [(c.number, c.prior_comments) for c in comments] == [(1, []), (2, [1])]


def test_comment_above_is_marked_as_a_reference_within_the_letter() -> None:
    path = corpus_file("sec/A/A_0000000000-16-092800/filings/0000000000-16-092800/filename1.pdf")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    assert [c.same_letter_refs for c in comments] == [[], [1]]


@pytest.mark.parametrize(
    "text",
    [
        "See COMMENTS 2 and 3; recomment 4; Comment\u00a0 5, comment-6 and prior comments 7 through 9.",
        "\u0130stanbul: see comment 2 and Comment 3.",  # a capital dotted I: the lower-cased copy is longer
    ],
)
def test_citations_found_where_comment_starts_are_those_of_a_full_search(text: str) -> None:
    flat = squeeze(text)
    expected = [m.span() for m in _CITED.finditer(flat)]
    assert expected
    assert [m.span() for m in _cited(flat, flat.lower())] == expected


@pytest.mark.parametrize(
    ("text", "number", "prior", "same"),
    [
        ("See comment 1 above. Please revise", 11, [1], [1]),
        ("Refer to comments 2 and 3 above and tell us", 6, [2, 3], [2, 3]),
        ("as discussed in comment 9 below, please", 4, [9], [9]),
        ("Refer to comment 4 of this letter.", 7, [4], [4]),
        ("We note your response to prior comment 1. See also comment 2 above.", 5, [1, 2], [2]),
        ("We note your response to comment 1. Above all, revise", 3, [1], []),  # "Above" opens a sentence
        ("Refer to comment 3 of our letter dated May 1, 2020.", 2, [3], []),  # the earlier letter's
        ("Refer to the comment above.", 3, [2], [2]),
    ],
)
def test_numbered_citations_of_this_same_letter(text: str, number: int, prior: list[int], same: list[int]) -> None:
    assert (prior_comments(text, number), same_letter(text, number)) == (prior, same)


def test_see_comment_above_links_within_the_letter() -> None:
    # Crown Castle, April 5, 2024 (15 comments): comment 1 asks to recharacterize and support an
    # opinion; comment 11 opens "See comment 1 above." and asks the same of another statement.
    path = corpus_file("sec/CCI/CCI_0000000000-24-002292/filings/0000000000-24-003703/filename1.pdf")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    eleventh = next(c for c in comments if c.number == 11)
    assert (eleventh.prior_comments, eleventh.same_letter_refs) == ([1], [1])
