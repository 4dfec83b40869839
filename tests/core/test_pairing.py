"""Whole-letter answers paired with the comments of the staff letter they answer.

Real letters (tests/core/whole_letters.py); which staff letter each answers and its comment
numbers were read from the letters themselves.
"""

from __future__ import annotations

import json

import pytest

from commentletters.cli import main
from commentletters.core.letters import Filing, Letter
from commentletters.core.pairing import answered_letter, pair_whole_answers, same_matter
from tests.conftest import corpus_file
from tests.core.whole_letters import (
    ADM_ANSWER,
    ADM_CALL,
    ADM_CALL_STAFF,
    ADM_MISNUMBERED,
    ADM_ONE_STAFF,
    ADM_STAFF,
    CB_ANSWER,
    CB_STAFF,
    MDLZ_ANSWER,
    MDLZ_STAFF,
    MRSH_FURTHER,
    MRSH_STAFF_2023,
    parsed,
)

CB_WORDS = "The Company confirms that it will continue to enhance its disclosures in future proxy statements"


def test_chubb_answer_covers_the_three_comments_of_its_staff_letter() -> None:
    staff, answer = parsed(CB_STAFF), parsed(CB_ANSWER)
    pair_whole_answers([staff, answer])
    assert [r.number for r in answer.responses] == [1, 2, 3]
    assert all(r.text.startswith(CB_WORDS) and r.commits_future_filing for r in answer.responses)
    assert staff.responses == [] and [c.number for c in staff.comments] == [1, 2, 3]


def test_same_day_sweep_letters_pair_only_with_their_own_company() -> None:
    """Chubb and Mondelez got the same proxy sweep letter on September 2, 2022: the date alone is not enough."""
    cb_staff, mdlz_staff = parsed(CB_STAFF), parsed(MDLZ_STAFF)
    cb, mdlz = parsed(CB_ANSWER), parsed(MDLZ_ANSWER)
    assert cb_staff.date == mdlz_staff.date == "2022-09-02"
    assert answered_letter(cb, [mdlz_staff, cb_staff]) is cb_staff
    assert answered_letter(mdlz, [mdlz_staff, cb_staff]) is mdlz_staff
    assert answered_letter(cb, [mdlz_staff]) is None
    pair_whole_answers([mdlz, cb])  # their staff letters not in the run
    assert cb.responses == [] and mdlz.responses == []


def test_adm_account_answers_both_sudan_and_syria_comments() -> None:
    answer = parsed(ADM_ANSWER)
    pair_whole_answers([parsed(ADM_STAFF), answer])
    assert [r.number for r in answer.responses] == [1, 2]
    assert answer.responses[0].text.startswith("As discussed in greater detail below, ADM")


def test_an_answer_to_questions_from_a_call_is_not_spread_over_the_letter() -> None:
    answer = parsed(ADM_CALL)
    assert "2024-09-05" in answer.responds_to
    pair_whole_answers([parsed(ADM_CALL_STAFF), answer])
    assert answer.responses == []


def test_numbers_the_letter_names_are_kept() -> None:
    answer = parsed(MRSH_FURTHER)
    pair_whole_answers([parsed(MRSH_STAFF_2023), answer])  # a staff letter of four comments
    assert [r.number for r in answer.responses] == [3]


K = Filing("10-K", "2016-12-31", "2017-02-17")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # the same number printed with and without its zero padding
        (Letter("a", "", "x", file_numbers=["1-00044"]), Letter("b", "", "x", file_numbers=["001-00044"]), True),
        (Letter("a", "", "x", file_numbers=["001-11778"]), Letter("b", "", "x", file_numbers=["001-16483"]), False),
        # no file number on one side: the same company and a shared filing
        (Letter("a", "", "x", company="Chubb Ltd", filings_reviewed=[K]),
         Letter("b", "", "x", company="CHUBB LIMITED", file_numbers=["001-11778"], filings_reviewed=[K]), True),
        (Letter("a", "", "x", company="Chubb Ltd", filings_reviewed=[K]),
         Letter("b", "", "x", company="Mondelez International, Inc.", filings_reviewed=[K]), False),
    ],
)  # fmt: skip
def test_same_matter(a: Letter, b: Letter, same: bool) -> None:
    assert same_matter(a, b) is same


def test_parse_command_pairs_across_the_files_of_a_run(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(corpus_file(f"sec/{p}")) for p in (CB_STAFF, CB_ANSWER)]
    assert main(["parse", "--json", *files]) == 0
    staff, answer = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert [o["source"] for o in (staff, answer)] == files
    assert [r["number"] for r in answer["responses"]] == [1, 2, 3]
    assert answer["whole_answer"]["text"].startswith(CB_WORDS)
    assert main(["parse", *files]) == 0
    assert "Comments 1, 2, 3, answered together:" in capsys.readouterr().out


def test_parse_command_alone_prints_the_answer_without_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(corpus_file(f"sec/{CB_ANSWER}"))]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["responses"] == [] and answer["whole_answer"]["commits_future_filing"] is True
    assert main(["parse", str(corpus_file(f"sec/{CB_ANSWER}"))]) == 0
    assert "Answer to the letter as a whole:" in capsys.readouterr().out


def test_an_answer_misnumbered_takes_the_number_of_the_comment_it_restates() -> None:
    staff, answer = parsed(ADM_ONE_STAFF), parsed(ADM_MISNUMBERED)
    assert [r.number for r in answer.responses] == [3]  # as printed: the letter alone cannot tell
    pair_whole_answers([staff, answer])
    assert [c.number for c in staff.comments] == [1]
    assert [r.number for r in answer.responses] == [1]
    assert answer.responses[0].text.startswith("We will enhance our future disclosures concerning temporarily idled")


def test_answers_numbered_as_the_staff_letter_keep_their_numbers() -> None:
    staff, answer = parsed(MRSH_STAFF_2023), parsed(MRSH_FURTHER)
    pair_whole_answers([staff, answer])
    assert [r.number for r in answer.responses] == [3]  # "Question 3": the staff letter has a comment 3
