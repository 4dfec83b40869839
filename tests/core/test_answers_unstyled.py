"""Company letters filed as PDF or plain text: lines are wrapped as on the page, and no line says it is bold.

A response letter filed as PDF or plain text reads as its HTML twin does: a restated comment wrapped mid-sentence
(also after "U.S." at a line's end) is read whole, so its voice tells it from the answer, and a comment
opening with a short phrase before its asking verb ("For each director, disclose …") is the staff's, and
"… Refer to Item 303(b)" / "(2) of Regulation S-K." is one sentence, not a comment numbered 2.

Two kinds of case: made-up letters (one printed with pdfium, one in plain text); and real company letters from
../shared/corpus, printed to PDF by Debian's Chromium (as a company printing its letter would), whose
answers must be those of the HTML letter (expectations written from reading each letter).
"""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.answer_lines import paragraphs
from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core.pdfs import make_pdf

LETTER = [
    "March 3, 2025",
    "Securities and Exchange Commission",
    "Re: Example Industries, Inc.",
    "Form 10-K for the Fiscal Year Ended December 31, 2024",
    "File No. 001-12345",
    "Dear Ms. Smith:",
    "We are responding to the comments of the Staff in its letter dated February 20, 2025.",
    "Results of Operations, page 30",
    "1. The bullet points on page 1 present adjusted margin and free cash flow without the most directly",
    "comparable GAAP measures. Please revise to present the most directly comparable measures first.",
    "The Company acknowledges the Staff's comment and in future earnings releases will present the",
    "comparable GAAP measures first.",
    "Business, page 4",
    "2. Your subsidiary in Dubai sold products to distributors in countries subject to U.S.",
    "economic sanctions. Describe to us the nature and extent of those contacts.",
    "The Company respectfully advises the Staff that its subsidiary made no such sales after 2019.",
    "Director Compensation, page 52",
    "3. For each director, disclose by footnote the aggregate number of stock awards outstanding at",
    "fiscal year-end. Refer to Item 402(k)(2)(iii) of Regulation S-K and Item 303(b)",
    "(2) of Regulation S-K.",
    "The Company has revised the table on page 52 to add the footnote.",
    "Sincerely,",
    "/s/ Jane Doe",
    "Chief Financial Officer",
]


def test_made_up_letter_in_pdf() -> None:
    found = find_responses(extract(make_pdf([LETTER]), "letter.pdf"))
    assert [r.number for r in found] == [1, 2, 3]
    assert found[0].text.startswith("The Company acknowledges the Staff's comment and in future")
    assert found[1].text.startswith("The Company respectfully advises the Staff that its subsidiary")
    assert found[2].text == "The Company has revised the table on page 52 to add the footnote."
    assert found[1].restated_comment is not None and "U.S. economic sanctions" in found[1].restated_comment
    assert found[2].restated_comment is not None and found[2].restated_comment.endswith(
        "Item 303(b) (2) of Regulation S-K."
    )


TEXT_LETTER = """March 3, 2025

Securities and Exchange Commission

Re: Example Power Inc.
    Form 10-K for the Fiscal Year Ended December 31, 2024
    File No. 001-12345

Dear Mr. Smith:

We are responding to the comments of the Staff in its letter dated February 20, 2025.

Mark-to-market for Economic Hedging Activities, page 72

1. Based on a previous response letter dated August 20, 2023, it is our
understanding that the line item "Reversal of settled economic hedges"
in your page 72 table is intended to provide quantified information about
unsettled positions. Please revise this line item description.

The line item represents the roll-off of the fair value of derivative
transactions that were unrealized in the prior period. In future filings,
we will revise the line item description accordingly.

Non-GAAP Measures, page 40

2. We have considered your responses to prior comments 1 and 2. We observe
that the adjustment for other expenses excludes normal operating expenses.
Please remove the adjustment.

The Company respectfully notes that the adjustment excludes costs that are
reimbursed by third-party owners:

(1) Amount includes losses recognized on the reimbursement programs.

(2) Amount for the year ended December 31, 2023 was less than $1 million.

Sincerely,

/s/ Jane Doe
Chief Financial Officer
"""


