"""Which staff letters a company letter answers or refers to."""

from __future__ import annotations

import re
import textwrap

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core import header_letters as L


@pytest.mark.parametrize(
    ("relative", "dates"),
    [
        ("company-response-2017-08-30.txt", ["2017-08-16"]),  # "the comments contained in the letter dated ..."
        (L.COMPANY_HTML, ["2020-08-25"]),  # "your letter to the Company dated August 25, 2020"
        (L.EXTENSION, ["2024-05-22"]),  # "in receipt of your letter, dated May 22, 2024"
        # "your supplemental letter of January 24, 2022 ... following our initial response letter of
        # October 21, 2021 to your letter of September 23, 2021 and our supplemental response letter
        # of December 7, 2021 to your letter of November 8, 2021": the company's own letters are left out
        (L.AMAZON_REPLY, ["2022-01-24", "2021-09-23", "2021-11-08"]),
        # "the ... staff's May 22, 2024 and September 5, 2024 comment letters": one noun for both dates
        (L.TWO_LETTERS_ONE_NOUN, ["2024-05-22", "2024-09-05"]),
        # "in your letter ... dated September 5, 2024, regarding ... the Company's June 12, 2024 response to
        # your comments from May 22, 2024": the company's own response left out, the staff's comments kept
        (L.COMMENTS_FROM, ["2024-09-05", "2024-05-22"]),
        (L.ACCELERATION, []),  # names no staff letter
        # named only in the Re: block: "Letter Issued July 29, 2016" (the body says "the above referenced
        # comment letter"); "Filed July 27, 2016" on the line before dates a 10-Q, no letter
        ("sec/WM/WM_0000000000-16-086446/filings/0001193125-16-666079/filename1.htm", ["2016-07-29"]),
        # "Filed June 24, 2022" right above "Response Letter dated February 10, 2023": only the letter's date
        ("sec/CASY/CASY_0000000000-23-001432/filings/0001387131-23-002446/filename1.htm", ["2023-02-10"]),
        (L.STAFF_PDF, []),  # staff letters answer nothing
    ],
)
def test_responds_to(relative: str, dates: list[str]) -> None:
    assert L.letter(relative).responds_to == dates


def test_restated_comment_does_not_add_its_own_letter_dates() -> None:
    # ADM's second answer restates a comment saying "your response to prior comment 3 in your letter
    # dated September 8, 2020": that is ADM's own earlier letter, quoted by the staff
    relative = "sec/ADM/ADM_0000000000-20-007987/filings/0000007084-20-000031/filename1.htm"
    assert L.letter(relative).responds_to == ["2020-09-16"]


def test_a_series_of_dates_is_dated_by_the_noun_after_its_last() -> None:
    """Three dates joined by commas and "and" before "comment letters" all date staff letters; a date named
    again is listed once; the company's own letter is left out."""
    data = (
        b"Example Corp.\nOctober 2, 2024\n\nDivision of Corporation Finance\nRe: Example Corp.\nForm 10-K\n\n"
        b"Dear Ms. Jones:\n\nWe respond to the staff's May 22, 2024, June 3, 2024 and September 5, 2024 comment "
        b"letters, and again to its June 3, 2024 letter, not to our July 1, 2024 letter.\n\n1. Please revise.\n\n"
        b"Response: We will revise.\n\nSincerely,\n"
    )
    assert parse_letter(data, "t").responds_to == ["2024-05-22", "2024-06-03", "2024-09-05"]


