"""The registrant a letter is about, as its Re: block names it.

The Re: block puts the company first, then the filings ("Re: Acme Inc. / Form 10-K for the fiscal
year ended ... / Filed ... / File No. ..."). Some blocks open with a line about the letter itself
("Re: Comment Letter dated March 16, 2016 / Regarding Weyerhaeuser Company", "Re: December 21,
2017 Letter Concerning Archer-Daniels-Midland Company Form 10-K ..."), which is skipped. Some
letters print the block without a "Re:" label (or with a bare "Re:" that extraction placed after
it): it is then the run of filing lines just above the salutation, with the company on the line
above them. A staff order names the company under "In the Matter of". A company letter whose
Re: block does not name it ("Re: Comment letter dated March 31, 2016 / Form 10-K ...") usually
defines it in its opening: "On behalf of Harris Corporation (the “Company”)", or names it as the maker of
its request: "Harris Corporation hereby respectfully requests ..." (:func:`defined_company`). A name atop the
block that the inside address does not name, over one it does, is the template's residue (:func:`_addressed`).
"""

from __future__ import annotations

import re

from ..corporate import GROUP_WORD, LEGAL_FORM, LEGAL_FORM_LONGEST
from .dates import DATE, PLAIN_DATE, has_date
from .forms import FORM, search_form
from .layout import Layout
from .parties import after_match

# where the company's name ends: the first filing words, a code such as "PREC14A", a parenthesis
_NAME_END = re.compile(
    r"\s*\b(?:Forms?|Registration Statement|Annual Report|Amendments?|Amended|Schedule|Draft|Current Report"
    r"|Preliminary|Definitive|Proxy|File No|Filed|Quarterly Report|Soliciting|CIK)\b|\s*\(|\s+•"
)
# where a _NAME_END match can start, after any white space: its words (case as in _NAME_END), "(" or "•"
# (_NAME_END opens with white space and \b, so the engine would try it at every position)
_NAME_END_WORD = re.compile(
    r"Form|Registration Statement|Annual Report|Amend|Schedule|Draft|Current Report|Preliminary|Definitive|Proxy"
    r"|File|Quarterly Report|Soliciting|CIK|\(|•"
)
# a line about the letter, not the company: "Comment Letter dated March 16, 2016", "Letter Issued July 29,
# 2016", "December 21, 2017 Letter Concerning", "Request for Acceleration", "Response to Staff Comments"
_ABOUT_LETTER = re.compile(
    rf"^(?:(?:(?:your|the|staff['’]?s?)\s+)?(?:comment\s+)?letters?\s+(?:dated|issued|of|received)\s+(?:{PLAIN_DATE})"
    rf"|(?:{PLAIN_DATE})\s+(?:comment\s+)?letter)\s*,?\s*(?:(?:concerning|regarding|relating to|re)\b\s*:?\s*)?",
    re.I,
)
_PURPOSE = re.compile(r"^(?:[\w-]+\s+)?(?:Requests?|Responses?)\b|^(?:Comments?|Supplemental|Letter)\b", re.I)
_LEAD = re.compile(r"^(?:Re|Regarding|Concerning|Subject)\b\s*:?\s*", re.I)
# the first letters of _LEAD's and _ABOUT_LETTER's matches, in any case ("ſ", the long s, is an "s" to a
# case-blind match); an _ABOUT_LETTER match may also open with a digit (\d: str.isdecimal), a date's day
_LEAD_FIRST = "RrCcSs\u017f"
_ABOUT_LETTER_FIRST = "YyTtSs\u017fCcLl" + "JjFfMmAaOoNnDd"  # (your, the, staff, comment, letter; a month)
_FILING_LINE = re.compile(r"^(?:Filed|Submitted|Furnished|File\s+Nos?\b|Dated\b)", re.I)
_CORPORATE_END = re.compile(rf"\b(?:{LEGAL_FORM}|{GROUP_WORD})\.?$", re.I)
_SEC_OR_ADDRESS = re.compile(r"securities and exchange commission|division of|\b20549\b|^office of|\d{5}", re.I)
# compiled once here rather than looked up in re's cache on each call
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_LETTER = re.compile(r"[A-Za-z]")
_OPEN_END = re.compile(r"(?:,|&|\band|\bof|\bthe)$", re.I)  # a name that runs on to the next line
_REGISTRATION_NO = re.compile(r"^Registration\s+No", re.I)
_MATTER_OF = re.compile(r"In the Matter of:?", re.I)
# "Harris Corporation (the “Company”)", "DoorDash, Inc. (“DoorDash” or the “Company”)": a corporate name
# (capitalised words ending in a corporate suffix) right before the parenthesis that defines "the Company"
_CORPORATE_NAME = rf"(?:[A-Z][\w.&'’-]*,?\s+){{1,6}}?(?:{LEGAL_FORM}|{GROUP_WORD})\.?"
_DEFINED = re.compile(rf"({_CORPORATE_NAME})\s*\([^()]{{0,40}}?[“\"](?:the\s+)?(?:Company|Registrant|Issuer)[”\"]")
# "Harris Corporation hereby respectfully requests that the effective date ...", "Waste Management, Inc. and
# Waste Management Holdings, Inc. hereby request ...": a request letter's registrants, the subject of its request
_REQUESTER = re.compile(
    rf"({_CORPORATE_NAME})(?:\s+and\s+{_CORPORATE_NAME})?,?\s+(?:hereby\s+)?(?:respectfully\s+)?requests?\b"
)


