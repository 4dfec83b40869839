"""An answer that opens with a caption of its own keeps it as its first words.

Ventas's letter of March 20, 2018 restates each comment in italics and answers without a label; the
answer to comment 1 opens with its own italic caption, "Additional Background Information of Tax Credit
Structures", then "In September 2016, we acquired ...". The comment's headings ("Notes to Consolidated
Financial Statements" ... "Accounting for Historic and New Markets Tax Credits, page 90") come before
its number; a caption after the restated comment is the answer's.
"""

from __future__ import annotations

from commentletters.core.answer_lines import Para
from commentletters.core.answer_split import split_stretch
from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from tests.conftest import corpus_file

VENTAS = "sec/VTR/VTR_0000000000-18-007350/filings/0001104659-18-018979/filename1.htm"


def test_the_answer_keeps_its_own_caption() -> None:
    path = corpus_file(VENTAS)
    first = find_responses(extract(path.read_bytes(), str(path)))[0]
    assert first.number == 1
    assert first.text.startswith("Additional Background Information of Tax Credit Structures\nIn September 2016, we")
    assert first.restated_comment is not None and first.restated_comment.startswith("Please tell us how you")


def _para(text: str, emphasis: bool) -> Para:
    return Para(text, emphasis, 0, 1)


def test_a_caption_inside_the_restated_comment_stays_in_it() -> None:
    # the staff's own caption between two restated paragraphs: the comment goes on after it
    split = split_stretch(
        _para("Please tell us how you account for the credits.", True),
        [
            _para("Tax Credit Structures", True),
            _para("Please also tell us the amounts recognised.", True),
            _para("We account for the credits as liabilities.", False),
        ],
        styled=True,
    )
    assert [p.text for p in split.answer] == ["We account for the credits as liabilities."]


def test_a_caption_after_the_restated_comment_opens_the_answer() -> None:
    split = split_stretch(
        _para("Please tell us how you account for the credits.", True),
        [_para("Background of the Structures", True), _para("We acquired the assets in 2016.", False)],
        styled=True,
    )
    assert split.restated == ["Please tell us how you account for the credits."]
    assert [p.text for p in split.answer] == ["Background of the Structures", "We acquired the assets in 2016."]
