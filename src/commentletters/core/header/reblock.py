"""The Re: block: the company, each filing reviewed (form, period end, filing date) and the file numbers.

The block is read as one string, so that a description broken over lines ("Form 10-K for the /
fiscal year ended January 29, 2023") reads whole. Each form named in it starts a filing; the
period and filing date are the ones printed between that form and the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..anchored import anchored_matches, folds_exactly
from ..letters import Filing, Letter
from .company import company, registrants
from .dates import DATE, MONTH_POINT, PLAIN_DATE, find_dates, match_iso
from .forms import find_forms, form_name
from .layout import Layout, unbreak

# a file number, its parts joined by a hyphen or by the dash a word processor makes of it ("001–12345", written so)
_NUMBER = r"\d{1,3}\s?[-\u2013\u2014]\s?\d{3,}(?:[-\u2013\u2014]\d{1,3})?"
_DASHES = str.maketrans("\u2013\u2014", "--")
_DASH_IN_CODE = re.compile(r"(?<=[A-Za-z0-9])[\u2013\u2014](?=[A-Za-z0-9])")
FILE_NO = re.compile(
    rf"(?:File|Registration)\s*(?:Nos?|Numbers?)\s*[.:]*\s*(?P<list>{_NUMBER}(?:\s*(?:,|;|&|and)\s*(?:{_NUMBER}))*)",
    re.I,
)
# the period a report covers: "for the (fiscal) year / quarterly period / three months ended DATE" (and
# never "Filed ... and amended March 29, 2024", whose date is an amendment's)
# (or a transition report's: "for the transition period from July 1, 2023 to December 31, 2023", its end)
_PERIOD = re.compile(
    rf"\bfor\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:ended|ending)"
    rf"|transition\s+period\s+from\s+(?:{PLAIN_DATE})\s*,?\s+(?:to|through))\s*:?\s*(?:{DATE.pattern})",
    re.I,
)
# the filing date: "Filed February 26, 2024", "filed on ...", "filed with the SEC on ...", "filed by Harris
# Corporation on ..." (a short clause without digits or brackets between the verb and "on")
_FILED = re.compile(
    # (the schedule or form it is filed on may stand before the date: "Filed on Schedule 14A November 8, 2019")
    rf"\b(?:filed|submitted|furnished)\b(?:[^;()\d]{{0,80}}?\bon\b)?(?:\s+(?:Schedule|Form)\s+[\w-]+)?"
    rf"\s*[,:]?\s*(?:{DATE.pattern})",
    re.I,
)
_DIGIT = re.compile(r"\d")
_NUMBER_RE = re.compile(_NUMBER)
_INLINE_RE = re.compile(r"(?:^|\s)R[Ee]\s*:\s")  # "Re:" inside a line
# the first words of FILE_NO, _PERIOD and _FILED
_FILE_NO_START = re.compile(r"file|registration")
_PERIOD_START = re.compile(r"for\s")
_FILED_START = re.compile(r"filed|submitted|furnished")
# a salutation inside a long line (letters extracted as one paragraph): the Re: block ends there
_SALUTATION_IN_LINE = re.compile(r"\b(?:Dear\s+(?:Mr|Ms|Mrs|Dr|Messrs|Mses|Sir|Madam)\b|Ladies and Gentlemen)")


def re_block_text(lay: Layout, labelled: list[str] | None = None) -> str:
    """The Re: block as one string; the whole header when the letter prints no "Re:" label.
    (``labelled``: ``lay.re_lines()``, when the caller has read them.)"""
    lines = (lay.re_lines() if labelled is None else labelled) or lay.lines[: lay.head_end]
    text = " ".join(lines)
    if lay.salutation is None:
        inline = _INLINE_RE.search(text)
        if inline:
            text = text[inline.end() :]
        cut = _SALUTATION_IN_LINE.search(text)
        text = text[: cut.start()] if cut else text[:1500]
    return unbreak(text)


def read_re_block(lay: Layout, letter: Letter) -> None:
    """Fill ``file_numbers``, ``filings_reviewed`` and ``company`` from the Re: block."""
    labelled = lay.re_lines()  # read once for the block's text and its company
    text = re_block_text(lay, labelled)
    letter.file_numbers = file_numbers(text)
    letter.company = company(lay, labelled)
    letter.filings_reviewed = filings(text, letter.company, lambda: registrants(labelled))


def file_numbers(text: str) -> list[str]:
    """Every number after "File No."/"File Nos."/"File Number", in order, without repeats."""
    numbers: list[str] = []
    exact = folds_exactly(text)  # else the lower-cased text may not show every match
    for m in anchored_matches(FILE_NO, _FILE_NO_START, text, text.lower()) if exact else FILE_NO.finditer(text):
        for num in _NUMBER_RE.findall(m.group("list")):
            num = "".join(num.split()).translate(_DASHES)  # without its white space (str.isspace, as \s reads it)
            if num not in numbers:
                numbers.append(num)
    return numbers


def filings(text: str, registrant: str | None = None, companies: int | Callable[[], int] = 1) -> list[Filing]:
    """One :class:`Filing` per form named, with the period and filing date printed after it.

    A form named in the plural names several filings of it: one per filing date printed ("Forms 8-K filed
    February 29, 2016 and May 5, 2016"), else one per registrant of a block that names ``companies``
    ("NRG Energy, Inc. / NRG Yield, Inc. / Forms 10-K for the Fiscal Year Ended December 31, 2015").
    ``companies`` may be a function that counts them: it is called only for such a form (few blocks name one).

    A proxy filing made by someone other than the ``registrant`` (a shareholder's proxy fight: "Filed
    April 23, 2018 by Elaine P. Wynn", "Preliminary Proxy Statement on Schedule 14A filed by Jonathan
    Litt, ...") has EDGAR's code for a non-management filer (:data:`_BY_OTHER`). Forms joined by "and"
    before one period or date share it ("PREC14A and DFAN14A Filed March 28, 2024"); a code followed by
    the schedule it is made on is one filing (:func:`_schedules_restated_out`). A form's code printed with a
    word processor's dash for its hyphen ("Form 10–K") is read with the hyphen."""
    if "\u2013" in text or "\u2014" in text:
        text = _DASH_IN_CODE.sub("-", text)  # (one character for one: the segments' places stay)
    found = _schedules_restated_out(text, find_forms(text))
    if '"' in text or "“" in text:  # (no defined term without quotes)
        found = [m for m in found if not _inside_defined_term(text, m.start())]
    exact = folds_exactly(text)  # and so does every segment of it
    out: list[Filing] = []
    joined: list[int] = []  # the filings whose form is joined to the next one's by "and" alone
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        segment = text[m.end() : end]
        low = segment.lower()
        period = _first_iso(_PERIOD, _PERIOD_START, segment, low, exact) if "end" in low or "transit" in low else None
        filed = (
            _first_iso(_FILED, _FILED_START, segment, low, exact)
            if "led" in low or "ubm" in low or "urn" in low
            else None
        )
        form = form_name(m)
        if "amendment" in low and not form.endswith("/A") and _AMENDMENT_AFTER.search(segment):
            form += "/A"  # "Registration Statement on Form S-4" / "Amendment No. 1" / "Filed ...": the amendment
        if form in _BY_OTHER and registrant and "by" in low and _filed_by_other(segment, registrant):
            form = _BY_OTHER[form]
        if (m.group("word") or "").lower() != "forms":
            if i + 1 < len(found) and _JOINT.fullmatch(segment):
                joined.append(len(out))
            out.append(Filing(form, period, filed))
            if filed and "respectively" in low:
                _respectively(out, _filing_dates(segment, low))
            continue
        dates: list[str | None] = [*_filing_dates(segment, low)] if filed else []
        if not dates:
            dates = [filed] * max(1, companies() if callable(companies) else companies)
        out.extend(Filing(form, period, iso) for iso in dates)
    for k in reversed(joined):  # "PREC14A and DFAN14A Filed March 28, 2024": the date after both is each one's
        if k + 1 < len(out) and out[k].period is None and out[k].filed is None:
            out[k].period, out[k].filed = out[k + 1].period, out[k + 1].filed
    return out


_JOINT = re.compile(r"\s*(?:,|,?\s*and|&)\s*")  # two forms joined, nothing of the first's said between them
# An amendment's number printed after the form it amends (on a line under it), not naming another form ("Amendment
# No. 1 to ...", which is that form's own) nor in a phrase ("as amended by Amendment No. 2", "the filing of")
_AMENDMENT_AFTER = re.compile(
    r"(?<!by )(?<!to )(?<!of )\b(?:pre-effective\s+)?amendment\s+no\.?\s*\d+\b(?!\s+to\b)", re.I
)


def _respectively(out: list[Filing], dates: list[str]) -> None:
    """The filing dates of a list printed after the last of as many forms, "respectively" ("Form 10-K for
    the fiscal year ended December 31, 2017 / Form 10-Q for the quarterly period ended June 30, 2018 /
    Filed February 28, 2018 and August 7, 2018, respectively"): each form its date, in order, where the
    forms before the last have none of their own."""
    if len(dates) < 2 or len(dates) > len(out) or any(f.filed for f in out[-len(dates) : -1]):
        return
    for filing, iso in zip(out[-len(dates) :], dates, strict=True):
        filing.filed = iso


def _filing_dates(segment: str, low: str) -> list[str]:
    """The dates of a list after "filed" ("filed February 29, 2016 and May 5, 2016"), when it has two or more."""
    at = low.find("filed")
    found = find_dates(segment[at:]) if at >= 0 else []
    dates: list[str] = []
    end = 0
    for d in found:
        if dates and not _DATE_JOINT.fullmatch(segment[at + end : at + d.start]):
            break  # the list has ended
        dates.append(d.iso)
        end = d.end
    return dates if len(dates) >= 2 else []


_DATE_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)  # between two dates of a list


def _filed_by_other(segment: str, registrant: str) -> bool:
    """Whether the filing date is followed by "by <someone>" whose name does not open as the registrant's."""
    m = _FILED_BY.search(segment)
    if m is None:
        return False
    filer, own = m.group(1).casefold().split(), registrant.casefold().split()
    return bool(filer and own) and filer[0] not in ("the", own[0]) and not own[0].startswith(filer[0])


# "filed by X", or "Filed April 23, 2018 by X"
_FILED_BY = re.compile(rf"\bfiled\b(?:(?:[^.;]|{MONTH_POINT}){{0,60}}?\d{{4}},?)?\s+by\s+([A-Z][^,;()]{{1,80}})", re.I)


def _schedules_restated_out(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The forms found but a schedule named as the one the form before it is made on: EDGAR's code, then its
    schedule ("PREC14A preliminary proxy statement filing made on Schedule 14A", "DFAN14A soliciting material ... /
    Filed on Schedule 14A November 8, 2019") is one filing, what follows the schedule the code's (its filing date)."""
    out: list[re.Match[str]] = []
    for m in found:
        if (
            out
            and _ON_SCHEDULE.search(text, max(0, m.start() - 4), m.end())
            and _made_on(form_name(out[-1]), form_name(m))
        ):
            continue
        out.append(m)
    return out


_ON_SCHEDULE = re.compile(r"\bon\s+(?:Schedule|SC)\b", re.I)  # (the form's match may hold the "on")


def _made_on(form: str, schedule: str) -> bool:
    """Whether ``form`` (EDGAR's code) is made on ``schedule``: a code of the schedule's ("PREC14A", "DEF 14A" on
    "SC 14A"; "SC TO-T" on "SC TO")."""
    if not schedule.startswith("SC ") or form == schedule:
        return False
    return form.replace(" ", "").endswith(schedule[3:].replace(" ", "")) or form.startswith(schedule)


# the company's proxy forms and the codes EDGAR gives the same filings made by a soliciting shareholder
_BY_OTHER = {"DEFA14A": "DFAN14A", "PRE 14A": "PREC14A", "DEF 14A": "DEFC14A"}


def _first_iso(pattern: re.Pattern[str], start: re.Pattern[str], segment: str, low: str, exact: bool) -> str | None:
    """The first date ``pattern`` finds in the segment. The caller first checks that the segment holds
    the pattern's words ("ended"/"ending"; "filed", "submitted", "furnished"), by parts without an "i"
    or "s" (which a case-blind match also finds as "ı" or "ſ", unlike the lower-cased text).

    The pattern opens with \\b and ignores case, so the engine would try every position: it is tried
    only where its first words (``start``) are in the lower-cased segment, when that ``exact``ly
    shows every case-blind match (see folds_exactly)."""
    m = None
    if not exact:
        m = pattern.search(segment)
    else:
        for first in start.finditer(low):
            if m := pattern.match(segment, first.start()):
                break
    if not m:
        return None
    at = max(m.start("month"), m.start("day2"), m.start("nm"))  # where its date starts (the others are -1)
    if _DIGIT.search(segment, m.start(), at):  # a date may start before it (every date holds digits)
        dates = find_dates(m.group(0))
        return dates[-1].iso if dates else None  # (the match ends with its date: a transition period's start is not)
    return match_iso(m)  # the first date of the match is its own (invalid: none follows it in the match)


def _inside_defined_term(text: str, at: int) -> bool:
    """True inside a quoted short name such as (the “2016 Form 10-K”): a name, not another filing."""
    before = text[max(0, at - 40) : at]
    curly = before.rfind("“") > before.rfind("”")
    return curly or before.count('"') % 2 == 1