def test_made_up_letter_in_plain_text() -> None:
    found = find_responses(extract(TEXT_LETTER.encode(), "letter.txt"))
    assert [r.number for r in found] == [1, 2]
    assert found[0].text.startswith("The line item represents the roll-off")
    assert found[1].text.startswith("The Company respectfully notes")


LABELLED_TEXT_LETTER = """May 15, 2025

Securities and Exchange Commission

Re: Example Towers Corp.
    Form 8-K filed January 25, 2025
    File No. 001-12345

Dear Mr. Smith:

We are responding to your recent letter. The comment is reproduced below, followed by the
Company's response.

Staff Comment:

Form 8-K filed January 25, 2025

We note your presentation of the measure site rental gross margin. In future filings please provide the
disclosures required by Item 10(e)(1)(i) of Regulation S-K.

Company Response:

We acknowledge the Staff's comment and, in future filings, we will provide the disclosures required by
Item 10(e)(1)(i) of Regulation S-K.

Sincerely,

/s/ Jane Doe
"""


def test_a_wrapped_line_ending_on_the_goes_on_into_a_line_that_looks_like_a_label() -> None:
    """ "… followed by the" / "Company's response." is one sentence of the opening, not an answer label."""
    found = find_responses(extract(LABELLED_TEXT_LETTER.encode(), "letter.txt"))
    assert [r.number for r in found] == [1]
    assert found[0].text.startswith("We acknowledge the Staff's comment and, in future filings")


STOCK_OPENING = "In response to the Staff's comment, the Company has revised the disclosure on page"
PAGED_TEXT_LETTER = (
    "May 15, 2025\n\nSecurities and Exchange Commission\n\nRe: Example Bank Corp.\n"
    "    Registration Statement on Form S-4\n    File No. 333-123456\n\nDear Ms. Smith:\n\n"
    "We are responding to the comments of the Staff in its letter dated May 1, 2025.\n\n"
    "1. Please revise to disclose the fee paid to the financial advisor.\n"
    "\f\nRESPONSE:\n\n" + STOCK_OPENING + "\n82 of Amendment No. 1.\n\n"
    "2. Please revise to describe the precedent transactions.\n"
    "\f\nRESPONSE:\n\n" + STOCK_OPENING + "\n90 of Amendment No. 1.\n\n"
    "Sincerely,\n\n/s/ Jane Doe\n"
)


def test_an_answers_stock_opening_at_the_top_of_pages_is_no_running_header() -> None:
    """A line repeated beside page breaks is a running header only if it reads as one: not a sentence."""
    found = find_responses(extract(PAGED_TEXT_LETTER.encode(), "letter.txt"))
    assert [r.text for r in found] == [
        STOCK_OPENING + " 82 of Amendment No. 1.",
        STOCK_OPENING + " 90 of Amendment No. 1.",
    ]


# (letter, numbers answered): each restated comment is printed in bold in the HTML letter, which its
# PDF print does not say.
PRINTED = [
    # "2. The bullet points … without the most directly" / "comparable GAAP measures. Please revise …"
    ("sec/GLW/GLW_0000000000-23-012635/filings/0001206774-23-001290/filename1.htm", [1, 2, 3]),
    # Comment 5 opens "To the extent material, discuss …".
    ("sec/GLW/GLW_0000000000-22-005699/filings/0001206774-22-001604/filename1.htm", [1, 2, 3, 4, 5, 6, 7, 8]),
    # Comment 1 ends "Refer to Item 303(b)" / "(2) of Regulation S-K." in print; "Response:" follows.
    ("sec/ROST/ROST_0000000000-25-006364/filings/0000745732-25-000039/filename1.htm", [1]),
    # The opening's last line in print ends "… followed by the" / "Company’s response.": no answer label.
    ("sec/CCI/CCI_0000000000-17-015547/filings/0001051470-17-000104/filename1.htm", [1]),
    # Comment 6 opens "For each director, disclose by footnote …".
    ("sec/VST/VST_0000000000-17-002173/filings/0001193125-17-110860/filename1.htm", [1, 2, 3, 4, 5, 6, 7]),
    # One comment, answered with the company's own list of four questions after "We considered this guidance
    # in the following context:": "1. Are the cloud features unique …?", "2. What are the gains …?" (a question,
    # as the staff ask; in print the comment is no more bold than the list), "3. What functions …?", "4. …".
    ("sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000047/filename1.htm", [1]),
]


