"""What a comment asks for, from the staff's usual verbs."""

from __future__ import annotations

import pytest

from commentletters.core.asks import ASKS, find_asks

CASES: list[tuple[str, list[str]]] = [
    ("Please tell us whether lessors of your self-built data centers have termination rights.", ["tell_us"]),
    ("Please advise us as to why you determined to file under Item 8.01.", ["tell_us"]),
    ("Please revise your prospectus summary to minimize duplicative disclosures.", ["revise"]),
    (
        "Provide us with any proposed revisions to your disclosure in future filings.",
        ["provide_proposed_revisions", "revise_future_filings"],
    ),
    ("In future filings, please discuss trends associated with your key metrics.", ["revise", "revise_future_filings"]),
    ("Please amend your Form 10-K to include an audit report stating that", ["amend"]),
    (
        "Please file the consulting agreements with Mr. Greig as an exhibit to your registration statement.",
        ["file_exhibit"],
    ),
    ("Please confirm that you will discuss the impact in future filings.", ["revise_future_filings", "confirm"]),
    ("Please explain how the cutoff grade was calculated for your crushed leach reserves.", ["explain"]),
    ("We note that you own 160 office and life sciences properties.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert find_asks(text) == expected


def test_asks_come_in_a_fixed_order() -> None:
    text = "Confirm this. Please tell us why, and revise in future filings. File it as an exhibit."
    found = find_asks(text)
    assert found == [ask for ask in ASKS if ask in found]
    assert set(found) == {"confirm", "tell_us", "revise_future_filings", "file_exhibit"}
