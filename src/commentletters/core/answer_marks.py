"""The printed marks of a response letter: comment numbers, answer labels, the closing.

These are the conventions every company letter draws on (the staff's numbering repeated,
"Response:" labels, "Sincerely"), not phrases of any one letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .headings import title_like
from .voice import opens_as_company

_APOS = "['\u2019]"
_NUMS = r"\d{1,3}(?:\s*\(?[a-z]\))?(?:\s*(?:,|and|&|through|to|-|\u2013|\u2014)\s*\d{1,3}(?:\s*\(?[a-z]\))?)*"

# "1.", "1)", "(1)", "1: We", "1 - We", "1.We", "- 5.", "1(a)." — the number the staff printed, restated (not a
# time, "1:30", a wrapped citation, "10:‘‘… or deemed", nor a range, "1 - 3 years").
_NUMBERED = re.compile(
    r"^(?:[-\u2013\u2014\u2022\u00b7*]\s*)?\(?(\d{1,3})"
    r"(?:\s*\(([a-z])\)[.):]?|[.)]|:(?=\s)|\s+[-\u2013\u2014](?=\s+[A-Z\u201c\"]))(?!\d)\s*(.*)$"
)
# "Comment 1:", "Comment No. 1", "Staff Comment 1", "Question 1." — the number after a word; not a citation
# in a sentence wrapped onto the line: a decimal ("Question 102.11 of the Compliance and Disclosure
# Interpretations"), a number that small words go on from ("Comment 3 of our letter"; but "Comments 1 and 2").
_WORDED = re.compile(
    rf"^(?:(?:SEC|Staff{_APOS}?s?|Oral|Additional|Follow-up|Supplemental)\s+){{0,2}}(?:Comment|Question)s?\s*"
    r"(?:No(?:s)?\.?|Number|#)?\s*"
    r"(\d{1,3})(?:\s*\(([a-z])\))?\s*(?:[:.)\-\u2013\u2014](?!\d)\s*|\s+(?-i:(?![a-z])|(?=(?:and|or|to|through)\s+\d))|$)"
    r"(.*)$",
    re.I,
)
# "Response:", "RESPONSE", "Company Response:", "Response to Comment 1:", "Our response:".
# a word of a name, capitalised whatever the pattern's flags ("Acme", "Widgets,", "Inc.")
_NAME_WORD = rf"(?-i:[A-Z])[\w&.,{_APOS[1:-1]}-]*"
_LABEL_WORDS = (
    rf"^(?:(?:The\s+)?Company{_APOS}?s?\s+|Our\s+|Management{_APOS}?s?\s+|Registrant{_APOS}?s?\s+"
    rf"|Issuer{_APOS}?s?\s+|[A-Z][A-Za-z&.]*{_APOS}s\s+)?(?:(?:Supplemental|Additional|Revised|Updated|Further)\s+)?"
    # "Response of the Company:", "Response of Acme Corp.:" (each word of the name capitalised)
    rf"(?:Response|Reply|Answer)s?(?:\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})?"
    # "to the Staff's Comment(s)", "to Comment", "to the Staff", with or without the numbers
    rf"(?:\s+to\s+(?:the\s+)?(?:(?:(?:SEC|Commission|Staff){_APOS}?s?\s*){{1,2}}(?:Comments?|Questions?)?"
    r"|Comments?|Questions?))?"
)
_LABEL_NUMBER = rf"\s*(?:(?:No(?:s)?\.?|Numbers?|#)\s*)?(?P<nums>{_NUMS})"  # ("Response No. 1", "Response #1")
_LABEL = re.compile(
    _LABEL_WORDS + rf"(?:{_LABEL_NUMBER})?" + r"\s*(?:(?P<sep>[:.\-\u2013\u2014])\s*(?P<rest>.*))?$", re.I
)
# A numbered label run on into the answer's words, its colon left out ("Response to Comment 1 The Company ...")
_NUMBERED_BARE_LABEL = re.compile(_LABEL_WORDS + _LABEL_NUMBER + r"\s+(?P<rest>(?-i:[A-Z]).*)$", re.I | re.S)
# A label run on into the answer's words, its colon left out ("Response The Company ...", "Our Response We ...")
_BARE_LABEL = re.compile(
    rf"^(?:(?:The\s+)?Company{_APOS}?s?\s+|Our\s+)?(?:Response|RESPONSE|Reply|REPLY)\s+(?P<rest>[A-Z].*)$", re.S
)
# After a bare label, "We" and a verb: the company speaks ("Response We presented ...", "Reply We completed ...");
# no caption opens "Response We"
_WE_DO = re.compile(r"We\s+[a-z]")
# ... or the company by its name and a verb only the answering company says of itself ("Response Acme respectfully
# advises the Staff ...", "Response L3Harris acknowledges the Staff's comment"); a caption's words do not go on so
_NAME_SPEAKS = re.compile(
    r"(?:[A-Z][\w&.,\u2019'-]*\s+){1,4}(?:respectfully|supplementally|hereby"
    r"|(?:acknowledges|advises|confirms|submits|undertakes)\s+(?:the\s+)?(?:Staff|Commission|that)\b)"
)
# ... or prose: this many words at least, not a caption's
_PROSE_WORDS = 6
# A label naming the company without the possessive, alone on its line: "L3Harris Response:", "Truist
# response:", "Acme Inc. Response:". Case matters here (a capital opens each word of the name), so that no
# sentence's last words are taken for one.
_NAMED_LABEL = re.compile(r"^(?:[A-Z][\w&.,\-]{0,30}\s+){1,4}(?:[Rr]esponse|RESPONSE|[Rr]eply|REPLY)\s*:\s*$")
# A caption line that introduces the answer to one part: "In response to the first bullet point:".
_IN_RESPONSE = re.compile(r"^(?:In )?response to [^.:]{0,80}:\s*$", re.I)
# ("Comment" alone on its line, over the restated comment, as "Response" alone over the answer)
_COMMENT_LABEL = re.compile(
    rf"^(?:(?:SEC|Staff{_APOS}?s?)\s+)?(?:Comments?\s*[:\-\u2013\u2014]\s*(.*)|Comment\s*)$", re.I
)
# A letter's sign-off: "Sincerely,", "Sincerely yours,", "Very truly yours,", "Yours faithfully,", "Respectfully
# submitted,", "With best regards,", "Cordially,"
_SIGN_OFF_PHRASE = (
    r"(?:Sincerely(?:\s+yours)?|(?:Very\s+)?truly\s+yours|Yours\s+(?:very\s+)?(?:truly|sincerely|faithfully|respectfully)"
    r"|Faithfully(?:\s+yours)?|Respectfully(?:\s+submitted|\s+yours)?|(?:With\s+)?(?:(?:Best|Kind|Warm)(?:est)?)?\s*regards"
    r"|Cordially(?:\s+yours)?)"
)
_CLOSING = re.compile(
    r"^(?:(?:\*\s*){3,},?\s*$|" + _SIGN_OFF_PHRASE + r"\s*,?\s*$"
    r"|(?:If|Should) (?:you|the Staff|any member of the Staff) (?:have|has|would like|wishes|wish|require|need)"
    r" (?:any|further|additional|questions|comments|to discuss|more information)\b"
    r"|Please (?:do not hesitate|feel free|direct|contact|call|telephone)\b"
    r"|(?:(?:We|I) (?:appreciate|thank)|Thank you)\b.{0,60}\b(?:assistance|attention|consideration|time|courtesy"
    r"|cooperation|help)\b|Thank you\.?$|(?:We|I) appreciate the opportunity to (?:respond|reply|present|provide)\b"
    r"|(?:We|I) appreciate the Staff[\u2019']s (?:comments?|review)\b[^.]{0,80}\b(?:contact|questions)\b"
    # "We appreciate the Staff's review and will be pleased to provide any additional information ..."
    r"|(?:We|I) appreciate the Staff[\u2019']s (?:review|attention)\b[^.]{0,80}\b(?:additional|further) information\b"
    r"|(?:We|I) (?:hope|trust) (?:that )?(?:this|these|the (?:foregoing|above)|our (?:letter|responses?) ha)"
    # an offer to help with questions: "If we may be of assistance in answering any questions ...", "We will be
    # pleased to respond promptly to any requests for additional information ..."
    r"|If (?:we|I) (?:may|can) be of (?:any |further )?assistance\b"
    r"|(?:We|I) (?:will|would) be (?:pleased|happy|glad) to respond (?:promptly )?to any (?:requests?|questions?)\b"
    r"|(?:We|I) (?:will|would) be (?:pleased|happy|glad) to discuss (?:any of )?(?:our|these|the) responses\b)",
    re.I,
)
# The acknowledgments (the staff asked for them until 2016; some companies still write them: "is
# responsible for the accuracy and adequacy of the disclosure", "of its disclosures"), found anywhere
# in the line (which the regex engine reads to its end), so only tried where they can match
# (_may_acknowledge).
_ACKNOWLEDGMENT = re.compile(
    r"^(?:.{0,80}\backnowledges? that\s*:\s*$"
    r"|.*?responsible for the (?:adequacy and accuracy|accuracy and adequacy) of (?:the|its|our|their) disclosure)",
    re.I,
)
_SIGN_OFF = re.compile(r"^" + _SIGN_OFF_PHRASE + r"\s*,?\s*$", re.I)
_SALUTATION = re.compile(r"^(?:Dear\b|Ladies and Gentlemen|Gentlemen|To whom|Madam|Sir)", re.I)
# A line of asterisks ("* * *", "****"): a divider, which _CLOSING takes for the start of the close
_SEPARATOR = re.compile(r"(?:\*\s*){3,},?|_{3,}")
# A signature ("/s/ Jane Doe", "By: /s/ Jane Doe") or the copy list ("cc:"): the letter's close
_SIGNATURE = re.compile(r"(?:By\s*:?\s*)?/s/|cc\s*:", re.I)
# The characters _SIGN_OFF and _SALUTATION can open with (case-blind, so with the long s, the Kelvin
# sign and the Turkish i's that re.I takes for s, k and i; a space before "regards"): a line that opens
# otherwise is told without the pattern (_CLOSING's gate, _CLOSING_OPENINGS, reads three characters).
_SIGN_OFF_INITIALS = frozenset("SsVvYyRrBbKkWwCcTtFf\u017f\u212a")
_SALUTATION_INITIALS = frozenset("DdLlGgTtMmSs\u017f")
# What a salutation or a sign-off can open with: its first two letters, as a case-blind match reads
# them (both cases; the long s, the Kelvin sign and the Turkish i's for s, k and i). A loop over a
# letter's paragraphs asks the two functions only of those (a sign-off may open with white space too).
_SALUTATION_WORDS = ("dear", "ladies", "gentlemen", "to", "madam", "sir")
_SIGN_OFF_WORDS = (
    *("sincerely", "very", "yours", "respectfully", "best", "kind", "warm", "regards", "cordially", "truly"),
    *("faithfully", "with"),
)
_CASE_BLIND_EXTRA = {"s": "\u017f", "k": "\u212a", "i": "\u0131\u0130"}


def case_blind(letter: str) -> set[str]:
    """The characters a case-blind pattern takes for the small ASCII letter ``letter``."""
    return {letter, letter.upper(), *_CASE_BLIND_EXTRA.get(letter, "")}


def _openings(words: tuple[str, ...], letters: int = 2) -> frozenset[str]:
    """The first ``letters`` characters of the ``words`` (each at least that long), as a case-blind match reads them."""
    return frozenset("".join(chars) for w in words for chars in product(*map(case_blind, w[:letters])))


SALUTATION_OPENINGS = _openings(_SALUTATION_WORDS)
GREETING_OPENINGS = SALUTATION_OPENINGS | _openings(_SIGN_OFF_WORDS)
# The first three characters of what _CLOSING reads, but for a line of asterisks and a space before "regards":
# its sign-offs' words, "If" or "Should", "Please", "We" or "I" (a space after each), "Thank".
_CLOSING_OPENINGS = _openings(
    _SIGN_OFF_WORDS + ("if ", "should", "please", "we ", "i appreciate", "i thank", "i hope", "i trust", "thank"), 3
)
_SPLIT_NUMS = re.compile(r"\d{1,3}")
# What a comment number (_NUMBERED, _WORDED) or a "Comment:" label opens with: a bullet, a bracket or
# a digit, or the first word of "SEC", "Staff", "Oral", "Additional", "Follow-up", "Supplemental",
# "Comment", "Question" (case-blind, as _WORDED reads them). Lines that open otherwise, most of
# them, are no comment number and need not be read as one. Their first characters (\d aside, as
# str.isdecimal() tells it; the long s is a case-blind "s") are told first.
_MARK_OPENING = re.compile(
    r"[-\u2013\u2014\u2022\u00b7*(\d]|(?i:s(?:ec|taff)|oral|additional|follow|supplemental|comment|question)"
)
_MARK_INITIALS = frozenset("-\u2013\u2014\u2022\u00b7*(SsOoAaFfCcQq\u017f")
# The stages ask about the same paragraphs several times (candidates, stretches, splits).
_CACHED = 4096
_LABEL_REACH = 120  # a label's word comes after at most a name ("Archer-Daniels-Midland's Response")


@dataclass(frozen=True, slots=True)
class Label:
    """An answer label: the comment numbers it names (if any) and the text after it."""

    numbers: tuple[int, ...]
    rest: str


@lru_cache(maxsize=_CACHED)
def numbered(text: str) -> tuple[int, str, str] | None:
    """(number, part letter, text after it) when ``text`` opens with a comment number."""
    return _numbered(text) if _opens_mark(text) else None


def _opens_mark(text: str) -> bool:
    """Whether ``text`` opens as a comment number or a "Comment:" label can (:data:`_MARK_OPENING`)."""
    first = text[:1]
    return (first in _MARK_INITIALS or first.isdecimal()) and _MARK_OPENING.match(text) is not None


def _numbered(text: str) -> tuple[int, str, str] | None:
    m = _NUMBERED.match(text) or _WORDED.match(text)
    if not m:
        return None
    number = int(m.group(1))
    if number == 0 or number > 150:
        return None
    return number, m.group(2) or "", m.group(3).strip()


@lru_cache(maxsize=_CACHED)
def label(text: str) -> Label | None:
    """The answer label that opens ``text`` ("Response:", "Response to Comment 1:"), if any. None opens in lower
    case: such a line is a sentence's end wrapped onto a line of its own ("... as discussed in our" / "response to
    comment #4.")."""
    if text[:1].islower() or not _may_label(text):
        return None
    found = _label(text)
    if found is None and text.rstrip().endswith(":") and (_IN_RESPONSE.match(text) or _NAMED_LABEL.match(text)):
        return Label((), "")  # (each of the two ends with a colon, white space aside)
    return found


