"""The answers stage's shortcuts give what the plain readings they stand for give, on any text."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core import answer_lines as lines
from commentletters.core import answer_marks as marks
from commentletters.core import voice

# Pieces that spell the words the shortcuts look for in every case, with the letters a case-blind
# match takes for them (long s, dotless and dotted i, Kelvin sign), white space and punctuation.
_RESPONSIBLE = ["responsible", "RESPONSIBLE", "ReSpOnSiBlE", "re\u017fponsible", "respons\u0131ble", "respons\u0130ble"]
_PIECES = st.sampled_from(
    [word + " for the adequacy and accuracy of the disclosure" for word in _RESPONSIBLE]
    + ["acknowledges that", "ACKNOWLEDGES THAT :\u00a0", "acknowledges that:\n", "ac\u212anowledge that"]
    + ["The Company", "Sincerely,"]
    + [":", " ", "\u00a0", "\n", "\u201c", "\u00e9", "x"]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_closing_is_its_two_patterns(text: str) -> None:
    plain = marks._CLOSING.match(text) is not None or marks._ACKNOWLEDGMENT.match(text) is not None
    assert marks.is_closing.__wrapped__(text) is plain


def test_an_acknowledgment_in_mixed_case_is_a_closing() -> None:
    assert marks.is_closing("The Company is ReSpOnSiBlE for the adequacy and accuracy of the disclosure in the filing")


_WORDY = st.lists(
    st.one_of(
        st.sampled_from(["the", "THE", "wHich", "statement", "\u00b2", "\u0131s", "thi\u017f", "a", " ", "-", "_"]),
        st.text(max_size=3),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_a_function_word_is_found_at_the_end_as_by_its_pattern(text: str) -> None:
    assert lines._ends_in_function_word(text) is (lines._FUNCTION_END.search(text) is not None)


def test_case_blind_letters_are_those_a_case_blind_pattern_takes() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert marks.case_blind(letter) == set(re.findall(letter, every, re.I)), letter


_SALUTATIONS = ["Dear Sir", "Ladies and Gentlemen:", "Gentlemen:", "To whom it may concern", "Madam", "Sir"]
_SIGN_OFFS = [
    "Sincerely,",
    "Very truly yours,",
    "Yours very truly",
    "Respectfully submitted",
    "Best regards",
    "Kind regards,",
    "Warm regards",
    "Regards",
    "Cordially,",
    "Respectfully yours",
    "Sincerely yours,",
    "Yours sincerely,",
    "Yours faithfully",
    "Truly yours,",
    "With best regards,",
    "Warmest regards",
]


@st.composite
def _spelled(draw: st.DrawFn, phrases: list[str]) -> str:
    """A phrase with each letter in any form a case-blind match takes for it."""
    phrase = draw(st.sampled_from(phrases))
    return "".join(draw(st.sampled_from(sorted(marks.case_blind(c.lower())))) if c.isalpha() else c for c in phrase)


@settings(max_examples=300, deadline=None)
@given(_spelled(_SALUTATIONS))
def test_every_spelling_of_a_salutation_opens_as_one(text: str) -> None:
    assert marks.is_salutation(text)
    assert text[:2] in marks.SALUTATION_OPENINGS


@settings(max_examples=300, deadline=None)
@given(_spelled(_SIGN_OFFS))
def test_every_spelling_of_a_sign_off_opens_as_one(text: str) -> None:
    assert marks.is_sign_off(text)
    assert text[:2] in marks.GREETING_OPENINGS


def _plain_lean(head: str) -> int:
    """voice._lean as first written: every pattern read. (A staff opening addressing no one and asking
    nothing, a question or a "we" saying what it does, stands for nothing.)"""
    v = voice._CASE_BLIND
    asks = v.asks.search(head) is not None
    score = -3 if v.company_open.match(head) and not asks else 3 if v.staff_open.match(head) or asks else 0
    you = len(v.you.findall(head))
    if you:
        you -= len(v.your_letter.findall(head))
    company = v.company_words.findall(head)
    low = head.lower()
    we_do = low.startswith("we ") and any(w.lower().startswith("we ") for w in company)
    if score == 3 and not you and not asks and (low.startswith(("what ", "why ", "whether ")) or we_do):
        score = 0
    return score + min(you, 3) - min(len(company), 3)


_VOICES = st.lists(
    st.sampled_from(
        [
            "Please tell us",
            "The Company",
            "We note",
            " please ",
            "you",
            " your letter",
            " the Staff",
            "We respectfully",
            " and ",
            "In response",
            " our comment",
            ".",
            "Why",
            "Why ",
            " we will",
        ]
    ),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_VOICES)
def test_lean_reads_as_every_pattern_read(text: str) -> None:
    assert voice._lean(text, voice._CASE_BLIND) == _plain_lean(text)
