"""The layout (landmarks of a letter) is found once per document and shared by the stages."""

from __future__ import annotations

import pytest

from commentletters.core.extract import extract
from commentletters.core.header.layout import clean, find_layout
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


def test_clean_folds_every_kind_of_space() -> None:
    assert clean("\u00a0 Re:\tAcme\u2003 Inc.\u00a0 ") == "Re: Acme Inc."


@pytest.mark.parametrize(
    "text",
    ["Re: Acme Inc.", " Re: Acme Inc.", "Re: Acme Inc. ", "Re:  Acme", "Form\u00a010-K", "soft\u00adhyphen", ""],
)
def test_clean_takes_its_shortcut_only_for_clean_lines(text: str) -> None:
    assert clean(text) == " ".join(text.split())
