"""Answers that answer by pointing at another answer of the same letter.

"Refer to comment (1) above.", "See our response to comment 2 below for enhanced disclosure", "We
account for these arrangements as described in our response to comment #1, and respectfully direct the
Staff to the clarified disclosure language proposed therein": the company sends the reader to its answer
to another comment for this one's. When that answer commits to future disclosure, so does this one: the
sentences that send the reader there are this answer's commitments (what a reader of the ledger must
follow). A sentence that only recalls another answer while explaining ("As noted in our response to
comment 2, the Company ...") sends nobody anywhere and takes nothing from it; nor does an answer that says
the disclosure asked for is not warranted, whatever else it points at.
"""

from __future__ import annotations

import re

from .letters import COMMITMENT_KINDS, Response
from .spaces import flat

FUTURE, MADE = COMMITMENT_KINDS

_NUMBER = r"(?:No\.?\s*|number\s+|#\s*)?\(?(\d{1,2})\)?"
_MORE = r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)\(?\d{1,2}\)?)*"  # "comments 2 and 3", "comments 1, 4 and 5"
# "our response to comment #1", "the Company's responses to the Staff's comments 2 and 3"
_RESPONSE_TO = re.compile(
    rf"\b(?:responses?|answers?|repl(?:y|ies))\s+to\s+(?:(?:the\s+)?Staff['’]s\s+)?comments?\s*{_NUMBER}{_MORE}",
    re.I,
)
# "Refer to comment (1) above.", "see comment 3 below"
_COMMENT_THERE = re.compile(rf"\bcomments?\s*{_NUMBER}{_MORE}\s+(?:above|below)\b", re.I)
# the reader is sent to the other answer: "Refer to", "please see", "direct the Staff to"
_POINTER = re.compile(r"\b(?:refer|see)\b|\bdirect\s+(?:the\s+Staff|you)\b", re.I)
# "we do not believe that individual disclosure ... is warranted": the answer declines the change
_DECLINES = re.compile(r"\bnot\b[^.]{0,150}?\b(?:warranted|necessary|required|needed)\b", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])")
_DIGITS = re.compile(r"\d{1,2}")
_NEAR_DIGIT = 20  # "omment" then "s", white space, "No." or "number" or "#", "(" and the first digit


def inherit_commitments(responses: list[Response]) -> None:
    """Give an answer that commits to nothing itself the commitment of the answers it points at.

    A sentence pointing at answers that promise disclosure in future filings promises it too; one
    pointing only at changes made points at a change made."""
    committing = {r.number: r.commitment_kinds for r in responses if r.commitments}
    if not committing:
        return
    for r in responses:
        text = flat(r.text)
        if r.commitments or not _names_a_number(text) or _DECLINES.search(text):
            continue
        sentences = _SENTENCE_BREAK.split(text)
        pointing = [(s, at) for s in sentences if (at := _points_at(s, r.number) & committing.keys())]
        if pointing:
            r.commitments = [s for s, _ in pointing]
            r.commitment_kinds = [_kind_of(committing, at) for _, at in pointing]
            r.commits_future_filing = True


def _kind_of(committing: dict[int, list[str]], numbers: set[int]) -> str:
    """The kind of a sentence pointing at the answers ``numbers``: "made" when each of them only made
    changes, else "future" (an answer whose kinds are not told counts as a promise: it stays open)."""
    return MADE if all(committing[n] and set(committing[n]) == {MADE} for n in numbers) else FUTURE


def _names_a_number(text: str) -> bool:
    """Whether a digit follows "comment" closely somewhere in ``text``, as in every reference read here
    ("comment (1)", "Comment No. 2", "comments 2 and 3"): most answers name none, and are not read further."""
    at = text.find("omment")
    while at >= 0:
        if any(c.isdigit() for c in text[at + 6 : at + _NEAR_DIGIT]):
            return True
        at = text.find("omment", at + 6)
    return False


def _points_at(sentence: str, own: int) -> set[int]:
    """The numbers of the other comments whose answers ``sentence`` points at."""
    numbers: set[int] = set()
    for pattern in (_RESPONSE_TO, _COMMENT_THERE):
        for m in pattern.finditer(sentence):
            if _POINTER.search(sentence, 0, m.start()) or _POINTER.search(sentence, m.end()):
                numbers.update(int(d) for d in _DIGITS.findall(m.group(0)))
    numbers.discard(own)
    return numbers
