"""What a staff comment asks the company to do, from the verbs the staff use in every letter.

The answer a comment needs depends on the ask: "tell us" wants an explanation in the response
letter only; "revise" or "amend" wants changed disclosure in the filing; "revise in future filings"
wants a commitment the company must then keep; "provide us with any proposed revisions" wants draft
text in the response. One comment often asks several things.
"""

from __future__ import annotations

import re

from .spaces import squeeze

ASKS = (
    "tell_us",
    "revise",
    "provide_proposed_revisions",
    "revise_future_filings",
    "amend",
    "file_exhibit",
    "confirm",
    "explain",
)

# Patterns run on the lower-cased text. Each can start only where one of these words starts: the
# pattern is tried there alone, the words found by str.find, which is many times faster than a
# pattern read at every position of the comment (and than looking for the words first).
_STARTS: dict[str, tuple[str, ...]] = {
    "tell_us": ("tell", "advise", "inform", "show", "let", "provide", "supplementally"),
    "revise": ("revise", "expand", "enhance", "update", "clarify", "please"),
    "provide_proposed_revisions": ("proposed", "draft", "sample", "show"),
    "revise_future_filings": ("future",),
    "amend": ("amend", "file"),
    "file_exhibit": ("fil", "refil", "re-fil"),
    "confirm": ("confirm",),
    "explain": ("explain", "clarify"),
}

# Where a pattern's every match holds one of these (the text is squeezed: "tell us" is spelt with one
# space), a comment holding none of them is not read for the words above at all.
_NEEDS: dict[str, tuple[str, ...]] = {
    "tell_us": (" us", "supplementally"),
    "amend": ("amend",),
    "file_exhibit": ("exhibit",),
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    "tell_us": re.compile(
        r"\b(?:tell|advise|inform|show)\s+us\b|\blet\s+us\s+know\b|\bprovide\s+us\s+with\s+"
        r"(?:your|an?|the)\s+(?:analysis|explanation|basis|support)|\bsupplementally\b"
    ),
    "revise": re.compile(
        r"\b(?:revise|expand|enhance|update|clarify)\s+(?:the|your|this|these|its|to|"
        r"disclosure|the\s+disclosure)\b|\bplease\s+(?:\w+ly\s+)?(?:revise|disclose|expand|remove|balance|discuss|"
        r"describe|quantify|include)\b"
        r"|\brevise\s+to\b"
    ),
    "provide_proposed_revisions": re.compile(
        r"\bproposed\s+(?:revisions?|disclosures?|language|changes|text)\b|"
        r"\b(?:draft|sample)\s+(?:of\s+)?(?:your\s+)?(?:revised\s+)?"
        r"disclosure\b|\bshow\s+us\s+what\b"
    ),
    "revise_future_filings": re.compile(
        r"\bfuture\s+(?:periodic\s+)?(?:filings?|reports?|forms?\s+10-[kq]|"
        r"annual\s+reports?|quarterly\s+reports?|earnings\s+releases?)\b"
    ),
    "amend": re.compile(r"\bamend(?:ment)?\s+(?:your|the|to\s+your|to\s+the)\b|\bfile\s+an\s+amend|\bamend\b"),
    "file_exhibit": re.compile(
        r"\b(?:re-?)?fil(?:e|ing)\b[^;]{0,120}?\bas\s+(?:an?\s+)?exhibits?\b"
        r"|\bre-?file\b[^.]{0,80}\bexhibit"
    ),
    "confirm": re.compile(r"\bconfirm\b"),
    "explain": re.compile(r"\b(?:explain|clarify)\b"),
}


def find_asks(text: str) -> list[str]:
    """The kinds of request a comment makes, in the fixed order of ``ASKS``."""
    return asks_in(squeeze(text).lower())


def asks_in(low: str) -> list[str]:
    """:func:`find_asks` of a comment already folded (white space squeezed, lower-cased)."""
    return [ask for ask, needs, pattern, words in _READERS if _found(pattern, words, needs, low)]


def _found(pattern: re.Pattern[str], words: tuple[str, ...], needs: tuple[str, ...], low: str) -> bool:
    """Whether ``pattern`` finds a match in ``low``: tried where its ``words`` start, if one of
    the words it ``needs`` (when it names some) is there."""
    if needs:
        for needed in needs:
            if needed in low:
                break
        else:
            return False
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            if pattern.match(low, pos):
                return True
            pos = low.find(word, pos + 1)
    return False


# each ask with what it needs, its pattern and its words, in the order of ``ASKS``
_READERS = tuple((ask, _NEEDS.get(ask, ()), _PATTERNS[ask], _STARTS[ask]) for ask in ASKS)
