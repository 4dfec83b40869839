"""HTML letters read as people read them: numbers beside their text, labels apart, emphasis kept."""

from __future__ import annotations

import pytest

from commentletters.core.extract.html import extract_html
from tests.conftest import corpus_file


def _lines(html: str) -> list[tuple[str, bool]]:
    return [(ln.text, ln.emphasis) for ln in extract_html(html).lines]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # comment number in one cell, the comment (two paragraphs) in the next
        (
            "<table><tr><td><div>1.</div></td><td><div><i>Tell us why.</i></div><div><i>Also this.</i></div></td>"
            "</tr></table><p>We respectfully advise.</p>",
            [("1. Tell us why.", True), ("Also this.", True), ("We respectfully advise.", False)],
        ),
        # a row of one-line cells stays one line
        ("<table><tr><td>Revenue</td><td>$ 100</td><td>$ 90</td></tr></table>", [("Revenue $ 100 $ 90", False)]),
        # ... and so do column captions; but two cells of prose are columns of text (a comment and its response)
        (
            "<table><tr><td>Carrying Value</td><td>Allowance for Loan &amp; Lease Losses</td>"
            "<td>Allowance for Loan &amp; Lease Losses</td></tr></table>",
            [("Carrying Value Allowance for Loan & Lease Losses Allowance for Loan & Lease Losses", False)],
        ),
        (
            "<table><tr><td>1.</td><td>Please tell us how you determined your reportable segments.</td>"
            "<td>The Company respectfully advises the Staff that it has two segments.</td></tr></table>",
            [
                ("1. Please tell us how you determined your reportable segments.", False),
                ("The Company respectfully advises the Staff that it has two segments.", False),
            ],
        ),
        # a number floated left of its paragraph
        (
            '<p style="float:left; width:48px">2.</p><p style="padding-left:48px">Please revise.</p><p>Next.</p>',
            [("2. Please revise.", False), ("Next.", False)],
        ),
        # a bold label and its answer in one paragraph, set apart only by CSS padding
        (
            '<div><b>Response:</b><font style="padding-left:10.86pt">The Company acknowledges.</font></div>',
            [("Response: The Company acknowledges.", False)],
        ),
        ('<p><font style="padding-right:48px">3.</font><font>We note.</font></p>', [("3. We note.", False)]),
        ("<p>one<br>two</p>", [("one", False), ("two", False)]),
        ('<p><span style="font-weight:bold">Heading, page 4</span></p>', [("Heading, page 4", True)]),
        # list items open with the marker a browser shows: a bullet, or the number the list gives
        ("<ul><li>one</li><li>two</li></ul>", [("\u2022 one", False), ("\u2022 two", False)]),
        (
            '<ol start="3"><li><b>Please revise.</b></li><li value="7">Tell us why.</li><li>Explain.</li></ol>',
            [("3. Please revise.", True), ("7. Tell us why.", False), ("8. Explain.", False)],
        ),
        (
            '<ol type="a"><li>x</li><li>y</li></ol><ol type="I" start="4"><li>z</li></ol>',
            [("a. x", False), ("b. y", False), ("IV. z", False)],
        ),  # fmt: skip
        # nested lists number apart; no marker where the style says none; a bad start is 1
        (
            '<ol><li>outer<ol type="i"><li>inner</li></ol></li><li>next</li></ol><ul style="list-style: none">'
            '<li>plain</li></ul><ol start="x"><li>first</li></ol>',
            [("1. outer", False), ("i. inner", False), ("2. next", False), ("plain", False), ("1. first", False)],
        ),
    ],
)
def test_html_layout(html: str, expected: list[tuple[str, bool]]) -> None:
    assert _lines(html) == expected


