"""The cue words found from their anchors are every occurrence of each word, as str.find finds them."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from commentletters.core import commitments as c
from commentletters.core.cue_words import ED_WORDS, OTHER_WORDS, ascii_cue_hits, cue_hits
from tests.core.test_commitments_lowered import _sentences as sentences

_WORDS = ED_WORDS + OTHER_WORDS
_EDGES = [
    "It was forecast; an explanation; the Company's filings; un-commitment; set  forth; SET FORTH.",
    "reedited, seed, bed, need, indeed, speed: many endings in ed but none of the cue words.",
    "goodwillwould, proposedproposal, recastrecast, commitcommit, agreeagree, shallshall, filingfiled",
    "",
]


def _occurrences(low: str) -> list[tuple[int, str]]:
    """Each cue word where str.find finds it, overlapping or not (what cue_hits must give)."""
    found = []
    for word in _WORDS:
        pos = low.find(word)
        while pos >= 0:
            found.append((pos, word))
            pos = low.find(word, pos + 1)
    return sorted(found)


def _sentences() -> list[str]:
    """The sentences of a real answer and of chosen cases (as the lowered patterns are tested on), lower-cased."""
    return [s.lower() for s in sentences() + list(_WORDS) + _EDGES]


@pytest.mark.parametrize("low", _sentences())
def test_every_occurrence_of_every_cue_word_is_found(low: str) -> None:
    assert cue_hits(low) == _occurrences(low)


# Texts spelt from the cue words' letters, pieces of them and the characters around them.
_PIECES = st.sampled_from([*_WORDS, "ed", "d", "e", "g", "p", "w", "s", "sh", "com", "re", "ag", " ", ".", "-"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_cue_hits_agree_with_find_on_glued_words(low: str) -> None:
    assert cue_hits(low) == _occurrences(low)


# Texts in any case, with characters outside ASCII among the words (and the Kelvin sign, which lower-cases to "k")
_MIXED = st.sampled_from(
    [*_WORDS, *(w.upper() for w in _WORDS), "\u2019", "\u00c9", "\u0130", "\u212a", "?", " ", "ed"]
)


@pytest.mark.parametrize("text", [*sentences(), *_EDGES, "undertak\u212aes to", "the \u201cCompany\u201d will"])
def test_the_ascii_copy_finds_what_the_text_lower_cased_holds(text: str) -> None:
    _ascii_agrees(text)


@given(st.lists(_MIXED, max_size=12).map("".join))
def test_the_ascii_copy_finds_the_same_in_glued_words(text: str) -> None:
    assume("\u212a" not in text and "\u0130" not in text)
    _ascii_agrees(text)


def _ascii_agrees(text: str) -> None:
    """Where no character outside ASCII lower-cases into ASCII (nor into two characters), the ASCII copy's
    hits are the lower-cased text's."""
    assert ascii_cue_hits(text.encode("ascii", "replace").lower()) == cue_hits(text.lower())


def test_an_answer_with_the_kelvin_sign_is_read_from_the_text_lower_cased() -> None:
    """The Kelvin sign lower-cases to "k", which its ASCII copy does not hold: such an answer is read
    sentence by sentence, its undertaking found."""
    sentence = "The Company under\u0074a\u212aes to revise the disclosure in future filings."
    assert c.kinded_commitments(f"We note the comment. {sentence}") == [(sentence, "future")]


def test_no_ed_word_ends_another() -> None:
    """At most one word ending in "ed" ends at each "ed" (so one tag tells which)."""
    assert not [(a, b) for a in ED_WORDS for b in ED_WORDS if a != b and b.endswith(a)]


def test_every_modal_word_and_filing_word_is_a_cue_word() -> None:
    """Each word a modal, a proposal or a filing made now opens with is read from the cue words."""
    assert (c._MODAL_WORDS | c._FILING_WORDS | c._WILL_SHALL).issubset(_WORDS)
    assert set(c._PROPOSED_WORDS) <= set(_WORDS)
    assert all(opening.startswith(word) for word, opening in c._PROPOSED_WORDS.items())
