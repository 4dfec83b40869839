"""A company letter that answers the staff letter as a whole, in unnumbered prose.

Expectations written from reading each letter (see tests/core/whole_letters.py for what they are).
"""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import corpus_file
from tests.core.whole_letters import (
    ADM_ANSWER,
    ADM_CALL,
    CB_ANSWER,
    CB_FURTHER,
    EBAY_ANSWER,
    MDLZ_ANSWER,
    MRSH_ANSWER,
    MRSH_FURTHER,
    parsed,
)

# (letter, first words of the answer, comment numbers the letter names, commits (None: not checked),
# answers a call)
WHOLE = [
    # One paragraph after the opening paragraph that cites "your letter ... dated September 2, 2022".
    (CB_ANSWER, "The Company confirms that it will continue to enhance its disclosures", [], True, False),
    (MDLZ_ANSWER, "The Company confirms that it will enhance its future proxy disclosures", [], True, False),
    # The opening names the "2022 Annual Meeting of Shareholders": a meeting, but not one with the staff.
    (EBAY_ANSWER, "We confirm that we will enhance our future proxy disclosures in accordance", [], True, False),
    # The answer goes on in the opening paragraph, after the sentence naming the letter: that paragraph is the
    # answer's, quoted from its first words (ANNOTATION.md: "the first words of the answer paragraph"; holdout14's
    # reading); weighing the comments is no commitment.
    (
        MRSH_ANSWER,
        "We received your comment letter dated September 20, 2022. We will carefully consider",
        [],
        False,
        False,
    ),
    (ADM_ANSWER, "As discussed in greater detail below, ADM, through various subsidiaries", [], False, False),
    # After the opening, a paragraph of thanks for the call and one that ends leading in to the answer ("We have
    # considered your verbal comment with respect to Staff comments nos. 2 and 3 ... In response to the verbal
    # comment, we submit the following:"); the answer is the paragraph after them (holdout14's reading): "the
    # Company agrees that in future filings it will not disclose the following non-GAAP measures"
    (CB_FURTHER, "Based on the Staff’s comments and on Questions 100.01 and 100.04 the Company", [2, 3], True, False),
    # "discussions with the staff ... related to Question 3 contained in your letter dated March 16, 2023"
    # (the paragraph goes on to answer: "... The Company will change its consolidated balance sheet presentation")
    (MRSH_FURTHER, "We are providing this letter following the Company’s discussions with the staff", [3], True, True),
    # "to respond to questions you asked during our October 9, 2024 call"; the paragraph goes on about letters only
    (ADM_CALL, "This letter supplements the Company", [], False, True),
]


@pytest.mark.parametrize(("path", "starts", "named", "commits", "call"), WHOLE)
def test_whole_answer_read_after_the_opening(
    path: str, starts: str, named: list[int], commits: bool | None, call: bool
) -> None:
    letter = parsed(path)
    answer = letter.whole_answer
    assert letter.kind == "company_response" and answer is not None
    assert answer.text.startswith(starts)
    assert (answer.comments, answer.after_call) == (named, call)
    assert commits is None or answer.commits_future_filing == commits
    assert not any(word in answer.text for word in ("Sincerely", "Very truly yours", "Please do not hesitate"))


def test_a_letter_alone_invents_no_comment_numbers() -> None:
    """Without the staff letter at hand the numbers answered are unknown: none are made up."""
    for path in (CB_ANSWER, MDLZ_ANSWER, EBAY_ANSWER, MRSH_ANSWER, ADM_ANSWER, ADM_CALL):
        assert parsed(path).responses == []


@pytest.mark.parametrize(("path", "numbers"), [(CB_FURTHER, [2, 3]), (MRSH_FURTHER, [3])])
def test_numbers_named_in_prose_are_answered_by_the_letter_alone(path: str, numbers: list[int]) -> None:
    letter = parsed(path)
    assert letter.whole_answer is not None
    assert [r.number for r in letter.responses] == numbers
    assert all(r.text == letter.whole_answer.text and r.restated_comment is None for r in letter.responses)


