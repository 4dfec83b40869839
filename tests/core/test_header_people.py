"""Addressee and Office on letters whose layout misleads: letterhead office lists, senders' blocks,
towns, names listed one a line, Office names broken over lines."""

from __future__ import annotations

import pytest

from commentletters.core.letters import Person
from tests.core import header_letters as L

SEC = "sec/"
LATHAM_GLW = SEC + "GLW/GLW_0000000000-22-005699/filings/0001206774-22-001446/filename1.htm"
LATHAM_CTSH = SEC + "CTSH/CTSH_0000000000-17-034709/filings/0001058290-17-000038/filename1.htm"
MMC_NO_DATE = SEC + "MRSH/MRSH_0000000000-23-002612/filings/0000062709-23-000019/filename1.htm"
WILMERHALE = SEC + "ADM/ADM_0000000000-24-005934/filings/0001193125-24-260674/filename1.htm"
TWO_NAMES = SEC + "CARR/CARR_0000000000-19-013211/filings/0001140361-20-005616/filename1.htm"
BROKEN_SEC = SEC + "IFF/IFF_0000000000-20-005058/filings/0001193125-20-176609/filename1.htm"


@pytest.mark.parametrize(
    ("relative", "person"),
    [
        (LATHAM_GLW, Person("Erin Donahue")),  # "Attn: Erin Donahue", not the office list "Austin Moscow"
        (LATHAM_CTSH, Person("Craig D. Wilson", "Sr. Asst. Chief Accountant")),  # below the office list
        (MMC_NO_DATE, Person("John Spitz")),  # greeted "Dear Mr. Spitz", not the sender "Stacy Mills"
        (WILMERHALE, Person("Mindy Hooker")),  # "Attn: Mindy Hooker and ...", not the law firm's partner
        (TWO_NAMES, Person("J. Nolan McWilliams")),  # two names one a line, then the Division
        (BROKEN_SEC, Person("Tim Buchmiller")),  # "United States Securities and Exchange" / "Commission"
        (L.ORDER, None),  # an order has no addressee; "Palm Beach Gardens, Florida" is a town
        # "Attention: Madeline Mateo, Division of Corporation Finance": where she works, no title
        (SEC + "MS/MS_0000000000-20-012228/filings/0000950103-24-005154/filename1.htm", Person("Madeline Mateo")),
    ],
)
def test_addressee(relative: str, person: Person | None) -> None:
    assert L.letter(relative).addressee == person


def test_town_under_the_signature_is_no_signatory() -> None:
    letter = L.letter(SEC + "ESS/ESS_0000000000-17-010663/filings/0001567619-17-000600/filename1.htm")
    assert letter.signatories == [Person("Angela L. Kleiman", "Executive Vice President and Chief Financial Officer")]


def test_reference_initials_under_the_signature_are_no_title() -> None:
    """General Mills' cover letter of 2018 (its 401(k) plan's Form 11-K, filed on paper): "Chris A. Rauschl" /
    "CAR:nw" / "enclosures" — the writer's and typist's initials, no title."""
    letter = L.letter(SEC + "GIS/GIS_0000000000-18-018988/filings/0000000000-18-018988/filename1.pdf")
    assert letter.signatories == [Person("Chris A. Rauschl")]


@pytest.mark.parametrize(
    ("relative", "office"),
    [
        (L.PEER_8K, "Office of Life Sciences"),  # "Office of Life" / "Sciences"
        ("peer/0000000000-21-011629.txt", "Office of Trade & Services"),  # "Office of Trade &" / "Services"
        ("peer/0000000000-24-011502.txt", "Disclosure Review Program"),  # "Division of Corporation" / "Finance" / ...
        (
            SEC + "KIM/KIM_0000000000-17-010670/filings/0000000000-17-010670/filename1.pdf",
            "Office of Real Estate & Commodities",
        ),  # "Office of Real Estate & -" / "Commodities"
        (
            SEC + "TAP/TAP_0000000000-16-060314/filings/0000000000-17-039686/filename1.pdf",
            "Office of Beverages, Apparel and Mining",
        ),
    ],
)
def test_office_broken_over_lines(relative: str, office: str) -> None:
    assert L.letter(relative).office == office


@pytest.mark.parametrize(
    ("relative", "people"),
    [
        # a company's name in any case, over or under the signer, is no title nor a signer ("Baker Hughes, a GE
        # company", "MARSH & McLENNAN COMPANIES, INC.", "Huntington Bancshares Incorporated"), and a signer named twice
        # is one person, with the title given
        (
            SEC + "BKR/BKR_0000000000-18-030596/filings/0000950103-18-011810/filename1.htm",
            [Person("Kurt Camilleri", "Vice President, Controller and Chief Accounting Officer")],
        ),
        (
            SEC + "MRSH/MRSH_0000000000-23-002612/filings/0000062709-23-000059/filename1.htm",
            [Person("Stacy Mills", "Chief Accounting Officer")],
        ),
        (
            SEC + "HBAN/HBAN_0000000000-16-061412/filings/0001193125-16-562479/filename1.htm",
            [Person("Richard A. Cheap", "Executive Vice President, General Counsel, and Secretary")],
        ),
        # a title broken after a word that never ends one ("Senior Vice President, Chief" / "Accounting and Risk
        # Officer"; "General" / "Counsel and Secretary")
        (
            SEC + "HLT/HLT_0000000000-24-006691/filings/0001585689-24-000165/filename1.htm",
            [Person("Michael W. Duffy", "Senior Vice President, Chief Accounting and Risk Officer")],
        ),
        (
            SEC + "LHX/LHX_0000000000-19-001516/filings/0001140361-19-003172/filename1.htm",
            [Person("Scott T. Mikuen", "Senior Vice President, General Counsel and Secretary")],
        ),
        # a rule to sign on, a dot leader, a bracketed note, a caption over the guarantors' names: no title
        (
            SEC + "OXY/OXY_0000000000-17-021746/filings/0000797468-17-000013/filename1.htm",
            [Person("Cedric W. Burgher", "Senior Vice President and Chief Financial Officer")],
        ),
        (
            SEC + "RMD/RMD_0000000000-16-102723/filings/0001193125-16-799178/filename1.htm",
            [Person("Brett Sandercock", "Chief Financial Officer")],
        ),
        (
            SEC + "HLT/HLT_0000000000-17-008976/filings/0001193125-19-108680/filename1.htm",
            [Person("Michael Duffy", "Authorized Signatory")],
        ),
        (
            SEC + "NRG/NRG_0000000000-18-022533/filings/0001104659-18-058196/filename1.htm",
            [Person("Gaetan C. Frotte", "Senior Vice President and Treasurer")],
        ),
    ],
)
def test_signature_blocks_as_companies_print_them(relative: str, people: list[Person]) -> None:
    assert L.letter(relative).signatories == people
