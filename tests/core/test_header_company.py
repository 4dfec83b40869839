"""The registrant named by the Re: block, however the block is laid out (or defined in the opening)."""

from __future__ import annotations

import pytest

from commentletters.core.header.company import defined_company
from tests.core import header_letters as L

SEC = "sec/"


@pytest.mark.parametrize(
    ("relative", "company"),
    [
        # "Re: Comment Letter Dated March 16, 2016" / "Regarding Weyerhaeuser Company"
        (SEC + "WY/WY_0000000000-16-068574/filings/0000106535-16-000051/filename1.htm", "Weyerhaeuser Company"),
        # "Re: December 21, 2017 Letter Concerning Archer-Daniels-Midland Company Form 10-K ..."
        (
            SEC + "ADM/ADM_0000000000-17-044885/filings/0000007084-18-000005/filename1.htm",
            "Archer-Daniels-Midland Company",
        ),
        (L.ACCELERATION, "Aon plc"),  # no "Re:" label: the company over the filing lines, above the salutation
        # the bare "Re:" was extracted after the block: "Metlife, Inc." / "Form 10-Q ..." / ... / "Re:"
        (SEC + "MET/MET_0000000000-17-042540/filings/0000000000-18-002006/filename1.pdf", "Metlife, Inc."),
        # "Re: INTUITIVE SURGICAL INC" / "10-K for the Fiscal Year Ended ..." (no "Form" word)
        (SEC + "ISRG/ISRG_0000000000-22-002263/filings/0000000000-22-002263/filename1.pdf", "INTUITIVE SURGICAL INC"),
        (L.ORDER, "Carrier Global Corporation"),  # an order: "In the Matter of" / "Carrier Global Corporation"
        # "Kinder Morgan, Inc. (the “Company”)": the defined term is not part of the name
        (SEC + "KMI/KMI_0000000000-23-003113/filings/0001506307-23-000032/filename1.htm", "Kinder Morgan, Inc."),
        # "Occidental Petroleum Corporation PREC14A preliminary proxy statement filing made on ..."
        (
            SEC + "OXY/OXY_0000000000-19-010556/filings/0000000000-19-010557/filename1.pdf",
            "Occidental Petroleum Corporation",
        ),
        # "Re: Comment letter dated March 31, 2016" / "Form 10-K ...": the block names no company
        (SEC + "BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm", None),
        # "Re: Acceleration Request for Harris Corporation Registration Statement ...": named as the requester
        (SEC + "LHX/LHX_0000000000-19-001516/filings/0001140361-19-003172/filename1.htm", "Harris Corporation"),
        # the template's residue atop the block, another company ("Re: Trans American Aquaculture, Inc." / "L3Harris
        # Technologies, Inc."): the one the inside address names
        (
            SEC + "LHX/LHX_0000000000-23-014012/filings/0000000000-24-000568/filename1.pdf",
            "L3Harris Technologies, Inc.",
        ),
        # several registrants one a line: the first, which the inside address names
        (SEC + "NRG/NRG_0000000000-16-075770/filings/0000000000-16-075770/filename1.pdf", "NRG Energy, Inc."),
    ],
)
def test_company_from_re_block(relative: str, company: str | None) -> None:
    assert L.letter(relative).company == company


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "On behalf of Harris Corporation (the “Company”), and in response to the comment of the staff",
            "Harris Corporation",
        ),
        ("On behalf of our client, DoorDash, Inc. (“DoorDash” or the “Company”), we submit", "DoorDash, Inc."),
        ('Reference is made to the Registration Statement of NRG Energy, Inc. (the "Issuer")', "NRG Energy, Inc."),
        ("This letter is in response to your letter dated March 31, 2016 regarding the above subject matter.", None),
        # a request letter's maker, when the Re: block is about the request ("Re: Acceleration Request for ...")
        (
            "Pursuant to Rule 461, Acme Widgets Corporation hereby respectfully requests that the effective date",
            "Acme Widgets Corporation",
        ),
        (
            "Pursuant to Rule 461, Acme, Inc. and Acme Holdings, Inc. hereby request that the effectiveness",
            "Acme, Inc.",
        ),
        # underwriters joining the request name no registrant as its maker
        ("Goldman Sachs & Co. LLC, as representative of the several underwriters, hereby joins in the request", None),
    ],
)
def test_company_defined_in_the_opening(opening: str, name: str | None) -> None:
    assert defined_company(opening) == name
