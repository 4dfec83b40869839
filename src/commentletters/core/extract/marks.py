"""What a single line of page furniture looks like, judged line by line.

These are the shapes every SEC letter's furniture takes, whatever the company: a page marker
("Page 2", "August 25, 2020 Page 2", "Page -2- ", "Page 2 of 3", "- 2 -"), template residue
left by the staff's word-processing template ("FirstName LastName", "Comapany Name…"), a
confidential-treatment legend (Rule 83) and a Bates-style page code ("AI-001"). Whether a line
that *could* be furniture is furniture is decided in ``furniture.py`` from where it sits.
"""

from __future__ import annotations

import re

from ..corporate import GROUP_WORD, LEGAL_FORM

_MONTHS = [
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
    *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
]
MONTHS = frozenset(_MONTHS)

_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A date alone, as letters print one: "May 9, 2017", "May 9th, 2017", "9 May 2017", "9th of May, 2017", "5/9/2017",
# its day of the week before it or not ("Tuesday, May 9, 2017", "Tues., May 9, 2017")
# (read case-blind; the header's dates read it too: "dated Tuesday, August 25, 2020")
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day|\.)?"
_DATE = re.compile(
    rf"^\s*(?:{WEEKDAY}\s*,?\s*)?(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE})\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*$",
    re.I,
)
# "Page 2", "Page -2-", "PAGE 2 OF 3", optionally after a date or other header text on the line.
_PAGE_TAIL = re.compile(r"(?:^|[^,\w])\s*(?:Page|PAGE)\s*[-–—|]?\s*(\d{1,3})\s*[-–—]?(?:\s+(?:of|OF)\s+\d{1,3})?\s*$")
_PAGE_HEAD = re.compile(r"^(?:Page|PAGE)\s*[-–—]?\s*(\d{1,3})\s*[-–—]?\s*(.*)$")
# Lines made only of page-marker words, numbers and date words: "Page 2 8, 2021 Page 2" (garbled).
_MARKER_TOKEN = re.compile(rf"^(?:page|of|\d{{1,4}},?|[-–—]\d{{1,3}}[-–—]|[-–—]|{_MONTH_RE}\.?,?)$", re.I)
_BARE_NUMBER = re.compile(r"^\s*[-–—(\[]?\s*(\d{1,3})\s*[-–—)\]]?\s*$")
_RESIDUE = re.compile(r"FirstName|LastName|Comapany|(?:^|[\s,])Name(?=[A-Z])")
_RESIDUE_WORD = re.compile(r"Comapany\s*Name|FirstName|LastName|Comapany")
_NAME = re.compile(r"(?<![^\s,])Name(?=[A-Z])")  # at the start or after a space or comma
_LEGEND = re.compile(r"(?:FOIA\s*)?confidential\s+treatment\s+request(?:ed)?\b", re.I)
_PROSE_WORDS = 6  # words in lower case from which a line is a sentence, not a running header
_BATES = re.compile(r"^\s*[A-Z]{1,6}[-_ ]?\d{2,7}\s*$")
# Written "\d\d*" rather than "\d+" (the same matches): a pattern that opens with one character
# class, not a repeat, lets the regex engine skip to the positions where that class occurs.
_DIGITS = re.compile(r"\d\d*")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9]*(?:[.'’&-][A-Za-z0-9]+)*")


def is_date(text: str) -> bool:
    """A line that is only a date ("November 17, 2014", "17 November 2014", "11/17/2014")."""
    return bool(_DATE.match(text))


def ends_broken_sentence(text: str) -> bool:
    """A line that ends a sentence broken over lines, never a running header's: a date and a full stop
    ("... for these coverages at" / "December 31, 2016."), words in lower case and a full stop ("... the
    distribution of this" / "proxy statement."; a header's words open with a capital, or hold one: "eBay
    Inc.", "salesforce.com, inc."), or a full stop after a digit or a bracket ("... under ASC" /
    "280-10-50-11.", "... under ASC 606" / "(page 11)."; a header's name ends in a word)."""
    text = text.strip()
    if not text.endswith("."):
        return False
    if text[-2:-1].isdigit() or text[-2:-1] == ")":  # "… under ASC" / "280-10-50-11.", "… ASC 606" / "(page 11)."
        return True
    first = text.split(None, 1)[0]
    return (first.isalpha() and first.islower()) or is_date(text[:-1])


def page_marker(text: str) -> int | None:
    """The page number when the line is a running page marker, else None.

    The word must be capitalised ("Page"): headings cite pages in lower case ("…, page 46")
    and are not markers. Text before the marker is allowed (dates, the addressee) but not a
    comma, which is how a heading's page reference reads.
    """
    s = text.strip()
    if not s or len(s) > 160 or "Page" not in s and "PAGE" not in s and s[:4].lower() != "page":
        return None  # no pattern below can match: each needs "Page" or "PAGE", or "page" (any case) first
    m = _PAGE_TAIL.search(s, _tail_from(s))
    if m and not s[: m.start() + 1].rstrip().endswith(","):
        return int(m.group(1))
    m = _PAGE_HEAD.match(s)
    if m and (not m.group(2) or is_date(m.group(2).strip("<>[]() "))):  # "Page 2    <May 5, 2017>"
        return int(m.group(1))
    tokens = s.split()
    if len(tokens) >= 2 and all(_MARKER_TOKEN.match(t) for t in tokens):
        nums = [t.strip("-–—") for t in tokens if t.strip("-–—").isdigit()]
        if tokens[0].lower() == "page" and nums:
            return int(nums[0])
    return None


def _tail_from(s: str) -> int:
    """Where a match of _PAGE_TAIL can start at the earliest: its "Page" is the line's last (what
    follows it in a match holds no letters but "of"), and only white space and one other character
    stand before it in the match. (_PAGE_TAIL opens with no literal: searched from the line's start,
    it would be tried at every position.)"""
    at = max(s.rfind("Page"), s.rfind("PAGE"))
    if at < 0:
        return len(s)  # no "Page": no match
    while at > 0 and s[at - 1].isspace():
        at -= 1
    return max(0, at - 1)


def bare_number(text: str) -> int | None:
    """A line that is only a small number ("2", "- 2 -", "(2)"): a page number in a footer."""
    m = _BARE_NUMBER.match(text)
    return int(m.group(1)) if m else None


def has_residue(text: str) -> bool:
    """Template residue from the staff's letter template, e.g. "FirstName LastNameRay Young".

    Every residue word holds "Name" or "Comapany": a line with neither is not searched."""
    return ("Name" in text or "Comapany" in text) and bool(_RESIDUE.search(text))


def strip_residue(text: str) -> str:
    """The line with residue words removed ("Comapany NameApple Inc." → "Apple Inc.")."""
    return _NAME.sub(" ", _RESIDUE_WORD.sub(" ", text)).strip()


def is_legend(text: str) -> bool:
    """A confidential-treatment legend, which reads like a title, not a sentence."""
    s = text.strip()
    if len(s) > 160 or "confidential" not in s.lower() or not _LEGEND.search(s):
        return False
    words = [w for w in s.split() if w[:1].isalpha()]
    lower = sum(1 for w in words if w[0].islower())
    return lower <= max(1, len(words) // 4)


def is_legend_start(text: str) -> bool:
    """The first words of a legend ("[CONFIDENTIAL", "FOIA Confidential")."""
    return bool(re.match(r"^\W*(?:FOIA\s*)?confidential\b", text, re.I))


# A letterhead's contact line: a telephone number ("305 539 6000", "(212) 555-1234", "+44 20 7123 4567") beside a
# postal code ("33132-2028", "10019") or a web address ("royalcaribbeangroup.com", "www.acme.co.uk")
_PHONE = re.compile(r"(?<![\w-])(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,4})(?![\w-])")
_POSTAL_OR_WEB = re.compile(
    r"(?<![\w.-])\d{5}(?:-\d{4})?(?![\w.-])|(?:www\.|(?<![@\w.-])[a-z0-9-]+\.)[a-z0-9.-]*\b(?:com|org|net|co|io|us|uk)\b"
)
_CONTACT_MOST = 160  # a contact line is one line of the letterhead, never a paragraph
_CONTACT_LINES = 3  # the most lines a letterhead's address and telephone take
_BELOW_CONTACT = 2  # the most lines printed under them at the page's foot (a trademark notice)
# the company's name over its address: capitalised words ending in a corporate word ("Molson Coors Brewing Company")
_COMPANY_NAME = re.compile(rf"(?:[A-Z][\w&.,'\u2019-]*\s+){{0,5}}(?:{LEGAL_FORM}|PLC|{GROUP_WORD})\.?")


def is_contact_line(text: str) -> bool:
    """A letterhead's line of address and telephone: "1050 Caribbean Way, Miami, Florida 33132-2028 | 305 539 6000 |
    royalcaribbeangroup.com" (a telephone number beside a postal code or a web address), not a sentence giving
    them ("Please call me at 305 539 6000.") nor a signature's "Tel: (212) 555-1234 | jdoe@acme.com"."""
    return letterhead_footer([text]) == 0


def letterhead_footer(texts: list[str]) -> int:
    """Where the letterhead's footer starts among the last lines of a page (``texts``; their number when none is
    there): its address and telephone, on one line or up to three (:func:`is_contact_line`'s, "1801 California Street
    Suite 4600 · Denver, Colorado · 80202 · USA" / "Tel. (303) 927-2416"), with the company's name right over them
    and what the foot prints under them, two lines at most ("MOLSON is a registered trademark of ...")."""
    for j in range(len(texts)):
        if _PHONE.search(texts[j]) is None and _POSTAL_OR_WEB.search(texts[j]) is None:
            continue  # (the footer opens with its address or telephone, "* * *" above it is the letter's)
        for span in range(1, _CONTACT_LINES + 1):
            group = texts[j : j + span]
            if len(group) < span or len(group[-1]) > _CONTACT_MOST or reads_as_prose(group[-1], 4):
                break
            joined = " ".join(group)
            if _PHONE.search(joined) is not None and _POSTAL_OR_WEB.search(joined) is not None:
                if len(texts) - (j + span) > _BELOW_CONTACT:
                    return len(texts)
                return j - 1 if j > 0 and _COMPANY_NAME.fullmatch(texts[j - 1].strip()) else j
    return len(texts)


def is_bates(text: str) -> bool:
    """A Bates-style page code on a line of its own ("AI-001")."""
    return bool(_BATES.match(text))


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a line, for comparing header lines loosely.

    The line is lower-cased first, whole, unless it holds one of the two letters that lower-case to
    ASCII letters ("İ" to "i" and a dot, the Kelvin sign to "k") and would so change the tokens."""
    if "\u0130" in text or "\u212a" in text:
        return [w.lower() for w in _WORD.findall(text)]
    return _WORD.findall(text.lower())


def shape(text: str) -> str:
    """A line with digits folded and spaces squeezed, to see it repeat across pages."""
    return " ".join(fold_digits(text).split()).lower()


def fold_digits(text: str) -> str:
    """Each run of digits in the line as one "#"."""
    return _DIGITS.sub("#", text)


def reads_as_prose(text: str, least: int = _PROSE_WORDS) -> bool:
    """Whether a line reads as a sentence, not a header: ``least`` words or more in lower case, six unless
    told ("In response to the Staff's comment, we have revised the disclosure on page", an answer's stock
    opening, however often it stands by a page break; headers are names and titles: "Securities and
    Exchange Commission")."""
    words = text.split()
    return len(words) >= least and sum(word[:1].islower() for word in words) >= least
