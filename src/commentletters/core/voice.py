"""Whose voice a paragraph is in: the staff's (a restated comment) or the company's (its answer).

A response letter repeats each staff comment and then answers it, often with no label in
between. The two voices differ in grammar, not in topic: the staff address the company
("you", "your", "Please revise", "Tell us", "We note"), while the company speaks of itself
and of the staff in the third person ("The Company respectfully advises the Staff", "We
will revise", "our disclosure"). These cues hold across all SEC correspondence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .anchored import folds_exactly
from .bullets import GLYPHS, TYPED

_BULLET = re.escape(GLYPHS + TYPED)  # (a bullet before the words: a list item's)

_IMPERATIVE = (
    "please|tell|explain|revise|disclose|provide|clarify|describe|quantify|expand|consider|discuss|identify"
    "|refer|confirm|show|include|advise|address|ensure|remove|delete|update|file|state|summarize|reconcile"
    "|present|define|balance|highlight|indicate|specify|furnish|submit|amend|add|obtain|reconsider|tell"
)
_NOT_ASKING = r"(?! (?:see|refer|note|find|be advised|do not hesitate|contact|call|let|direct|feel)\b)"
# but the staff point to the rules ("Please refer to Section IV.C of SEC Release No. 33-8350", "Please see Item
# 402(b)(2)(vii) of Regulation S-K"), the company to its own pages ("Please see our response to comment 2")
_RULES = (
    r"(?:items?|rules?|sections?|release|asc|questions?|sab|staff accounting bulletin|(?:general )?instructions?"
    r"|frm|regulation|article|paragraph)\b(?![^.;]{0,40}\b(?:our|its)\b)"  # (not "Item 7 of our Annual Report")
)
_TO_RULES = rf"please (?:see|refer to) {_RULES}"
_STAFF_OPEN = re.compile(
    rf"^(?:[{_BULLET}]\s*)?(?:(?:{_IMPERATIVE})\b{_NOT_ASKING}|{_TO_RULES}"
    r"|we (?:note|also note|further note|refer|remind|understand|see|are unable|could not|may have|reissue|"
    r"partially reissue|have (?:read|reviewed)|have (?:considered|evaluated) your|acknowledge your|noted)\b"
    r"|you\b|your\b|it (?:appears|is unclear|is not clear|does not appear|seems)|in this regard|in your\b"
    # after a connective: "Accordingly, it appears that ...", "However, your disclosure ..."
    rf"|also (?:{_IMPERATIVE})\b{_NOT_ASKING}"  # "Also refer to ASC 340-40-50-2(b)."
    r"|(?:accordingly|however|therefore|further|furthermore|additionally|also|similarly|as such), (?:it (?:appears|"
    rf"is unclear|is not clear|does not appear|seems)|you|your|(?:{_IMPERATIVE})\b{_NOT_ASKING})\b"
    rf"|(?:see|reference) {_RULES}"  # ("See Question 100.01 of the Non-GAAP C&DIs", "Reference ASC 606-10-55-36")
    r"|if (?:so|not|true|applicable|material)\b|so that we\b|to the extent (?:you|that you)\b"
    # a condition, then what should change ("If the cost of sales measure ... does not reflect all costs ..., the
    # measure should be revised for completeness or relabeled ...")
    r"|if\b[^.;]{1,200}, (?:the|this|that|these|such|your) [^.;]{0,80}\bshould be (?:revised|relabeled|expanded"
    r"|clarified|modified|removed|presented|disclosed|amended|retitled|renamed)\b"
    r"|as a related matter|for example, (?:you|your)|with respect to your|in addition, (?:please|you|tell)"
    r"|where you|regarding your|how (?:you|do you)|why\b|what\b|whether\b"
    # an asking verb after a short opening phrase: "For each director, disclose", "To the extent material, discuss"
    rf"|(?:for|to the extent|with (?:respect|regard) to|in|if|where|when|on|under|given|as|since|because|unless)"
    rf"\b[^,.;:]{{0,80}}, "
    rf"(?:{_IMPERATIVE})\b{_NOT_ASKING})",
    re.I,
)
_COMPANY_OPEN = re.compile(
    rf"^(?:[{_BULLET}]\s*)?(?:the company|the registrant|the partnership|the trust|the bank"
    r"|we (?:respectfully|acknowledge the|confirm|advise|refer the staff|direct the staff"
    r"|have(?! (?:considered|read|reviewed|evaluated) your)"
    r"|will|believe(?! (?:that )?your\b)|do|did|are|were|agree|note the staff"
    r"|supplementally|hereby|would|consider|determined|concluded|considered|evaluated|assessed|recogni[sz]e"
    r"|account|record|present|disclose|utilize|use|provide|define|calculate|plan|intend|expect|continue"
    r"|understand the staff|propose|also|generally|currently|previously|first|then"
    r"|further(?! note (?:that )?your?\b))\b"  # ("We further note that you ..." is the staff's)
    r"|in response|as (?:disclosed|noted|discussed|described|stated|indicated|previously|requested|set forth|"
    # ("As of March 31, 2018, you had ..." is the staff's)
    r"reflected|shown|explained|of(?![^.;]{1,40}?, you\b)|part|a result)|our\b|in (?:future|our|its|the company)"
    r"|beginning (?:with|in)"
    r"|management\b|the staff\b|pursuant to|consistent with|yes\b|no\b|acknowledged|noted|understood"
    r"|please (?:see|refer to|note) (?:our|the company|its|we)\b)",
    re.I,
)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
_COMPANY_WORDS = re.compile(
    r"\b(?:respectfully|the staff|staff[\u2019']s|the company|(?<!\ba )company[\u2019']s"
    r"|we (?:have|will|believe|confirm|advise|acknowledge|do not|did not|are|were|respectfully|supplementally"
    r"|propose|intend|plan))\b",
    re.I,
)
# A sentence after the first opening with an asking verb, after a connective or not ("... doesn't appear explained. As
# such, explain why the transaction is structured ..."): the company does not tell the reader what to do. Read only
# where no opening tells the voice (a search that stops at every full stop)
_SENTENCE_ASKS = (
    r"[.?!]\s+(?:(?:accordingly|as such|therefore|additionally|in addition|however|similarly|also|further),?\s+)?"
    r"(?:explain|describe|clarify|quantify|revise|disclose|discuss|expand|identify|specify)\b"
)
# The staff asking, wherever it stands: "please" (not the company's "please see"), "our comment", "you should"
# ("We believe that you should separately discuss ...").
_ASKS = re.compile(
    rf"\bplease\b{_NOT_ASKING}|\b{_TO_RULES}|\byou (?:should|must|(?:would |will )?need to)\b"
    r"|\byour (?:[\w-]+ ){1,3}should\b"  # ("your discussion should be an analysis of ...")
    r"|\bour (?:prior |previous |earlier )?comments?\b|\b(?:help|enable) us (?:to )?(?:understand|evaluate)"
    r"|\bso that we (?:may|can)\b|\btell us\b|\b(?:provide|furnish) us\b",
    re.I,
)
_YOUR_LETTER = re.compile(
    r"\byour (?:letter|comment|comments|request|review|reference|inquiry|inquiries|questions?)\b", re.I
)

# The same patterns for the lower-cased text, where it folds case as a case-blind match does
# (anchored.folds_exactly): case-sensitive, and each branch opening with its first letter, the
# word boundary before it checked just after it (on a word's first letter, \b before it is
# (?<!\w) after it), so that the engine skips to the letters a branch can open with instead of
# trying every branch at every position. _STAFF_OPEN and _COMPANY_OPEN, spelled in lower case, are
# the same patterns made case-sensitive.
# _ASKS is only asked whether it is found, not where: each branch may open with a rarer letter of its
# words ("o" and "t" open many words, "u" and "b" few), the letters before it and the word boundary
# before them checked behind it.
_LOW_ASKS = re.compile(
    rf"p(?<!\wp)lease\b{_NOT_ASKING}|p(?<!\wp){_TO_RULES[1:]}"
    r"|u(?<=ou)(?<!\wou)r (?:prior |previous |earlier )?comments?\b"
    r"|h(?<=you sh)(?<!\wyou sh)ould\b|y(?<!\wy)ou (?:must\b|(?:would |will )?need to\b)"
    r"|y(?<!\wy)our (?:[\w-]+ ){1,3}should\b"
    r"|p(?<=help)(?<!\whelp) us (?:to )?(?:understand|evaluate)"
    r"|b(?<=enab)(?<!\wenab)le us (?:to )?(?:understand|evaluate)"
    r"|h(?<=so th)(?<!\wso th)at we (?:may|can)\b|u(?<=tell u)(?<!\wtell u)s\b"
    r"|u(?<=provide u)(?<!\wprovide u)s\b|u(?<=furnish u)(?<!\wfurnish u)s\b"
)
_LOW_YOU = re.compile(r"y(?<!\wy)(?:ou|our|ours)\b")
_LOW_YOUR_LETTER = re.compile(
    r"y(?<!\wy)our (?:letter|comment|comments|request|review|reference|inquiry|inquiries|questions?)\b"
)
# _COMPANY_WORDS is only counted: its branches may open with a rarer letter too, where the count
# stays the same. "the staff" and "staff's" open at the same "f" (and "the company" and "company's"
# at the same "y"), the longer first, so that one is counted where they overlap, as before; "we
# respectfully" opens at its "w", before the "y" that "respectfully" opens at.
_LOW_COMPANY_WORDS = re.compile(
    r"y(?<=respectfully)(?<!\wrespectfully)\b|f(?<=the staf)(?<!\wthe staf)f\b|f(?<=staf)(?<!\wstaf)f[\u2019']s\b"
    r"|y(?<=the company)(?<!\wthe company)\b|y(?<=company)(?<!\wcompany)(?<!\ba company)[\u2019']s\b"
    r"|w(?<!\ww)e (?:have|will|believe|confirm|advise|acknowledge|do not|did not|are"
    r"|were|respectfully|supplementally|propose|intend|plan)\b"
)


def staff_lean(text: str) -> int:
    """Positive when ``text`` reads as the staff speaking, negative as the company; 0 unsure.

    The opening words weigh most (an answer opens "The Company respectfully...", a comment
    "Please tell us..."); the pronouns over the first sentences break ties.
    """
    head = text[:400]
    if folds_exactly(head):
        return _lean(head.lower(), _LOW)
    return _lean(head, _CASE_BLIND)


class _Voice(NamedTuple):
    """The patterns :func:`_lean` reads, for the text as it is or for the text lower-cased."""

    staff_open: re.Pattern[str]
    company_open: re.Pattern[str]
    asks: re.Pattern[str]
    you: re.Pattern[str]
    your_letter: re.Pattern[str]
    company_words: re.Pattern[str]
    sentence_asks: re.Pattern[str]  # (read only where nothing else tells: a search at every stop)


_CASE_BLIND = _Voice(
    _STAFF_OPEN, _COMPANY_OPEN, _ASKS, _YOU, _YOUR_LETTER, _COMPANY_WORDS, re.compile(_SENTENCE_ASKS, re.I)
)
_LOW = _Voice(
    re.compile(_STAFF_OPEN.pattern),
    re.compile(_COMPANY_OPEN.pattern),
    _LOW_ASKS,
    _LOW_YOU,
    _LOW_YOUR_LETTER,
    _LOW_COMPANY_WORDS,
    re.compile(_SENTENCE_ASKS),
)


def _lean(head: str, v: _Voice, asks: bool | None = None) -> int:
    """:func:`staff_lean` of ``head`` read with ``v``; ``asks``: whether ``v.asks`` is found in it, when
    known (else looked for once, when needed)."""
    score = 0
    if v.company_open.match(head):  # the company speaking, unless it goes on to ask
        if asks is None:
            asks = v.asks.search(head) is not None
        score = 3 if asks else -3
    elif v.staff_open.match(head):  # (an opening of the staff's needs no search)
        score = 3
    else:
        if asks is None:
            asks = v.asks.search(head) is not None
        score = 3 if asks or v.sentence_asks.search(head) else 0
    you = len(v.you.findall(head))
    if you:  # ("your letter" says "your": with no "you", no letter of the staff is named)
        you -= len(v.your_letter.findall(head))
    company = v.company_words.findall(head)  # (the patterns hold no groups: each match as it is)
    if score == 3 and not you and _unaddressed(head[:8].lower(), company):
        if asks is None:
            asks = v.asks.search(head) is not None
        if not asks:
            # "We note that typically the variance in working capital is ... In future filings, we will
            # ensure ...": a "we" that neither addresses the company nor asks, and goes on to say what it
            # will do or has done, is the company's, not the staff's "We note that you ..."; so is a question
            # that addresses no one ("What are the gains in capabilities ... by the customer?", the company's
            # own analysis), not the staff's "What are your plans ...?"
            score = 0
    score += min(you, 3)
    score -= min(len(company), 3)
    return score


def _unaddressed(opening: str, company: list[str]) -> bool:
    """Whether a staff-like opening (``opening``: the first characters, lower-cased) stands for nothing when
    the paragraph says no "you" and asks nothing: a question ("what", "why", "whether"), or a "we" that
    goes on to say what it does (``company``: the company words found)."""
    if opening.startswith(("what ", "why ", "whether ")):
        return True
    return opening[:3] == "we " and _we_do(company)


def _we_do(words: list[str]) -> bool:
    """Whether the company words found hold a "we" saying what it does ("we will", "we have"), not only
    "the Company" (which the staff write too: "We note that ... the Company offered to ...")."""
    return any(w[:3].lower() == "we " for w in words)


def is_staff_voice(text: str) -> bool:
    return staff_lean(text) > 0


def is_company_voice(text: str) -> bool:
    return staff_lean(text) < 0


def is_plain_staff(text: str) -> bool:
    """Unmistakably the staff: asks ("please", "tell us", "our prior comment") and says "you"."""
    head = text[:400]
    v, probe = (_LOW, head.lower()) if folds_exactly(head) else (_CASE_BLIND, head)
    return v.asks.search(probe) is not None and _lean(probe, v, True) >= 3 and v.you.search(probe) is not None


def opens_as_company(text: str) -> bool:
    """Whether ``text`` opens as the company speaks ("The Company ...", "We respectfully ...", "In response ...")."""
    return _COMPANY_OPEN.match(text) is not None
