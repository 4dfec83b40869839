"""A commitment already kept: the change made in the filing that answers a comment.

In letters about a registration statement the company often answers by changing the amendment it
files alongside: "The Company has revised the disclosure on page 54", "Revised disclosure has been
added on page 44 of the Revised Prospectus", "The requested disclosure has been provided in
Amendment No. 2". Such a sentence commits as a promise does (:mod:`commitments`), while one saying
what a filing already held ("in its Form 10-K for 2020, the Company included risk factors") does not.
Unlike a promise it is not open: it is checked in that filing (its kind is "made", not "future").
"""

from __future__ import annotations

import re
from typing import Protocol


class Sentence(Protocol):
    """What is read of a sentence (:class:`commitments._Sentence`)."""

    text: str
    low: str
    probe: str | None  # the lower-cased sentence, where it tells which words are in it

    def cued(self, words: frozenset[str]) -> bool: ...

    def vehicle(self) -> bool: ...


# What a company did to its disclosure in response (not what its disclosure already said).
_CHANGED = (
    r"revised|added|expanded|updated|modified|enhanced|clarified|included|inserted|replaced|removed|deleted"
    r"|amended|restated|recast|reworded|supplemented|conformed|corrected|retitled|renamed|disaggregated"
    r"|incorporated"  # ("has incorporated the clarifications above in Note 4"; not "by reference": _BY_REFERENCE)
)
_BY_REFERENCE = r"(?!\s+by\s+reference)"  # what a filing incorporates (or includes) by reference is no change
# "The Company has revised the disclosure on page 54", "we included language in our 2021 Form 10-K"
_PAST = re.compile(
    rf"(?:\b(?:has|have)(?:\s+(?:also|further|now|accordingly|been))*\s+|\b(?:we|the company)\s+)(?:{_CHANGED})\b"
    + _BY_REFERENCE,
    re.I,
)
_PAST_LOW = re.compile(
    rf"(?:h(?<!\wh)(?:as|ave)(?:\s+(?:also|further|now|accordingly|been))*\s+|w(?<!\ww)e\s+|t(?<!\wt)he company\s+)"
    rf"(?:{_CHANGED})\b{_BY_REFERENCE}"
)
# What a disclosure verb acts on when it commits to disclosure.
OBJECT = re.compile(
    r"\b(?:disclosures?|discussions?|descriptions?|language|tables?|tabular|footnotes?|notes?|captions?"
    r"|line items?|reconciliations?|risk factors?|MD&A|sections?|paragraphs?|information|measures?"
    r"|presentations?|statements?|exhibits?|quantification|explanations?|details?|pages?|labels?|titles?"
    r"|headings?|breakdowns?|polic(?:y|ies)|summary|narrative|text|sentences?|references?|definitions?"
    r"|filings?|10-[KQ]|20-F|reports?|releases?|amounts?|metrics?|figures?|data|schedules?|analysis|risks?"
    r"|revisions?|appendix|appendices|annex(?:es)?)\b",
    re.I,
)
_NEAR_OBJECT = 40  # "has expanded the disclosure": the object right after the verb
# The first words of _AMENDED_FILING's branches (lower-cased)
_AMENDED_WORDS = (
    "registration statement",
    "amend",
    "prospectus",
    "offering ",
    "proxy statement",
    "form ",
    "schedule ",
    "page",
)
PROVIDED_WORDS = frozenset(("provided", "presented", "disclosed", "set forth", "reflected"))  # cue words
# _CHANGED's words, each a cue word (:mod:`cue_words`): whether a sentence holds one is read from its cue words.
_CHANGED_ED = (
    "added", "amended", "clarified", "conformed", "corrected", "deleted", "disaggregated", "enhanced", "expanded",
    "included", "incorporated", "inserted", "modified", "removed", "renamed", "replaced", "restated", "retitled",
    "revised", "reworded", "supplemented", "updated",
)  # fmt: skip
CHANGED_WORDS = frozenset((*_CHANGED_ED, "recast"))
_DOCUMENT_VERBS = (
    r"revised|updated|expanded|modified|enhanced|clarified|amended|supplemented|reworded|retitled|renamed"
    r"|corrected|added"
)
# "Exhibit 5.1 has been revised", "the Proxy Statement has been revised": the document itself changed.
_DOCUMENT_CHANGED = re.compile(
    r"\b(?:disclosures?|discussions?|descriptions?|language|tables?|footnotes?|captions?|risk factors?|MD&A"
    r"|sections?|paragraphs?|presentations?|(?:registration|proxy|financial) statements?|prospectus|exhibits?"
    r"|explanations?|pages?|headings?|narrative|text|definitions?|schedules?|appendix|appendices|annex(?:es)?)"
    r"(?-i:\s+(?:No\.\s*)?[\dA-Z][\w.]*)*(?:\s+and\s+[\w.]+)?\s+(?:has|have)\s+(?:also\s+|now\s+|further\s+)*been\s+"
    rf"(?:{_DOCUMENT_VERBS})\b",
    re.I,
)
# How every match of _DOCUMENT_CHANGED ends, lower-cased: looked for first (the engine skips to its "been"),
# as _DOCUMENT_CHANGED, opening with a word boundary and case-blind, is tried at every position of the sentence.
_BEEN_CHANGED_LOW = re.compile(rf"been\s+(?:{_DOCUMENT_VERBS})\b")
# What marks content a filing "included" as a change made in response, not what the filing said before.
_NEW_CONTENT = re.compile(
    r"\b(?:enhanced|expanded|revised|updated|additional|new|changes|requested|in response)\b",
    re.I,
)
_NEW_CONTENT_WORDS = (
    "enhanced", "expanded", "revised", "updated", "additional", "new", "changes", "requested", "in response",
)  # fmt: skip
# "The requested disclosure has been provided in Amendment No. 2": what is new in a new filing.
_PROVIDED = re.compile(r"\b(?:has|have)\s+been\s+(?:provided|presented|disclosed|set forth|reflected)\b", re.I)
_NEW_FILING = re.compile(
    r"\bamendment\b|\bamended\b|\brevised (?:registration statement|prospectus|draft|offering|proxy)", re.I
)
_AMENDED_FILING = re.compile(
    r"registration statement|amendment|amended|prospectus|offering (?:statement|circular)|proxy statement"
    r"|\bform [SF]-\d|schedule (?:(?-i:TO)\b|14)|\bpages?\s+[A-Z]?-?\d",
    re.I,
)

