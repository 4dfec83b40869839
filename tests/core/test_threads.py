"""Threading ADM's letters (facts read from the real letters in ../shared/corpus/sec/ADM).

The 2020 review of the 10-K for 2019 and 10-Q for Q1 2020 (File No. 1-00044): staff letter of
August 25, 2020 (comments 1-3); the company's answer of September 8 to all three; the staff's
follow-up of September 16 (comment 1: "We note your response to prior comment 3 in your letter dated
September 8, 2020"); the company's answer of October 21; completion on October 29. The same file
number covers ADM's other reviews: the 10-K for 2016 (letter of December 21, 2017, comments 1-2)
and the 10-K for 2020 (letter of November 2, 2021, one comment).
"""

from __future__ import annotations

from commentletters.core.letters import Comment, Filing, Letter, Response
from commentletters.core.links import Ref, link_answers, link_follow_ups
from commentletters.core.status import comment_statuses, review_state
from commentletters.core.threads import Item, group_reviews

FILE_NO = ["1-00044"]
K2019 = Filing("10-K", "2019-12-31", "2020-02-18")
Q2020 = Filing("10-Q", "2020-03-31", "2020-05-01")


def staff(
    ident: str,
    day: str,
    numbers: list[int],
    filings: list[Filing],
    prior: dict[int, list[int]] | None = None,
    text: str = "",
) -> Item:
    comments = [Comment(n, text, prior_comments=(prior or {}).get(n, [])) for n in numbers]
    kind = "staff_comments" if numbers else "staff_review_complete"
    letter = Letter(ident, "", kind, date=day, file_numbers=FILE_NO, filings_reviewed=filings, comments=comments)
    return Item(ident, letter, ident, "UPLOAD")


def company(ident: str, day: str, answers_to: list[str], numbers: list[int], filings: list[Filing]) -> Item:
    letter = Letter(
        ident,
        "",
        "company_response",
        date=day,
        responds_to=answers_to,
        file_numbers=FILE_NO,
        filings_reviewed=filings,
        responses=[Response(n, "") for n in numbers],
    )
    return Item(ident, letter, ident, "CORRESP")


S1 = staff("0000000000-20-007987", "2020-08-25", [1, 2, 3], [K2019, Q2020])
R1 = company("0000007084-20-000029", "2020-09-08", ["2020-08-25"], [1, 2, 3], [K2019, Q2020])
S2 = staff(
    "0000000000-20-008734",
    "2020-09-16",
    [1],
    [K2019, Q2020],
    prior={1: [3]},
    text="We note your response to prior comment 3 in your letter dated September 8, 2020",
)
R2 = company("0000007084-20-000031", "2020-10-21", ["2020-09-16"], [1], [K2019, Q2020])
S3 = staff("0000000000-20-010270", "2020-10-29", [], [K2019, Q2020])
OLD = staff("0000000000-17-044885", "2017-12-21", [1, 2], [Filing("10-K", "2016-12-31", "2017-02-17")])
NEW = staff("0000000000-21-013296", "2021-11-02", [1], [Filing("10-K", "2020-12-31", "2021-02-18")])


def the_2020_review(items: list[Item]):
    return next(r for r in group_reviews(items) if r.key == S1.id)


def test_reviews_split_by_filings_not_by_the_shared_file_number() -> None:
    reviews = group_reviews([NEW, S3, R2, S2, R1, S1, OLD])  # order given does not matter
    assert [[i.id for i in r.items] for r in reviews] == [
        [OLD.id],
        [S1.id, R1.id, S2.id, R2.id, S3.id],
        [NEW.id],
    ]


def test_rounds_open_with_each_staff_comment_letter() -> None:
    review = the_2020_review([S1, R1, S2, R2, S3, OLD, NEW])
    assert [[i.id for i in r] for r in review.rounds] == [[S1.id, R1.id], [S2.id, R2.id, S3.id]]


def test_answers_link_to_the_staff_letter_they_answer() -> None:
    review = the_2020_review([S1, R1, S2, R2, S3])
    links = link_answers(review)
    assert links == {
        (R1.id, 0): Ref(S1.id, 1),
        (R1.id, 1): Ref(S1.id, 2),
        (R1.id, 2): Ref(S1.id, 3),
        (R2.id, 0): Ref(S2.id, 1),  # comment 1 of September 16, not comment 1 of August 25
    }


def test_follow_up_resolves_to_the_earlier_staff_letter() -> None:
    review = the_2020_review([S1, R1, S2, R2, S3])
    # The comment cites the company's letter date (September 8); comment 3 is the staff's of August 25.
    assert link_follow_ups(review) == {(S2.id, 0): [Ref(S1.id, 3)]}


