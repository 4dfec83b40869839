"""Text converted by others from a staff letter's PDF, each printed line wrapped again at about 72
columns and opening with a space, the words that did not fit going on a line of their own (as the
peer suite's letters are): the comments, their texts and their headings must read as in the PDF."""

from __future__ import annotations

import textwrap

import pytest

from commentletters.core.comments import read_comments
from commentletters.core.extract import extract
from commentletters.core.headings import join_wrapped
from tests.conftest import corpus_file

WIDTH = 72


def narrow(data: bytes, source: str, width: int = WIDTH, spaced: bool = False, packed: bool = False) -> bytes:
    """The letter's printed lines, furniture kept, each wrapped at ``width``; pages parted by form feeds.
    ``spaced``: each printed line followed by a blank line, its first line not indented (as a letter filed as
    text parts its paragraphs and captions); ``packed``: the lines right under each other, no blank line, no
    indent (as a letter filed as text by a word processor is)."""
    out: list[str] = []
    page = 1
    for line in extract(data, source).lines:
        if not line.text.strip():
            continue
        if line.page != page:
            out.append("\f")
            page = line.page
        first, *rest = textwrap.wrap(line.text.strip(), width)
        out += [first, *rest, ""] if spaced else [first, *rest] if packed else [" " + first, *rest]
    return "\n".join(out).encode()


def summary(data: bytes, source: str) -> list[tuple[int, str, str]]:
    """Each comment's number, text (white space folded) and innermost caption."""
    comments = read_comments(extract(data, source)).comments
    return [(c.number, " ".join(c.text.split()), c.section[-1] if c.section else "") for c in comments]


