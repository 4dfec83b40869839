"""Who wrote the letter: the SEC staff or the company (or its counsel)?

Decided from the letter's structure, not its topic. A staff letter has the Commission's
letterhead above the date (a logo, "Mail Stop 4720", "DIVISION OF CORPORATION FINANCE"), is
addressed to a company officer, and is signed by the Division or one of its Offices; its
contacts are staff phone numbers (202) 551-xxxx. A company letter is addressed TO the
Commission (its inside address is "100 F Street, N.E., Washington, D.C. 20549"), is sent
"Via EDGAR", greets "Ladies and Gentlemen", calls the reviewers "the Staff" and is signed by an
officer or a law firm. Each cue votes; no single one decides, so that a PDF company letter
or an HTML staff letter still lands on the right side.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..anchored import anchored_search, folds_exactly
from .layout import Layout

_SEC = re.compile(
    r"securities\s+and\s+exchange\s+commission|division\s+of\s+corporation\s+finance|100\s+F\s+Street|\b20549\b",
    re.I,
)
_SEC_START = re.compile("securities|division|100|20549")  # where a _SEC match starts, in lower-cased text
_STAFF_MARK = re.compile(r"securities and exchange commission logo|^mail\s*stop\s+\d+|^division of$", re.I)
_LETTERHEAD_START = re.compile(r"^(?:united states|division of|mail\s*stop)", re.I)
_EDGAR = re.compile(r"\b(?:via|by)\s+(?:edgar|electronic)|\bedgar\s+(?:submission|correspondence)", re.I)
_IGNORECASE = int(re.IGNORECASE)  # (as a plain int: a flag of re's enum makes "&" build a new flag, which is slow)
_EDGAR_START = re.compile("via|by|edgar")  # where an _EDGAR match starts, in lower-cased text
_SIGNED_BY_OFFICE = re.compile(
    r"\bDivision of Corporation Finance\b|^Office of (?!the\b)[A-Z]|\b(?:Assistant|Associate|Deputy) Director\b"
    r"|\b(?:Accounting |Legal )?Branch Chief\b|\bOffice Chief\b|\bStaff (?:Accountant|Attorney)\b"
    r"|\bAttorney[- ]Advis[oe]r\b|\bAssistant Chief Accountant\b",
    re.M,
)
# the first word of each of _SIGNED_BY_OFFICE's phrases: its matches start there (it opens with \b or ^)
_SIGNED_BY_OFFICE_START = re.compile(
    "Division|Office|Assistant|Associate|Deputy|Accounting|Legal|Branch|Staff|Attorney"
)
# (its matches open with "We" or "This", in any case: side tries it only on a line opening with W or T)
_STAFF_OPENING = re.compile(
    r"^(?:We have (?:reviewed|limited our review|completed our review|concluded)|"
    r"(?:This is to advise you that )?We (?:do not intend to|will not|did not) review)",
    re.I,
)
_DELEGATED = re.compile(r"by the Division of Corporation Finance,? pursuant to delegated authority", re.I)
_SEC_PHONE = re.compile(r"\(?202\)?[\s.-]*551[\s.-]*\d{4}")
_COPIES = re.compile(r"^(?:cc|c:|copy to|copies to|enclosures?)\b", re.I)  # ends the signature block
_UNSIGNED_TAIL = 4  # the last lines read for the signature of a letter printing no closing word
_COPIES_FIRST = "cCeE"  # the first letters of _COPIES's words, in any case (no other character matches them case-blind)
_CAPITAL_STAFF = re.compile(
    # "the Staff" found from its rarer word back (a leading \b would make re try every position)
    r"Staff\b(?<=\bthe Staff)(?!\s+(?:Accountant|Attorney))|\(the\s+[\"“]Staff[\"”]\)"
)
# "respectfully", "the company", "on behalf of" (over lower-cased text), each found by its last
# letters and checked backwards: a leading \b would make re try every position of the text
_COMPANY_WORDS = re.compile(r"(?:y(?<=\brespectfully)|y(?<=\bthe company)|f(?<=\bon behalf) of)\b")


@dataclass(frozen=True, slots=True)
class _Parts:
    """The parts of a letter the cues read."""

    lay: Layout
    head: list[str]
    date: int
    letterhead: list[str]
    inside: list[str]
    sec_first: bool  # the letterhead's first line names the Commission


def _parts(lay: Layout) -> _Parts:
    head = lay.lines[: lay.head_end]
    date = lay.date if lay.date is not None else 0
    letterhead = head[:date]
    sec_first = bool(letterhead) and _names_sec(letterhead[0])
    staff_top = sec_first or bool(letterhead) and bool(_LETTERHEAD_START.match(letterhead[0]))
    return _Parts(lay, head, date, letterhead, head[date + 1 if staff_top else 0 : 25], sec_first)


def _letterhead(p: _Parts) -> int:
    top = _top(p.letterhead)  # (which opens with the letterhead's first line, when it holds any)
    named = bool(top) and (p.sec_first or any(_names_sec(t) for t in top[1:]))
    return 3 * _staff_mark(p.head[: p.date + 3]) + 2 * named


def _staff_mark(lines: list[str]) -> bool:
    """``_STAFF_MARK`` in one of the lines: looked for only in a line that opens with "m" or "d" (in
    any case) or says "logo" (a case-blind pattern is tried at every position); "logo" is first
    looked for in the lines joined, so that no line need be lower-cased when none says it."""
    logo = "logo" in "\n".join(lines).lower()
    return any((text[:1] in "mMdD" or logo and "logo" in text.lower()) and _STAFF_MARK.search(text) for text in lines)


def _signed_by_office(block: list[str]) -> bool:
    """``_SIGNED_BY_OFFICE`` in the signature: tried only where the first word of one of its phrases is."""
    text = "\n".join(block)
    return anchored_search(_SIGNED_BY_OFFICE, _SIGNED_BY_OFFICE_START, text, text) is not None


def _gentlemen(p: _Parts) -> bool:
    return p.lay.salutation is not None and "gentlemen" in p.lay.lines[p.lay.salutation].lower()


def _body(p: _Parts) -> list[str]:
    return p.lay.lines[p.lay.body_start :]


# Each cue: its name, the least and the most it can vote, and how it is read; the cheap ones first,
# so that the costly ones (which read the whole body) are read only when the sum is still open.
_CUES: tuple[tuple[str, int, int, Callable[[_Parts], int]], ...] = (
    ("staff letterhead", 0, 5, _letterhead),
    ("addressed to the Commission", -3, 0, lambda p: -3 * _any_line(p.inside, _SEC, _SEC_START, _sec_words)),
    ("sent via EDGAR", -2, 0, lambda p: -2 * _any_line(p.head, _EDGAR, _EDGAR_START, _edgar_words)),
    ("ladies and gentlemen", -2, 0, lambda p: -2 * _gentlemen(p)),
    ("staff opening", 0, 2, lambda p: 2 * any(t[:1] in "WwTt" and _STAFF_OPENING.match(t) for t in _body(p)[:3])),
    ("signed by the Division", 0, 3, lambda p: 3 * _signed_by_office(_signature(p.lay))),
    ("staff phone numbers", 0, 1, lambda p: _found(_SEC_PHONE, " ".join(_before_closing(p.lay)), "551")),
    ("the Staff", -2, 0, lambda p: -2 * _found(_CAPITAL_STAFF, " ".join(_body(p)), "Staff")),
    ("order by delegated authority", 0, 3, lambda p: 3 * _found(_DELEGATED, " ".join(p.lay.lines[-30:]), "delegated")),
    ("company words", -1, 0, lambda p: -1 * _company_words(" ".join(_body(p)[:40]).lower())),
)


def staff_votes(lay: Layout) -> dict[str, int]:
    """Each structural cue and its vote: positive for staff, negative for company."""
    parts = _parts(lay)
    votes = {name: read(parts) for name, _, _, read in _CUES}
    return {k: v for k, v in votes.items() if v}


_LEAST = sum(cue[1] for cue in _CUES)  # the sum of the votes can be no lower
_MOST = sum(cue[2] for cue in _CUES)  # nor higher


def written_by_staff(lay: Layout) -> bool:
    """True when the staff cues outweigh the company cues: the cues are read in turn until those
    left could no longer tip the sum either way (the answer is the same as summing every vote)."""
    parts = _parts(lay)
    total = 0
    least, most = _LEAST, _MOST
    for _, low, high, read in _CUES:
        if total + least > 0 or total + most <= 0:
            break
        total += read(parts)
        least, most = least - low, most - high
    return total > 0


def _found(pattern: re.Pattern[str], text: str, word: str) -> bool:
    """``pattern`` in ``text``, searched only when ``word``, which every match holds, is there (in
    lower case, when the pattern ignores case: only then is the text lower-cased to look)."""
    probe = text.lower() if pattern.flags & _IGNORECASE else text
    return word in probe and bool(pattern.search(text))


def _names_sec(text: str) -> bool:
    """``_SEC`` in the line: looked for only when one of its words is there (a case-blind pattern
    opening with \\b is tried at every position; the lower-cased line tells, see folds_exactly)."""
    if _sec_words(text.lower()) or not folds_exactly(text):
        return bool(_SEC.search(text))
    return False


def _sec_words(low: str) -> bool:
    """A lower-cased text holds a word that each _SEC match holds."""
    return "securities" in low or "division" in low or "100" in low or "20549" in low


def _via_edgar(text: str) -> bool:
    """``_EDGAR`` in the line, looked for only when it says "edgar" or "electronic" (as _names_sec)."""
    if _edgar_words(text.lower()) or not folds_exactly(text):
        return bool(_EDGAR.search(text))
    return False


def _edgar_words(low: str) -> bool:
    """A lower-cased text holds a word that each _EDGAR match holds."""
    return "edgar" in low or "electronic" in low


def _any_line(
    lines: list[str], pattern: re.Pattern[str], anchors: re.Pattern[str], words: Callable[[str], bool]
) -> bool:
    """Whether ``pattern`` matches in one of the lines. It is searched once, in the lines joined by a NUL
    (which no match can hold or cross: it is neither white space nor a word character, as the ends of
    a line are to \\b), and only when their lower-cased text holds the ``words`` it needs; and there it
    is tried only where ``anchors``, the lower-case words its matches start with, are found in that
    text (unless the lines fold case unlike their lower-cased copy: see folds_exactly)."""
    joined = "\0".join(lines)
    if not folds_exactly(joined):
        return pattern.search(joined) is not None
    low = joined.lower()
    return words(low) and anchored_search(pattern, anchors, joined, low) is not None


def _company_words(low: str) -> bool:
    """Two or more of the company's words in the lower-cased text (counted when one is there at all)."""
    if "respectfully" in low or "the company" in low or "on behalf" in low:
        return len(list(itertools.islice(_COMPANY_WORDS.finditer(low), 2))) == 2  # the first two settle it
    return False


