"""The voice read from the lower-cased text agrees with the case-blind reading, on real letters and on
cases chosen to trip the word boundaries the fast patterns check after a word's first letter."""

from __future__ import annotations

import pytest

from commentletters.core import voice
from commentletters.core.extract import extract
from tests.conftest import SAMPLES


def _lean_both(text: str) -> tuple[int, int]:
    head = text[:400]
    return voice._lean(head, voice._CASE_BLIND), voice._lean(head.lower(), voice._LOW)


@pytest.mark.parametrize("name", ["company-response-2017-08-30.txt", "sec-staff-letter-2014-11-17.txt"])
def test_the_same_lean_for_every_line_of_a_real_letter(name: str) -> None:
    doc = extract((SAMPLES / name).read_bytes(), name)
    leans = [_lean_both(ln.text) for ln in doc.lines if ln.text.strip()]
    assert any(a > 0 for a, _ in leans) and any(a < 0 for a, _ in leans)  # both voices occur
    assert all(a == b for a, b in leans)


@pytest.mark.parametrize(
    "text",
    [
        "PLEASE TELL US why. Your Letter dated May 1 and YOUR review; yours, you.",
        "Displease the staff; hour comments; Retell us; Seenable us to evaluate; youth; yourself.",
        "We Respectfully advise The Staff that the Company’s and Staff's views differ; WE WILL revise.",
        "We respectfully note the staff’s and The Company's views, so that we may help us understand.",
        "Staff's the company’s company's; wethe staff; our prior comments, enable us to understand; tell us",
        "Kelvin \u212a: you, please see our response.",  # the Kelvin sign lower-cases to k, as re.I folds it
        "Youth need to; you needs to; YOU WOULD NEED TO; ayou must; you mustard; you will need to; you musT.",
        "",
    ],
)
def test_the_same_lean_on_edge_cases(text: str) -> None:
    a, b = _lean_both(text)
    assert a == b


def test_the_openers_read_from_the_lower_cased_text_are_spelled_in_lower_case() -> None:
    assert all(p.pattern == p.pattern.lower() for p in (voice._LOW.staff_open, voice._LOW.company_open))
