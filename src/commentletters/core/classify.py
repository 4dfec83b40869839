"""Stage: the letter's kind and subkind, within the side (staff or company) the header found.

Runs after the comments and answers stages and uses what they found, but does not depend on
them alone: a staff letter that says it has "the following comments" is a comment letter even
when no numbered comment was split out, and a company letter whose opening says it answers the
staff's comments is a response even when its answers could not be paired.

The request letters are told apart by what their opening asks for — effectiveness under Rule
461 (acceleration), withdrawal under Rule 477, more time to respond (extension) — and by being
short: a real response may mention an extension in passing, a request letter answers nothing. A
staff letter with no comments may be the Commission's order declaring a registration effective
(subkind ``effectiveness_order``), which ends that registration's review, or the staff's request for
an unredacted copy of exhibits the company filed redacted (``redacted_exhibit_review``: "You have
redacted information from the exhibit identified above ... please supplementally provide us, within
five business days, with an unredacted paper copy"). A company letter may be the registrants'
representations for an exchange offer registered on the staff's Exxon Capital position
(``exchange_offer_representations``).
"""

from __future__ import annotations

import re

from .anchored import folds_exactly, word_starts
from .header.dates import DATE, MONTH_POINT
from .header.layout import Layout, find_layout
from .header.responds import opening
from .letters import Document, Letter
from .whole_answer import answers_oral_comment

# "We have completed our review", "This concludes our review", the older "Based on our limited review ..., we
# have no further comments", and "we have no comments" / "we do not have any comments" (on the filing, at this time)
_COMPLETE = re.compile(
    r"\b(?:completed|concluded) (?:our|its|the staff's) (?:review|assessment)\b|\bno further comments?\b"
    r"|\bconcludes (?:our|its|the staff's) review\b"
    r"|\b(?:have|has) no (?:additional )?comments?\b|\b(?:do|does) not have any (?:further |additional )?comments?\b",
    re.I,
)
_NO_REVIEW = re.compile(
    r"\b(?:(?:have not|has not|did not|will not|do not|does not) (?:intend to )?(?:be )?review(?:ed)?"
    r"|not (?:be )?(?:subject to|selected for) (?:a |further )?review|no further review"
    # "the staff has determined not to review", "will not conduct a review of the above-referenced filing"
    # "have not conducted a review of your registration statement"
    r"|(?:determined|decided|elected) not to review"
    r"|(?:will|have|has|did|do|does) not (?:conduct(?:ed)?|perform(?:ed)?|undert(?:ake|aken|ook)) (?:a |any )?review"
    # the older words: "a preliminary review of the above registration statement indicates that no review of
    # the document will be made"
    r"|no review (?:of [^.]{0,60}?)?will be (?:made|conducted|undertaken|performed))\b",
    re.I,
)
_FOLLOWING_COMMENTS = re.compile(
    r"\b(?:have|has) the following comments?\b|\bfollowing comments? (?:on|regarding)\b|^\s*We note\b", re.I
)
# A Commission order declaring a registration effective ("ORDER DECLARING REGISTRATION EFFECTIVE PURSUANT
# TO SECTION 12(d)" … "it is ORDERED that the registration … shall become effective immediately"), which
# EDGAR files with the correspondence: the registration's review is over.
_EFFECTIVENESS_ORDER = re.compile(
    r"\bORDER DECLARING\b[^.]{0,100}\bEFFECTIVE\b"
    r"|\bit is ordered\b[^.]{0,200}\b(?:shall |will )?(?:be|become|is) (?:declared |made )?effective\b",
    re.I,
)
# The staff's review of exhibits filed with information redacted (Regulation S-K Item 601(a)(6), (b)(10)(iv))
_REDACTED_EXHIBIT = re.compile(
    r"\bredacted information from (?:the |your |each of the )?exhibits?\b|\bunredacted (?:paper )?cop(?:y|ies) of\b",
    re.I,
)
# An A/B exchange offer registered in reliance on the staff's position in Exxon Capital Holdings Corporation
# (May 13, 1988) and the letters after it: the registrants' representations, no answer to a comment
_EXCHANGE_OFFER = re.compile(r"\bExxon Capital\b", re.I)
_ASKS = re.compile(r"\bPlease (?:tell|advise|provide|revise|explain|disclose|confirm|describe|clarify)\b")