# "which is included with our Form 10-Q filing", "was reflected in Amendment No. 1": a filing made holds it.
_SHOWN_IN_FILING = re.compile(
    r"\b(?:is|was|are|were|(?:has|have) been)\s+(?:included|presented|reflected|provided|disclosed|set forth|added)"
    r"\s+(?:in|with|on)\s+(?:[\w\u2019'-]+\s+){0,3}?(?:Form\s*\d|filings?\b|10-[KQ]\b|20-F\b|amendment\b"
    r"|registration statement\b|prospectus\b|proxy statement\b|pages?\s+[A-Z]?-?\d)",
    re.I,
)


def matches_from(pattern: re.Pattern[str], words: tuple[str, ...], text: str, probe: str | None) -> bool:
    """Whether ``pattern`` matches ``text``, where each of its matches starts with one of ``words`` in
    ``probe`` (``text`` lower-cased, lined up with it; None: the pattern is searched for in ``text``).

    As :func:`anchored.anchored_search`, tried only where a word starts, but the words are found by
    ``str.find``: an alternation of words that open with different letters has the regex engine try
    each character of the sentence, most of which open one of them."""
    if probe is None:
        return pattern.search(text) is not None
    for word in words:
        at = probe.find(word)
        while at >= 0 and pattern.match(text, at) is None:
            at = probe.find(word, at + 1)
        if at >= 0:
            return True
    return False


def made(s: Sentence, changed: bool) -> bool:
    """A change already made: "The Company has revised the disclosure on page 54", "Revised
    disclosure has been added on page 44 of the Revised Prospectus", "The requested disclosure
    has been provided in Amendment No. 2". ``changed``: the sentence may hold a verb of change."""
    sentence = s.text
    if "been" in s.low:
        provided = _PROVIDED.search(sentence) if s.cued(PROVIDED_WORDS) else None
        if provided and _NEW_FILING.search(sentence, provided.end()):
            return True
        if changed and _document_changed(s):  # its verbs are verbs of change
            return True
    past = (_PAST.search(sentence) if s.probe is None else _PAST_LOW.search(s.probe)) if changed else None
    if past is None:
        return False
    after = sentence[past.end() :]
    words = sentence[past.start() : past.end()]
    perfect = words.lower().startswith(("has", "have")) and " been " not in words
    # "included" with nothing marked as new may tell what a filing already said
    told = words.lower().endswith("included") and not matches_from(_NEW_CONTENT, _NEW_CONTENT_WORDS, sentence, s.probe)
    if matches_from(_AMENDED_FILING, _AMENDED_WORDS, sentence, s.probe):
        # a page or the filing under review named ("on page 54", "the registration statement"); a plain
        # past "included" counts only in an amendment ("the Company included in its third quarter Form 10-Q,
        # on page 98, the following disclosure" quotes what was there)
        return not (told and not perfect) or _NEW_FILING.search(sentence) is not None
    vehicle = s.vehicle()
    if told and (not perfect or not vehicle):
        # "in its Form 10-K for 2020, the Company included risk factors ...": what a filing said; "The Company
        # has also included a reconciliation ...", naming no filing: what its disclosure holds
        return False
    near = OBJECT.search(after[:_NEAR_OBJECT]) is not None
    return (vehicle or perfect) and (near or vehicle and OBJECT.search(after) is not None)


def _document_changed(s: Sentence) -> bool:
    """Whether :data:`_DOCUMENT_CHANGED` is found in the sentence: looked for only where the lower-cased
    sentence (when it lines up with it) says "been" and a verb of change after it, as each match ends."""
    if s.probe is not None and _BEEN_CHANGED_LOW.search(s.probe) is None:
        return False
    return _DOCUMENT_CHANGED.search(s.text) is not None


def proposal_made(s: Sentence) -> bool:
    """Whether revised disclosure a sentence names is in a filing made: "Please see the revised
    disclosure on page 54 of Amendment No. 2", "our revised disclosure, which is included with our
    Form 10-Q" point at a change made, while "Set forth below is the proposed disclosure" or revised
    disclosure for a periodic report not said to hold it is offered for a filing still to come."""
    if shown_in_filing(s):
        return True
    if "proposed" in s.low:
        return False
    return matches_from(_AMENDED_FILING, _AMENDED_WORDS, s.text, s.probe)


def shown_in_filing(s: Sentence) -> bool:
    """Whether the sentence says, in the present or past, that a filing it names holds something
    (:data:`_SHOWN_IN_FILING`): "which was included in our Form 10-Q filing"."""
    return ("is " in s.low or "was " in s.low or "been " in s.low) and _SHOWN_IN_FILING.search(s.text) is not None
