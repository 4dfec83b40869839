"""Threading letters that carry no evidence of their review, and reviews an acceleration request ends
(facts from Huntington's letters in ../shared/corpus/sec/HBAN: the S-4 review of 2016, File No. 333-209962,
with the company's acceleration request of April 28, 2016 as its last letter; the S-4 of 2025, File No.
333-291486, whose acceleration request of December 2, 2025 names no staff letter)."""

from __future__ import annotations

from commentletters.core.letters import Comment, Filing, Letter, Response
from commentletters.core.status import review_state
from commentletters.core.threads import Item, group_reviews
from tests.core import header_letters as L

S4 = Filing("S-4", None, None)


def _letter(ident: str, kind: str, day: str, file_no: str, **more: object) -> Item:
    letter = Letter(ident, "", kind, date=day, file_numbers=[file_no], filings_reviewed=[S4], **more)  # type: ignore[arg-type]
    return Item(ident, letter, ident, "UPLOAD" if kind.startswith("staff") else "CORRESP")


STAFF = _letter("0000000000-16-069261", "staff_comments", "2016-03-22", "333-209962", comments=[Comment(1, "")])
ANSWER = _letter(
    "0001193125-16-530987",
    "company_response",
    "2016-04-05",
    "333-209962",
    responds_to=["2016-03-22"],
    responses=[Response(1, "")],
)
ASKED = _letter("0001193125-16-562479", "company_other", "2016-04-28", "333-209962", subkind="acceleration_request")
NEW_S4 = _letter("0001140361-25-043904", "company_other", "2025-12-02", "333-291486", subkind="acceleration_request")


def test_a_letter_of_another_registration_statement_opens_its_own_review() -> None:
    """Nothing ties the 2025 request to the 2016 review, and their file numbers tell two registration
    statements apart: before, it joined the 2016 review as its latest one."""
    old = group_reviews([STAFF, ANSWER])
    assert review_state(old[0]).state == "open"  # (no acceleration request yet: the old review looks open)
    reviews = group_reviews([STAFF, ANSWER, NEW_S4])
    assert [[i.id for i in r.items] for r in reviews] == [[STAFF.id, ANSWER.id], [NEW_S4.id]]


def test_a_letter_naming_no_file_number_still_goes_with_the_latest_review() -> None:
    thin = Item("x", Letter("x", "", "company_other", date="2016-05-02"), "x", "CORRESP")
    reviews = group_reviews([STAFF, ANSWER, thin])
    assert [[i.id for i in r.items] for r in reviews] == [[STAFF.id, ANSWER.id, "x"]]


def test_an_acceleration_request_as_the_last_letter_ends_the_review() -> None:
    (review,) = group_reviews([STAFF, ANSWER, ASKED])
    state = review_state(review)
    assert (state.state, state.ended, state.due_date) == ("completed", "2016-04-28", None)
    assert state.reason.startswith("no completion letter on file; the company asked on 2016-04-28")


def test_a_request_before_further_comments_does_not_end_the_review() -> None:
    later = _letter(  # "We note your response to prior comment 1"
        "0000000000-16-072562",
        "staff_comments",
        "2016-05-10",
        "333-209962",
        comments=[Comment(1, "", prior_comments=[1])],
    )
    (review,) = group_reviews([STAFF, ANSWER, ASKED, later])
    assert review_state(review).state == "open"


def test_a_letter_on_a_shareholders_solicitation_awaits_no_answer_of_the_company() -> None:
    """Crown Castle's 2024 proxy contest: the staff's letter of February 29, 2024 on Boots Parallel 1's
    additional soliciting materials (DFAN14A) is answered by the shareholder, filed under its own EDGAR filer,
    never by Crown Castle: no answer of the company is due, and the review is never past due."""
    letter = Letter(
        "0000000000-24-002292",
        "",
        "staff_comments",
        date="2024-02-29",
        company="Boots Parallel 1, LP",
        file_numbers=["001-16441"],
        filings_reviewed=[Filing("DFAN14A", None, "2024-02-20")],
        comments=[Comment(1, "")],
    )
    (review,) = group_reviews([Item(letter.source, letter, letter.source, "UPLOAD")])
    state = review_state(review)
    assert (state.state, state.due_date) == ("open", None)
    assert state.due_reason.startswith("the staff letter of 2024-02-29 reviews a shareholder's proxy solicitation")
    own = Letter(
        "0000000000-24-003517",
        "",
        "staff_comments",
        date="2024-04-02",
        company="Crown Castle Inc.",
        file_numbers=["001-16441"],
        filings_reviewed=[Filing("PREC14A", None, "2024-03-26")],  # the company's own contested proxy statement
        comments=[Comment(1, "")],
    )
    (review,) = group_reviews([Item(own.source, own, own.source, "UPLOAD")])
    assert review_state(review).due_date == "2024-04-16"


def test_an_answer_to_a_staff_letter_not_on_file_is_no_part_of_another_review() -> None:
    """The two seed letters: the staff's 2014 letter on the 20-F for 2013 and the company's 2017 answer to a
    letter of August 16, 2017 (on the 20-F for 2016) that is not on file. They share only the 001- file number,
    which covers all of the company's annual reports: the answer is not threaded into the 2014 review, where
    its answers would pair with the 2014 comments by number."""
    staff = Letter(
        "2014",
        "",
        "staff_comments",
        date="2014-11-17",
        file_numbers=["001-35126"],
        filings_reviewed=[Filing("20-F", "2013-12-31", "2014-04-09")],
        comments=[Comment(n, "") for n in (1, 2)],
    )
    answer = Letter(
        "2017",
        "",
        "company_response",
        date="2017-08-30",
        responds_to=["2017-08-16"],
        file_numbers=["001-35126"],
        filings_reviewed=[Filing("20-F", "2016-12-31", "2017-04-12")],
        responses=[Response(n, "") for n in (1, 2)],
    )
    items = [Item(x.source, x, x.source, "CORRESP") for x in (staff, answer)]
    assert [[i.id for i in r.items] for r in group_reviews(items)] == [["2014"], ["2017"]]


def test_the_commissions_order_declaring_the_registration_effective_ends_the_review() -> None:
    """Carrier's Form 10 (001-39220): the staff's last comment letter on the draft (September 30, 2019),
    then the Commission's order of March 16, 2020 declaring the registration effective under Section
    12(d). No completion letter is on file; before, the review stayed open for ever."""
    staff_path = "sec/CARR/CARR_0000000000-19-013211/filings/0000000000-19-014100/filename1.pdf"
    items = [Item(path.split("/")[-2], L.letter(path)) for path in (staff_path, L.ORDER)]
    assert items[1].letter.subkind == "effectiveness_order"
    (review,) = group_reviews(items)
    state = review_state(review)
    assert (state.state, state.ended, state.due_date) == ("completed", "2020-03-16", None)
    assert (
        state.reason == "no completion letter on file; the Commission declared the registration effective on 2020-03-16"
    )
