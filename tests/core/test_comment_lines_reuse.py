"""The comment lines reuse what furniture marking found ("Page" lines) and read as when worked out anew."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commentletters.core.comment_lines import body_lines, page_lines
from commentletters.core.extract import extract
from commentletters.core.extract.line_facts import LONGEST
from commentletters.core.extract.marks import shape
from tests.conftest import corpus_file

_LETTERS = [
    "peer/0000000000-22-009132.txt",  # Palantir: a running header with template residue inside a comment
    "sec/CB/CB_0000000000-19-007690/filings/0000000000-19-007690/filename1.pdf",
]


@given(st.text(max_size=40), st.text(max_size=40))
def test_a_short_line_saying_page_has_a_short_shape_saying_page(before: str, after: str) -> None:
    text = f"{before}Page{after}"
    if len(text.strip()) <= 80:
        assert "page" in shape(text) and len(shape(text)) <= LONGEST


@pytest.mark.parametrize("relative", _LETTERS)
def test_body_lines_read_the_same_with_and_without_the_page_lines_found(relative: str) -> None:
    path = corpus_file(relative)
    doc = extract(path.read_bytes(), str(path))
    found = page_lines(doc)
    assert len(found) < len(doc.lines)  # handed over by furniture marking, not every line
    assert all("page" in doc.lines[i].text.lower() for i in found)
    reused = body_lines(doc)
    doc.memo.clear()
    assert page_lines(doc) == list(range(len(doc.lines)))
    assert body_lines(doc) == reused
    assert not any("Page 2" in text for text in reused.texts)