_ACCELERATION = re.compile(
    r"\bRule 461\b|\baccelerat\w*\b[^.]{0,120}\beffective|\beffective\w*\b[^.]{0,120}\baccelerat|"
    r"\brequests?\b[^.]{0,200}\b(?:declared|become) effective\b",
    re.I,
)
_WITHDRAWAL = re.compile(r"\bRule 477\b|\brequests?\b[^.]{0,120}\bwithdraw|\bwithdrawal of\b", re.I)
_EXTENSION = re.compile(
    r"\bextend\w*|\bextension\b|\badditional (?:time|business days)\b"
    rf"|\b(?:respond|responses?|reply)\b(?:[^.]|{MONTH_POINT}){{0,120}}"
    r"\b(?:by|no later than|on or before|until)\s+(?:\w+day,?\s+)?"
    rf"(?:{DATE.pattern})",
    re.I,
)
_IN_SENTENCE = r"(?:[^.]|\.(?=\S|\s+[(“\"a-z]))"  # a full stop of "Inc. (the" does not end the sentence
_ANSWERS_COMMENTS = re.compile(
    rf"\b(?:respon(?:se|ses|ds|ding|d)|reply|replies|answer)\b{_IN_SENTENCE}{{0,200}}\b(?:comments?|letter)\b"
    rf"|\bcomments?\b{_IN_SENTENCE}{{0,200}}\b(?:followed by|together with|and) (?:our |the |its )?"
    r"(?:\w+['’]s )?respons",
    re.I,
)
_ANSWER_STRUCTURE = re.compile(
    r"^(?:\(?\d{1,2}\s*[.)](?!\s*[a-z])|(?:Company\s+|Our\s+)?Responses?\b|(?:Staff\s+)?Comments?\b)", re.I
)
_COVER = re.compile(
    r"\b(?:enclosed|herewith|transmit\w*|submit\w*|fil(?:e|ing)) (?:herewith |for filing |on behalf of )?"
    r"[^.]{0,120}\b(?:Amendment No|registration statement|Form|Schedule|filing|copies)\b",
    re.I,
)
# Each pattern with the words its matches open with, in lower case, as far as they are fixed (the patterns
# open with \b and ignore case, so the engine would try them at every position; they are tried where those
# words start, and the longer the words, the fewer such places: "have the following comment", not "have")
_Words = tuple[str, ...]
_Table = tuple[tuple[re.Pattern[str], _Words, str], ...]
# what the opening of a staff letter says it is, in order of precedence
_STAFF_OPENINGS: _Table = (
    (
        _FOLLOWING_COMMENTS,
        ("have the following comment", "has the following comment", "following comment"),
        "staff_comments",
    ),
    (
        _COMPLETE,
        ("completed", "concluded", "no further", "concludes", "have no", "has no", "do not", "does not"),
        "staff_review_complete",
    ),
    (
        _NO_REVIEW,
        (
            "have not ",
            "has not ",
            "did not ",
            "will not ",
            "do not ",
            "does not ",
            "not be ",
            "not subject to",
            "not selected for",
            "no further review",
            "determined not",
            "decided not",
            "elected not",
            "no review",
        ),
        "staff_no_review",
    ),
)
# what a company request letter asks for
_REQUESTS: _Table = (
    (_ACCELERATION, ("rule 461", "accelerat", "effective", "request"), "acceleration_request"),
    (_WITHDRAWAL, ("rule 477", "request", "withdrawal of"), "withdrawal_request"),
    (
        _EXTENSION,
        ("extend", "extension", "additional time", "additional business days", "respond", "response", "reply"),
        "extension_request",
    ),
)
_ANSWERS_START = ("response", "respond", "reply", "replies", "answer", "comment")
_COVER_START = ("enclosed ", "herewith ", "transmit", "submit", "file ", "filing ")
_ORDER_START = ("order declaring", "it is ordered")  # (the letter is read whole: the words themselves, not their first)
SHORT = 2500  # characters of body: request letters are shorter than any response


def classify(doc: Document, letter: Letter) -> tuple[str, str | None]:
    """(kind, subkind); the side comes from ``letter.kind`` as the header stage set it."""
    lay = find_layout(doc)
    if letter.kind.startswith("staff"):
        kind = _staff_kind(lay, letter)
        return kind, _staff_subkind(lay) if kind == "staff_other" else None
    return _company_kind(lay, letter)


