"""The cue words found from their anchors are the ones the cue alternation finds, in the same sentences."""

from __future__ import annotations

import pytest

from commentletters.core import commitments as c
from commentletters.core.cue_words import CUE_REACH, OTHER_WORDS, CueFinder
from tests.core.test_commitments_lowered import _sentences as sentences

_WORDS = (
    "added", "agreed", "amended", "clarified", "commitment", "conformed", "corrected", "deleted", "disaggregated",
    "disclosed", "enhanced", "expanded", "filed", "filing", "included", "inserted", "intend", "modified", "plan",
    "presented", "proposal", "provided", "recast", "removed", "renamed", "replaced", "restated", "retitled",
    "revised", "reworded", "shall", "submit", "supplemented", "undertake", "updated", "will", "would", "set forth",
)  # fmt: skip
_EDGES = [
    "It was forecast; an explanation; the Company's filings; un-commitment; set  forth; SET FORTH.",
    "reedited, seed, bed, need, indeed, speed: many endings in ed but none of the cue words.",
    "",
]


def _sentences() -> list[str]:
    """The sentences of a real answer and of chosen cases (as the lowered patterns are tested on), lower-cased."""
    return [s.lower() for s in sentences() + list(_WORDS) + _EDGES]


@pytest.mark.parametrize("low", _sentences())
def test_a_cue_is_found_where_the_alternation_finds_one(low: str) -> None:
    cue, anchor = c._CUE.search(low), CueFinder(low).next_from(0)
    assert (cue is None) == (anchor is None)
    if cue is not None and anchor is not None:
        assert anchor - CUE_REACH <= cue.start() <= anchor


def test_every_word_of_the_alternation_has_an_anchor() -> None:
    for word in _WORDS:
        assert c._CUE.match(word), word
        anchor = CueFinder(word).next_from(0)
        assert anchor is not None and anchor <= CUE_REACH, word


def test_anchors_come_in_order_from_where_they_are_asked() -> None:
    low = "we will revise. the plan was filed. nothing else."
    finder = CueFinder(low)
    first = finder.next_from(0)
    assert first == low.index("will")
    second = finder.next_from(low.index("the plan"))
    assert second == low.index("plan")
    assert finder.next_from(low.index("ed. nothing")) == low.index("ed. nothing")
    assert finder.next_from(low.index("nothing")) is None


def test_every_modal_word_and_filing_word_is_one_of_the_other_words() -> None:
    """A sentence with none of the other words holds no modal nor "filing"/"submit": what
    commitments skips reading on that ground."""
    assert set(c._MODAL_WORDS) | {"filing", "submit"} <= set(OTHER_WORDS)
    for word in OTHER_WORDS:
        finder = CueFinder(f"the {word} here")
        assert finder.next_from(0) is not None
        assert finder.other_before(len("the ") + len(word)), word
        assert not finder.other_before(len("the ")), word


def test_other_before_reads_past_the_words_ending_in_ed() -> None:
    low = "it was revised. we will add it."
    finder = CueFinder(low)
    assert finder.next_from(0) == low.index("ed.")
    assert not finder.other_before(low.index("."))
    assert finder.other_before(len(low))
