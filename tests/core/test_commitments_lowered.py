"""The commitment patterns read from the lower-cased sentence find what the case-blind ones find."""

from __future__ import annotations

import re

import pytest

from commentletters.core import changes_made as made
from commentletters.core import commitments as c
from commentletters.core import subjects as sub
from commentletters.core.answers import find_responses
from commentletters.core.cue_words import ED_WORDS, OTHER_WORDS, ascii_cue_hits, cue_hits
from commentletters.core.extract import extract
from tests.conftest import SAMPLES
from tests.core.test_commitments import COMMITS, DOES_NOT

_EDGES = [
    "The Company WILL REVISE its disclosure; WE HAVE REVISED page 4.",
    "Goodwill revise; wewill revise; Amazon.com, Inc., in its 10-K, will expand the table.",
    "The Staff will revise it, and accordingly will disclose it. We Have Also Been Revised.",
    "It is planning to disclose; they ARE COMMITTED TO provide the table; Tilt revise.",
]


def _sentences() -> list[str]:
    name = "company-response-2017-08-30.txt"
    doc = extract((SAMPLES / name).read_bytes(), name)
    answers = [r.text for r in find_responses(doc)]
    assert answers
    return [s for a in answers for s in c._SENTENCES.split(a)] + COMMITS + DOES_NOT + _EDGES


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), (m.group("verb") or "").lower() or None) for m in matches]


@pytest.mark.parametrize("sentence", _sentences())
def test_lowered_patterns_agree(sentence: str) -> None:
    low = sentence.lower()
    assert _spans(list(c._MODAL_LOW.finditer(low))) == _spans(list(c._MODAL.finditer(sentence)))
    past, past_low = made._PAST.search(sentence), made._PAST_LOW.search(low)
    assert (past and past.span()) == (past_low and past_low.span())
    for end in range(len(sentence) + 1):
        before = sentence[max(0, end - sub._SUBJECT_REACH) : end]
        split = sub._SUBJECT_WORD_LOW.search(before.lower()) or sub._SUBJECT_NAME.search(before)
        assert (split is not None or sub._SUBJECT_AND.search(before) is not None) == bool(sub._SUBJECT.search(before))
        assert not sub.ends_in_subject(before.lower()) or sub._SUBJECT_WORD_LOW.search(before.lower())


@pytest.mark.parametrize(
    ("before", "ends"),
    [
        ("In response, we", True), ("the Company ", True), ("Its MD&A\n", True), ("Form 10-K", True),
        ("_it", False), ("submit", False), ("we also", False), ("the company's", False), ("x-10-Q", True),
        ("", False), ("We", True), ("Forthwith, it\t", True), ("2it", False),
    ],
)  # fmt: skip
def test_a_subject_word_at_the_end_is_found_without_the_search(before: str, ends: bool) -> None:
    low = before.lower()
    assert sub.ends_in_subject(low) is ends
    assert not ends or sub._SUBJECT_WORD_LOW.search(low) is not None  # a shortcut to what the search finds


def test_changed_words_are_cue_words() -> None:
    """Whether a sentence holds a change verb is read from its cue words: each verb is one, and the
    sentence holds one exactly when the case-blind list finds one."""
    words = set(made._CHANGED.split("|"))
    assert words == made.CHANGED_WORDS
    assert words <= set(ED_WORDS) | set(OTHER_WORDS)
    for sentence in ["We have retitled it.", "It was forecast.", "reworded", "Updated the table", "we added"]:
        found = re.search(rf"(?i)(?:{made._CHANGED})", sentence) is not None
        hits = cue_hits(sentence.lower())
        assert any(word in made.CHANGED_WORDS for _, word in hits) is found


_IDLE_CASES = [
    "We would be glad to discuss this with the Staff.",
    "The information provided in the table is unaudited.",
    "The disclosure has been provided in Amendment No. 2 to the Registration Statement.",
    "We would respectfully request that the Staff permit us to revise this disclosure in future filings.",
    "The amounts would have been presented in Amendment No. 1.",
]


@pytest.mark.parametrize("sentence", _sentences() + _IDLE_CASES)
def test_a_sentence_told_idle_from_its_cue_words_commits_to_nothing(sentence: str) -> None:
    """What _idle rules out without reading the sentence is what the reading finds nothing in."""
    low = sentence.encode("ascii", "replace").lower()
    hits = ascii_cue_hits(low)
    if hits and c._idle(low, 0, len(sentence), hits):
        assert c.commitment_kind(sentence) is None


def test_idle_words_alone_may_still_commit() -> None:
    """ "been" with a verb of _PROVIDED, or a request for a later change, is read."""
    assert c.commitment_kind(_IDLE_CASES[2]) == "made"
    assert c.commitment_kind(_IDLE_CASES[3]) == "future"
    for sentence in _IDLE_CASES[2:4]:
        low = sentence.encode("ascii", "replace").lower()
        assert not c._idle(low, 0, len(sentence), ascii_cue_hits(low))