def test_dates_joined_after_letters_dated_each_date_one() -> None:
    """ "the Staff's letters dated May 1, 2021 and May 20, 2021": both letters are answered (before, only the
    first date was read, the second taken for a date of something else); a date joined to the company's own
    response is not."""
    head = (
        b"Example Corp.\nJune 2, 2021\n\nDivision of Corporation Finance\nRe: Example Corp.\nForm 10-K\n\n"
        b"Dear Ms. Jones:\n\n"
    )
    tail = b"\n\n1. Please revise.\n\nResponse: We will revise.\n\nSincerely,\n"
    both = head + b"We respond to the comments in the Staff's letters dated May 1, 2021 and May 20, 2021." + tail
    assert parse_letter(both, "t").responds_to == ["2021-05-01", "2021-05-20"]
    three = head + b"We respond to your letters dated April 2, 2021, May 1, 2021, and May 20, 2021." + tail
    assert parse_letter(three, "t").responds_to == ["2021-04-02", "2021-05-01", "2021-05-20"]
    ours = head + b"We refer to your letter dated May 1, 2021 and our response filed May 10, 2021." + tail
    assert parse_letter(ours, "t").responds_to == ["2021-05-01"]


def test_a_wrapped_line_opening_with_response_goes_on_with_the_opening() -> None:
    """Meta's letter of December 29, 2021 as plain text, wrapped: a line of its opening starts with
    "Response Letter”)", going on with the defined term the line before opened ("(the “Prior"), not an
    answer label: the opening is read on, to the staff's initial letter named after it. (Its lines as
    wrapped at 76 columns.) A heading "Response dated October 27, 2023" still ends the opening (peer gold)."""
    data = (
        "December 29, 2021\n\nRe: Meta Platforms, Inc.\n\nDear Mr. Austin and Ms. Abramson:\n\n"
        "On behalf of our client, Meta Platforms, Inc. (f/k/a Facebook, Inc.), a\n"
        "Delaware corporation (the “Company”), this letter sets forth the Company’s\n"
        "responses to the comment letter of the Staff of the Securities and Exchange\n"
        "Commission (the “Staff” of the “Commission”) dated November 12, 2021, issued\n"
        "in response to the Company’s letter dated November 4, 2021 (the “Prior\n"
        "Response Letter”) in response to the Staff’s initial comment letter dated\n"
        "September 21, 2021, all relating to the Company’s Form 10-K for the year\n"
        "ended December 31, 2020 (the “2020 Form 10-K”).\n\n"
        "1. Your response to prior comment 2 references developments. Please explain.\n\n"
        "Response: We respectfully advise the Staff.\n\nSincerely,\n"
    ).encode()
    assert parse_letter(data, "meta.txt").responds_to == ["2021-11-12", "2021-09-21"]


def test_a_wrapped_line_opening_with_a_form_goes_on_with_the_opening() -> None:
    """Aon's letter of June 12, 2020 as plain text, wrapped at 76 columns: a line of its opening starts with
    "Schedule 14A, filed with ...", the rest of a sentence, not the staff's heading over a comment restated
    without its number (which follows a sentence's end): the opening is read on, to the letter answered."""
    answered = _answered(
        "June 12, 2020\n\nRe: Aon plc\nPreliminary Proxy Statement on Schedule 14A\nFiled on May 11, 2020\n"
        "File No. 001-07933\n\nLadies and Gentlemen:\n\n"
        "On behalf of Aon plc (the “Company”), we submit this letter to the staff\n"
        "(the “Staff”) of the U.S. Securities and Exchange Commission (the\n"
        "“Commission”) regarding the Company’s Preliminary Proxy Statement on\n"
        "Schedule 14A, filed with the Commission on May 11, 2020 (the “Proxy\n"
        "Statement”). The Company is concurrently filing an amendment to the Proxy\n"
        "Statement, which includes revisions that reflect the Company’s responses to\n"
        "your comment letter, dated June 1, 2020.\n\n"
        "1. Please include here the value of the per share consideration.\n\n"
        "Response: The Company has revised the disclosure on pages 1, 18 and 67.\n\nSincerely,\n"
    )
    assert answered == ["2020-06-01"]


