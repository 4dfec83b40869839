"""Staff letters that number their comments "1)", "(1)" or "Comment 1:" instead of "1.": the seed letter of
2014 and a real corpus letter with their numbers printed so read as the letters do (the staff print "1." today;
other offices, other years and letters converted by others print them otherwise)."""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from commentletters.core.letters import Comment
from tests.conftest import SAMPLES, corpus_file

_NUMBER = re.compile(r"^(\d{1,2})\. ", re.M)
WAYS = [r"\1) ", r"(\1) ", r"Comment \1: ", r"Comment No. \1. "]


def reading(comments: list[Comment]) -> list[tuple[int, str, list[str], list[str]]]:
    return [(c.number, c.text, c.section, c.pages) for c in comments]


@pytest.mark.parametrize("way", WAYS)
def test_the_seed_letter_numbered_otherwise_reads_the_same(way: str) -> None:
    data = (SAMPLES / "sec-staff-letter-2014-11-17.txt").read_bytes()
    text = data.decode()
    renumbered = _NUMBER.sub(way, text)
    assert renumbered.count("\n" + way.replace(r"\1", "16")) == 1 and "\n16. " not in renumbered
    original, other = parse_letter(data, "staff.txt"), parse_letter(renumbered.encode(), "staff.txt")
    assert [c.number for c in original.comments] == list(range(1, 17))
    assert reading(other.comments) == reading(original.comments)
    assert not other.unnumbered


def test_a_note_caption_numbered_in_a_letter_numbering_its_comments_otherwise() -> None:
    """Chubb's staff letter of April 29, 2019 with its comments numbered "1)": the note's caption "6. Unpaid
    losses and loss expenses" above comment 1 is the letter's only "1."-style number, and was read as comment 6,
    the one comment of the letter, swallowing the other two."""
    path = corpus_file("sec/CB/CB_0000000000-19-007690/filings/0000000000-19-007690/filename1.pdf")
    original = parse_letter(path.read_bytes(), str(path))
    text = "\n".join(_lines(path.read_bytes(), str(path)))
    renumbered = re.sub(r"^([1-3])\. (?=[A-Z])", r"\1) ", text, flags=re.M)
    assert "\n6. Unpaid losses" in renumbered and "\n1) Please represent" in renumbered
    other = parse_letter(renumbered.encode(), "staff.txt")
    assert [c.number for c in original.comments] == [1, 2, 3]
    assert [(c.number, c.text) for c in other.comments] == [(c.number, c.text) for c in original.comments]


def test_items_of_a_list_in_an_unnumbered_letter_are_no_comment_numbers() -> None:
    """A letter that numbers no comment, whose first comment lists what to tell after "Please tell us:": its
    "(1)", "(2)" items are that comment's, not comments 1 and 2."""
    letter_text = (
        "November 17, 2014\n\nMr. John Smith\nChief Financial Officer\nAcme Inc.\n\nRe: Acme Inc.\n"
        "Form 10-K for the Fiscal Year Ended December 31, 2013\nFiled March 1, 2014\nFile No. 001-12345\n\n"
        "Dear Mr. Smith:\n\nWe have reviewed your filing and have the following comments.\n\nGoodwill, page 45\n\n"
        "We note the impairment charge recorded in 2013. Please tell us:\n\n"
        "(1) How you determined the fair value of the reporting unit.\n\n(2) Which assumptions drove the charge.\n\n"
        "Income Taxes, page 60\n\nPlease tell us why your effective tax rate decreased in 2013.\n\n"
        "We urge all persons who are responsible for the accuracy and adequacy of the disclosure in the filing to "
        "be certain that the filing includes the information the Securities Exchange Act of 1934 and all applicable "
        "Exchange Act rules require.\n\nSincerely,\n\nDivision of Corporation Finance\n"
    )
    letter = parse_letter(letter_text.encode(), "staff.txt")
    assert letter.unnumbered
    assert [(c.number, c.section) for c in letter.comments] == [
        (1, ["Goodwill, page 45"]),
        (2, ["Income Taxes, page 60"]),
    ]
    assert letter.comments[0].text.endswith("(2) Which assumptions drove the charge.")


def _lines(data: bytes, source: str) -> list[str]:
    return [ln.text for ln in extract(data, source).lines]


def _renumbered_as(path_in_corpus: str, way: str) -> tuple[list[Comment], list[Comment]]:
    """The corpus letter's comments, and those of its text with each comment's own number (the line opening "N. "
    and the comment's first words) printed ``way`` ("N)", "(N)"): its captions keep theirs."""
    path = corpus_file(path_in_corpus)
    original = parse_letter(path.read_bytes(), str(path)).comments
    lines = _lines(path.read_bytes(), str(path))
    for c in original:
        (k,) = (k for k, t in enumerate(lines) if t.startswith(f"{c.number}. {c.text[:20]}"))
        lines[k] = way.replace("N", str(c.number)) + lines[k][len(f"{c.number}.") :]
    return original, parse_letter("\n".join(lines).encode(), "staff.txt").comments


@pytest.mark.parametrize("way", ["N)", "(N)"])
def test_captions_numbered_like_the_comments_are_read_as_printed(way: str) -> None:
    """Essex's staff letter of March 2017 (comments 1 and 2) numbering its comments "(1)": comment 1 falls under
    the note's caption "(3) Real estate investments, page F-30", which was read as "3. Real estate investments,
    page F-30" (the line rewritten to read the comments' numbers gave the caption too)."""
    original, other = _renumbered_as("sec/ESS/ESS_0000000000-17-010663/filings/0000000000-17-010663/filename1.pdf", way)
    assert [c.number for c in original] == [1, 2]
    assert original[0].section[2] == "(3) Real estate investments, page F-30"
    assert reading(other) == reading(original)


@pytest.mark.parametrize("way", ["N)", "(N)"])
def test_one_comment_under_a_caption_numbered_the_same_way(way: str) -> None:
    """Ciena's staff letter of 2018, one comment under the note's caption "(16) Short-term and Long-term Debt,
    page 94", numbered "(1)": the run "(16)", "(1)" has no comment 2 and was no run of comment numbers, so the
    comment was read as an unnumbered one, the caption and its first line its headings."""
    original, other = _renumbered_as(
        "sec/CIEN/CIEN_0000000000-18-004375/filings/0000000000-18-004375/filename1.pdf", way
    )
    assert reading(original) == [
        (
            1,
            original[0].text,
            ["Form 10-K for the Fiscal Year Ended October 31, 2017", "(16) Short-term and Long-term Debt, page 94"],
            ["94"],
        )
    ]
    assert original[0].text.startswith("We note you refinanced your existing 2019 Term Loan and 2021 Term Loan")
    assert reading(other) == reading(original)


@pytest.mark.parametrize("way", ["N)", "(N)"])
def test_a_note_caption_numbered_1_above_comments_numbered_otherwise(way: str) -> None:
    """Aflac's staff letter of 2016: its one comment under the caption "1. Summary of Significant Accounting
    Policies", numbered "(1)". The caption was the letter's only "1."-numbered line and was read as comment 1
    (its words the comment's text, the comment left out)."""
    original, other = _renumbered_as("sec/AFL/AFL_0000000000-16-074172/filings/0000000000-16-074172/filename1.pdf", way)
    assert [(c.number, c.section[-2:]) for c in original] == [
        (1, ["1. Summary of Significant Accounting Policies", "Insurance Revenue and Expense Recognition, page 90"])
    ]
    assert reading(other) == reading(original)
