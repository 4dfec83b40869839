"""The Re: block: filings reviewed (form, period, filing date) and file numbers."""

from __future__ import annotations

import pytest

from commentletters.core.header.company import registrants
from commentletters.core.header.reblock import file_numbers, filings
from tests.core import header_letters as L


def _filings(relative: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.form, f.period, f.filed) for f in L.letter(relative).filings_reviewed]


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("sec-staff-letter-2014-11-17.txt", [("20-F", "2013-12-31", "2014-04-09")]),
        ("company-response-2017-08-30.txt", [("20-F", "2016-12-31", "2017-04-12")]),
        (L.STAFF_PDF, [("10-K", "2019-12-31", "2020-02-18"), ("10-Q", "2020-03-31", "2020-05-01")]),
        (L.COMPANY_HTML, [("10-K", "2019-12-31", "2020-02-18"), ("10-Q", "2020-03-31", "2020-05-01")]),
        (L.TWO_FILINGS, [("S-4/A", None, "2017-06-30"), ("SC TO-I", None, "2017-06-30")]),
        (L.AMENDED_S1, [("S-1/A", None, "2017-02-14")]),
        (L.DRAFT, [("DRS", None, "2019-08-09")]),  # a draft is "Submitted", which counts as its filing date
        (L.EXTENSION, [("10-K", "2023-12-31", None), ("8-K", None, "2024-03-12")]),
        (L.PEER_8K, [("8-K", None, "2024-01-19"), ("8-K/A", None, "2024-03-08")]),  # "Form 8-" / "K/A" rejoined
        (L.PEER_10K, [("10-K", "2023-01-29", None)]),  # "Form 10-K for the" / "fiscal year ended ..."
        (L.NO_REVIEW, [("S-4", None, "2024-04-26")]),
        (L.AMENDED_LATER, [("S-4", None, "2024-02-26")]),  # the amendment's date is no period end
        (L.FILED_BY, [("S-4", None, "2018-12-14")]),  # "filed by Harris Corporation on December 14, 2018"
    ],
)
def test_filings_reviewed(relative: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _filings(relative) == expected


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("sec-staff-letter-2014-11-17.txt", ["001-35126"]),
        (L.STAFF_PDF, ["1-00044"]),  # the letter's contacts call (202) 551-3732: not a file number
        (L.TWO_FILINGS, ["333-219060", "005-54195"]),
        (L.DRAFT, []),  # a draft names its CIK No. instead
        (L.ORDER, ["001-39220"]),  # "File No: 001-39220"
        (L.PEER_10K, ["0-23985"]),
    ],
)
def test_file_numbers(relative: str, expected: list[str]) -> None:
    assert L.letter(relative).file_numbers == expected


def test_submitted_draft_date_is_kept_apart_from_filed() -> None:
    [draft] = filings("Amendment No. 1 to Draft Registration Statement on Form S-1 Submitted July 10, 2020")
    assert (draft.form, draft.filed) == ("DRS/A", "2020-07-10")


def test_defined_short_name_is_not_a_second_filing() -> None:
    text = "Form 10-K for Fiscal Year Ended December 31, 2015 (the “2015 Form 10-K”) Filed February 2, 2016"
    assert [f.form for f in filings(text)] == ["10-K"]


@pytest.mark.parametrize(
    ("text", "period", "filed"),
    [
        ("Form 10-Q for the Quarterly Period Ended June 30, 2016 Filed August 1, 2016", "2016-06-30", "2016-08-01"),
        ("Form 10-K for Fiscal Year Ended December 31, 2023, Filed February 28, 2024", "2023-12-31", "2024-02-28"),
        ("Form 10-Q for the three months ending March 31, 2020", "2020-03-31", None),
        ("Form S-4 Filed February 26, 2024 and amended March 29, 2024", None, "2024-02-26"),
        ("Form 10-K filed with the Commission on March 1, 2019", None, "2019-03-01"),
        ("Schedule 14A filed by Jane Doe, Fund LP et al. Filed March 7, 2022", None, "2022-03-07"),
        # a transition report's period ends where the transition does
        ("Form 10-K for the Transition Period from July 1, 2023 to December 31, 2023", "2023-12-31", None),
        (
            "Form 10-KT for the transition period from July 1, 2023 through December 31, 2023 Filed March 1, 2024",
            "2023-12-31",
            "2024-03-01",
        ),
        ("Form 10-K for the 52 weeks ended December 30, 2023", "2023-12-30", None),
    ],
)
def test_period_and_filing_date_phrases(text: str, period: str | None, filed: str | None) -> None:
    [filing] = filings(text)
    assert (filing.period, filing.filed) == (period, filed)


