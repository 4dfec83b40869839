"""A date printed with its day of the week ("Tuesday, August 25, 2020", "Tues., Aug. 25, 2020") is the date: some
firms date their letters so, name the staff's letter so ("your letter dated Tuesday, August 25, 2020") and print it in
their running headers ("Page 3 <Tuesday, May 9, 2017>"). The real letters below, their dates given the day they fell
on, read as they do without it."""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract.marks import is_date, page_marker
from commentletters.core.header.dates import find_dates, is_date_line
from tests.conftest import SHARED, corpus_file
from tests.core.text_twins import as_printed_and_changed


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("your letter dated Tuesday, August 25, 2020, regarding", 18),
        ("your letter dated Tues., Aug. 25, 2020", 18),
        ("your letter dated August 25, 2020", 18),
        ("the Monday after August 25, 2020", 17),  # a day's name not next to the date is no part of it
    ],
)
def test_a_date_found_starts_at_its_day_of_the_week(text: str, start: int) -> None:
    assert [(f.iso, f.start) for f in find_dates(text)] == [("2020-08-25", start)]


@pytest.mark.parametrize("text", ["Tuesday, August 25, 2020", "Tues., Aug. 25, 2020", "Tuesday August 25 2020"])
def test_a_line_that_is_a_date_with_its_day_of_the_week(text: str) -> None:
    assert is_date_line(text)
    assert is_date(text)
    assert page_marker(f"Page 3 <{text}>") == 3


def test_the_seed_answer_dated_with_the_day_of_the_week() -> None:
    # 21Vianet's answer is dated "August 30, 2017" and answers the staff's letter "dated August 16, 2017"
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    dated = text.replace("August 30, 2017", "Wednesday, August 30, 2017").replace(
        "August 16, 2017", "Wednesday, August 16, 2017"
    )
    assert dated.count("Wednesday") >= 2
    letter = parse_letter(dated.encode(), "a.txt")
    assert (letter.date, letter.responds_to) == ("2017-08-30", ["2017-08-16"])
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5]


def test_an_answer_names_the_staff_letter_with_its_day_of_the_week() -> None:
    # ADM's answer of 2020: "... as set forth in your letter to the Company dated August 25, 2020, regarding ..."
    path = corpus_file("sec/ADM/ADM_0000000000-20-007987/filings/0000007084-20-000029/filename1.htm")
    html = path.read_text("utf-8").replace("dated August&#160;25, 2020", "dated Tuesday, August&#160;25, 2020")
    assert "Tuesday" in html
    assert parse_letter(html.encode(), path.name).responds_to == ["2020-08-25"]


def test_running_headers_dated_with_the_day_of_the_week_stay_out_of_the_answers() -> None:
    # Baker Hughes's answer of 2017 to 35 comments heads its pages "Page 3" over "<May 9, 2017>"
    printed, with_day = as_printed_and_changed(
        "sec/BKR/BKR_0000000000-17-014455/filings/0001193125-17-163634/filename1.htm",
        "&lt;May 9, 2017&gt;",
        "&lt;Tuesday, May 9, 2017&gt;",
    )
    assert len(printed.responses) == 35
    assert [(r.number, r.text) for r in with_day.responses] == [(r.number, r.text) for r in printed.responses]
