"""anchored_matches() finds what finditer() finds, on a real answer letter and on cases chosen to trip it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.anchored import anchored_matches, anchored_search, folds_exactly, word_starts
from tests.conftest import SAMPLES

# "Item ... of Form 20-F" and "ASC 605" occur in the seed answer letter; the anchors are their first words.
_CITATION = re.compile(r"\b(?:Item\s+\d[\w.]*\s+of\s+Form\s+\d+-F|ASC\s+\d{3})")
_CITATION_START = re.compile(r"Item|ASC")
# A case-blind pattern that opens with \b, anchored on its lower-case first words in a lower-cased copy.
_MODAL = re.compile(r"\b(?:will|would)\s+(?:provide|require)\b", re.I)
_MODAL_START = re.compile(r"will|would")


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_same_matches_as_finditer_over_a_real_letter() -> None:
    text = (SAMPLES / "company-response-2017-08-30.txt").read_text(encoding="utf-8")
    expected = _spans(list(_CITATION.finditer(text)))
    assert expected  # the letter cites "Item 5.D. of Form 20-F" and "ASC 605"
    assert _spans(anchored_matches(_CITATION, _CITATION_START, text)) == expected
    low = text.lower()
    expected = _spans(list(_MODAL.finditer(text)))
    assert expected  # "the Company will provide appropriate disclosures"
    assert _spans(anchored_matches(_MODAL, _MODAL_START, text, low)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Company WILL PROVIDE it.",  # upper case: found through the lower-cased copy
        "Goodwill provide",  # an anchor inside a word: \b still rules it out
        "We will would provide",  # an anchor that fails, then one that matches
        "",
    ],
)
def test_same_matches_on_edge_cases(text: str) -> None:
    expected = _spans(list(_MODAL.finditer(text)))
    assert _spans(anchored_matches(_MODAL, _MODAL_START, text, text.lower())) == expected


@pytest.mark.parametrize(
    ("text", "word", "exact"),
    [
        ("The Company WILL revise the disclosure.", "will", True),
        ("Société Générale’s proposed disclosure", "proposed", True),  # accents, curly quotes: folded alike
        ("We wıll revise", "will", False),  # dotless i: re.I takes it for "i", lower() keeps it
        ("propoſed disclosure", "proposed", False),  # long s
        ("İSTANBUL", "istanbul", False),  # dotted capital I lower-cases to two characters
    ],
)
def test_folds_exactly_tells_when_the_lower_cased_copy_can_be_trusted(text: str, word: str, exact: bool) -> None:
    assert re.search(word, text, re.I) is not None
    assert folds_exactly(text) is exact
    assert (word in text.lower()) is exact


@pytest.mark.parametrize("text", ["The Company WILL PROVIDE it.", "Goodwill provide; we would require", "", "will"])
def test_anchored_search_finds_what_search_finds(text: str) -> None:
    expected = _MODAL.search(text)
    found = anchored_search(_MODAL, _MODAL_START, text, text.lower())
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.sampled_from("rulequstacdh -\u017f")),
    st.lists(st.sampled_from(["rule", "request", "re", "ques", "a", "h"]), min_size=1, max_size=4, unique=True),
    st.integers(0, 5),
)
def test_word_starts_are_where_the_alternation_stops(text: str, words: list[str], pos: int) -> None:
    """Each place a search for any of the words stops, from ``pos`` on, in order: overlapping ones and
    a word inside another too."""
    alternation = re.compile("|".join(map(re.escape, words)))
    expected, at = [], pos
    while (found := alternation.search(text, at)) is not None:
        expected.append(found.start())
        at = found.start() + 1
    assert word_starts(text, tuple(words), pos) == expected
