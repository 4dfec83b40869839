"""The answers stage's shortcuts give what the plain readings they stand for give, on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core import answer_lines as lines
from commentletters.core import answer_marks as marks

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
    st.one_of(st.sampled_from(["the", "THE", "wHich", "\u0131s", "thi\u017f", "a", " ", "-", "\u00e9", "_", "x"]),
              st.text(max_size=3)),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_a_function_word_is_found_at_the_end_as_by_its_pattern(text: str) -> None:
    assert lines._ends_in_function_word(text) is (lines._FUNCTION_END.search(text) is not None)
