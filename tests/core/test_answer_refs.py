"""An answer that sends the reader to another answer of the letter takes that answer's commitment."""

from __future__ import annotations

import pytest

from commentletters.core.answer_refs import inherit_commitments
from commentletters.core.letters import Response

PROMISE = "In future filings, we will revise the disclosure to quantify each factor."


def _answers(second: str, first: str = PROMISE) -> list[Response]:
    one = Response(number=1, text=first, commitments=[first] if first == PROMISE else [])
    one.commits_future_filing = bool(one.commitments)
    return [one, Response(number=2, text=second)]


@pytest.mark.parametrize(
    "text",
    [
        "Refer to comment (1) above.",
        "Please see our response to comment 1 above.",
        "We account for these items as described in our response to comment #1, and respectfully direct the Staff "
        "to the clarified disclosure language proposed therein.",
        "For a discussion of these risks, please see our responses to comments 1 and 3 above.",
    ],
)
def test_a_pointer_to_a_committing_answer_commits(text: str) -> None:
    answers = _answers(text)
    inherit_commitments(answers)
    assert answers[1].commits_future_filing
    assert answers[1].commitments == [text]


@pytest.mark.parametrize(
    "text",
    [
        # recalled while explaining: nobody is sent anywhere
        "As noted in our response to comment 1, the Company reviews these risks every quarter.",
        "As stated above in the response to Comment #1, the Company has processes to identify direct and indirect "
        "risks.",
        # declines the change, whatever it points at
        "We do not believe that separate disclosure of these amounts is warranted. Please see our response to "
        "comment 1 above.",
        # points at itself only
        "Refer to comment (2) above.",
    ],
)
def test_no_commitment_taken(text: str) -> None:
    answers = _answers(text)
    inherit_commitments(answers)
    assert not answers[1].commits_future_filing and answers[1].commitments == []


def test_nothing_to_take_from_an_answer_that_commits_to_nothing() -> None:
    answers = _answers("Refer to comment (1) above.", first="The amounts are immaterial.")
    inherit_commitments(answers)
    assert not answers[1].commits_future_filing


@pytest.mark.parametrize(
    ("kinds", "kind"),
    [
        ({1: ["made"], 3: ["made", "made"]}, "made"),  # both answers pointed at changed an amendment
        ({1: ["made"], 3: ["future"]}, "future"),  # one of them promises: the pointer stays open too
        ({1: ["made", "future"], 3: ["made"]}, "future"),
        ({1: [], 3: ["made"]}, "future"),  # kinds not told: counted as a promise
    ],
)
def test_a_pointer_takes_the_kind_of_what_it_points_at(kinds: dict[int, list[str]], kind: str) -> None:
    answers = [
        Response(number=n, text=PROMISE, commitments=[PROMISE], commitment_kinds=k, commits_future_filing=True)
        for n, k in kinds.items()
    ]
    text = "For a discussion of these risks, please see our responses to comments 1 and 3 above."
    answers.append(Response(number=2, text=text))
    inherit_commitments(answers)
    assert answers[-1].commitments == [text] and answers[-1].commitment_kinds == [kind]
