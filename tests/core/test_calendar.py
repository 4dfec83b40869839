"""Business days on the US federal holiday calendar, and the dates extension requests ask for."""

from __future__ import annotations

from datetime import date

import pytest

from commentletters.core import extract
from commentletters.core.calendar import add_business_days, answer_due, is_business_day, requested_date
from tests.conftest import corpus_file


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (date(2014, 11, 17), date(2014, 12, 2)),  # Thanksgiving (Nov 27) skipped
        (date(2020, 12, 22), date(2021, 1, 7)),  # Christmas and New Year's Day skipped
        (date(2021, 6, 14), date(2021, 6, 29)),  # Juneteenth, first observed Friday June 18, 2021
        (date(2023, 7, 3), date(2023, 7, 18)),  # Independence Day
        (date(2020, 9, 16), date(2020, 9, 30)),  # no holiday in the way
        (date(2022, 12, 23), date(2023, 1, 10)),  # Christmas observed Monday Dec 26, New Year's Monday Jan 2
    ],
)
def test_answer_due_ten_business_days_later(sent: date, due: date) -> None:
    assert answer_due(sent) == due


def test_weekends_and_observed_holidays_are_not_business_days() -> None:
    assert not is_business_day(date(2021, 7, 5))  # July 4, 2021 fell on a Sunday: observed Monday
    assert not is_business_day(date(2024, 5, 25))  # a Saturday
    assert is_business_day(date(2024, 5, 24))
    assert add_business_days(date(2024, 5, 24), 1) == date(2024, 5, 28)  # Memorial Day, May 27


@pytest.mark.parametrize(
    ("relative", "letter_date", "asked"),
    [
        # "intends to file its response via EDGAR on or before Friday, May 4, 2018"
        ("sec/AVY/AVY_0000000000-18-009394/filings/0001104659-18-021749/filename1.htm", "2018-04-02", "2018-05-04"),
        # names a phone call on February 24, 2023 (before the letter) then "on or before March 10, 2023"
        ("sec/CASY/CASY_0000000000-23-001432/filings/0001387131-23-002446/filename1.htm", "2023-02-27", "2023-03-10"),
    ],
)
def test_extension_request_names_the_new_date(relative: str, letter_date: str, asked: str) -> None:
    path = corpus_file(relative)
    text = extract(path.read_bytes(), str(path)).text()
    assert requested_date(text, letter_date) == asked


def test_no_requested_date_without_a_later_date() -> None:
    assert requested_date("We refer to your letter dated March 27, 2018.", "2018-04-02") is None
    assert requested_date("on or before May 4, 2018", None) is None