@pytest.mark.parametrize(("relative", "numbers"), PRINTED, ids=[p.split("/")[4] for p, _ in PRINTED])
def test_real_letter_printed_to_pdf(printer, relative: str, numbers: list[int]) -> None:  # type: ignore[no-untyped-def]
    path = corpus_file(relative)
    printer.goto(path.as_uri())
    pdf = printer.pdf(format="Letter")
    html, printed = parse_letter(path.read_bytes(), str(path)), parse_letter(pdf, path.name + ".pdf")
    assert printed.format == "pdf" and printed.kind == html.kind == "company_response"
    assert [r.number for r in html.responses] == numbers
    assert [r.number for r in printed.responses] == numbers
    assert [r.text[:60] for r in printed.responses] == [r.text[:60] for r in html.responses]


def test_repeated_opening_line_beside_a_page_break_is_no_running_header() -> None:
    """Answers opening with the same wrapped line ("In response to the Staff's comment, we have revised the
    relevant disclosure"), one of them at the top of a page: a line repeated in the body is no running
    header; one is printed the same way beside two page breaks or more."""
    answer = (
        "In response to the Staff's comment, we have revised the relevant disclosure\n"
        'under the section entitled "{}" on page {}.\n'
    )
    parts = [
        "May 1, 2017\n\nSecurities and Exchange Commission\n\nRe: Example Holdings, Inc.\n"
        "    Registration Statement on Form S-4\n    File No. 333-123456\n\nDear Ms. Smith:\n\n"
        "We are responding to the comments of the Staff in its letter dated April 20, 2017.\n\n"
    ]
    for n, (section, page) in enumerate([("Summary", 7), ("The Transactions", 18), ("Tax Matters", 160)], 1):
        parts.append(f"{n}. Please explain the material terms of the agreements described on page {page}.\n\n")
        parts.append("\f" if n == 3 else "")
        parts.append(answer.format(section, page) + "\n")
    parts.append("Sincerely,\n\n/s/ Jane Doe\n")
    found = find_responses(extract("".join(parts).encode(), "letter.txt"))
    assert [r.number for r in found] == [1, 2, 3]
    assert all(r.text.startswith("In response to the Staff's comment, we have revised") for r in found), found


WRAPPED_SENTENCES = [
    # "… (File Nos. 333-275587 and 333-275587-01)" / "(the “Registration Statement”)." is one sentence; "(1)"
    # after a line ending in a bracket opens an item
    (
        [
            "This letter is sent in connection with the Registration Statement on Form S-3 (File No. 333-275587)",
            "(the \u201cRegistration Statement\u201d). We refer to the table on page 4 (in millions)",
            "(1) Amount includes losses recognized on the reimbursement programs.",
        ],
        [
            "This letter is sent in connection with the Registration Statement on Form S-3 (File No. 333-275587)"
            " (the \u201cRegistration Statement\u201d). We refer to the table on page 4 (in millions)",
            "(1) Amount includes losses recognized on the reimbursement programs.",
        ],
    ),
    # "… within the “Net Cumulative … Expenses”" / "tables. Refer to ASC …" is one sentence, and so is "… on a
    # [***]" / "basis. Given …" (Tesla 2023 in the peer suite); a list item's numeral after such a line opens it
    (
        [
            "1. Please represent to us that in future filings you will include a column within the",
            "\u201cNet Cumulative Paid Loss and Allocated Loss Adjustment Expenses\u201d",
            "tables. Refer to ASC 944-40-50-4D and ASC 944-40-55-9E.",
            "Tesla prepares comprehensive projections which seek to forecast its business on a [***]",
            "basis. Given the nascent stage of the industry, it relies on them.",
            "The measures are the following (the \u201cMeasures\u201d)",
            "ii. Adjusted EBITDA, as described below.",
        ],
        [
            "1. Please represent to us that in future filings you will include a column within the \u201cNet "
            "Cumulative Paid Loss and Allocated Loss Adjustment Expenses\u201d tables. Refer to ASC 944-40-50-4D "
            "and ASC 944-40-55-9E.",
            "Tesla prepares comprehensive projections which seek to forecast its business on a [***] basis. Given "
            "the nascent stage of the industry, it relies on them.",
            "The measures are the following (the \u201cMeasures\u201d)",
            "ii. Adjusted EBITDA, as described below.",
        ],
    ),
    # "… Please refer to Question No." / "102.07 of the Compliance & Disclosure Interpretations …" is one
    # sentence (Avery Dennison 2023 wrapped at 65 columns); a comment number after a sentence's end opens one
    (
        [
            "1. Please rename the measure. Please refer to Question No.",
            "102.07 of the Compliance & Disclosure Interpretations on Non-GAAP Financial Measures.",
            "2. Please tell us how you considered Item 10(e).",
        ],
        [
            "1. Please rename the measure. Please refer to Question No. 102.07 of the Compliance & Disclosure "
            "Interpretations on Non-GAAP Financial Measures.",
            "2. Please tell us how you considered Item 10(e).",
        ],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), WRAPPED_SENTENCES)