@pytest.mark.parametrize(
    ("relative", "starts", "emphasis"),
    [
        # BSX 2016: numbers and italic comments in two-cell tables
        (
            "sec/BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm",
            "1. We note that you use “adjusted net income” to assist you",
            True,
        ),
        (
            "sec/BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm",
            "In response to the Staff’s comments, we acknowledge that Regulation S-K",
            False,
        ),
        # Eaton 2024: "Response:" in bold, the answer in a padded span
        (
            "sec/ETN/ETN_0000000000-24-003729/filings/0001551182-24-000015/filename1.htm",
            "Response: The Company respectfully acknowledges the Staff’s comment.",
            False,
        ),
        # Kimco 2017: "1." floated left of the comment paragraph
        (
            "sec/KIM/KIM_0000000000-17-010670/filings/0001398432-17-000071/filename1.htm",
            "1. In arriving at FFO and FFO as adjusted, you start with Net income",
            False,
        ),
        # Marsh 2016: "1." with padding-right, then the italic comment
        (
            "sec/MRSH/MRSH_0000000000-16-085137/filings/0000062709-16-000072/filename1.htm",
            "1. In your letter to us dated October 31, 2013, you discussed",
            True,
        ),
    ],
)
def test_real_html_letters(relative: str, starts: str, emphasis: bool) -> None:
    doc = extract_html(corpus_file(relative).read_bytes().decode("utf-8", "replace"))
    line = next((ln for ln in doc.lines if " ".join(ln.text.split()).startswith(starts)), None)
    assert line is not None, starts
    assert line.emphasis is emphasis


_OL_RESPONSE = """<html><body><p>March 24, 2021</p><p>VIA EDGAR</p>
<p>Division of Corporation Finance<br>Office of Manufacturing<br>U.S. Securities and Exchange Commission</p>
<p>Re: Acme Widgets, Inc.<br>Form 10-K for the Fiscal Year Ended December 31, 2020<br>File No. 001-12345</p>
<p>Ladies and Gentlemen:</p>
<p>Acme Widgets, Inc. submits this letter in response to the comments of the staff contained in its letter
dated March 3, 2021. For convenience, each comment is restated in bold below, followed by our response.</p>
<ol><li><b>Please tell us the amount of revenue from each product line.</b></li></ol>
<p>Response: Revenue from widgets was $10 million and from gadgets $5 million in 2020.</p>
<ol start="2"><li><b>Please revise future filings to quantify each factor you cite.</b></li></ol>
<p>Response: We will quantify each factor we cite in future filings.</p>
<p>Sincerely,</p><p>Jane Doe<br>Chief Financial Officer</p></body></html>"""


def test_a_response_numbering_its_comments_with_ordered_lists() -> None:
    """A company letter whose restated comments are numbered by ``<ol>`` (as a word processor saves them,
    each list starting where the last left off; made up here, the corpus has none) is answered comment by
    comment: the numbers a reader sees are the comments'."""
    from commentletters.core import parse_letter

    letter = parse_letter(_OL_RESPONSE.encode(), "response.htm")
    assert letter.kind == "company_response"
    assert [(r.number, r.text) for r in letter.responses] == [
        (1, "Revenue from widgets was $10 million and from gadgets $5 million in 2020."),
        (2, "We will quantify each factor we cite in future filings."),
    ]
    assert [r.commits_future_filing for r in letter.responses] == [False, True]


_TABLE_RESPONSE = """<html><body><p>June 2, 2021</p><p>Division of Corporation Finance<br>U.S. Securities and Exchange
Commission</p><p>Re: Acme Inc.<br>Form 10-K for the Fiscal Year Ended December 31, 2020<br>File No. 001-12345</p>
<p>Ladies and Gentlemen:</p><p>Acme Inc. responds below to the comments in the Staff's letter dated May 20, 2021.</p>
<table><tr><td><b>No.</b></td><td><b>Staff Comment</b></td><td><b>Company Response</b></td></tr>
<tr><td>1.</td><td>Please tell us how you determined your reportable segments.</td><td>The Company respectfully
advises the Staff that its chief operating decision maker reviews two segments.</td></tr>
<tr><td>2.</td><td>Please revise future filings to disclose the amount of each component of other income.</td>
<td>The Company will disclose each component of other income in future filings.</td></tr></table>
<p>Sincerely,</p><p>Jane Doe<br>Chief Financial Officer</p></body></html>"""


def test_a_response_laid_out_as_a_table_of_comments_and_answers() -> None:
    """A company letter answering in a table, a row per comment: its number, the comment, the response (made up:
    the corpus has none). Before, each row was one line and the letter answered nothing."""
    from commentletters.core import parse_letter

    letter = parse_letter(_TABLE_RESPONSE.encode(), "answer.htm")
    assert [(r.number, r.restated_comment, r.commits_future_filing) for r in letter.responses] == [
        (1, "Please tell us how you determined your reportable segments.", False),
        (2, "Please revise future filings to disclose the amount of each component of other income.", True),
    ]
    assert letter.responses[0].text.startswith("The Company respectfully advises the Staff")