def test_a_comment_caption_ends_the_opening() -> None:
    """A comment restated under a caption "Comment" with no number (then "Response"): the date it cites (an
    earlier staff letter, "your letter to us dated July 15, 2014") is no letter answered."""
    answered = _answered(
        "January 10, 2018\n\nRe: Aon plc\nForm 10-K\nFile No. 1-7933\n\nDear Ms. Blye:\n\n"
        "On behalf of Aon plc, set forth below is the Company’s response to the comment in your letter dated "
        "December 28, 2017.\n\nComment\n\nIn your letter to us dated July 15, 2014, you discussed contacts with "
        "Syria and Sudan. Please describe to us the nature and extent of any past, current, and anticipated "
        "contacts with Syria and Sudan.\n\nResponse\n\nAon has no operations in Syria or Sudan.\n\nSincerely,\n"
    )
    assert answered == ["2017-12-28"]


def _answered(text: str) -> list[str]:
    """The staff letters a company letter given as plain text answers."""
    return parse_letter(text.encode(), "letter.txt").responds_to


def test_a_date_on_a_line_of_its_own_after_dated_is_the_letters() -> None:
    """L3Harris' letter of March 13, 2020 as text: "Reference is made to your letter (the “Comment Letter”)
    dated" / "January 21, 2020" / "containing comments of the Staff ...": the date alone on its line goes
    on with "dated" before it, not a running header's date."""
    data = (
        "March 13, 2020\n\nRe: L3Harris Technologies, Inc.\nFile No. 001-03863\n\nDear Ms. Clark:\n\n"
        "Reference is made to your letter (the “Comment Letter”) dated\nJanuary 21, 2020\n"
        "containing comments of the Staff of the Division of Corporation\nFinance (the “Staff”) on the Form 8-K.\n\n"
        "The Company will respond by March 27, 2020.\n\nSincerely,\n"
    ).encode()
    assert parse_letter(data, "lhx.txt").responds_to == ["2020-01-21"]


