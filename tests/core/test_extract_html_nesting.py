"""Untrusted HTML that nests blocks very deep (thousands of unclosed <div>s) is read with its blocks
past a bound taken as paragraphs: the same lines, without the parser's quadratic cost of deep nesting."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract.html import extract_html
from commentletters.core.extract.nesting import MAX_DEPTH, bounded_nesting
from tests.conftest import CORPUS

LETTER = (
    "<p>Dear Ms. Smith:</p>"
    "<p>1. We note your disclosure on page 4. Please revise to quantify the impact.</p>"
    "<p>Sincerely,</p>"
)


def test_blocks_past_the_bound_become_paragraphs() -> None:
    html = "<html><body>" + "<DIV class='x'>" * (MAX_DEPTH + 700) + "<div>" + LETTER + "</body></html>"
    out = bounded_nesting(html)
    assert (
        out.count("<DIV") == MAX_DEPTH and out.count("<p class='x'>") == 700 and out.endswith(LETTER + "</body></html>")
    )
    lines = [ln.text for ln in extract_html(html).lines if ln.text.strip()]
    assert lines == [
        "Dear Ms. Smith:",
        "1. We note your disclosure on page 4. Please revise to quantify the impact.",
        "Sincerely,",
    ]


def test_a_real_letter_inside_a_hundred_thousand_unclosed_divs_reads_the_same() -> None:
    path = CORPUS / "sec/GLW/GLW_0000000000-23-012635/filings/0001206774-23-001290/filename1.htm"
    html = path.read_bytes().decode("utf-8")
    at = html.lower().index("<body") + len("<body")
    at = html.index(">", at) + 1
    deep = html[:at] + "<div>" * 100_000 + html[at:]
    plain, nested = parse_letter(html.encode(), path.name), parse_letter(deep.encode(), path.name)
    assert [r.number for r in plain.responses] == [1, 2, 3]
    assert [(r.number, r.text) for r in nested.responses] == [(r.number, r.text) for r in plain.responses]
    assert (nested.kind, nested.date, nested.company) == (plain.kind, plain.date, plain.company)


def test_closed_blocks_do_not_count_toward_the_bound() -> None:
    html = "<div><p>x</p></div>" * (MAX_DEPTH * 3)
    assert bounded_nesting(html) is html


@pytest.mark.parametrize(
    "path", sorted((CORPUS / "sec").glob("*/*/filings/*/filename*.htm"))[:40], ids=lambda p: p.parent.name
)
def test_real_letters_are_left_as_they_are(path: Path) -> None:
    html = path.read_bytes().decode("utf-8", "replace")
    assert bounded_nesting(html) is html