def texts(comments: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    return [(number, text) for number, text, _ in comments]


# what each letter shows, read in its PDF
LETTERS = {
    # a quoted caption wrapped over two printed lines, each wrapped again: "… which drives" / "an
    # increasing proportion" / "of our Marketplace GOV", page 99" is one caption, not comment 3's end
    "sec/DASH/DASH_0000000000-20-007251/filings/0000000000-20-008228/filename1.pdf": (
        3,
        "or tell us why you have determined not to do so.",
        '"Our historical consumer cohorts exhibit repeat behavior, which drives an increasing proportion of our'
        ' Marketplace GOV", page 99',
    ),
    # the last words of page 1, a codification paragraph alone on a line, are comment 1's, not a header's
    "sec/KEYS/KEYS_0000000000-20-001611/filings/0000000000-20-001611/filename1.pdf": (
        1,
        "please provide us with your analysis under ASC 280-10-50-11.",
        None,
    ),
    # and so is "(page 11)." under "… operating leases under ASC 606"
    "sec/F/F_0000000000-17-029248/filings/0000000000-17-029248/filename1.pdf": (
        1,
        "which continue to be accounted for as operating leases under ASC 606 (page 11).",
        None,
    ),
    # "Refer to Item" / "303(b) of Regulation S-K." is a sentence, not a caption over comment 2 (whose
    # number was printed at the foot of page 1)
    "sec/TYL/TYL_0000000000-25-003720/filings/0000000000-25-003720/filename1.pdf": (
        1,
        "Refer to Item 303(b) of Regulation S-K.",
        None,
    ),
    # a quotation ending "… the concerns" / "raised.” (page" / "3)" stays in comment 3
    "sec/WYNN/WYNN_0000000000-18-013115/filings/0000000000-18-013115/filename1.pdf": (
        3,
        "could not possibly have seriously considered the concerns raised.” (page 3)",
        None,
    ),
}


@pytest.mark.parametrize("relative", sorted(LETTERS))
def test_narrow_wrap_reads_as_the_pdf(relative: str) -> None:
    path = corpus_file(relative)
    data = path.read_bytes()
    wrapped = summary(narrow(data, str(path)), "narrow.txt")
    number, ending, caption = LETTERS[relative]
    comment = next(c for c in wrapped if c[0] == number)
    assert comment[1].endswith(ending)
    if caption is not None:
        assert wrapped[number][2] == caption  # the caption over the next comment
    assert texts(wrapped) == texts(summary(data, str(path)))


def test_a_date_the_sentence_goes_on_with_is_no_running_header() -> None:
    """ "… of your total net liabilities at" / "December 31, 2017" end page 1 above the running header;
    the header repeats the letter's date (May 31, 2018), not that one."""
    path = corpus_file("sec/ALL/ALL_0000000000-18-011843/filings/0000000000-18-016804/filename1.pdf")
    data = path.read_bytes()
    wrapped = summary(narrow(data, str(path)), "narrow.txt")
    assert "net liabilities at December 31, 2017 while you appear" in wrapped[0][1]
    assert texts(wrapped) == texts(summary(data, str(path)))


@pytest.mark.parametrize(
    ("relative", "number", "caption", "pages"),
    [
        # a quoted caption whose spaced ellipsis breaks over lines ("… our services . ." / ".", page 51"), the
        # rest on page 1's last line, right above the running header
        (
            "sec/DASH/DASH_0000000000-20-007251/filings/0000000000-20-007251/filename1.pdf",
            2,
            '"We primarily rely on Amazon Web Services to deliver our services . . .", page 51',
            ["51"],
        ),
        # "… normalizes . . .”," / "page 100" over the header of page 3: a caption's page, no header's
        (
            "sec/DASH/DASH_0000000000-20-007251/filings/0000000000-20-008228/filename1.pdf",
            5,
            '"Adjusted sales and marketing and promotions spend normalizes . . .", page 100',
            ["100"],
        ),
    ],
)
def test_a_caption_broken_above_a_running_header_keeps_its_page(
    relative: str, number: int, caption: str, pages: list[str]
) -> None:
    path = corpus_file(relative)
    comments = read_comments(extract(narrow(path.read_bytes(), str(path)), "narrow.txt")).comments
    (comment,) = (c for c in comments if c.number == number)
    assert (comment.section[-1], comment.pages) == (caption, pages)


def test_a_citation_of_two_comments_wrapped_before_the_second_number_opens_no_comment() -> None:
    """Wrapped at 60 columns, "We have considered your responses to prior comments 1 and" / "2. We observe that
    the ..." put the second cited number at a line's start: it was read as comment 2 (the letter has one)."""
    path = corpus_file("sec/HLT/HLT_0000000000-24-006691/filings/0000000000-24-009535/filename1.pdf")
    data = path.read_bytes()
    wrapped = narrow(data, str(path), 60)
    assert b"prior comments 1 and\n2. We observe" in wrapped
    assert texts(summary(wrapped, "narrow.txt")) == texts(summary(data, str(path)))
    assert [c[0] for c in summary(data, str(path))] == [1]


@pytest.mark.parametrize(
    ("relative", "caption"),
    [
        # "Note 8. Reserve for Property-Liability Insurance Claims and Claims" / "Expense, page 167"
        (
            "sec/ALL/ALL_0000000000-17-014470/filings/0000000000-17-014470/filename1.pdf",
            "Note 8. Reserve for Property-Liability Insurance Claims and Claims Expense, page 167",
        ),
        # "… Summary of Significant Accounting" / "Policies, page FS-8"
        (
            "sec/BKR/BKR_0000000000-17-014455/filings/0000000000-17-014455/filename1.pdf",
            "Note 2. Basis of Presentation and Summary of Significant Accounting Policies, page FS-8",
        ),
        # "… for the Quarterly Periods Ended September" / "30, 2016 and 2015, page F-77" (a date's day, no number)
        (
            "sec/VST/VST_0000000000-17-002173/filings/0000000000-17-002173/filename1.pdf",
            "Interim Financial Statements for the Quarterly Periods Ended September 30, 2016 and 2015, page F-77",
        ),
    ],
)
def test_a_caption_wrapped_in_a_letter_filed_as_spaced_text_is_one_caption(relative: str, caption: str) -> None:
    """A staff letter filed as plain text wrapped at 72 columns, a blank line after each paragraph and caption: a
    caption longer than a line went on the next line, right under it, and was read as two captions."""
    path = corpus_file(relative)
    data = path.read_bytes()
    original = read_comments(extract(data, str(path))).comments
    text = read_comments(extract(narrow(data, str(path), 72, spaced=True), "spaced.txt")).comments
    assert any(caption in c.section for c in original)
    assert [c.section for c in text] == [c.section for c in original]


def test_a_letter_printing_its_captions_a_line_each_keeps_them_apart() -> None:
    """The peer suite's text of Uber's staff letter of 2023 prints its caption stack a line each, with no blank
    line between ("Notes to Consolidated Financial Statements" / "Note 1 - Description of Business and Summary of
    Significant Accounting Policies" / "Revenue Recognition - Mobility and Delivery Agreements, page 86"): the
    long note caption is no caption wrapped onto the next line."""
    path = corpus_file("peer/0000000000-23-007750.txt")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    assert comments[1].section[-2:] == [
        "Note 1 - Description of Business and Summary of Significant Accounting Policies",
        "Revenue Recognition - Mobility and Delivery Agreements, page 86",
    ]


def test_a_caption_wrapped_in_a_peer_letter_parting_its_captions_with_blank_lines() -> None:
    """The peer suite's text of a staff letter of 2024 on two 8-K filings: "Current Report on Form 8-K filed
    January 19, 2024 and Amended Current" / "Report on Form 8-K/A filed March 8, 2024", one caption wrapped."""
    path = corpus_file("peer/0000000000-24-006936.txt")
    comments = read_comments(extract(path.read_bytes(), str(path))).comments
    assert comments[0].section == [
        "Current Report on Form 8-K filed January 19, 2024 and Amended Current Report on Form 8-K/A filed"
        " March 8, 2024",
        "Item 1.05 Material Cybersecurity Incidents, page 1",
    ]


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a line right under a caption line that ends no caption goes on with it
        (
            ["Note 8. Reserve for Property-Liability Insurance Claims and Claims", "Expense, page 167"],
            ["Note 8. Reserve for Property-Liability Insurance Claims and Claims Expense, page 167"],
        ),
        # but not one opening a caption of its own kind, nor one under a caption ended by its page
        (
            ["Form 10-K for the Fiscal Year Ended December 31, 2020 and Form 10-Q", "Item 7. Results of Operations"],
            ["Form 10-K for the Fiscal Year Ended December 31, 2020 and Form 10-Q", "Item 7. Results of Operations"],
        ),
        (
            ["Note 3. Revenue Recognition and Contract Balances, page 61", "Contract Assets"],
            ["Note 3. Revenue Recognition and Contract Balances, page 61", "Contract Assets"],
        ),
    ],
)
def test_caption_lines_printed_right_under_each_other(lines: list[str], captions: list[str]) -> None:
    assert join_wrapped(lines, frozenset({1})) == captions
    assert join_wrapped(lines) == lines  # (where the letter does not part its captions with blank lines)


