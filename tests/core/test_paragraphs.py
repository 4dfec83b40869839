"""A comment's or an answer's text keeps its paragraphs, list items and table rows one to a line, as a
lawyer sees them on the page; what is read from the text (asks, authorities, commitments) reads it on
one line, so a sentence is read the same across a paragraph break as before.

ADM's staff letter of August 25, 2020 (PDF), read by hand: comment 1 is one paragraph; comment 2 leads
in with "please disclose the following:", lists three bullet items, and ends with "Please refer to Item
303(a)(3)(ii) of Regulation S-K and Section V of Release 33-8350." on a line of its own. The company's
answer of September 8 restates comment 2 with the same bullets. The peer suite's staff letter of
December 2023 (text, lines broken at irregular places) breaks a line after "your U.S." in mid-sentence.
"""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.letters import Letter
from commentletters.render import render_letter
from tests.conftest import corpus_file

ADM = "sec/ADM/ADM_0000000000-20-007987/filings/"
STAFF = ADM + "0000000000-20-007987/filename1.pdf"
ANSWER = ADM + "0000007084-20-000029/filename1.htm"
PEER = "peer/0000000000-23-012801.txt"


def _letter(relative: str) -> Letter:
    path = corpus_file(relative)
    return parse_letter(path.read_bytes(), str(path))


def test_a_comment_keeps_its_list_items_and_closing_paragraph() -> None:
    first, second, _ = _letter(STAFF).comments
    assert "\n" not in first.text
    lines = second.text.split("\n")
    assert len(lines) == 5
    assert lines[0].endswith(
        "(i.e., estimated fair value is not substantially in excess of carrying value), please disclose the following:"
    )
    assert [line[:14] for line in lines[1:4]] == ["• The percenta", "• A discussion", "• A descriptio"]
    assert lines[4] == "Please refer to Item 303(a)(3)(ii) of Regulation S-K and Section V of Release 33-8350."
    # read on one line, as before: the authorities of the closing paragraph, the asks of the lead-in
    assert second.authorities == ["ASC 350", "Item 303(a)(3)(ii) of Regulation S-K", "Release 33-8350"]
    assert "revise_future_filings" in second.asks


def test_a_line_broken_mid_sentence_stays_in_its_paragraph() -> None:
    first = _letter(PEER).comments[0]
    assert "more likely than not that your U.S. deferred tax assets will not be realized." in first.text


def test_a_restated_comment_keeps_its_bullets_and_the_readable_view_shows_them() -> None:
    letter = _letter(ANSWER)
    restated = letter.responses[1].restated_comment or ""
    assert restated.split("\n")[1].startswith("• The percentage by which estimated fair value exceeded")
    shown = render_letter(letter).splitlines()
    at = shown.index("  > • A discussion of the degree of uncertainty associated with each key fair value assumption,")
    assert shown[at + 1] == "  >   including the potential impact of changes in key assumptions."  # (hanging)


def test_a_number_with_no_text_after_it_is_an_empty_comment() -> None:
    """A comment number the closing follows at once: a comment with no text, not a fault (which would cost
    the letter its comments)."""
    text = (
        "August 25, 2020\n\nMr. John Smith\nAcme Inc.\n\nRe: Acme Inc.\nForm 10-K for the Fiscal Year Ended"
        " December 31, 2023\nFile No. 001-12345\n\nDear Mr. Smith:\n\nWe have reviewed your filing and have the"
        " following comments.\n\n1. We note your disclosure on page 9. Please tell us why.\n\n2.\n\nSincerely,\n\n"
        "Division of Corporation Finance\nOffice of Technology\n"
    )
    letter = parse_letter(text.encode(), "letter.txt")
    assert [(c.number, c.text) for c in letter.comments] == [
        (1, "We note your disclosure on page 9. Please tell us why."),
        (2, ""),
    ]
    assert letter.warnings == []


_HTML_STAFF_LETTER = """<html><body><p>DIVISION OF CORPORATION FINANCE</p><p>March 3, 2021</p>
<p>Jane Doe<br>Chief Financial Officer<br>Acme Widgets, Inc.</p>
<p>Re: Acme Widgets, Inc.<br>Form 10-K for the Fiscal Year Ended December 31, 2020<br>File No. 001-12345</p>
<p>Dear Ms. Doe:</p><p>We have reviewed your filing and have the following comments.</p>
<p>1. We note your disclosure of segment results. Please tell us the following:</p>
<ul><li>the amount of revenue from each product line; and</li><li>the reasons for the decline in margins.</li></ul>
<p>Please revise future filings to quantify each factor you cite.</p>
<p>2. Please file the consent of your auditors as an exhibit.</p>
<p>Sincerely,</p><p>Division of Corporation Finance<br>Office of Manufacturing</p></body></html>"""


def test_an_html_comment_keeps_its_blocks_and_its_list() -> None:
    """A staff letter in HTML (made up here: the corpus has none): each block is a paragraph, and so is each
    list item, with the bullet a browser shows for it, though it goes on in lower case after "the following:"
    and does not end its sentence ("…; and")."""
    first = parse_letter(_HTML_STAFF_LETTER.encode(), "letter.htm").comments[0]
    assert first.text.split("\n") == [
        "We note your disclosure of segment results. Please tell us the following:",
        "\u2022 the amount of revenue from each product line; and",
        "\u2022 the reasons for the decline in margins.",
        "Please revise future filings to quantify each factor you cite.",
    ]


def test_a_caption_over_quoted_disclosure_is_a_line_of_its_own() -> None:
    # The peer suite's answer of 2023 (text, lines broken at irregular places) quotes its revised disclosure under a
    # caption wrapped over two lines: "Note 1--Summary of Significant Accounting Policies Disclosure as" / "of
    # September 30, 2023" / "“We are subject to income taxes ...". The caption's second line is short and ends no
    # sentence: it ends the caption (the two lines together are as long as a wrapped line, but the margin did not cut
    # the second), and the quotation opens a paragraph of its own.
    letter = _letter("peer/0001193125-23-265032.txt")
    lines = letter.responses[0].text.split("\n")
    assert "Note 1--Summary of Significant Accounting Policies Disclosure as of September 30, 2023" in lines
    assert any(line.startswith("“We are subject to income taxes in the U.S. and in many foreign") for line in lines)


def test_a_line_ending_on_a_word_that_names_a_number_goes_on_into_it() -> None:
    # The same letter's second answer cites the Codification with its number on the next line: "... ASC" /
    # "740-10-30-18.". A line ending on a word that names a number ("ASC", "Item", "Reference") goes on into the
    # line opening with it.
    letter = _letter("peer/0001193125-23-265032.txt")
    lines = letter.responses[1].text.split("\n")
    assert "ASC 740-10-30-18." in lines
    assert "ASC" not in lines