def _body(lay: Layout) -> str:
    end = lay.closing if lay.closing is not None else len(lay.lines)
    return " ".join(lay.lines[lay.body_start : end])


def _staff_kind(lay: Layout, letter: Letter) -> str:
    if letter.comments:
        return "staff_comments"
    start = _Text(" ".join(lay.lines[lay.body_start : lay.body_start + 12])[:600])
    return _first_label(_STAFF_OPENINGS, start) or "staff_other"


def _staff_subkind(lay: Layout) -> str | None:
    """What a staff letter that is neither comments, completion nor no review is, when it says."""
    if _orders_effectiveness(lay):
        return "effectiveness_order"
    if _Text(_body(lay)).says(_REDACTED_EXHIBIT, ("redacted", "unredacted")):
        return "redacted_exhibit_review"
    return None


def _orders_effectiveness(lay: Layout) -> bool:
    """Whether a staff letter with no comments is the Commission's order declaring a registration effective."""
    return _Text(" ".join(lay.lines)).says(_EFFECTIVENESS_ORDER, _ORDER_START)


def request_alone(lay: Layout) -> tuple[str, str] | None:
    """The kind and subkind of a company letter that is a request and nothing else: short (its body under
    :data:`SHORT` characters), its opening asking for one (acceleration, withdrawal, extension), no comment
    given orally answered. Whatever answers such a letter seemed to hold, it is no response: its kind is
    settled before its answers are read, and they need not be (:func:`_company_kind` reads it so first)."""
    if not lay.request_read:
        lay.request, lay.request_read = _request_alone(lay), True
    return lay.request


def _request_alone(lay: Layout) -> tuple[str, str] | None:
    body = _body(lay)
    if len(body) >= SHORT:
        return None
    request = _first_label(_REQUESTS, _Text(opening(lay)[:1200]))
    return ("company_other", request) if request and not answers_oral_comment(body) else None


def _company_kind(lay: Layout, letter: Letter) -> tuple[str, str | None]:
    if (alone := request_alone(lay)) is not None:
        return alone
    restated = any(r.restated_comment for r in letter.responses)  # numbered paragraphs alone may be representations
    if (restated or letter.responds_to) and letter.responses and len(_body(lay)) >= SHORT:
        return "company_response", None  # (whatever its opening asks for: what follows cannot tell otherwise)
    first = _Text(opening(lay)[:1200])
    request = _first_label(_REQUESTS, first)
    if request and (len(_body(lay)) < SHORT or not (letter.responses or _answer_structure(lay))):
        if not answers_oral_comment(_body(lay)):  # a request may also answer a comment given by telephone
            return "company_other", request  # (the body's structure read only for a request)
        return "company_response", None
    if restated or letter.responds_to or first.says(_ANSWERS_COMMENTS, _ANSWERS_START):
        return "company_response", None
    if request:
        return "company_other", request
    if first.says(_COVER, _COVER_START):
        return "company_other", "cover_letter"
    if _Text(_body(lay)).says(_EXCHANGE_OFFER, ("exxon",)):
        return "company_other", "exchange_offer_representations"
    return "company_other", None


def _answer_structure(lay: Layout) -> bool:
    """Whether the body goes on after its opening with numbered or labelled comments and answers."""
    end = lay.closing if lay.closing is not None else len(lay.lines)
    return any(_ANSWER_STRUCTURE.match(text) for text in lay.lines[lay.body_start + 1 : end])


def _first_label(table: _Table, text: _Text) -> str | None:
    """The label of the first pattern in ``table`` found in ``text``."""
    return next((label for pattern, words, label in table if text.says(pattern, words)), None)


class _Text:
    """A text and its lower-cased copy, in which the first words of case-blind patterns are looked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower() if folds_exactly(text) else None  # else the copy may miss a case-blind match

    def says(self, pattern: re.Pattern[str], words: _Words) -> bool:
        """Whether ``pattern.search(text)`` finds something: tried at the text's start (for a pattern
        anchored there) and wherever one of ``words`` (the lower-case first words of its matches) is."""
        if self.low is None:
            return bool(pattern.search(self.text))
        if pattern.match(self.text):
            return True
        return any(pattern.match(self.text, at) for at in word_starts(self.low, words))