def test_a_sentence_wrapped_twice_before_the_next_comment_opens_no_caption() -> None:
    """Chubb's staff letter of April 29, 2019 as spaced text wrapped at 60 columns: comment 2 ends "... Question
    100.04 of the Non-GAAP" / "Compliance and" (right under it) / "Disclosure Interpretations" (the printed
    line after). "Compliance and Disclosure Interpretations" was read as a caption over comment 3, whose caption
    is comment 2's, "Core Operating Income measures, page 33"."""
    path = corpus_file("sec/CB/CB_0000000000-19-007690/filings/0000000000-19-007690/filename1.pdf")
    data = path.read_bytes()
    original = read_comments(extract(data, str(path))).comments
    text = read_comments(extract(narrow(data, str(path), 60, spaced=True), "spaced.txt")).comments
    assert [c.section[-1] for c in original][1:] == ["Core Operating Income measures, page 33"] * 2
    assert [c.section for c in text] == [c.section for c in original]
    assert text[1].text.endswith("Question 100.04 of the Non-GAAP Compliance and Disclosure Interpretations")


def test_a_caption_s_page_wrapped_onto_a_line_of_its_own_is_no_page_marker() -> None:
    """Solventum's staff letter of 2024 as spaced text wrapped at 60 columns: its caption "Questions and Answers
    About the Separation and Distribution, page 1" goes on in "page 1" on a line of its own, which was taken for
    a running page marker ("Page 1") and left out as page furniture: the caption lost its page."""
    path = corpus_file("sec/SOLV/SOLV_0000000000-24-000187/filings/0000000000-24-000187/filename1.pdf")
    data = path.read_bytes()
    original = read_comments(extract(data, str(path))).comments
    text = read_comments(extract(narrow(data, str(path), 60, spaced=True), "spaced.txt")).comments
    caption = "Questions and Answers About the Separation and Distribution, page 1"
    assert original[0].section[-1] == caption
    assert [(c.section, c.pages) for c in text] == [(c.section, c.pages) for c in original]