def test_letters_answering_comment_by_comment_have_no_whole_answer() -> None:
    # Chubb's first answer of May 10, 2019 restates and answers comments 1-3 one by one.
    letter = parsed("CB/CB_0000000000-19-007690/filings/0001193125-19-144226/filename1.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3] and letter.whole_answer is None


def test_restated_comments_run_together_are_no_whole_answer() -> None:
    # L3Harris's answer of March 27, 2020 with its body run together in two paragraphs (as its image's
    # text layer read before its runs of spaces were taken as line breaks): comments 1 and 2 ("please
    # tell us ...") and the answers in two lines. Asking sentences in the staff's voice are not an answer.
    path = corpus_file("sec/LHX/LHX_0000000000-20-000514/filings/0000202058-20-000023/filename1.htm")
    lines = [ln.text for ln in extract(path.read_bytes(), str(path)).lines]
    body = lines.index("Dear Ms. Clark:") + 1
    half = (body + len(lines)) // 2
    paragraphs = [*lines[:body], " ".join(lines[body:half]), " ".join(lines[half:])]
    letter = parse_letter("".join(f"<p>{p}</p>" for p in paragraphs).encode(), "run-together.htm")
    assert letter.kind == "company_response"
    assert letter.whole_answer is None and letter.responses == []


def _oral_letter(body: str) -> bytes:
    """A made-up acceleration-time letter from counsel, its body given."""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        "<html><body><p>Smith &amp; Jones LLP</p><p>March 3, 2025</p>"
        "<p>Re: Acme Widgets, Inc.</p><p>Registration Statement on Form S-3</p><p>File No. 333-123456</p>"
        "<p>Securities and Exchange Commission</p><p>Division of Corporation Finance</p>"
        "<p>100 F Street, N.E.</p><p>Washington, D.C. 20549</p><p>Ladies and Gentlemen:</p>"
        f"{paras}<p>Very truly yours,</p><p>/s/ Smith &amp; Jones LLP</p></body></html>"
    ).encode()


ORAL_OPENING = (
    "This letter is sent on behalf of our client Acme Widgets, Inc. (the “Company”) in connection with the"
    " Registration Statement on Form S-3 (File No. 333-123456).\n\n"
    "In accordance with Rule 461 under the Securities Act, the Company has requested acceleration of the"
    " effective date of the Registration Statement to March 5, 2025. Reference is made to your oral comment,"
    " by which you noted that the Company would need to file its definitive proxy statement before the"
    " effective date."
)


def test_a_request_letter_answering_an_oral_comment_is_a_response() -> None:
    """The comment is restated in prose and answered in the sentence that says so: comment 1 of none printed."""
    body = ORAL_OPENING + " We hereby respond to your oral comment by noting that the Company filed the proxy"
    body += " statement on March 1, 2025. The proxy statement is incorporated by reference."
    letter = parse_letter(_oral_letter(body), "oral.htm")
    assert (letter.kind, letter.subkind) == ("company_response", None)
    assert [r.number for r in letter.responses] == [1]
    assert letter.responses[0].text.startswith("We hereby respond to your oral comment by noting that the Company")
    assert letter.whole_answer is not None and letter.whole_answer.after_call
    assert not letter.responses[0].commits_future_filing


def test_oral_comments_answered_together_get_no_guessed_numbers() -> None:
    body = ORAL_OPENING + " In response to the Staff's oral comments, the Company filed the proxy statement."
    letter = parse_letter(_oral_letter(body), "oral.htm")
    assert letter.kind == "company_response" and letter.responses == []
    assert letter.whole_answer is not None
    assert letter.whole_answer.text.startswith("In response to the Staff's oral comments, the Company filed")


def test_a_request_letter_that_answers_nothing_stays_a_request() -> None:
    body = ORAL_OPENING.replace("Reference is made to your oral comment,", "As discussed with you,")
    letter = parse_letter(_oral_letter(body), "oral.htm")
    assert (letter.kind, letter.subkind) == ("company_other", "acceleration_request")


