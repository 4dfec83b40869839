"""Company letters as plain text with their restated comments set off as a block, indented (as a text copy prints a
block quotation): on the left only, the block wrapped at the letter's margin, or on both sides, wrapped at its own
edge. A line of the block is as wide as its indentation and text: one stopping mid-sentence near the block's edge
goes on into the next, and so does one stopping on the word naming a number, however short.

Real answers (HTML, restated comments in bold: Chubb 2016 and 2017, Vistra 2017, Freeport-McMoRan 2022), turned into
such text: the bold lines indented and wrapped, the rest wrapped at 76. The expectations were written from reading
the letters.
"""

from __future__ import annotations

import textwrap

from commentletters.core import parse_letter
from commentletters.core.answer_lines import paragraphs
from commentletters.core.answer_marks import is_marker
from commentletters.core.extract import extract
from tests.conftest import corpus_file

CB_2016 = "sec/CB/CB_0000000000-16-084378/filings/0001193125-16-656728/filename1.htm"
CB_2017 = "sec/CB/CB_0000000000-17-027038/filings/0001193125-17-304546/filename1.htm"


def indented(relative: str, indent: int = 5, width: int = 66) -> bytes:
    """The letter as plain text, a blank line after each block, its bold blocks ``indent`` columns in and wrapped
    ``width`` wide, the indentation counted."""
    path = corpus_file(relative)
    out: list[str] = []
    for line in extract(path.read_bytes(), str(path)).lines:
        text = " ".join(line.text.split())
        if not text:
            continue
        if line.emphasis:
            out.extend(textwrap.wrap(text, width, initial_indent=" " * indent, subsequent_indent=" " * indent))
        else:
            out.extend(textwrap.wrap(text, 76))
        out.append("")
    return "\n".join(out).encode()


def test_a_line_stopping_on_exhibit_goes_on_into_its_number() -> None:
    # Comment 2's last bullet: "The operating income reconciliation on page 26 of Exhibit" / "99.2 nets tax effect
    # of the first two items which now must be shown separately under Question 102.11."
    letter = parse_letter(indented(CB_2016), "letter.txt")
    assert [r.number for r in letter.responses] == [1, 2]
    second = letter.responses[1]
    assert second.text.startswith("We have considered the Staff’s comments and we confirm that we will comply")
    assert (second.restated_comment or "").endswith("which now must be shown separately under Question 102.11.")


def test_a_line_stopping_on_page_goes_on_into_the_page_number() -> None:
    # Comment 3's last bullet: "... by segment included in the table on page" / "57 within MD&A."
    doc = extract(indented(CB_2017), "letter.txt")
    texts = [p.text for p in paragraphs(doc, is_marker)]
    assert any(text.endswith("included in the table on page 57 within MD&A.") for text in texts)
    assert not any(text.startswith("57 within MD&A") for text in texts)


def test_a_caption_naming_exhibits_does_not_go_on_into_the_comment_under_it() -> None:
    # Freeport-McMoRan's answer of 2022: the caption "Exhibits", then "6. Please revise your resource and reserve
    # summaries ..." restated, then its answer "The Company will comply with this comment in future Form 10-K ..."
    letter = parse_letter(
        indented("sec/FCX/FCX_0000000000-22-004385/filings/0000831259-22-000030/filename1.htm"), "x.txt"
    )
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert letter.responses[5].text.startswith("The Company will comply with this comment in future Form 10-K filings")


def test_a_block_indented_on_both_sides_is_cut_at_its_own_edge() -> None:
    # Chubb 2017, its comments in a block from column 5 to 66: "... your merger with The Chubb" / "Corporation; and"
    # (63 columns: "Corporation;" would not have fitted within the block, though it would within the letter's 76)
    letter = parse_letter(indented(CB_2017), "letter.txt")
    assert [r.text[:60] for r in letter.responses] == [
        "There is an additional $123 million of favorable prior perio",
        "We have considered the Staff’s comment. We do not believe th",
        "We refer to our telephone call on Monday, September 18, 2017",
    ]


def test_a_block_indented_on_the_left_is_as_wide_as_the_letter() -> None:
    # Vistra's answer of 2017 to the staff's seven comments, the comments ten columns in and wrapped at 76 like the
    # answers: each restated comment ends where its answer starts ("The Company noted in its response to comment 24")
    vistra = "sec/VST/VST_0000000000-17-002173/filings/0001193125-17-110860/filename1.htm"
    letter = parse_letter(indented(vistra, 10, 76), "letter.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5, 6, 7]
    assert letter.responses[6].text.startswith("The Company noted in its response to comment 24 in the previous")
    assert (letter.responses[6].restated_comment or "").endswith("during the nine months ended September 30, 2016.")