def _may_label(text: str) -> bool:
    """Every label holds one of its words near its start: without them, no need for the full pattern."""
    head = text[:_LABEL_REACH].lower()
    return "respon" in head or "repl" in head or "answer" in head


def _label(text: str) -> Label | None:
    """The answer label that opens ``text``, if it is one.

    A bare word ("Response") must stand alone or be followed by a colon, a dash or a full stop
    before a capital, so that a sentence such as "Response rates rose" is not taken for a label; or by
    the answer's words in the company's voice ("Response The Company respectfully advises ...": a label
    set in bold in the answer's paragraph, its colon left out).
    """
    m = _LABEL.match(text)
    if not m:
        if (numbered := _NUMBERED_BARE_LABEL.match(text)) is not None and _speaks(numbered["rest"]):
            return Label(_numbers(numbered["nums"]), numbered["rest"])
        bare = _BARE_LABEL.match(text)
        return Label((), bare["rest"]) if bare and _speaks(bare["rest"]) else None
    rest = (m.group("rest") or "").strip()
    if m.group("nums") is None and m.group("sep") is None and rest:
        return None
    if m.group("sep") == "." and rest and not m.group("nums") and not rest[:1].isupper():
        return None  # (but "Response. We presented …": the label, then its answer)
    return Label(_numbers(m.group("nums") or ""), rest)


