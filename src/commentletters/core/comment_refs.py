"""Which earlier comments a comment cites: "prior comment 1", "comment 4 of our letter", "prior comment
number three", "prior comments 2, 5 and 7", "comments 1 through 3", "the preceding comment".

A follow-up letter links each comment to the comments of the earlier letter it builds on; that link
is what threads a review into rounds. A citation without a number is resolved only where the letter
leaves no doubt: "the preceding comment" / "the comment above" is the comment before this one in
the same letter (so comment 1 cites none; a numbered one is of the same letter when "above", "below"
or "of this letter" follows it), and "our prior comment" / "your response to our previous
comment" (singular, no number) is taken as comment 1 of the earlier letter: the staff write it so
only when the letter followed up had a single comment (both such follow-ups in the corpus do), and
with several they print the number. "Our prior comments" (plural, no number) names none.
"""

from __future__ import annotations

import re

from .anchored import folds_exactly
from .spaces import squeeze

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
_NUMBER = r"(?:\d{1,3}(?![\d.,]\d)|" + "|".join(_WORDS) + r")(?:\([a-z0-9]{1,4}\))?"
_LIST = rf"{_NUMBER}(?:\s*(?:,\s*and|,|and|&|or|through|to|-|–)\s*{_NUMBER})*"
_CITED = re.compile(rf"\bcomments?\s+(?:(?:number|nos?\.|#)\s*)?(?P<list>{_LIST})", re.I)
_WORD_OR_DIGIT = r"(?:\d|" + "|".join(_WORDS) + r")"
# "the preceding comment", "the comment above", "the comment immediately above": the comment before
# this one in the same letter ("prior" and "previous" comments are the earlier letter's).
_PRECEDING = re.compile(
    r"\b(?:(?:immediately\s+)?preceding|above)\s+comment\b(?!s)|\bcomment\s+(?:immediately\s+)?above\b", re.I
)
# after a numbered citation: the comment is in this same letter ("comment 1 above", "comments 2 and 3
# below", "comment 4 of this letter"); a prior letter's comment is never "above" in this one
_HERE = re.compile(r"\s*(?:(?:immediately\s+)?(?:above|below)\b|(?:of|in)\s+this\s+letter\b)", re.I)
_UNNUMBERED_PRIOR = re.compile(
    rf"\b(?:prior|previous)\s+comment\b(?!s)(?!\s*(?:(?:number|nos?\.|#)\s*)?{_WORD_OR_DIGIT})", re.I
)


def prior_comments(text: str, number: int) -> list[int]:
    """Comment numbers that ``text`` (the comment numbered ``number``) cites, in order, each once."""
    flat = squeeze(text)
    return references(flat, flat.lower(), number)[0]


def same_letter(text: str, number: int) -> list[int]:
    """Those of :func:`prior_comments` that are comments of the same letter ("the preceding comment",
    "see comment 1 above", "comments 2 and 3 of this letter")."""
    flat = squeeze(text)
    return references(flat, flat.lower(), number)[1]


def references(flat: str, low: str, number: int) -> tuple[list[int], list[int]]:
    """:func:`prior_comments` and :func:`same_letter` at once, of a comment's text with its white
    space squeezed (``flat``) and that lower-cased (``low``)."""
    if "comment" not in low:
        return [], []  # every citation names a comment
    found: dict[int, None] = {}
    same: dict[int, None] = {}
    for match in _cited(flat, low):
        here = _HERE.match(flat, match.end()) is not None
        for value in _expand(match.group("list")):
            found.setdefault(value, None)
            if here and value != number:
                same.setdefault(value, None)
    # the lower-cased text tells which words are there when it folds case as a case-blind match does
    blind = not folds_exactly(flat)
    preceding = number > 1 and (blind or "above" in low or "preceding" in low) and _PRECEDING.search(flat) is not None
    if preceding:
        found.setdefault(number - 1, None)
        same.setdefault(number - 1, None)
    if not found and (blind or "prior" in low or "previous" in low) and _UNNUMBERED_PRIOR.search(flat):
        found[1] = None
    return list(found), sorted(same)


def _cited(flat: str, low: str) -> list[re.Match[str]]:
    """What ``_CITED.finditer(flat)`` finds, tried only where "comment" starts (every match does)."""
    if len(low) != len(flat):
        return list(_CITED.finditer(flat))
    found: list[re.Match[str]] = []
    pos = low.find("comment")
    while pos >= 0:
        match = _CITED.match(flat, pos)
        if match:
            found.append(match)
        pos = low.find("comment", match.end() if match else pos + 1)
    return found


def _value(token: str) -> int:
    token = re.sub(r"\(.*", "", token).lower()
    return int(token) if token.isdigit() else _WORDS[token]


def _expand(listing: str) -> list[int]:
    """ "2, 5 and 7" -> [2, 5, 7]; "1 through 3" -> [1, 2, 3]."""
    tokens = re.findall(rf"{_NUMBER}|through|to|-|–", listing, re.I)
    values: list[int] = []
    pending_range = False
    for token in tokens:
        if token.lower() in ("through", "to", "-", "–"):
            pending_range = bool(values)
            continue
        value = _value(token)
        if pending_range and values and values[-1] < value <= values[-1] + 50:
            values.extend(range(values[-1] + 1, value + 1))
        else:
            values.append(value)
        pending_range = False
    return values