def test_several_numbers_after_one_label() -> None:
    assert file_numbers("File Nos. 001-13106 and 333-44467") == ["001-13106", "333-44467"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a word processor's dash for the hyphen, as a letter may print it: the number as EDGAR writes it
        ("File No. 001\u201312345", ["001-12345"]),
        ("File No. 001 \u2013 12345", ["001-12345"]),
        ("File Nos. 333\u2014123456 and 333\u2013123456\u201301", ["333-123456", "333-123456-01"]),
        ("File No. 1\u20132", []),  # (not a file number)
    ],
)
def test_file_numbers_printed_with_dashes(text: str, numbers: list[str]) -> None:
    assert file_numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Form 10\u2013K for the Fiscal Year Ended December 31, 2023", "10-K"),
        ("Amendment No. 1 to Registration Statement on Form S\u20131", "S-1/A"),
        ("Current Report on Form 8\u2014K", "8-K"),
    ],
)
def test_forms_printed_with_dashes(text: str, form: str) -> None:
    """A word processor's dash for the code's hyphen: read as "10", "S" or nothing before."""
    assert [f.form for f in filings(text)] == [form]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # a shareholder's proxy fight: soliciting material filed by someone other than the registrant
        ("Soliciting Material on Schedule 14A Filed April 23, 2018 by Jane Q. Holder File No. 000-50028", "DFAN14A"),
        ("Soliciting Material on Schedule 14A Filed April 23, 2018 by Acme Resorts, Limited", "DEFA14A"),  # its own
        ("Soliciting Material on Schedule 14A Filed April 23, 2018 by the Company", "DEFA14A"),
        ("Soliciting Material on Schedule 14A Filed Apr. 23, 2018 by Jane Q. Holder", "DFAN14A"),  # month cut short
        ("Soliciting Material on Schedule 14A Filed Sept. 4, 2018 by Jane Q. Holder", "DFAN14A"),
        ("Soliciting Material on Schedule 14A Filed April 23, 2018", "DEFA14A"),  # nobody named
        # a dissident's own proxy statement: the contested (non-management) codes
        ("Preliminary Proxy Statement on Schedule 14A filed by Jane Doe, Fund LP et al.", "PREC14A"),
        ("Definitive Proxy Statement on Schedule 14A Filed May 2, 2022 by Holder Partners LP", "DEFC14A"),
        ("Preliminary Proxy Statement on Schedule 14A filed by Acme Resorts, Limited", "PRE 14A"),
        ("Definitive Proxy Statement on Schedule 14A Filed May 2, 2022", "DEF 14A"),
        ("Form 10-K filed by Jane Doe", "10-K"),  # only proxy filings have a shareholder's code
    ],
)
def test_soliciting_material_filed_by_another_party(text: str, form: str) -> None:
    assert [f.form for f in filings(text, "Acme Resorts, Limited")] == [form]


@pytest.mark.parametrize(
    ("text", "companies", "expected"),
    [
        # a plural form with a list of filing dates: one filing per date
        (
            "Forms 8-K filed February 29, 2016 and May 5, 2016 File Nos. 1-15891 and 1-36002",
            2,
            [("8-K", None, "2016-02-29"), ("8-K", None, "2016-05-05")],
        ),
        # a plural form with one date, in a block naming two registrants: one filing per registrant
        (
            "Forms 10-K for the Fiscal Year Ended December 31, 2015 Filed February 29, 2016",
            2,
            [("10-K", "2015-12-31", "2016-02-29"), ("10-K", "2015-12-31", "2016-02-29")],
        ),
        # a singular form names one filing, however many registrants file it together
        (
            "Form 10-K for the Fiscal Year Ended December 31, 2015 Filed February 29, 2016",
            3,
            [("10-K", "2015-12-31", "2016-02-29")],
        ),
        ("Forms 10-K for the Fiscal Year Ended December 31, 2015", 1, [("10-K", "2015-12-31", None)]),
    ],
)
def test_a_plural_form_names_several_filings(
    text: str, companies: int, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(f.form, f.period, f.filed) for f in filings(text, None, companies)] == expected