def _speaks(rest: str) -> bool:
    """Whether the words after a label run on into them are the company's answer ("We completed ...", "The Company
    respectfully advises ..."), or a whole paragraph of any voice ("The total cost of the program was $5 million.",
    "On a quarterly basis, we assess ...:"; an HTML letter's, its label set in bold): not a caption ("Response Time
    Metrics", mostly capitalised) nor a line of wrapped text going on from a phrase cut at its end ("... in our" /
    "Response Letter dated March 1, 2020. In that letter, we", which no stop ends)."""
    if _WE_DO.match(rest) is not None or opens_as_company(rest) or _NAME_SPEAKS.match(rest) is not None:
        return True
    return (
        rest.rstrip().endswith((".", "?", ":"))
        and len(rest.split(None, _PROSE_WORDS)) > _PROSE_WORDS
        and not title_like(rest)
    )


def _numbers(nums: str) -> tuple[int, ...]:
    """The comment numbers a label names ("2 and 3", "4 through 6")."""
    return tuple(int(n) for n in _SPLIT_NUMS.findall(_expand_range(nums)))


def _expand_range(nums: str) -> str:
    """'2 through 4' → '2 3 4', so a label for a run of comments names each one."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*(?:through|to|-|\u2013|\u2014)\s*(\d{1,3})\s*", nums)
    if m and 0 < int(m.group(2)) - int(m.group(1)) < 20:
        return " ".join(str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1))
    return re.sub(r"\(?[a-z]\)", "", nums)


def comment_label(text: str) -> str | None:
    """The text after a "Comment:" label (letters that label the restated comment too)."""
    m = _COMMENT_LABEL.match(text) if _opens_mark(text) else None
    return (m.group(1) or "").strip() if m else None


@lru_cache(maxsize=_CACHED)
def is_closing(text: str) -> bool:
    """Whether ``text`` starts the letter's closing (or the old acknowledgments)."""
    first = text[:1]
    if (text[:3] in _CLOSING_OPENINGS or first == "*" or first.isspace()) and _CLOSING.match(text):
        return True
    return _may_acknowledge(text) and _ACKNOWLEDGMENT.match(text) is not None


