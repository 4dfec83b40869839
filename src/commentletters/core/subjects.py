"""The subject of a commitment's modal: the company (by name or pronoun) or its filings.

"We will revise", "the Company, in response to the Staff's comment, will expand", "our future filings
will include": a modal commits the company only when what stands before it names the company or where
its disclosure goes; "the Staff will", "you will", "they will" do not. The subject is read from the
words just before the modal, case-blind where a lower-cased copy lines up with the text (see
:mod:`commitments` for how the patterns spelled in lower case are read).
"""

from __future__ import annotations

import re

_SUBJECT_REACH = 240  # characters before the modal in which its subject is looked for
# A condition between "and" and the modal, the subject of the clause before shared ("We will continue to review this
# requirement, and if it increases to a material level, will disclose ...")
_IF_AFTER_AND = r"\s+(?i:if|when|where|once|should|to the extent)\b[^,.;]{1,80},"
# What may stand between the subject and its modal: a phrase set off by commas ("the Company, in response to the
# Staff's comment, will"), then adverbs ("The Company respectfully proposes to revise", "We currently intend to"): the
# adverbs are taken off the words' end before the patterns are tried (:func:`_without_adverbs`), not matched by them
_SUBJECT_TAIL = r"(?:\s*(?:,[^,]{1,100}){1,3},)?\s*$"
_ADVERBS = frozenset(
    (
        "also", "further", "then", "accordingly", "therefore", "thus", "hereby", "supplementally", "respectfully",
        "currently", "now", "additionally", "similarly", "likewise", "instead", "consequently",
    )
)  # fmt: skip
# The word before the modal: the company (by name or pronoun) or its filings.
_SUBJECT = re.compile(
    r"(?:(?i:\bwe|\bit|\bcompany|\bmanagement|\bregistrant|\bpartnership|\bcorporation|\btrust|\bbank"
    r"|\bfirm|\bissuer|\bfilings?|\bdisclosures?|\breports?|\b10-[KQ]|\b20-F|\bstatements?|\bamendments?"
    r"|\breleases?|\bMD&A|\bsection|\bnote)|\b(?!Staff\b|You\b|They\b|Commission\b)[A-Z][\w&.\-]*)"
    + _SUBJECT_TAIL
    + r"|\band(?:\s*,[^,]{1,60},|\s+(?:so|in response|as a result)"
    rf"|{_IF_AFTER_AND})?\s*$"
)
# _SUBJECT's three branches apart: the company or its filings named in words (case-blind, read from
# the lower-cased sentence), by a capitalised name, or "and" joining a clause that names it before.
_SUBJECT_WORD_LOW = re.compile(
    r"(?:w(?<!\ww)e|i(?<!\wi)t|c(?<!\wc)ompany|m(?<!\wm)anagement|r(?<!\wr)egistrant|p(?<!\wp)artnership"
    r"|c(?<!\wc)orporation|t(?<!\wt)rust|b(?<!\wb)ank|f(?<!\wf)irm|i(?<!\wi)ssuer|f(?<!\wf)ilings?"
    r"|d(?<!\wd)isclosures?|r(?<!\wr)eports?|1(?<!\w1)0-[kq]|2(?<!\w2)0-f|s(?<!\ws)tatements?|a(?<!\wa)mendments?"
    r"|r(?<!\wr)eleases?|m(?<!\wm)d&a|s(?<!\ws)ection|n(?<!\wn)ote)" + _SUBJECT_TAIL
)
_SUBJECT_WORDS = (
    "we", "it", "company", "management", "registrant", "partnership", "corporation", "trust", "bank", "firm",
    "issuer", "filing", "filings", "disclosure", "disclosures", "report", "reports", "10-k", "10-q", "20-f",
    "statement", "statements", "amendment", "amendments", "release", "releases", "md&a", "section", "note",
)  # fmt: skip
_SUBJECT_NAME = re.compile(r"(?=[A-Z])\b(?!Staff\b|You\b|They\b|Commission\b)[A-Z][\w&.\-]*" + _SUBJECT_TAIL)
_SUBJECT_AND = re.compile(
    rf"a(?<!\wa)nd(?:\s*,[^,]{{1,60}},|\s+(?:so|in response|as a result)"
    rf"|{_IF_AFTER_AND})?\s*$"
)


def has_subject(text: str, probe: str | None, end: int) -> bool:
    """Whether the words of ``text`` before ``end`` (a modal) end with its subject (:data:`_SUBJECT`);
    ``probe``: ``text`` lower-cased, where it lines up with it (then read case-blind), else None."""
    start = max(0, end - _SUBJECT_REACH)
    before = _without_adverbs(text[start:end])
    end = start + len(before)
    if probe is None:
        return _SUBJECT.search(before) is not None
    if ends_in_subject(probe[start:end]):
        return True
    found = _SUBJECT_WORD_LOW.search(probe[start:end]) or _SUBJECT_NAME.search(before)
    return found is not None or _SUBJECT_AND.search(before) is not None


def _without_adverbs(before: str) -> str:
    """``before`` without the adverbs (:data:`_ADVERBS`) that end it, and the white space before them."""
    while (parts := before.rsplit(None, 1)) and len(parts) == 2 and parts[1].lower() in _ADVERBS:
        before = parts[0]
    return before


def ends_in_subject(low: str) -> bool:
    """Whether lower-cased ``low`` ends (white space aside) with one of the subject words standing as a
    word: "we will", "the Company will" (a match of :data:`_SUBJECT_WORD_LOW` with nothing after the
    word), told without the search that tries every subject word in the text."""
    low = low.rstrip()  # (str.isspace is what \s matches)
    if not low.endswith(_SUBJECT_WORDS):
        return False
    for word in _SUBJECT_WORDS:
        if low.endswith(word):
            k = len(low) - len(word)
            if k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "_"):  # (?<!\w): \w is alnum or "_"
                return True
    return False
