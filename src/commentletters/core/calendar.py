"""Business days on the US federal holiday calendar, and the dates a review's deadlines fall on.

The staff ask for an answer "within ten business days"; SEC business days skip weekends and US
federal holidays (the ``holidays`` package's calendar, observed dates included). An extension
request that names a date moves the deadline to that date.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from .header.dates import find_dates

ANSWER_BUSINESS_DAYS = 10
# An extension asked for is a date shortly after the request; further-off dates are fiscal periods etc.
_EXTENSION_HORIZON = timedelta(days=120)


@lru_cache(maxsize=64)
def _federal_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("US", years=year, observed=True))


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _federal_holidays(day.year)


def add_business_days(start: date, count: int) -> date:
    """The ``count``-th business day after ``start`` (``start`` itself not counted)."""
    day = start
    left = count
    while left > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            left -= 1
    return day


def answer_due(letter_date: date) -> date:
    """When a company's answer to a staff letter of ``letter_date`` is due."""
    return add_business_days(letter_date, ANSWER_BUSINESS_DAYS)


def dates_in(text: str) -> list[date]:
    """Every date written in ``text`` ("May 15, 2020", "15 May 2020", "5/15/2020"), in order."""
    return [date.fromisoformat(found.iso) for found in find_dates(text)]


def requested_date(text: str, letter_date: str | None) -> str | None:
    """The date an extension request asks to answer by: the first date after the request's own date
    and within a few months of it. None when the letter names no such date."""
    if not letter_date:
        return None
    sent = date.fromisoformat(letter_date)
    for day in dates_in(text):
        if sent < day <= sent + _EXTENSION_HORIZON:
            return day.isoformat()
    return None