def is_separator(text: str) -> bool:
    """Whether ``text`` is only a line of asterisks (or a rule of underscores): it ends a letter's answers
    (its close follows) or parts one answer (before quoted disclosure, a table, more answer); "[***]" (a
    redaction) is none."""
    first = text[:1]
    return (first in "*_" or first.isspace()) and _SEPARATOR.fullmatch(text.strip()) is not None


def is_signature(text: str) -> bool:
    """Whether ``text`` opens with a signature ("/s/", "By: /s/") or the copy list ("cc:")."""
    return text[:1] in "/BbCc" and _SIGNATURE.match(text) is not None


def _may_acknowledge(text: str) -> bool:
    """Whether :data:`_ACKNOWLEDGMENT` can match ``text``, told without lower-casing the text nor reading it all.

    Its first branch reads the whole line up to "that", a colon and white space ("The Company acknowledges
    that:"), so the text ends so; its second holds "adequacy". Neither word holds an "i", a "k" or an "s",
    the letters a case-blind match also takes other characters for (the Turkish i's, the Kelvin sign, the
    long s): in any case their letters are ASCII ones, which lower-casing a few characters tells.
    """
    end = text.rstrip()
    if end.endswith(":") and end[:-1].rstrip()[-4:].lower() == "that":
        return True
    return _holds_adequacy(text)


