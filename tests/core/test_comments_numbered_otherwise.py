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