def test_asking_for_time_to_answer_an_oral_comment_answers_nothing() -> None:
    body = ORAL_OPENING + " The Company requests additional time to respond to your oral comment."
    letter = parse_letter(_oral_letter(body), "oral.htm")
    assert letter.kind == "company_other"


ONE_COMMENT_ANSWER = (
    "The Company acknowledges the Staff's comment regarding the presentation of adjusted operating income and"
    " advises the Staff that it will present the most directly comparable GAAP measure with equal or greater"
    " prominence in future filings."
)


@pytest.mark.parametrize(
    ("opening", "numbers"),
    [
        # one comment answered: the staff letter's only one, number 1 (a single comment, numbered or not)
        ("This letter responds to the comment of the Staff contained in your letter dated May 20, 2024.", [1]),
        ("We are writing in response to your comment dated May 20, 2024 on the Form 10-K.", [1]),
        # comments, or a comment letter: which ones is for the staff letter to tell (core/pairing.py)
        ("This letter responds to the comments of the Staff contained in your letter dated May 20, 2024.", []),
        ("This letter responds to the Staff's comment letter dated May 20, 2024.", []),
    ],
)
def test_a_letter_answering_the_comment_answers_comment_1(opening: str, numbers: list[int]) -> None:
    letter = parse_letter(_oral_letter(f"{opening}\n\n{ONE_COMMENT_ANSWER}"), "answer.htm")
    assert letter.kind == "company_response"
    assert letter.whole_answer is not None and not letter.whole_answer.after_call
    assert [(r.number, r.text) for r in letter.responses] == [(n, ONE_COMMENT_ANSWER) for n in numbers]


@pytest.mark.parametrize(
    ("opening", "starts"),
    [
        # the opening paragraph goes on to answer: the answer is that paragraph, from its first words
        (
            "We received your letter dated May 1, 2024. We will expand the disclosure in future filings.",
            "We received your letter dated May 1, 2024. We will expand",
        ),
        # it goes on only to lead in: the answer is the paragraph after it
        ("We received your letter dated May 1, 2024. Our response is set forth below.", "The Company will expand"),
        # a paragraph after it that ends leading in to the response leaves the answer to the next one
        (
            "We received your letter dated May 1, 2024.\n\nWe discussed the comment with the staff on May 3, 2024. In "
            "response to the comment, we submit the following:",
            "The Company will expand",
        ),
        # one that leads in to the disclosure it proposes is the answer's
        (
            "We received your letter dated May 1, 2024.\n\nWe discussed the comment with the staff on May 3, 2024. We "
            "propose to add the following:",
            "We discussed the comment with the staff on May 3, 2024. We propose to add the following:",
        ),
    ],
)
def test_an_opening_paragraph_that_goes_on(opening: str, starts: str) -> None:
    data = (
        "Acme Corp.\nMay 10, 2024\n\nDivision of Corporation Finance\nRe: Acme Corp.\nForm 10-K\n\nDear Ms. Jones:\n\n"
        f"{opening}\n\nThe Company will expand the disclosure of its segments in future filings.\n\nSincerely,\n"
    ).encode()
    answer = parse_letter(data, "acme.txt").whole_answer
    assert answer is not None and answer.text.startswith(starts)


def test_the_staff_s_request_restated_before_the_answer() -> None:
    """Square's letter of October 18, 2018 supplements its answers after a call: "As requested by the staff ... during
    our October 12, 2018 telephone conversation, Square ... is providing ..." / "The Staff requested the Company to
    provide supplemental analysis of the Company’s control of the services ..." / "We respectfully advise the Staff
    that because of the Company’s unique position ...": the second paragraph restates the request (it was read as
    the answer's start)."""
    path = corpus_file("sec/XYZ/XYZ_0000000000-18-025443/filings/0001193125-18-302160/filename1.htm")
    answer = parse_letter(path.read_bytes(), path.name).whole_answer
    assert answer is not None
    assert answer.text.startswith("We respectfully advise the Staff that because of the Company’s unique position")
    assert answer.commits_future_filing
