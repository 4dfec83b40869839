"""The layout (landmarks of a letter) is found once per document and shared by the stages."""

from __future__ import annotations

from commentletters.core.extract import extract
from commentletters.core.header.layout import find_layout
from tests.conftest import corpus_file
from tests.core import header_letters as L


def test_layout_is_found_once_and_found_again_for_new_lines() -> None:
    doc = extract(corpus_file(L.STAFF_PDF).read_bytes(), L.STAFF_PDF)
    first = find_layout(doc)
    assert find_layout(doc) is first  # the classify stage reuses the header stage's layout
    doc.lines = doc.lines[:20]  # lines replaced: the old layout no longer describes them
    again = find_layout(doc)
    assert again is not first
    assert len(again.lines) <= 20