@pytest.mark.parametrize(
    ("opening", "dates"),
    [
        # the year left out: the letter's own year, or the year before for a day after the letter's date
        ("We respond to the comments in your letter dated May 20 regarding the Form 10-K.", ["2024-05-20"]),
        ("We refer to your letter of December 18th regarding the Form 10-K.", ["2023-12-18"]),
        # the company's own letter, and a deadline, date no staff letter
        ("We refer to our letter dated May 20 regarding the Form 10-K.", []),
        ("We will respond to the remaining comments by June 20.", []),
        # comments dated by the verb of a letter sent: a letter ("We are responding to comments received from the
        # staff ... issued July 29, 2016", Waste Management's letter of August 18, 2016)
        ("This letter responds to the Staff's comments issued on May 20, 2024.", ["2024-05-20"]),
        ("We respond to the comments issued by the Staff on May 20, 2024 regarding the Form 10-K.", ["2024-05-20"]),
        # given by word of mouth: no letter
        ("We respond to the comments provided orally by the Staff on May 20, 2024.", []),
        ("We respond to the comments the Staff issued during our telephone call on May 20, 2024.", []),
        ("We respond to the comments of the Staff received by telephone on May 20, 2024.", []),
        ("We respond to the comments of the Staff received during our call on May 20, 2024.", []),
        # received, no word of mouth said: a letter (Marsh & McLennan's extension request of August 2016: "to respond
        # to comments of the Staff received on July 20, 2016")
        ("We respond to the comments of the Staff received on May 20, 2024.", ["2024-05-20"]),
        # ... or received in writing: by electronic mail (Facebook's letters of 2016), by e-mail, by letter
        ("We respond to the comments of the Staff received by electronic mail on May 20, 2024.", ["2024-05-20"]),
        ("We respond to the comments of the Staff received via e-mail on May 20, 2024.", ["2024-05-20"]),
        ("We respond to the comments of the Staff received by letter on May 20, 2024.", ["2024-05-20"]),
        # two letters' dates sharing the year printed after the second (of the year before where the month is later)
        ("This letter responds to the Staff's letters dated May 1 and May 15, 2024.", ["2024-05-01", "2024-05-15"]),
        ("This letter responds to the Staff's letters dated May 1st and May 15th, 2024.", ["2024-05-01", "2024-05-15"]),
        # ... or two days of one month, its name printed once
        ("This letter responds to the Staff's letters dated May 1 and 15, 2024.", ["2024-05-01", "2024-05-15"]),
        ("We respond to your letters of May 1st and 15th, 2024.", ["2024-05-01", "2024-05-15"]),
        (
            "This letter responds to the Staff's letters dated December 20 and January 5, 2024.",
            ["2023-12-20", "2024-01-05"],
        ),
        # comments of a date: the staff's (their letter's date), unless said to be oral
        ("We respond below to the Staff's further comments of May 20, 2024 regarding the Form 10-K.", ["2024-05-20"]),
        ("We respond to the oral comments of May 20, 2024.", []),
        # a response is the company's own letter, whatever its owner is called: its date dates no staff letter, even
        # where a letter is named nearer before it (a defined term: "the “May Letter”")
        (
            "As requested in the Staff's letter dated May 20, 2024 (the “May Letter”), which followed our response "
            "dated April 2, 2024 to the Staff's letter dated March 1, 2024, we respond below.",
            ["2024-05-20", "2024-03-01"],
        ),
        (
            "We respond to your letter of May 20, 2024 (the “Letter”) and refer to the Company’s prior response dated "
            "April 2, 2024.",
            ["2024-05-20"],
        ),
        # the date opening the sentence that tells of the letter received or issued
        (
            "On May 20, 2024, the Company received a comment letter from the Staff regarding the Form 10-K.",
            ["2024-05-20"],
        ),
        (
            "On May 20, 2024, we received a letter from the Staff of the Division of Corporation Finance.",
            ["2024-05-20"],
        ),
        ("As you know, on May 20, 2024, the Company received the Staff's comments on the Form 10-K.", ["2024-05-20"]),
        ("On May 20, 2024, the Staff issued a comment letter to the Company regarding its Form 10-K.", ["2024-05-20"]),
        (
            "On May 1 and May 15, 2024, the Company received comment letters from the Staff.",
            ["2024-05-01", "2024-05-15"],
        ),
        (
            "On May 20, 2024, Example Corp., Inc. (the “Company”) received a letter from the staff of the Securities "
            "and Exchange Commission (the “Staff”) containing comments on the Form 10-K.",
            ["2024-05-20"],
        ),
        (
            "On May 20, 2024, the staff of the Securities and Exchange Commission (the “Staff”) issued a comment "
            "letter regarding the Company's Form 10-K.",
            ["2024-05-20"],
        ),
        # ... the company's own letter, another's, none, or comments given by word of mouth
        ("On May 20, 2024, we submitted our response to the Staff.", []),
        ("On May 20, 2024, the Staff received our response letter.", []),
        ("On May 20, 2024, we sent a letter to the Staff asking for more time.", []),
        (
            "On May 20, 2024, the Company filed its response and received a comment letter on June 1, 2024.",
            ["2024-06-01"],
        ),
        ("On May 20, 2024, the Company received a letter from Nasdaq regarding its listing.", []),
        ("On May 20, 2024, the Company filed its Form 10-K and received no comments.", []),
        ("On May 20, 2024, the Company received oral comments from the Staff during a call.", []),
        # another paper issued on the date (a restated comment read in the opening, Chubb's of 2016)
        (
            "We respond to the Staff's comment that the measures may be inconsistent with the updated Compliance "
            "and Disclosure Interpretations issued on May 17, 2024.",
            [],
        ),
    ],
)
def test_the_staff_letters_an_opening_dates(opening: str, dates: list[str]) -> None:
    assert _answering(opening) == dates


def test_the_date_a_company_gives_the_comments_it_answers_is_kept_as_written() -> None:
    """Waste Management's letter of August 18, 2016 answers "comments received from the staff ... issued July 29,
    2016" (the staff letter of the thread is dated June 29): the date as written."""
    assert L.letter("sec/WM/WM_0000000000-16-086446/filings/0001193125-16-685031/filename1.htm").responds_to == [
        "2016-07-29"
    ]