def company(lay: Layout, labelled: list[str] | None = None) -> str | None:
    """The registrant named first in the Re: block (or under "In the Matter of" in an order).
    (``labelled``: ``lay.re_lines()``, when the caller has read them.)"""
    lines = (lay.re_lines() if labelled is None else labelled) or _unlabelled_block(lay)
    if not lines:
        return _matter_of(lay)
    for i, line in enumerate(lines[:5]):
        if line[:1] in _LEAD_FIRST:
            line = after_match(_LEAD, line)
        if line[:1] in _ABOUT_LETTER_FIRST or line[:1].isdecimal():
            line = after_match(_ABOUT_LETTER, line)
        line = line.strip()
        if not line or _PURPOSE.match(line):
            continue  # a line about the letter itself
        if FORM.match(line) or _FILING_LINE.match(line) or DATE.match(line):
            return None  # the filings start: the block names no company
        following = lines[i + 1] if i + 1 < len(lines) else ""
        name = _name(line, following)
        return _addressed(lay, name, following.strip()) if name else name
    return None


def _addressed(lay: Layout, name: str, following: str) -> str:
    """The block's first name, or the company on the line under it where the inside address names that one and not
    the first: a letter's template left another company's name atop its Re: block ("Re: Trans American Aquaculture,
    Inc." / "L3Harris Technologies, Inc.", the letter addressed to L3Harris). Several registrants named one a line
    keep the first, which the inside address names."""
    if lay.re_start is None or not following or _cut(following) != following or not _CORPORATE_END.search(following):
        return name
    above = " ".join(lay.lines[: lay.re_start]).lower()
    return following if following.lower() in above and name.lower() not in above else name


def _name(line: str, following: str) -> str | None:
    """The name at the start of ``line``, with ``following`` when the name runs on to it."""
    cut = _cut(line)
    if cut == line and _runs_on(line, following):
        more = _cut(following)
        cut = f"{cut} {more}" if more else cut
    cut = cut.strip(" ,;:-")
    if not cut or len(cut) > 120 or has_date(cut) or not _TWO_LETTERS.search(cut):
        return None
    return cut


def _cut(line: str) -> str:
    form = search_form(line)
    end = _name_end(line)
    stops = [m.start() for m in (form, end) if m]
    return line[: min(stops)].strip() if stops else line


def _name_end(line: str) -> re.Match[str] | None:
    """``_NAME_END.search(line)``, tried only at the white space before each of its words (or at the
    word, with none before it): the first match starts there, as its words are its only start."""
    pos = 0
    while (word := _NAME_END_WORD.search(line, pos)) is not None:
        start = word.start()
        while start > pos and line[start - 1].isspace():
            start -= 1
        if match := _NAME_END.match(line, start):
            return match
        pos = word.start() + 1
    return None


def _runs_on(line: str, following: str) -> bool:
    """A name broken over two lines ("Marsh & McLennan" / "Companies, Inc."), not two names.
    (_CORPORATE_END, which ignores case and opens with \b, is searched only where a match ending
    the line can start: at most 14 characters before its end.)"""
    if (
        not following
        or _CORPORATE_END.search(line, max(0, len(line) - LEGAL_FORM_LONGEST))
        or FORM.match(following)
        or _FILING_LINE.match(following)
    ):
        return False
    return bool(_OPEN_END.search(line) or following[:1].islower())


def _unlabelled_block(lay: Layout) -> list[str]:
    """The filing lines just above the salutation (and the company line over them), when no Re: label
    precedes them; a bare "Re:" that extraction put under the block is passed over."""
    if lay.salutation is None:
        return []
    end = lay.salutation
    if lay.re_start is not None and lay.re_start == end - 1:
        end -= 1  # "Re:" alone, printed beside the block in the PDF
    elif lay.re_start is not None:
        return []
    floor = lay.date + 1 if lay.date is not None and lay.date < end else 0
    start = end
    while start > floor and _is_filing_line(lay.lines[start - 1]):
        start -= 1
    if start in (end, floor):
        return []
    above = lay.lines[start - 1]
    if _SEC_OR_ADDRESS.search(above) or has_date(above) or len(above) > 100:
        return []
    return lay.lines[start - 1 : end]


def _is_filing_line(text: str) -> bool:
    return bool(search_form(text) or _FILING_LINE.match(text) or _REGISTRATION_NO.match(text))


def _matter_of(lay: Layout) -> str | None:
    """An order's "In the Matter of" / "Carrier Global Corporation"."""
    head = lay.lines[: lay.head_end]
    for i, text in enumerate(head):
        if _MATTER_OF.fullmatch(text):
            named = [t for t in head[i + 1 : i + 4] if _LETTER.search(t)]
            return _name(named[0], "") if named else None
    return None


def registrants(labelled: list[str]) -> int:
    """How many companies a Re: block names, each on a line of its own ending in a corporate suffix, before
    its first form ("Re: NRG Energy, Inc." / "NRG Yield, Inc." / "Forms 10-K ...")."""
    count = 0
    for line in labelled:
        if search_form(line):
            break
        line = line.rstrip()
        count += _CORPORATE_END.search(line, max(0, len(line) - LEGAL_FORM_LONGEST)) is not None
    return count


def defined_company(opening: str) -> str | None:
    """The company a company letter's opening defines as "the Company" (or "the Registrant", "the Issuer"),
    or, in a request letter, the company that makes the request."""
    found = None
    if "Company" in opening or "Registrant" in opening or "Issuer" in opening:
        found = _DEFINED.search(opening)
    if found is None and "request" in opening:
        found = _REQUESTER.search(opening)
    return found.group(1) if found else None
