"""The two seed letters the project started from, with expectations written from reading them."""

from __future__ import annotations

from commentletters.core import parse_letter
from tests.conftest import SAMPLES


def test_staff_letter_2014_basics() -> None:
    path = SAMPLES / "sec-staff-letter-2014-11-17.txt"
    letter = parse_letter(path.read_bytes(), str(path))
    assert letter.kind == "staff_comments"
    assert letter.date == "2014-11-17"
    assert letter.file_numbers == ["001-35126"]
    # the Re: block is printed in Markdown bold ("**Re: 21Vianet Group, Inc." ... "File No. 001-35126**")
    assert letter.company == "21Vianet Group, Inc."
    assert [(f.form, f.period, f.filed) for f in letter.filings_reviewed] == [("20-F", "2013-12-31", "2014-04-09")]
    assert [c.number for c in letter.comments] == list(range(1, 17))
    assert letter.comments[0].text.startswith("With a view towards disclosure in future filings")


def test_company_response_2017_basics() -> None:
    path = SAMPLES / "company-response-2017-08-30.txt"
    letter = parse_letter(path.read_bytes(), str(path))
    assert letter.date == "2017-08-30"
    assert letter.file_numbers == ["001-35126"]