@pytest.mark.parametrize(
    ("lines", "count"),
    [
        (["Re: NRG Energy, Inc.", "NRG Yield, Inc.", "Forms 10-K for the Fiscal Year Ended December 31, 2015"], 2),
        (["Re: Marsh & McLennan", "Companies, Inc.", "Form 10-K for the Fiscal Year Ended December 31, 2022"], 1),
        (["Re: Comment letter dated March 31, 2016", "Form 10-K for the Fiscal Year Ended December 31, 2015"], 0),
    ],
)
def test_registrants_named_in_the_block(lines: list[str], count: int) -> None:
    assert registrants(lines) == count


LVS_2018 = "sec/LVS/LVS_0000000000-18-025693/filings/0000000000-18-025693/filename1.pdf"


def test_filing_dates_given_respectively() -> None:
    """Las Vegas Sands, 2018: "Form 10-K for the fiscal year ended December 31, 2017 / Form 10-Q for the
    quarterly period ended March 31, 2018 / Filed February 23, 2018 and April 27, 2018, respectively"."""
    assert [(f.form, f.period, f.filed) for f in L.letter(LVS_2018).filings_reviewed] == [
        ("10-K", "2017-12-31", "2018-02-23"),
        ("10-Q", "2018-03-31", "2018-04-27"),
    ]
    text = (
        "Form 10-K for the year ended December 31, 2017 Form 8-K Filed February 1, 2018 and March 2, 2018, respectively"
    )
    assert [(f.form, f.filed) for f in filings(text)] == [("10-K", "2018-02-01"), ("8-K", "2018-03-02")]
    # a form with its own date keeps it: the list is another's
    text = "Form 10-K filed March 1, 2018 Form 8-K Filed February 1, 2018 and March 2, 2018, respectively"
    assert [(f.form, f.filed) for f in filings(text)] == [("10-K", "2018-03-01"), ("8-K", "2018-02-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Office of Mergers & Acquisitions names EDGAR's code, then the schedule it is made on: one filing
        (
            "PREC14A preliminary proxy statement filing made on Schedule 14A Filed on June 26, 2019 by Jane Doe et al.",
            [("PREC14A", "2019-06-26")],
        ),
        (
            "DFAN14A soliciting material filed pursuant to Rule 14a-12 Filed on Schedule 14A November 8, 2019 by Doe",
            [("DFAN14A", "2019-11-08")],
        ),
        ("SC TO-T tender offer statement filed on Schedule TO Filed May 1, 2023", [("SC TO-T", "2023-05-01")]),
        # a schedule of another filing, named on its own, is one
        (
            "PREC14A Filed March 1, 2024 Schedule 13D Filed February 2, 2024",
            [("PREC14A", "2024-03-01"), ("SC 13D", "2024-02-02")],
        ),
    ],
)
def test_a_code_and_the_schedule_it_is_made_on_are_one_filing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.form, f.filed) for f in filings(text, "Acme Resorts, Limited")] == expected


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        # "PREC14A preliminary proxy statement filing made on Schedule 14A" / "Filed on June 26, 2019 by Barberry Corp."
        (
            "sec/OXY/OXY_0000000000-19-010556/filings/0000000000-19-010557/filename1.pdf",
            [("PREC14A", None, "2019-06-26")],
        ),
        # "DFAN14A soliciting material filed pursuant to Rule 14a-12" / "Filed on Schedule 14A November 8, 2019 by ..."
        (
            "sec/OXY/OXY_0000000000-19-010556/filings/0000000000-19-015418/filename1.pdf",
            [("DFAN14A", None, "2019-11-08")],
        ),
        # Crown Castle's answer restating the staff's block: "PREC14A preliminary proxy statement filing made on ..."
        (
            "sec/CCI/CCI_0000000000-24-002292/filings/0000950142-24-000938/filename1.htm",
            [("PREC14A", None, "2024-03-25")],
        ),
    ],
)
def test_proxy_fight_blocks_name_each_filing_once(
    relative: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _filings(relative) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two forms joined by "and", one date after both: each has it
        (
            "PREC14A and DFAN14A Filed March 28, 2024",
            [("PREC14A", None, "2024-03-28"), ("DFAN14A", None, "2024-03-28")],
        ),
        (
            "Form 10-K and Form 10-K/A for the Fiscal Year Ended December 31, 2023",
            [("10-K", "2023-12-31", None), ("10-K/A", "2023-12-31", None)],
        ),
        # each with its own: kept
        (
            "Form 10-K for the Fiscal Year Ended December 31, 2023 and Form 10-Q for the Quarter Ended March 31, 2024",
            [("10-K", "2023-12-31", None), ("10-Q", "2024-03-31", None)],
        ),
    ],
)
def test_forms_joined_before_one_date_share_it(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(f.form, f.period, f.filed) for f in filings(text)] == expected