def _top(letterhead: list[str]) -> list[str]:
    """The first lines of a letterhead, up to any "Via EDGAR" (above which a company's own name stands)."""
    top = []
    for text in letterhead[:4]:
        if len(text) > 80 or _via_edgar(text):
            break
        top.append(text)
    return top


def _before_closing(lay: Layout, reach: int = 30) -> list[str]:
    end = lay.closing if lay.closing is not None else len(lay.lines)
    return lay.lines[max(lay.body_start, end - reach) : end]


def _signature(lay: Layout) -> list[str]:
    """The signature block: from the closing word to a "cc:" line, at most 8 lines (_COPIES is tried
    only on a line opening with the first letter of one of its words); in a letter printing no closing word, its
    last lines after the body's first ("... or absence of action by the staff." / "Division of Corporation
    Finance" / "Office of Transportation and Leisure": a staff letter whose "Sincerely," was an image)."""
    block: list[str] = []
    if lay.closing is None:
        last = lay.lines[max(lay.body_start + 1, len(lay.lines) - _UNSIGNED_TAIL) :]
        return list(itertools.takewhile(lambda t: not (t[:1] in _COPIES_FIRST and _COPIES.match(t)), last))
    for text in lay.tail(9)[1:]:
        if text[:1] in _COPIES_FIRST and _COPIES.match(text):
            break
        block.append(text)
    return block
