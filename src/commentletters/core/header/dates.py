"""Dates as letters print them: "August 25, 2020", "Sept. 5, 2019", "25 August 2020", "8/25/2020".

Letters are typed by people and extracted from PDFs, so a date may carry stray spaces
("August 25 , 2020"), lose the comma, or be split across a line break; callers join lines
with a space before searching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..anchored import anchored_matches, folds_exactly
from ..extract.marks import WEEKDAY

_MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# the full stop of a month's name cut short ("Apr. 23"), which ends no sentence: for spans that stop at one
MONTH_POINT = r"(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|(?<=\bSept))\."
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# a month and its day: "August 25", "Aug. 25", "August 25th"
_MONTH_DAY = rf"(?P<month>{_MONTHS})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
# "August 25, 2020", "Aug. 25 2020", "August 25 , 2020", "August 25th, 2020"
_MDY = rf"{_MONTH_DAY}\s*,?\s*{_YEAR}"
# "25 August 2020", "25th of August, 2020"
_DMY = rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTHS})\.?,?\s+(?P<year2>(?:19|20)\d{{2}})"
# "8/25/2020", "08-25-2020"
_NUM = r"(?P<nm>\d{1,2})[/-](?P<nd>\d{1,2})[/-](?P<ny>(?:19|20)\d{2})"
DATE = re.compile(rf"\b(?:{_MDY}|{_DMY}|{_NUM})\b", re.I)
PLAIN_DATE = re.sub(r"\(\?P<\w+>", "(?:", DATE.pattern)  # the same, without named groups: usable twice
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")  # cheap test that a line may hold a date at all
# Where a date can start in the lower-cased text: a month's name with the day's first digit after it, or
# the first of one or two digits (none before them) followed by "/", "-", an ordinal's letters or white
# space. DATE opens with \b and ignores case, so the regex engine would otherwise try it at every
# position; each alternative here opens with its own letter or digit, which lets the engine skip to those.
_DATE_START = re.compile(
    "|".join(
        [rf"{month.lower()}\.?\s*[0-9]" for month in _MONTHS.split("|")]
        + [rf"{digit}(?<![0-9][0-9])[0-9]?(?:[/-]|(?:st|nd|rd|th)?\s)" for digit in "0123456789"]
    )
)
_BEFORE_YEAR = len("25th of september., ")  # from where a date starts to its year, at most (single spaces)
_START_LONGEST = len("september. 1")  # the longest _DATE_START match (single spaces)
# a year's first two digits, one pattern each: led by a literal, a search skips to it (the engine tries
# an alternation such as _YEAR_HINT's at every position, which costs much over a long opening)
_YEAR_19 = re.compile(r"19\d\d")
_YEAR_20 = re.compile(r"20\d\d")
_DIGIT = re.compile(r"\d")
_ASCII_BYTES = bytes(range(128))
_LABEL = r"(?:Dated?|Date of letter)\s*:?"  # "Dated:" before a date line
# the day of the week a date may open with ("Tuesday, August 25, 2020", "Tues., Aug. 25, 2020"), as some firms date
# their letters and name the staff's: part of the date
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY})\s*,?\s*$", re.I)
_WEEKDAY_REACH = len("Wednesday , ")
# a line that is only a date (after any label and day of the week), as line_date tells it: white space, the label
# and the day before the date (no month's name nor digit in them, so no date starts there), full stops and commas
# after it
_DATE_LINE = re.compile(rf"\s*(?:{_LABEL}\s*)?(?:(?:{WEEKDAY})\s*,?\s*)?(?:{DATE.pattern})[ .,]*", re.I)
# a line that is only an ISO date ("2017-08-30", after any label): read as a date line, never in prose,
# where such a string may be anything from a file name to a version (find_dates does not take it)
_ISO_LINE = re.compile(rf"\s*(?:{_LABEL}\s*)?(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ .,]*", re.I)


# "May 20", "Sept. 5th" with no year after it (a year would make it DATE's)
_NO_YEAR = re.compile(rf"\b{_MONTH_DAY}\b(?!\s*,?\s*(?:19|20)\d\d|\s*[/-]\d)", re.I)


@dataclass(frozen=True, slots=True)
class Found:
    """A date found in a text: its ISO form and where it was."""

    iso: str
    start: int
    end: int


def _month(name: str) -> int:
    # casefold, not lower: re.I lets "ſ" (long s) stand for "s" ("ſept."), which lower() keeps
    return _MONTH_KEYS.index(name.casefold()[:3]) + 1


def _iso(year: str, month: int, day: str) -> str | None:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def match_iso(m: re.Match[str]) -> str | None:
    """The ISO date a match of DATE (or of a pattern holding DATE's groups) spells, if a real date."""
    month, day, year, month2, day2, year2 = m.group("month", "day", "year", "month2", "day2", "year2")
    if month:
        return _iso(year, _month(month), day)
    if month2:
        return _iso(year2, _month(month2), day2)
    return _iso(m.group("ny"), int(m.group("nm")), m.group("nd"))


def find_dates(text: str) -> list[Found]:
    """Every valid calendar date in ``text``, in order."""
    found: list[Found] = []
    year = _next_year(text, 0, [-1, -1])
    if year == len(text):
        return found  # every date holds its year: skip the full search (slow, as it ignores case)
    plain = text.isascii() or (folds_exactly(text) and _digits_plain(text))
    for m in _date_matches(text, year) if plain else DATE.finditer(text):
        value = match_iso(m)
        if value:
            found.append(Found(value, _day_of_week_at(text, m.start()), m.end()))
    return found


def _day_of_week_at(text: str, start: int) -> int:
    """Where a date starting at ``start`` starts with its day of the week, if one opens it ("dated Tuesday, August
    25, 2020": a letter attached to the date reads as attached to the day)."""
    if start < 4 or text[start - 1] not in " ,.":
        return start
    m = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    return start if m is None else m.start()


def yearless_date_at(text: str, pos: int, before: str) -> Found | None:
    """The date printed without its year that starts at ``pos`` ("May 20" in "your letter dated May 20"), in
    the latest year that puts it on or before the ISO date ``before`` (the letter's own date: a date it
    names without a year is recent); None when none starts there."""
    m = _NO_YEAR.match(text, pos)
    if m is None:
        return None
    year, month, day = int(before[:4]), _month(m.group("month")), m.group("day")
    value = _iso(str(year), month, day)
    if value is not None and value > before:
        value = _iso(str(year - 1), month, day)
    return None if value is None else Found(value, m.start(), m.end())


# a date printed without its year, then "and" right before a date with its year: "May 1 and May 15, 2024"
_SHARING_YEAR = re.compile(rf"\b(?P<first>{_MONTH_DAY})\s*,?\s+(?:and|&)\s+$", re.I)
_SHARING_REACH = len("September. 30th, and ")


def with_shared_years(text: str, found: list[Found]) -> list[Found]:
    """``found`` (dates of ``text``, in order) with each date printed without its year right before one of them,
    joined by "and", in that date's year ("the Staff's letters dated May 1 and May 15, 2024"), or the year before
    where its month comes later ("December 20 and January 5, 2024")."""
    out: list[Found] = []
    for f in found:
        head = max(0, f.start - _SHARING_REACH)
        m = _SHARING_YEAR.search(text, head, f.start)
        if m is not None:
            year, month = int(f.iso[:4]), _month(m.group("month"))
            value = _iso(str(year - 1 if month > int(f.iso[5:7]) else year), month, m.group("day"))
            if value is not None:
                out.append(Found(value, m.start(), m.end("first")))  # (its ordinal's letters too: "May 1st")
        out.append(f)
    return out


# two days of one month sharing its name and year: "May 1 and 15, 2024" (found from the joint: most texts have none)
_DAYS_JOINED = re.compile(r"\d(?:st|nd|rd|th)?\s*,?\s+(?:and|&)\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*(?:19|20)\d\d", re.I)
_SHARING_MONTH = re.compile(
    rf"\b(?P<first>{_MONTH_DAY})\s*,?\s+(?:and|&)\s+(?P<day3>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_YEAR}\b", re.I
)
_SHARING_MONTH_REACH = len("September. 30th")


def with_shared_months(text: str, found: list[Found]) -> list[Found]:
    """``found`` (dates of ``text``, in order) with the two days of a month printed once before them, joined by
    "and" ("the Staff's letters dated May 1 and 15, 2024": neither is a date alone), each where its day is."""
    out = list(found)
    for joint in _DAYS_JOINED.finditer(text):
        m = _SHARING_MONTH.search(text, max(0, joint.start() - _SHARING_MONTH_REACH), joint.end())
        if m is None or m.end() != joint.end():
            continue
        month, year = _month(m.group("month")), m.group("year")
        first, second = _iso(year, month, m.group("day")), _iso(year, month, m.group("day3"))
        if first is not None and second is not None:
            out += [Found(first, m.start(), m.end("first")), Found(second, m.start("day3"), m.end())]
    return sorted(out, key=lambda f: f.start) if len(out) > len(found) else found


def _digits_plain(text: str) -> bool:
    """Whether every digit (\\d) of ``text`` is one of 0-9, as _DATE_START takes them: the other digits
    (Arabic, full-width) are not ASCII, so only the text's non-ASCII characters are looked at, picked
    out of its UTF-8 bytes (in which no ASCII byte is part of another character) by one C loop."""
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return not _DIGIT.search(others.decode("utf-8", "surrogatepass"))


def _next_year(low: str, pos: int, seen: list[int]) -> int:
    """Where ``_YEAR_HINT.search(low, pos)`` finds a year (len(low) when none): the nearer of a
    19xx and a 20xx from ``pos`` on. ``seen`` keeps where each was found last, for the next call
    (from a later ``pos``): a search is done again only for the one found before ``pos``."""
    if seen[0] < pos:
        year = _YEAR_19.search(low, pos)
        seen[0] = len(low) if year is None else year.start()
    if seen[1] < pos:
        year = _YEAR_20.search(low, pos)
        seen[1] = len(low) if year is None else year.start()
    return min(seen)


def _date_matches(text: str, first_year: int) -> list[re.Match[str]]:
    """DATE's matches in a text whose digits are 0-9 and whose lower-cased copy folds case as DATE
    does: tried where _DATE_START is found in the copy, and that is looked for only before years
    (the first of them at ``first_year``: no year, and so no date, ends before it).

    Every date holds its year, at most _BEFORE_YEAR characters after where _DATE_START finds it when
    no white space is longer than one space, as in the header's folded lines ("September. 25th , 2020",
    "25th of September., 2020"): so the search for a date's start need only begin that far before
    each year, not go through every month-like word and number of the prose between them; and it
    ends _START_LONGEST characters after the year's start, where any start found at or before the
    year ends (a later start would be passed over anyway): a text with many years and no date, such
    as "4.950% Senior Notes due 2021", is not searched to its end once for each year."""
    if "  " in text or not text.isprintable():  # a longer run of white space may part a date's words
        return anchored_matches(DATE, _DATE_START, text, text.lower())
    found: list[re.Match[str]] = []
    pos = 0
    seen = [-1, -1]  # (_next_year: years are looked for in the text itself, as lower-casing keeps digits)
    while (at := _next_year(text, max(pos, first_year), seen)) < len(text):
        start = _start_before(text, max(pos, at - _BEFORE_YEAR), at + _START_LONGEST)
        if start < 0 or start > at:
            pos = at + 1  # no date holds this year: none starts before it
            continue
        match = DATE.match(text, start)
        if match:
            found.append(match)
            pos = match.end()
        else:
            pos = start + 1
    return found


def _start_before(text: str, pos: int, end: int) -> int:
    """Where ``_DATE_START.search(text.lower(), pos, end)`` finds a date's start (-1: nowhere), read
    in that part of the text lower-cased alone (and the two characters before it, which its
    lookbehind reads), not in the whole text lower-cased: the caller's text keeps its length when
    lower-cased (folds_exactly), and a long text with curly quotes costs much to lower."""
    base = max(0, pos - 2)
    start = _DATE_START.search(text[base:end].lower(), pos - base)
    return -1 if start is None else base + start.start()


def has_date(text: str) -> bool:
    """Whether DATE matches anywhere in ``text`` (a real calendar date or not): looked for only when
    the text holds a year, as every match does."""
    return bool(_YEAR_HINT.search(text)) and bool(DATE.search(text))


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO, or None."""
    dates = find_dates(text)
    return dates[0].iso if dates else None


def is_date_line(text: str) -> bool:
    """A line that is only a date, perhaps after "Dated:"/"Date:"."""
    return line_date(text) is not None


def line_date(text: str) -> str | None:
    """The date (ISO) of a line that is only a date, perhaps after "Dated:"/"Date:"; else None.

    Such a line holds one date (a valid one, as find_dates reads it), with nothing before it but
    white space and the label, and nothing after it but full stops, commas and spaces. DATE ends
    with its year and a date after it would need one more, so the date that _DATE_LINE matches
    whole is the one find_dates finds there, and no other date is in the line. The date may also
    be written the ISO way ("2017-08-30", a valid calendar date), where "August 30, 2017" would
    stand: only a whole line reads so (_ISO_LINE), and find_dates does not find it."""
    end = text.rstrip(" .,")
    if len(text) > 100 or not end[-2:].isdigit():
        return None  # most lines: skip the full match (a date line ends with its year or, ISO, its day)
    if end[-3:-2] == "-":
        iso = _ISO_LINE.fullmatch(text)
        return _iso(iso.group("y"), int(iso.group("m")), iso.group("d")) if iso else None
    if end[-4:-2] not in ("19", "20"):
        return None
    m = _DATE_LINE.fullmatch(text)
    return match_iso(m) if m else None