def test_a_sentence_wrapped_after_a_bracket_a_quote_or_an_abbreviation_goes_on(
    lines: list[str], expected: list[str]
) -> None:
    text = "\n".join(lines) + "\n"
    assert [p.text for p in paragraphs(extract(text.encode(), "letter.txt"))] == expected


KMI_2023 = "sec/KMI/KMI_0000000000-23-003113/filings/0001506307-23-000052/filename1.htm"


def test_a_restated_we_believe_you_should_is_the_staffs() -> None:
    """Kinder Morgan's answer of June 2023 with no bold (its lines as paragraphs): the restated comment's
    last paragraphs say "We believe that you should separately discuss and analyze ..." and "Please expand
    your discussion ..."; the answer opens "We acknowledge the Staff's comment." Before, "We believe" read
    as the company and the answer opened at it."""
    import html

    path = corpus_file(KMI_2023)
    lines = extract(path.read_bytes(), str(path)).lines
    plain = "<html><body>" + "".join(f"<p>{html.escape(ln.text)}</p>" for ln in lines) + "</body></html>"
    (answer,) = parse_letter(plain.encode(), "answer.htm").responses
    assert answer.number == 1
    assert answer.text.startswith("We acknowledge the Staff’s comment.")
    assert "We believe that you should separately discuss" in (answer.restated_comment or "")


HEADED_LABELLED_LETTER = """June 3, 2024

Securities and Exchange Commission

Re: Acme Widgets, Inc.
    Form 10-K for the Fiscal Year Ended December 31, 2023
    File No. 001-12345

Dear Ms. Doe:

This letter responds to the comments of the Staff contained in your letter dated May 20, 2024. The
Staff's comments are reproduced below, each followed by the Company's response.

Form 10-K for the Fiscal Year Ended December 31, 2023
Item 7. Management's Discussion and Analysis, page 35

We note your disclosure of adjusted operating income. Please tell us why the adjustment for
restructuring costs does not exclude normal, recurring cash operating expenses.

Response:

The restructuring costs relate to the closure of two plants announced in 2023.

Notes to Consolidated Financial Statements
Note 12. Income Taxes, page 88

Please tell us the nature of the valuation allowance release recorded in the fourth quarter.

Response:

The valuation allowance release related to state net operating losses.

Sincerely,

/s/ John Smith
"""


def test_the_headings_above_an_unnumbered_restated_comment_are_not_the_answer_before() -> None:
    """Unnumbered comments answered after "Response:" labels, each restated under the staff letter's headings:
    the headings go with the comment below them, as they do when the comments are numbered."""
    found = find_responses(extract(HEADED_LABELLED_LETTER.encode(), "letter.txt"))
    assert [(r.number, r.text) for r in found] == [
        (1, "The restructuring costs relate to the closure of two plants announced in 2023."),
        (2, "The valuation allowance release related to state net operating losses."),
    ]
    assert found[1].restated_comment == (
        "Please tell us the nature of the valuation allowance release recorded in the fourth quarter."
    )