@pytest.mark.parametrize(
    ("relative", "width", "caption"),
    [
        # "... Insurance Claims and Claims" / "Expense, page 167": a word and a page reference, cut by the margin
        (
            "sec/ALL/ALL_0000000000-17-014470/filings/0000000000-17-014470/filename1.pdf",
            72,
            "Note 8. Reserve for Property-Liability Insurance Claims and Claims Expense, page 167",
        ),
        # "... and Comprehensive Income" / "(Loss), page 4": a bracket opens the line
        (
            "sec/CCI/CCI_0000000000-25-005508/filings/0000000000-25-005508/filename1.pdf",
            72,
            "Condensed Consolidated Statement of Operations and Comprehensive Income (Loss), page 4",
        ),
        # "... Quarterly Periods Ended September" / "30, 2016 and 2015, page F-77": a date's day and year
        (
            "sec/VST/VST_0000000000-17-002173/filings/0000000000-17-002173/filename1.pdf",
            72,
            "Interim Financial Statements for the Quarterly Periods Ended September 30, 2016 and 2015, page F-77",
        ),
        # "Item 7. ... Analysis of Financial" / "Condition and Results of" / "Operations": the form's item title
        (
            "sec/AMT/AMT_0000000000-16-074877/filings/0000000000-16-074877/filename1.pdf",
            60,
            "Item 7. Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations",
        ),
    ],
)
def test_a_caption_cut_by_the_margin_in_text_printing_its_lines_right_under_each_other(
    relative: str, width: int, caption: str
) -> None:
    """A staff letter filed as plain text wrapped at ``width`` columns with no blank line anywhere: a caption
    longer than a line went on in the next, and was read as two captions. The margin tells (the next line's first
    word would not have fitted) where what goes on is a caption's end, not a caption (a word and its page, a
    bracket, a date's day and year), or the rest of a form item's title."""
    path = corpus_file(relative)
    data = path.read_bytes()
    original = read_comments(extract(data, str(path))).comments
    text = read_comments(extract(narrow(data, str(path), width, packed=True), "packed.txt")).comments
    assert any(caption in c.section for c in original)
    assert [c.section for c in text] == [c.section for c in original]


def test_a_caption_ending_in_a_whole_date_is_no_caption_cut_by_the_margin() -> None:
    """IFF's staff letter of 2020 as packed text at 72 columns: "Preliminary Proxy Statement on Schedule PREM14A
    filed May 7, 2020" (66 characters; "General" would not have fitted after it) and "General" are two captions."""
    path = corpus_file("sec/IFF/IFF_0000000000-20-005058/filings/0000000000-20-005058/filename1.pdf")
    data = path.read_bytes()
    original = read_comments(extract(data, str(path))).comments
    text = read_comments(extract(narrow(data, str(path), 72, packed=True), "packed.txt")).comments
    assert original[0].section == ["Preliminary Proxy Statement on Schedule PREM14A filed May 7, 2020", "General"]
    assert [c.section for c in text] == [c.section for c in original]


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a form's code cut from its word: "on Form" / "10-12G ...", "on Schedule" / "14A"
        (
            ["Amendment No. 1 to Draft Registration Statement on Form", "10-12G submitted May 15, 2023"],
            ["Amendment No. 1 to Draft Registration Statement on Form 10-12G submitted May 15, 2023"],
        ),
        (
            ["Amendment No. 2 to Preliminary Proxy Statement on Schedule", "14A", "General"],
            ["Amendment No. 2 to Preliminary Proxy Statement on Schedule 14A", "General"],
        ),
        # a form item's title cut anywhere, the curly apostrophe or not
        (
            ["Item 7A - Quantitative and Qualitative Disclosures About", "Market Risk, page 43"],
            ["Item 7A - Quantitative and Qualitative Disclosures About Market Risk, page 43"],
        ),
        (
            [
                "Item 2\u2014Management\u2019s Discussion and Analysis of Financial",
                "Condition and Results of Operations",
            ],
            ["Item 2\u2014Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations"],
        ),
        # but not a caption of its own under the title's first words, nor a caption under a whole title
        (
            ["Item 7. Management's Discussion and Analysis", "Liquidity and Capital Resources"],
            ["Item 7. Management's Discussion and Analysis", "Liquidity and Capital Resources"],
        ),
        (
            ["Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "Market Risk, page 43"],
            ["Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "Market Risk, page 43"],
        ),
    ],
)
def test_captions_cut_where_their_words_tell(lines: list[str], captions: list[str]) -> None:
    """Wherever a letter's lines are wrapped (a PDF, any text): what a form's name or a form item's title leaves
    unsaid goes on in the next line."""
    assert join_wrapped(lines) == captions


@pytest.mark.parametrize("width", [60, 72])
def test_a_caption_quoted_with_its_stop_wrapped_narrower(width: int) -> None:
    """Kinder Morgan's follow-up of July 28, 2016 as packed text: "Item 7. Management’s Discussion and Analysis of
    Financial Condition and Results of Operations." wrapped over three lines, its stop on the last ("Operations.")."""
    path = corpus_file("sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-086243/filename1.pdf")
    text = narrow(path.read_bytes(), path.name, width, packed=True)
    assert b"\nOperations.\n" in text
    first = read_comments(extract(text, "kmi.txt")).comments[0]
    assert first.section == [
        "Form 10-K for the year ended December 31, 2015",
        "Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations.",
        "General, page 39",
    ]