def _holds_adequacy(text: str) -> bool:
    """Whether "adequacy" stands in ``text`` in any case, found from its "q"."""
    for q in "qQ":
        at = text.find(q, 3)
        while at >= 0:
            if text[at - 3 : at + 5].lower() == "adequacy":
                return True
            at = text.find(q, at + 1)
    return False


def is_sign_off(text: str) -> bool:
    """Whether ``text`` is the complimentary close before the signature."""
    first = text[:1]
    return (first in _SIGN_OFF_INITIALS or first.isspace()) and _SIGN_OFF.match(text) is not None


def is_salutation(text: str) -> bool:
    return text[:1] in _SALUTATION_INITIALS and _SALUTATION.match(text) is not None


def is_marker(text: str) -> bool:
    """A comment number, an answer label or a "Comment:" label, a salutation, a sign-off, a separator: lines
    that start a paragraph (a wrapped address line goes on into none: "Attention: Madeline Mateo, Division of
    Corporation Finance" / "Ladies and Gentlemen:"; nor does a line over a page's break: a letterhead's last
    line, "… | Marina Bay Sands", then the next page's header, then "Sincerely," or "* * *").

    Asked of every line of a letter, so each reading is tried only where the line can hold it."""
    if _opens_mark(text) and (numbered(text) is not None or _COMMENT_LABEL.match(text) is not None):
        return True
    return (
        _may_label(text) and label(text) is not None or is_salutation(text) or is_sign_off(text) or is_separator(text)
    )