def test_two_proxy_filings_of_one_day() -> None:
    """The staff's letter to Boots Parallel 1 of April 5, 2024: "PREC14A and DFAN14A Filed March 28, 2024"."""
    relative = "sec/CCI/CCI_0000000000-24-002292/filings/0000000000-24-003703/filename1.pdf"
    assert _filings(relative) == [("PREC14A", None, "2024-03-28"), ("DFAN14A", None, "2024-03-28")]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # an information statement on Schedule 14C, coded as a proxy statement on 14A is
        ("Preliminary Information Statement on Schedule 14C Filed December 10, 2015", "PRE 14C"),
        ("Definitive Information Statement on Schedule 14C Filed January 4, 2016", "DEF 14C"),
        # an amended proxy or information statement has EDGAR's code of a revised one (no "PRE 14A/A" exists)
        ("Amendment No. 2 to Preliminary Proxy Statement on Schedule 14A Filed July 15, 2020", "PRER14A"),
        ("Amendment No. 1 to Definitive Proxy Statement on Schedule 14A", "DEFR14A"),
        ("Amendment No. 1 to Preliminary Information Statement on Schedule 14C", "PRER14C"),
        ("Revised Preliminary Proxy Statement on Schedule 14A", "PRER14A"),
        ("Amendment No. 1 to Form 10-K", "10-K/A"),  # other forms as before
    ],
)
def test_proxy_and_information_statement_codes(text: str, form: str) -> None:
    assert [f.form for f in filings(text, "Acme Resorts, Limited")] == [form]


def test_an_information_statement_reviewed() -> None:
    """Molson Coors's letter of January 5, 2016: "Preliminary Information Statement on Schedule 14C"."""
    relative = "sec/TAP/TAP_0000000000-16-060314/filings/0000000000-16-060314/filename1.pdf"
    assert [f.form for f in L.letter(relative).filings_reviewed] == ["PRE 14C"]


def test_a_form_named_by_letters_alone() -> None:
    """Form SD (conflict minerals, the specialized disclosure report) has no digit in its name."""
    text = "Form SD for the Year Ended December 31, 2023 Filed May 31, 2024"
    assert [(f.form, f.period, f.filed) for f in filings(text)] == [("SD", "2023-12-31", "2024-05-31")]
    assert [f.form for f in filings("Form SD/A Filed June 3, 2024")] == ["SD/A"]
    assert [f.form for f in filings("Specialized Disclosure Report on Form SD Filed May 31, 2024")] == ["SD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amendment's number on the line under the form it amends (made up, as company letters print it)
        ("Registration Statement on Form S-4\nAmendment No. 1\nFiled March 1, 2024", [("S-4/A", "2024-03-01")]),
        ("Registration Statement on Form S-1\nAmendment No. 2 Filed March 1, 2024", [("S-1/A", "2024-03-01")]),
        (
            "Form 10-K for the Fiscal Year Ended December 31, 2023\nAmendment No. 1\nFiled May 1, 2024",
            [("10-K/A", "2024-05-01")],
        ),
        # an amendment named before the form it amends is that form's own
        (
            "Registration Statement on Form S-4\nFiled March 1, 2024\nAmendment No. 1 to Registration Statement on "
            "Form S-4\nFiled April 1, 2024",
            [("S-4", "2024-03-01"), ("S-4/A", "2024-04-01")],
        ),
    ],
)
def test_an_amendment_number_under_its_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.form, f.filed) for f in filings(text)] == expected
