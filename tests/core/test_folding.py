"""Lines folded and shaped all at once read as they do one by one, and the header reuses the folding."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.extract import extract
from commentletters.core.extract.folding import SPACES, fold, fold_and_shape, kept_lines
from commentletters.core.extract.marks import shape
from commentletters.core.letters import Document
from tests.conftest import corpus_file
from tests.core import header_letters as L


def _one_by_one(texts: list[str]) -> tuple[list[str], list[str]]:
    return [fold(t) for t in texts], [shape(t) for t in texts]


def test_fold_folds_every_kind_of_space() -> None:
    assert fold("\u00a0 Re:\tAcme\u2003 Inc.\u00a0 ") == "Re: Acme Inc."


def test_spaces_are_every_white_space_but_the_space_and_the_line_break() -> None:
    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert sorted(SPACES + " \n") == sorted(every)


@pytest.mark.parametrize("relative", [L.STAFF_PDF, L.COMPANY_HTML, L.NO_REVIEW, L.RUNNING_HEADER_FIRST])
def test_real_letters_fold_and_shape_as_line_by_line(relative: str) -> None:
    texts = [ln.text for ln in extract(corpus_file(relative).read_bytes(), relative, furniture=False).lines]
    assert fold_and_shape(texts) == _one_by_one(texts)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["Page 12 of 13", "  Acme  Inc. ", " ", "", "\tTab", "no\u00a0break", "x\u2028y"],  # folding at every place
        ["ÉCOLE 2024", "Ærø 7"],  # capitals beyond ASCII lower-cased
        ["ΣΟΦΟΣ 2"],  # a final sigma stays final when the line is lower-cased with the others
        ["Fiscal year ٢٠٢٣"],  # digits beyond 0-9: every line one by one
        ["#3 and ##4", "1-2-3"],  # a "#" of the text and digit runs next to it
        ["a\nb", "c"],  # a line holding a line break: one by one
        ["nul\x00 1"],  # a NUL (the digits' stand-in): one by one
        ["word " * 40, "12 " * 80],  # long lines, one longer only before its digits fold
    ],
)
def test_edge_cases_fold_and_shape_as_line_by_line(texts: list[str]) -> None:
    assert fold_and_shape(texts) == _one_by_one(texts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("aZ9 #.\t\u00a0\u2003é")), max_size=12), max_size=6))
def test_any_lines_fold_and_shape_as_line_by_line(texts: list[str]) -> None:
    assert fold_and_shape(texts) == _one_by_one(texts)


def _read_lines(doc: Document) -> tuple[list[str], list[int]]:
    kept = [ln for ln in doc.lines if not ln.furniture and ln.text.split()]
    return [fold(ln.text) for ln in kept], [ln.page for ln in kept]


def test_the_header_reads_the_lines_furniture_kept_until_the_lines_change() -> None:
    doc = extract(corpus_file(L.RUNNING_HEADER_FIRST).read_bytes(), L.RUNNING_HEADER_FIRST)
    texts, pages = kept_lines(doc)
    assert kept_lines(doc)[0] is texts  # worked out once, while marking furniture
    assert (texts, pages) == _read_lines(doc)
    assert any(ln.furniture for ln in doc.lines) and max(pages) > 1  # furniture left out, pages kept
    doc.lines = doc.lines[:5]
    assert kept_lines(doc) == _read_lines(doc)
