"""Pages of plain-text letters: a form feed, or EDGAR's <PAGE> tag in an ASCII filing, starts a new one."""

from __future__ import annotations

import textwrap

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract.text import extract_text
from tests.conftest import SHARED


def test_page_tags_start_pages_and_are_furniture() -> None:
    doc = extract_text("<PAGE>\nFirst page.\n\n  1\n<page>\nSecond page.\n\fThird page.\n   <PAGE>  \nFourth.\n")
    assert [(ln.text, ln.page, ln.furniture) for ln in doc.lines if ln.text] == [
        ("<PAGE>", 1, True),  # (opening the first page: no page before it)
        ("First page.", 1, False),
        ("  1", 1, False),
        ("<page>", 2, True),
        ("Second page.", 2, False),
        ("Third page.", 3, False),
        ("   <PAGE>", 4, True),
        ("Fourth.", 4, False),
    ]
    assert doc.pages == 4
    # a tag inside a line is text, not a page break
    assert extract_text("See the <PAGE> tag.\n").pages == 1


def _ascii_filing(text: str) -> str:
    """``text`` as an ASCII EDGAR document: wrapped at 72 columns, and a page of 50 lines closed by its
    number, centred, and a <PAGE> tag (page breaks fall inside paragraphs)."""
    lines = [piece for para in text.split("\n") for piece in (textwrap.wrap(para, 72) or [""])]
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % 50 == 0:
            out += ["", " " * 34 + str(i // 50), "<PAGE>"]
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("seed", ["sec-staff-letter-2014-11-17.txt", "company-response-2017-08-30.txt"])
def test_a_seed_as_an_ascii_edgar_filing_reads_as_the_seed_wrapped(seed: str) -> None:
    """The seed letters laid out as EDGAR's ASCII filings were (the corpus has none): the <PAGE> tags and
    page numbers stay out of the comments, their headings and the answers. Before, comment 1 of the 2014
    letter lost its headings and page, and "2 <PAGE>" stood in the middle of comment 5 and of answers."""
    text = (SHARED / "seeds" / seed).read_text()
    wrapped = "\n".join(piece for para in text.split("\n") for piece in (textwrap.wrap(para, 72) or [""])) + "\n"
    plain = parse_letter(wrapped.encode(), "wrapped.txt")
    paged = parse_letter(_ascii_filing(text).encode(), "paged.txt")
    assert paged.pages > 1
    assert [(c.number, c.section, c.pages, c.text) for c in paged.comments] == [
        (c.number, c.section, c.pages, c.text) for c in plain.comments
    ]
    assert [(r.number, r.restated_comment, r.text) for r in paged.responses] == [
        (r.number, r.restated_comment, r.text) for r in plain.responses
    ]
    assert (paged.kind, paged.date, paged.signatories, paged.contacts) == (
        plain.kind,
        plain.date,
        plain.signatories,
        plain.contacts,
    )
    assert paged.comments or paged.responses
    assert "<PAGE>" not in repr(paged.comments) + repr(paged.responses) + repr(paged.signatories)
