"""Addressee, signatories, signing Office and staff contacts, on real letters."""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.header.parties import _split_name_title, is_person_name
from commentletters.core.letters import Contact, Person
from tests.conftest import SHARED
from tests.core import header_letters as L

SEEDS = SHARED / "seeds"


def test_staff_pdf_letter_parties() -> None:
    letter = L.letter(L.STAFF_PDF)
    assert letter.company == "Archer-Daniels-Midland Co"
    assert letter.addressee == Person("Ray Young", "Chief Financial Officer")
    assert letter.signatories == []  # signed by the Division and its Office, not by a person
    assert letter.office == "Office of Manufacturing"
    assert letter.contacts == [
        Contact("Mindy Hooker", "(202) 551-3732"),
        Contact("Anne McConnell", "(202) 551-3709"),  # the number is split "551-" / "3709" in the PDF
    ]


def test_company_html_letter_parties() -> None:
    letter = L.letter(L.COMPANY_HTML)
    assert letter.addressee == Person("Mindy Hooker")  # "Ms. Mindy Hooker", then the Commission's address
    assert letter.signatories == [Person("Ray G. Young", "Executive Vice President & Chief Financial Officer")]
    assert letter.office is None


def test_signed_for_another_prints_the_signer_named() -> None:
    letter = L.letter(L.COMPLETION)  # "/s/ Robert S. Littlepage, for" / "Larry Spirgel" / "Assistant Director"
    assert letter.signatories == [Person("Larry Spirgel", "Assistant Director")]
    # "James E. Moylan Jr.": the generational suffix is left out of the name
    assert letter.addressee == Person("James E. Moylan", "Senior Vice President and Chief Financial Officer")


def test_signature_with_name_and_title_labels() -> None:
    letter = L.letter(L.ACCELERATION)  # "/s/ Darren Zeidel" / "Name: Darren Zeidel" / "Title: ..."
    assert letter.signatories == [
        Person("Darren Zeidel", "Executive Vice President, General Counsel and Company Secretary")
    ]
    assert letter.addressee == Person("Sarmad Makhdoom")  # first of the "Attn:" list above the date


def test_contacts_with_titles_and_me() -> None:
    letter = L.letter(L.TWO_FILINGS)
    assert letter.signatories == [Person("Nicholas P. Panos", "Senior Special Counsel")]
    assert letter.office == "Office of Mergers and Acquisitions"
    assert letter.contacts == [
        Contact("Christina M. Thomas", "(202) 551-3577", "Staff Attorney"),
        Contact("Nicholas P. Panos", "(202) 551-3266"),  # "or me at (202) 551-3266"
    ]


def test_peer_no_review_letter_office_and_dashed_phones() -> None:
    letter = L.letter(L.NO_REVIEW)
    assert letter.office == "Office of Technology"
    assert letter.contacts == [
        Contact("Uwem Bassey", "(202) 551-3433"),
        Contact("Matthew Crispino", "(202) 551-3456"),
    ]


def test_person_names_by_shape() -> None:
    assert is_person_name("Mr. Jim B. Rosenberg")
    assert is_person_name("Francisco D’Souza")
    assert not is_person_name("Archer-Daniels-Midland Co")
    assert not is_person_name("Division of Corporation Finance")
    assert not is_person_name("One Apple Park Way")


def test_inside_address_run_into_one_line_gives_the_first_title_alone() -> None:
    """The 2017 seed prints its inside address as one line: "Stephen Krikorian, Accounting Branch Chief
    Mengyao Lu, Staff Accountant Office of Information Technologies and Services Division of ...". The
    addressee's title ends where the next person's name ("Mengyao Lu,") begins."""
    letter = parse_letter((SEEDS / "company-response-2017-08-30.txt").read_bytes(), "seed.txt")
    assert letter.addressee == Person("Stephen Krikorian", "Accounting Branch Chief")


def test_titles_keep_their_own_capitalised_words() -> None:
    """Only a name right after a title word and before a comma starts another person; a title's own
    words after a comma ("Investor Relations") or after "of" stay in the title."""
    assert _split_name_title("Jane Roe, Senior Vice President, Investor Relations, Acme") == (
        "Jane Roe",
        "Senior Vice President, Investor Relations, Acme",
    )
    assert _split_name_title("Jane Roe, Head of Investor Relations, Acme Inc.") == (
        "Jane Roe",
        "Head of Investor Relations, Acme Inc.",
    )
    assert _split_name_title("Jane Roe, Staff Attorney John Q. Public, Special Counsel") == (
        "Jane Roe",
        "Staff Attorney",
    )
