"""Kinds and subkinds of real letters, and the staff/company side behind them."""

from __future__ import annotations

import pytest

from commentletters.core import parse
from commentletters.core.extract import extract
from commentletters.core.header.layout import find_layout
from commentletters.core.header.side import staff_votes, written_by_staff
from tests.conftest import corpus_file
from tests.core import header_letters as L


@pytest.mark.parametrize(
    ("relative", "kind", "subkind"),
    [
        ("sec-staff-letter-2014-11-17.txt", "staff_comments", None),
        ("company-response-2017-08-30.txt", "company_response", None),
        (L.STAFF_PDF, "staff_comments", None),
        (L.COMPANY_HTML, "company_response", None),
        (L.COMPLETION, "staff_review_complete", None),
        (L.NO_REVIEW, "staff_no_review", None),  # "we have not reviewed and will not" / "review"
        (L.ORDER, "staff_other", "effectiveness_order"),  # the Commission's order declaring a registration effective
        # "We have concluded our assessment of your redacted exhibits ...": a review of the exhibits, done
        (
            "sec/SOLV/SOLV_0000000000-24-002348/filings/9999999997-24-000667/filename1.pdf",
            "staff_review_complete",
            None,
        ),
        ("sec/LVS/LVS_9999999997-19-006421/filings/9999999997-19-006704/filename1.pdf", "staff_review_complete", None),
        (L.EXTENSION, "company_other", "extension_request"),
        (L.ACCELERATION, "company_other", "acceleration_request"),
        # a letter whose only "comments" are Exxon Capital representations, sent with an S-4
        (
            "sec/HLT/HLT_0000000000-17-008976/filings/0001193125-17-215908/filename1.htm",
            "company_other",
            "cover_letter",
        ),
        # "You have redacted information from the exhibit identified above ... please supplementally provide
        # us, within five business days, with an unredacted paper copy": the staff reviewing redacted exhibits
        (
            "sec/LVS/LVS_9999999997-19-006421/filings/9999999997-19-006421/filename1.pdf",
            "staff_other",
            "redacted_exhibit_review",
        ),
        (
            "sec/VST/VST_9999999997-21-001049/filings/9999999997-21-001049/filename1.pdf",
            "staff_other",
            "redacted_exhibit_review",
        ),
        # the registrants' representations for an exchange offer registered on the Exxon Capital position,
        # with no cover-letter opening (NRG 2018, L3Harris 2020, Waste Management 2025)
        (
            "sec/NRG/NRG_0000000000-18-022533/filings/0001104659-18-058196/filename1.htm",
            "company_other",
            "exchange_offer_representations",
        ),
        (
            "sec/WM/WM_0000000000-25-005259/filings/0001104659-25-050989/filename1.htm",
            "company_other",
            "exchange_offer_representations",
        ),
    ],
)
def test_kind(relative: str, kind: str, subkind: str | None) -> None:
    letter = L.letter(relative)
    assert (letter.kind, letter.subkind) == (kind, subkind)


def test_a_request_alone_has_no_answers_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Aon's acceleration request (April 2024): short, its opening asks for effectiveness under Rule 461, no
    # comment given orally answered. Its kind is settled before its answers would be read, and they are not
    # read at all; a response's are.
    read: list[str] = []
    find = parse.find_responses
    for relative in (L.ACCELERATION, L.COMPANY_HTML):
        monkeypatch.setattr(parse, "find_responses", lambda doc, name=relative: read.append(name) or find(doc))
        path = corpus_file(relative)
        letter = parse.parse_letter(path.read_bytes(), relative)
        assert bool(letter.responses) is (relative == L.COMPANY_HTML)
    assert read == [L.COMPANY_HTML]
    assert (letter.kind, L.letter(L.ACCELERATION).kind) == ("company_response", "company_other")


def test_extension_announced_as_a_date_to_respond_by() -> None:
    # "the Company respectfully informs the Staff that it will provide its responses ... no later than
    # October 10, 2025": no word "extension", still an extension notice
    letter = L.letter("sec/TPL/TPL_0000000000-25-010229/filings/0001104659-25-095648/filename1.htm")
    assert (letter.kind, letter.subkind, letter.responds_to) == ("company_other", "extension_request", ["2025-09-19"])


@pytest.mark.parametrize("dated", ["March 28, 2016", "Mar. 28, 2016", "Mar 28, 2016"])
def test_extension_promising_a_date_with_the_month_cut_short(dated: str) -> None:
    # Molson Coors, 2016 (TAP), its months written out; "Mar." and "Apr." are months too, not sentences' ends
    text = (
        "April 6, 2016\n\nVIA EDGAR\n\nMr. Rufus Decker\nU.S. Securities and Exchange Commission\n"
        "Washington, DC 20549\n\nRe: Molson Coors Brewing Company\nForm 10-K for the Year Ended December 31, 2015\n"
        "File No. 001-14829\n\nDear Mr. Decker:\n\nPursuant to a conversation yesterday between the undersigned and "
        "Joanna Lam of the Staff, the Company hereby confirms that it will respond to the Staff's comment letter "
        f"dated {dated} no later than {dated.replace('28', '15').replace('Mar', 'Apr').replace('ch', 'il')}.\n\n"
        "Respectfully submitted,\n\n/s/ Eric Gunning\nEric Gunning\nAssociate General Counsel\n"
    )
    letter = parse.parse_letter(text.encode(), "extension.txt")
    assert (letter.kind, letter.subkind, letter.responds_to) == ("company_other", "extension_request", ["2016-03-28"])