def test_completed_review_state_and_comment_statuses() -> None:
    review = the_2020_review([S1, R1, S2, R2, S3])
    state = review_state(review)
    assert (state.state, state.started, state.ended, state.duration_days, state.rounds) == (
        "completed",
        "2020-08-25",
        "2020-10-29",
        65,
        2,
    )
    assert state.due_date is None
    statuses = comment_statuses(review, link_answers(review), link_follow_ups(review))
    assert statuses[(S1.id, 2)] == ("followed_up", "followed up by comment 1 of the staff letter of 2020-09-16")
    assert statuses[(S1.id, 0)][0] == "resolved"
    assert statuses[(S2.id, 0)][0] == "resolved"


def test_open_review_due_date_and_statuses_before_the_answer() -> None:
    review = the_2020_review([S1, R1, S2])
    state = review_state(review)
    assert (state.state, state.due_date) == ("open", "2020-09-30")  # ten business days after Sept 16
    statuses = comment_statuses(review, link_answers(review), link_follow_ups(review))
    assert statuses[(S1.id, 0)][0] == "answered"
    assert statuses[(S2.id, 0)] == ("open", "awaiting the company's answer")


def test_extension_request_moves_the_due_date() -> None:
    ext = Letter(
        "ext",
        "",
        "company_other",
        subkind="extension_request",
        date="2020-09-25",
        responds_to=["2020-09-16"],
        file_numbers=FILE_NO,
    )
    review = the_2020_review([S1, R1, S2, Item("ext", ext, None, "CORRESP", requested_date="2020-10-21")])
    state = review_state(review)
    assert state.due_date == "2020-10-21"
    assert "extended" in state.due_reason


def test_comment_left_unanswered_is_no_answer_on_file() -> None:
    partial = company("0000007084-20-000029", "2020-09-08", ["2020-08-25"], [1, 3], [K2019, Q2020])
    review = the_2020_review([S1, partial])
    statuses = comment_statuses(review, link_answers(review), link_follow_ups(review))
    assert statuses[(S1.id, 1)][0] == "no_answer"
    assert statuses[(S1.id, 0)][0] == "answered"


def test_no_review_letter_on_another_filing_opens_its_own_review() -> None:
    # A "we will not review" letter on a proxy statement while the 10-K review is open: same
    # 001- file number, different filing — it must not be read as closing the 10-K review.
    proxy = Letter(
        "proxy",
        "",
        "staff_no_review",
        date="2020-09-01",
        file_numbers=FILE_NO,
        filings_reviewed=[Filing("PRE 14A", None, "2020-08-28")],
    )
    reviews = group_reviews([S1, R1, Item("proxy", proxy, None, "UPLOAD")])
    assert [[i.id for i in r.items] for r in reviews] == [[S1.id, R1.id], ["proxy"]]
    assert review_state(next(r for r in reviews if r.key == S1.id)).state == "open"


def test_preceding_comment_links_within_the_same_letter() -> None:
    # "In light of your response to the comment above" cites comment 1 of the same letter, not the
    # August 25 letter's comment 1; and it alone does not make the letter a follow-up.
    follow = Comment(2, "the comment above", prior_comments=[1], same_letter_refs=[1])
    letter = Letter(
        "later",
        "",
        "staff_comments",
        date="2020-09-16",
        file_numbers=FILE_NO,
        filings_reviewed=[K2019, Q2020],
        comments=[Comment(1, ""), follow],
    )
    later = Item("later", letter, "later", "UPLOAD")
    review = next(r for r in group_reviews([S1, R1, later]) if r.key == S1.id)
    assert link_follow_ups(review) == {("later", 1): [Ref("later", 1)]}


def test_review_of_company_letters_alone_says_no_staff_letter_is_on_file() -> None:
    """An answer whose staff letter is not on file opens a review of its own: open (nothing tells it ended),
    no answer awaited, and the reason says the staff's side is missing rather than only the completion letter."""
    alone = company("0000950103-24-005154", "2024-04-12", ["2024-03-28"], [1, 2], [K2019])
    (review,) = group_reviews([alone])
    state = review_state(review)
    assert (state.state, state.due_date) == ("open", None)
    assert state.reason == "no staff letter of this review is on file, only the company's letter of 2024-04-12"
    assert review_state(the_2020_review([S1, R1])).reason == "no completion letter on file"


def test_a_comment_whose_answer_the_company_deferred_says_so() -> None:
    """The company answers comments 1 and 3 and says comment 2's answer comes later (Letter.deferred): still no
    answer on file, and the reason says the company deferred it."""
    partial = company("0000007084-20-000029", "2020-09-08", ["2020-08-25"], [1, 3], [K2019, Q2020])
    partial.letter.deferred = [2]
    review = the_2020_review([S1, partial])
    status, reason = comment_statuses(review, link_answers(review), link_follow_ups(review))[(S1.id, 1)]
    assert status == "no_answer"
    assert reason == "the company's letter of 2020-09-08 says its answer comes later"
