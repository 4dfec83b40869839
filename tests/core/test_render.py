"""`parse`'s readable view of what an answer commits to, on real letters read by hand.

ResMed's letter of March 29, 2021 answers the staff's one comment (a consent missing from Exhibit 23.1)
with "we have filed an amendment to the 10-K to include a written consent ... as an exhibit": a change
made, nothing promised. Its HTML prints a zero-width no-break space (U+FEFF) as a paragraph of its own
after the restated comment and after the answer: white space, not text. ADM's letter of September 8,
2020 promises, in answer 1, "In future filings, ... we will disclose the factors".
"""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.letters import Letter
from commentletters.render import render_letter
from tests.conftest import corpus_file

RESMED = "sec/RMD/RMD_0000000000-21-002318/filings/0000943819-21-000006/filename1.htm"
ADM = "sec/ADM/ADM_0000000000-20-007987/filings/0000007084-20-000029/filename1.htm"


def _letter(relative: str) -> Letter:
    path = corpus_file(relative)
    return parse_letter(path.read_bytes(), str(path))


def test_a_change_made_is_not_shown_as_a_promise() -> None:
    letter = _letter(RESMED)
    (answer,) = letter.responses
    assert answer.commitment_kinds == ["made"]
    shown = render_letter(letter)
    assert "[says the change is made in a filing]" in shown and "[commits to future disclosure]" not in shown


def test_a_promise_is_shown_as_one() -> None:
    shown = render_letter(_letter(ADM)).split("Comment 2:")[0]
    assert shown.rstrip().endswith("[commits to future disclosure]")


def test_a_zero_width_space_is_white_space() -> None:
    (answer,) = _letter(RESMED).responses
    assert answer.text.endswith("from our independent auditors as an exhibit.")
    assert (answer.restated_comment or "").endswith("Refer to Item 601(b)(23)(i) of Regulation S-K.”")
    assert "\ufeff" not in answer.text + (answer.restated_comment or "")