def test_short_response_without_numbered_comments_is_a_response() -> None:
    # Mondelez answers a proxy-statement letter in two sentences: "this responds to your letter of
    # September 2, 2022 ... The Company confirms that it will enhance its future proxy disclosures"
    letter = L.letter("sec/MDLZ/MDLZ_0000000000-22-009590/filings/0001193125-22-246374/filename1.htm")
    assert (letter.kind, letter.responds_to) == ("company_response", ["2022-09-02"])


@pytest.mark.parametrize(
    ("relative", "staff"),
    [
        (L.STAFF_PDF, True),  # logo, Office signature, (202) 551 contacts
        (L.COMPANY_HTML, False),  # addressed to the Commission, "the Staff", signed by an officer
        (L.COMPLETION, True),  # no letterhead at all: the signature's "Assistant Director" and the opening
        (L.ACCELERATION, False),  # the Commission's address stands above the date
        (
            L.ORDER,
            True,
        ),  # "For the Commission, by the Division of Corporation Finance, pursuant to delegated authority"
    ],
)
def test_side(relative: str, staff: bool) -> None:
    path = corpus_file(relative)
    lay = find_layout(extract(path.read_bytes(), str(path)))
    assert written_by_staff(lay) is staff, staff_votes(lay)


WRAPPED_EXTENSION = """November 8, 2016

Securities and Exchange Commission
Division of Corporation Finance
100 F Street, N.E.
Washington, DC 20549

Re: Example Networks, Inc.
    Form 10-K for Fiscal Year Ended December 31, 2015
    File No. 001-35551

Ladies and Gentlemen:

In your letter dated October 25, 2016, you requested that Example Networks, Inc.
(the "Company") respond to your comments within ten business days or advise
when it would provide a response. As discussed with the Staff by telephone, the
Company confirms that, owing to its quarter end review, it will file a response by
November 18, 2016.

Thank you for your consideration.

Sincerely,

/s/ Jane Doe
"""


def test_extension_request_wrapped_before_its_date() -> None:
    """A plain-text letter wraps "… it will file a response by" / "November 18, 2016.": the date on a line of
    its own ends the opening's sentence (it is no running header), so the letter still reads as asking for
    more time, not as the response."""
    from commentletters.core import parse_letter

    letter = parse_letter(WRAPPED_EXTENSION.encode(), "extension.txt")
    assert (letter.kind, letter.subkind) == ("company_other", "extension_request")
    assert letter.responds_to == ["2016-10-25"]


@pytest.mark.parametrize(
    "body",
    [
        "We have reviewed your response and have no further comments at this time.",
        "Based on our limited review of your registration statement, we have no further comments.",
        "This concludes our review of your filing.",
        "Based upon our review, we do not have any comments on your filing at this time.",
        "We have selectively reviewed your filing and have no comments.",
    ],
)
def test_no_further_comments_completes_the_review(body: str) -> None:
    """The older way of closing a review (made up here: the corpus's letters say "We have completed our
    review"): a staff letter with no comments that says it has no further ones."""
    from commentletters.core import parse_letter

    text = (
        "May 20, 2021\n\nJohn Smith\nChief Financial Officer\nAcme Inc.\n\nRe: Acme Inc.\nForm 10-K for the Fiscal"
        f" Year Ended December 31, 2020\nFile No. 001-12345\n\nDear Mr. Smith:\n\n{body}\n\nSincerely,\n\n"
        "Division of Corporation Finance\nOffice of Manufacturing\n"
    )
    letter = parse_letter(text.encode(), "letter.txt")
    assert (letter.kind, letter.comments) == ("staff_review_complete", [])


@pytest.mark.parametrize(
    "body",
    [
        "Please be advised that the staff has determined not to review your registration statement.",
        "This is to advise you that the staff will not conduct a review of the above-referenced filing.",
        "This is to advise you that we have not conducted a review of your registration statement and do not intend "
        "to do so.",
        "The staff did not perform a review of the above-referenced filing.",
        # the older template's words (it read as staff_other)
        "This is to advise you that a preliminary review of the above registration statement indicates that no "
        "review of the document will be made. All persons who are by statute responsible for the adequacy and "
        "accuracy of the registration statement are urged to be certain that all information required has been "
        "included.",
    ],
)
def test_other_ways_of_saying_no_review(body: str) -> None:
    """Made up in the staff's words (the corpus's letters say "we have not reviewed and will not review")."""
    from commentletters.core import parse_letter

    text = (
        "May 20, 2021\n\nJohn Smith\nChief Financial Officer\nAcme Inc.\n\nRe: Acme Inc.\nRegistration Statement"
        f" on Form S-3\nFiled May 15, 2021\nFile No. 333-123456\n\nDear Mr. Smith:\n\n{body}\n\nSincerely,\n\n"
        "Division of Corporation Finance\nOffice of Manufacturing\n"
    )
    assert parse_letter(text.encode(), "letter.txt").kind == "staff_no_review"