@pytest.mark.parametrize(
    ("accession", "dates"),
    [
        ("0001193125-16-582198", ["2016-04-25"]),
        ("0001193125-16-649470", ["2016-06-30"]),
        ("0001193125-16-772580", ["2016-10-25"]),
    ],
)
def test_comments_received_by_electronic_mail_date_a_staff_letter(accession: str, dates: list[str]) -> None:
    """Facebook's answers of 2016 respond "to comments from the staff (the “Staff”) of the Securities and Exchange
    Commission (the “Commission”) received by electronic mail on April 25, 2016": comments sent in writing, dated
    (no staff letter was read before)."""
    relative = f"sec/META/META_0000000000-16-073605/filings/{accession}/filename1.htm"
    assert L.letter(relative).responds_to == dates


def _answering(opening: str) -> list[str]:
    """The staff letters answered by a letter of June 3, 2024 that opens with ``opening``."""
    data = (
        b"Example Corp.\nJune 3, 2024\n\nDivision of Corporation Finance\nRe: Example Corp.\nForm 10-K\n\n"
        b"Dear Ms. Jones:\n\n"
        + opening.encode()
        + b"\n\n1. Please revise.\n\nResponse: We will revise.\n\nSincerely,\n"
    )
    return parse_letter(data, "t").responds_to


def test_comments_received_on_a_date_name_the_staff_letter() -> None:
    """Marsh & McLennan's second extension request of August 2016 asks more time "to respond to comments of the Staff
    received on July 20, 2016": the staff letter of July 20 (no staff letter was read before)."""
    relative = "sec/MRSH/MRSH_0000000000-16-085137/filings/0000062709-16-000070/filename1.htm"
    assert L.letter(relative).responds_to == ["2016-07-20"]


def test_a_caption_after_the_opening_ends_it_over_a_comment_restated_without_its_number() -> None:
    """Eaton's letter of January 10, 2019 answers "the comments ... contained in your letter dated December 20,
    2018", then restates under the caption "General" the comment "1. In your letter to us dated January 22, 2016,
    you discussed contacts with Syria." (the company's own letter of 2016, as its answer says: "Since our January
    22, 2016 submission"). With the comments restated without their numbers, the caption after the opening's
    sentence still ends the opening: the 2016 letter is no staff letter answered."""
    path = corpus_file("sec/ETN/ETN_0000000000-18-038869/filings/0001551182-19-000003/filename1.htm")
    lines = [ln.text for ln in extract(path.read_bytes(), path.name).lines]
    numbered = parse_letter("\n\n".join(lines).encode(), "eaton.txt")
    assert numbered.responds_to == ["2018-12-20"]
    unnumbered = [re.sub(r"^[12]\. (?=In your letter|Please also)", "", line) for line in lines]
    assert unnumbered != lines
    assert parse_letter("\n\n".join(unnumbered).encode(), "eaton.txt").responds_to == ["2018-12-20"]


@pytest.mark.parametrize(
    ("relative", "subkind"),
    [
        # "... (the “Company”)." / "As discussed between Ms. Jennifer Monick and our Senior Vice" / "President ..."
        ("sec/AMT/AMT_0000000000-23-002236/filings/0001053507-23-000094/filename1.htm", "extension_request"),
        # "... filed by the Company with the U.S." / "Securities and Exchange Commission (the “SEC”) on December"
        ("sec/TFC/TFC_0000000000-22-000223/filings/0001193125-22-006747/filename1.htm", "acceleration_request"),
    ],
)
def test_a_wrapped_line_of_the_opening_is_no_caption(relative: str, subkind: str) -> None:
    """Wrapped at 60 columns, a line of the opening may hold only capitalised words of four letters and more after a
    line ending in a stop; but it holds a word in lower case, or a defined term, or the stop was an abbreviation's:
    no caption, and the opening goes on (the request it makes tells the letter's kind)."""
    path = corpus_file(relative)
    paragraphs = [ln.text.strip() for ln in extract(path.read_bytes(), path.name).lines if ln.text.strip()]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 60)) for p in paragraphs)
    letter = parse_letter(text.encode(), path.stem + ".txt")
    assert (letter.kind, letter.subkind) == ("company_other", subkind)
