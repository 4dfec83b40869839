"""Letters without comment numbers: a follow-up with one unnumbered comment, and staff letters that
make no comment at all (an effectiveness order, a completion letter)."""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.comments import CommentsFound, read_comments
from commentletters.core.extract import extract
from tests.conftest import corpus_file


def comments_of(relative: str) -> CommentsFound:
    path = corpus_file(relative)
    return read_comments(extract(path.read_bytes(), str(path)))


def test_single_unnumbered_comment_is_numbered_one() -> None:
    # Ford, November 2017: "...and have the following comment." then one comment under three headings.
    found = comments_of("sec/F/F_0000000000-17-029248/filings/0000000000-17-039400/filename1.pdf")
    assert found.unnumbered
    [comment] = found.comments
    assert comment.number == 1
    assert comment.text.startswith("We have reviewed your response to prior comment 2.")
    assert comment.text.endswith("the overall disclosure objective of ASC 606-10-50-1.")
    assert comment.section == [
        "Form 10-Q for Fiscal Quarter Ended June 30, 2017",
        "Notes to the Financial Statements",
        "Note 3. Revenue, page 10",
    ]
    assert comment.pages == ["10"]
    assert comment.prior_comments == [2]
    assert "Bob Shanks" not in comment.text


def test_effectiveness_order_has_no_comments() -> None:
    # Carrier, March 2020: an order declaring a Form 10 registration effective.
    found = comments_of("sec/CARR/CARR_0000000000-19-013211/filings/9999999997-20-001234/filename1.pdf")
    assert found.comments == []
    assert not found.unnumbered


def test_completion_letter_has_no_comments() -> None:
    # Texas Pacific Land, 2025: "We have completed our review of your filing."
    found = comments_of("sec/TPL/TPL_0000000000-25-010229/filings/0000000000-25-010920/filename1.pdf")
    assert found.comments == []


def test_a_letter_that_is_one_comment() -> None:
    # Tyler Technologies, April 22, 2024: no numbers, no "following comments"; the body is one comment,
    # "We note the statement you issued on April 17, 2024, regarding a cybersecurity incident ... Please
    # advise us what consideration you gave to reporting this incident ... under Item 1.05 of Form 8-K."
    found = comments_of("sec/TYL/TYL_0000000000-23-009644/filings/0000000000-24-004777/filename1.pdf")
    assert found.unnumbered
    [comment] = found.comments
    assert comment.number == 1 and comment.section == []
    assert comment.text.startswith("We note the statement you issued on April 17, 2024")
    assert comment.text.endswith("as a material cybersecurity incident under Item 1.05 of Form 8-K.")
    assert comment.asks == ["tell_us"] and comment.authorities == ["Item 1.05 of Form 8-K"]


def test_request_for_an_unredacted_exhibit_makes_no_comment() -> None:
    # Vistra, March 5, 2021: "You have redacted information from the exhibits ... please supplementally
    # provide us ... We will notify you of any comments we may have": its comments come later, if at all.
    found = comments_of("sec/VST/VST_9999999997-21-001049/filings/9999999997-21-001049/filename1.pdf")
    assert found.comments == []


def test_an_announced_comment_with_no_number_nor_caption() -> None:
    """Insulet's letter of April 14, 2022 ("... and have the following comment.") with its comment's number and
    the two captions above it taken out, as some letters print their only comment: the comment is the body after
    the paragraphs that open every such letter, up to the closing."""
    path = corpus_file("sec/PODD/PODD_0000000000-22-004058/filings/0000000000-22-004058/filename1.pdf")
    text = extract(path.read_bytes(), str(path)).text()
    captions = "Form 10-K for the Fiscal Year Ended December 31, 2021\nConsolidated Financial Statements, page 44\n"
    assert captions in text and "\n1. In future filings" in text
    bare = text.replace(captions, "").replace("\n1. In future filings", "\nIn future filings")
    letter = parse_letter(bare.encode(), "insulet.txt")
    assert letter.unnumbered
    [comment] = letter.comments
    assert comment.number == 1 and comment.section == []
    assert comment.text.startswith("In future filings, please revise to separately disclose the amount of related")
    assert comment.text.endswith("Refer to Rule 4-08(k) of Regulation S-X.")
    assert comment.asks == ["revise", "revise_future_filings"]  # (as the letter as printed reads)


def test_an_announced_comment_letter_with_nothing_after_its_opening_reads_no_comment() -> None:
    text = (
        "March 3, 2021\n\nJohn Smith\nExample Corp.\n\nRe: Example Corp.\nForm 10-K\nFile No. 001-12345\n\n"
        "Dear Mr. Smith:\n\nWe have reviewed your filing and have the following comment.\n\nAfter reviewing your "
        "response to this comment, we may have additional comments.\n\nSincerely,\n\nDivision of Corporation Finance\n"
    )
    assert parse_letter(text.encode(), "letter.txt").comments == []
