"""A date line written the ISO way ("2017-08-30") is the letter's date; an ISO date in prose is none."""

from __future__ import annotations

import html

import pytest

from commentletters.core import parse_letter
from commentletters.core.header.dates import line_date, parse_date
from tests.conftest import SAMPLES
from tests.core import made_up_letters

# the body of a made-up response (see made_up_letters); {page_two}: more pages, if any
_BODY = """1. Please tell us how you account for widgets.

Response:

The Company respectfully advises the Staff that widgets are inventory.
{page_two}"""


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2017-08-30", "2017-08-30"),
        ("  2017-08-30.", "2017-08-30"),
        ("Dated: 2019-03-12", "2019-03-12"),
        ("Date 2019-03-12", "2019-03-12"),
        ("2017-02-30", None),  # no calendar date
        ("2017-13-01", None),
        ("2017-8-30", None),  # not ISO: the month has two digits
        ("Filed 2017-08-30", None),  # a filing date in a Re: block, not a date line
        ("Re: Letter of 2017-08-30", None),
        ("Exhibit 2017-08-30", None),
        ("August 30, 2017", "2017-08-30"),  # the written-out date line still reads
        ("8-30-2017", "2017-08-30"),
    ],
)
def test_line_date_reads_an_iso_date_only_as_a_whole_line(text: str, iso: str | None) -> None:
    assert line_date(text) == iso


def test_an_iso_date_inside_a_sentence_is_no_date() -> None:
    assert parse_date("the data set of 2017-08-30 was used") is None


def _letter(date: str, page_two: str = "") -> bytes:
    return made_up_letters.response(_BODY.format(page_two=page_two), date=date).encode()


def test_text_letter_with_an_iso_date_line() -> None:
    letter = parse_letter(_letter("2019-03-12"), "iso.txt")
    assert (letter.date, letter.responds_to, letter.kind) == ("2019-03-12", ["2019-02-26"], "company_response")


def test_impossible_iso_date_line_gives_no_date() -> None:
    # the other dates of the header are the staff letter's and a period end: no date is guessed
    assert parse_letter(_letter("2019-02-30"), "iso.txt").date is None


def test_html_letter_with_an_iso_date_line() -> None:
    blocks = _letter("2019-03-12").decode().split("\n\n")
    body = "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)
    letter = parse_letter(f"<html><body>{body}</body></html>".encode(), "iso.htm")
    assert (letter.date, letter.responds_to) == ("2019-03-12", ["2019-02-26"])


def test_iso_date_in_the_running_headers_when_page_one_prints_none() -> None:
    header = "\fSecurities and Exchange Commission\n2019-03-12\nPage {n}\n\n"
    later = header.format(n=2) + "Widgets are counted each quarter.\n\n" + header.format(n=3) + "More.\n"
    letter = parse_letter(_letter("", later).replace(b"\n\n\n\n", b"\n\n"), "iso.txt")
    assert letter.date == "2019-03-12"


def test_seed_response_with_its_date_line_typed_the_iso_way() -> None:
    text = (SAMPLES / "company-response-2017-08-30.txt").read_text()
    assert "\nAugust 30, 2017\n" in text
    letter = parse_letter(text.replace("\nAugust 30, 2017\n", "\n2017-08-30\n").encode(), "seed-iso.txt")
    assert (letter.date, letter.responds_to, len(letter.responses)) == ("2017-08-30", ["2017-08-16"], 5)
