"""A plain-text letter filed inside <pre> (as older EDGAR filers wrap an ASCII letter) is read as the text
letter it is; a <pre> block inside an HTML letter keeps its line breaks."""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commentletters.core import LetterError, parse_letter
from commentletters.core.extract import extract
from commentletters.core.extract.html import extract_html
from tests.conftest import SAMPLES

SEEDS = ("sec-staff-letter-2014-11-17.txt", "company-response-2017-08-30.txt")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_seed_in_pre_reads_as_the_seed(seed: str) -> None:
    """Read by hand, the seeds hold 16 comments and 5 answers; wrapped in <pre> each read as one line once, and so
    as a company letter with no answers."""
    text = (SAMPLES / seed).read_bytes()
    wrapped = f"<html><body><pre>{html.escape(text.decode())}</pre></body></html>".encode()
    plain, in_pre = parse_letter(text, seed).to_json(), parse_letter(wrapped, "filename1.htm").to_json()
    assert in_pre["format"] == "text"
    assert {k: v for k, v in in_pre.items() if k not in ("source", "sha256")} == {
        k: v for k, v in plain.items() if k not in ("source", "sha256")
    }
    assert (len(in_pre["comments"]), len(in_pre["responses"])) in ((16, 0), (0, 5))


WRAPPED = """<HTML><BODY><PRE>
                                        March 3, 2021

Ms. Jane Doe
Chief Financial Officer
Example Corp.

      Re:  Example Corp.
           Form 10-K for the Fiscal Year Ended December 31, 2019
           Filed February 28, 2020
           File No. 001-12345

Dear Ms. Doe:

      We have reviewed your filing and have the following comments.

Management's Discussion and Analysis

Results of Operations, page 30

1.    Please expand your discussion of the reasons for the decrease in
      revenue from your services segment, quantifying each factor you
      identify, and tell us how you considered the guidance in Item
<PAGE>
Example Corp.
March 3, 2021
Page 2

      303(b) of Regulation S-K.

2.    Please tell us why you did not disclose the impairment charge
      recorded in the fourth quarter.

                                        Sincerely,

                                        Division of Corporation Finance
</PRE></BODY></HTML>
"""


def test_a_wrapped_ascii_letter_in_pre_is_read_with_its_pages() -> None:
    doc = extract(WRAPPED.encode(), "filename1.htm")
    assert doc.format == "text" and doc.pages == 2
    letter = parse_letter(WRAPPED.encode(), "filename1.htm")
    assert letter.kind == "staff_comments" and letter.date == "2021-03-03"
    assert [c.number for c in letter.comments] == [1, 2]
    first = " ".join(letter.comments[0].text.split())
    assert first.startswith("Please expand your discussion") and first.endswith("Item 303(b) of Regulation S-K.")
    assert "Page 2" not in first and "Example Corp." not in first  # (the running header is furniture)
    assert letter.comments[0].section[-1] == "Results of Operations, page 30"
    assert letter.comments[0].pages == ["30"]


def test_a_pre_within_a_pre_is_read_once() -> None:
    doc = extract_html("<pre>March 3, 2021\n<pre>Dear Sir:\n1. Please revise.</pre>\nSincerely,</pre>")
    assert [ln.text for ln in doc.lines if ln.text] == ["March 3, 2021", "Dear Sir:", "1. Please revise.", "Sincerely,"]


def test_a_pre_block_inside_an_html_letter_keeps_its_lines() -> None:
    doc = extract_html(
        "<html><body><p>Dear Sir:</p><p>We note your letter and the table of revenue below.</p>"
        "<pre>Year   Revenue\n2023   100\n2024   120</pre><p>Sincerely,</p></body></html>"
    )
    assert doc.format == "html"
    assert [ln.text for ln in doc.lines] == [
        "Dear Sir:",
        "We note your letter and the table of revenue below.",
        "Year Revenue",
        "2023 100",
        "2024 120",
        "Sincerely,",
    ]


_PIECES = st.sampled_from(
    [
        "<PAGE>",
        "<br>",
        "<b>",
        "</b>",
        "\n",
        "\f",
        "1. Please revise.",
        "Re: Form 10-K",
        "March 3, 2021",
        "</pre>",
        "<pre>",
    ]
)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=60))
def test_anything_in_pre_gives_a_letter_or_a_typed_error(parts: list[str]) -> None:
    try:
        letter = parse_letter(f"<html><body><pre>{''.join(parts)}</pre></body></html>".encode(), "x.htm")
    except LetterError as err:
        assert err.code and err.source == "x.htm"
        return
    assert letter.pages >= 1
