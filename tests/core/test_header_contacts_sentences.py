"""The sentences that ask the reader to call, or say where questions go: found around their words, they
are the ones a plain split into sentences keeps (phone_contacts._calling against _SENTENCE.split +
_ASKS_TO_CALL or _QUESTIONS)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.header.phone_contacts import _ASKS_TO_CALL, _QUESTIONS, _SENTENCE, _calling

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
    "questions",
    "Questions",
    "QUEſTIONS",
    "requestions",
]


def _plain(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if _ASKS_TO_CALL.search(s) or _QUESTIONS.search(s)]


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


def test_where_questions_go() -> None:
    """The Office of Mergers & Acquisitions closes "Please direct any questions to Shane Callaghan at
    202-551-6977 or Christina Chalk at 202-551-3263." (Crown Castle, 2024); Royal Caribbean's reviewers
    (2021) put their titles in parentheses: "You may contact Diane Fritz (Staff Accountant) at (202)
    551-3331 or Brad Skinner (Office Chief) at (202) 551-3489 if you have questions."."""
    from commentletters.core.letters import Contact
    from tests.core import header_letters as L

    cci = L.letter("sec/CCI/CCI_0000000000-24-002292/filings/0000000000-24-002478/filename1.pdf")
    assert cci.contacts == [Contact("Shane Callaghan", "(202) 551-6977"), Contact("Christina Chalk", "(202) 551-3263")]
    rcl = L.letter("sec/RCL/RCL_0000000000-21-011331/filings/0000000000-21-011331/filename1.pdf")
    assert rcl.contacts == [
        Contact("Diane Fritz", "(202) 551-3331", "Staff Accountant"),
        Contact("Brad Skinner", "(202) 551-3489", "Office Chief"),
    ]
