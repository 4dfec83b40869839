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
        # "or me at (202) 551-3266": the signer, with the title under the signature
        Contact("Nicholas P. Panos", "(202) 551-3266", "Senior Special Counsel"),
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


ADSK_2017 = "sec/ADSK/ADSK_0000000000-17-022741/filings/0000769397-17-000039/filename1.htm"
EBAY_2017 = "sec/EBAY/EBAY_0000000000-17-028776/filings/0001065088-17-000035/filename1.htm"
KIM_2021 = "sec/KIM/KIM_0000000000-21-006862/filings/0001140361-21-021984/filename1.htm"
GLW_2022 = "sec/GLW/GLW_0000000000-22-005699/filings/0001206774-22-001446/filename1.htm"


def test_a_signature_with_no_closing_word_above_it() -> None:
    """Company letters that go from their last paragraph to the signature, with no "Sincerely,": Autodesk
    2017 ("Autodesk, Inc." / "/s/ R. Scott Herren" / the printed name and a title over three lines), eBay
    2017 ("By: /s/ Brian J. Doerger" under "Principal Accounting Officer:") and Kimco 2021 ("By: /s/",
    "Name:", "Title:", under "[SIGNATURE PAGE FOLLOWS]")."""
    assert L.letter(ADSK_2017).signatories == [
        Person("R. Scott Herren", "Senior Vice President and Chief Financial Officer (Principal Financial Officer)")
    ]
    assert L.letter(EBAY_2017).signatories == [Person("Brian J. Doerger", "Vice President, Chief Accounting Officer")]
    assert L.letter(KIM_2021).signatories == [
        Person("Glenn G. Cohen", "Executive Vice President, Chief Financial Officer and Treasurer")
    ]


def test_a_middle_initial_without_its_full_stop() -> None:
    """Corning's counsel signs "/s/ Julia A Thompson" / "Julia A Thompson" / "of LATHAM & WATKINS LLP" (2022)
    and gives her number in the letter: a name with a bare middle initial. A single capital opens or
    ends no name."""
    letter = L.letter(GLW_2022)
    assert letter.signatories == [Person("Julia A Thompson", None)]
    assert [c.name for c in letter.contacts] == ["Julia A Thompson"]
    assert is_person_name("Julia A Thompson")
    assert not is_person_name("A Thompson") and not is_person_name("Julia Thompson A")
