"""The sentences that ask the reader to call: found around their words, they are the ones a plain
split into sentences keeps (phone_contacts._calling against _SENTENCE.split + _ASKS_TO_CALL)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.header.phone_contacts import _ASKS_TO_CALL, _SENTENCE, _calling

_PIECES = [
    "Please",
    "contact",
    "CONTACT",
    "Contacts",
    "call",
    "recall",
    "CALL",
    "me",
    "at",
    "(202) 551-3224",
    ".",
    ". ",
    "Inc.",
    "U.S.",
    "x)",
    "\u017f",
    "\u0130",
    "\u212a",
    " ",
    "  ",
    "\n",
    "Jane",
    "Doe",
    "co",
    "ntact",
]


def _plain(text: str) -> list[str]:
    return [sentence for sentence in _SENTENCE.split(text) if _ASKS_TO_CALL.search(sentence)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES)), st.sampled_from(["", " "]))
def test_calling_sentences_are_the_plain_split_s(pieces: list[str], joint: str) -> None:
    text = joint.join(pieces)
    assert _calling(text) == _plain(text)


def test_calling_sentences_in_a_closing_paragraph() -> None:
    text = (
        "We recall the meeting. You may contact Jane Doe, Staff Accountant, at (202) 551-3224 or CALL me. "
        "Inc. is no end. Thank you."
    )
    assert _calling(text) == ["You may contact Jane Doe, Staff Accountant, at (202) 551-3224 or CALL me"]
