"""A commitment's kind, sentence by sentence: a promise for filings to come, or a change made in a filing
filed with the answer or before it. The sentences are real ones from corpus letters (the letter named
before each), but for the last few, made up where no letter shows the case."""

from __future__ import annotations

import pytest

from commentletters.core.commitments import commitment_kind, commitments, kinded_commitments

CASES = [
    # ADM, 2024: a decision taken for filings to come; SOLV, Form 10: one taken in the amendment filed with the answer
    (
        "In light of the Staff’s comment, though, we have decided to discontinue the reporting of “Gross Revenues” "
        "for each of our reportable segments in future filings.",
        "future",
    ),
    (
        "However, although the Company’s management continues to believe that the matter as resolved is not material "
        "and does not require disclosure under ASC 450, in response to the Staff’s comment, the Company has elected "
        "to disclose the matter and its resolution on page F-32 in order to clarify that the matter was resolved.",
        "made",
    ),
    # TFC, answer on Amendment No. 1 to an S-4
    ("In response to the Staff’s comment, BB&T has revised the disclosure on page 137 of Amendment No. 1.", "made"),
    # TFC, the amendment filed the same day
    (
        "In response to the Staff’s comment, BB&T is filing Amendment No. 3 on the date hereof, which includes all "
        "missing information.",
        "made",
    ),
    # AON, S-4: a revised prospectus filed with the answer
    (
        "In response to the Staff’s comment, revised disclosure has been added on page 44 of the Revised Prospectus.",
        "made",
    ),
    # ZBH, 10-K: the change already made in a 10-Q filed before the answer
    (
        "We included both of these changes in our Form 10-Q for the quarter ended March 31, 2018 that we filed "
        "on May 8, 2018.",
        "made",
    ),
    # peer (a 10-K answer): revised disclosure a 10-Q filed before the answer holds, shown in the letter
    (
        "Set forth below is our existing December 31, 2022, disclosure and our revised disclosure which is included "
        "with our Form 10-Q filing for the quarter ended September 30, 2023.",
        "made",
    ),
    # EBAY: the amended 10-Q filed the day of the answer
    (
        "We confirm that today we have filed an amended version of the 2025 Q1 10-Q with updated certifications that "
        "are signed and currently dated.",
        "made",
    ),
    # VRSK, 10-K
    ("In future filings, we will reconcile consolidated Adjusted EBITDA to Net Income.", "future"),
    # KMI, 10-K: a proposal for filings to come
    (
        "We propose to include the amounts paid to the named executive officers for 2015 performance pursuant to the "
        "Annual Incentive Plan in the Bonus column in future Summary Compensation Tables.",
        "future",
    ),
    # AON, S-4: what the next amendment will hold is a promise
    (
        "The Registrant respectfully advises the Staff that the percentage of ownership of the combined company of "
        "current shareholders of Aon and NFP will be included by subsequent amendment to the S-4 prior to the Closing "
        "once the final Aggregate Equity Consideration is calculated.",
        "future",
    ),
    # LHX, S-4: "will revise" the registration statement, not yet amended
    (
        "In response to the Staff’s comment, the Company will revise the disclosure to include the following language "
        "under the caption “Comparison of Stockholders’ Rights—Forum Selection” on page 200 of the Registration "
        "Statement.",
        "future",
    ),
    # ADM: an amendment announced, not filed yet when the letter was written
    (
        "As disclosed in its Item 4.02 Form 8-K filed on November 5, 2024, the Company will amend the Form 10-K and "
        "subsequently filed Form 10-Qs for the first and second quarter of 2024 to restate its consolidated financial "
        "statements, which the Company expects to file today.",
        "future",
    ),
    # KIM, S-4: forms filed with Amendment No. 1, executed ones promised: open until then
    (
        "The Company acknowledges the Staff’s comment and advises the Staff that forms of the tax opinions have been "
        "filed with Amendment No. 1 as Exhibits 8.1, 8.2, 8.3 and 8.4, and the Company will file executed versions of "
        "the foregoing opinions as exhibits to a subsequent amendment to the Registration Statement prior to "
        "effectiveness of the Registration Statement.",
        "future",
    ),
    # made up: a change made that promises more, whatever the verb of the promise
    ("The Company has revised the disclosure on page 54 and will make conforming changes in future filings.", "future"),
    ("Set forth below is the revised disclosure, to be included in the next amendment.", "future"),
    ("We have revised the disclosure on page 5 to clarify that the notes will mature in future years.", "made"),
    # made up: no commitment at all
    ("The Staff will find the table on page 54 of Amendment No. 1.", None),
    # made up: "No." before a number names an amendment; it negates nothing
    ("Please see the revised disclosure on page 54 of Amendment No. 2.", "made"),
    ("The revised disclosure appears on page 54 of Amendment No. 2.", "made"),
    ("No revised disclosure is included in Amendment No. 2.", None),
    # made up: draft disclosure with blanks to fill is for a filing to come; a redaction is no blank
    ("The Company has revised the disclosure on page 30 to state that revenue fell by $[•] million.", "future"),
    ("The Company has revised the disclosure on page 30 to state that revenue fell by $[ ] million.", "future"),
    ("The Company has revised the disclosure on page 30 to state that revenue fell by $[***] million.", "made"),
    # an appendix or an annex of the filing revised (SOLV's answer of March 2024 on its Form 10), as an exhibit is
    (
        "In response to the Staff’s comment, the Company has revised Appendix A to reflect the year ended "
        "December 21, 2023.",
        "made",
    ),
    ("Annex B has been revised to reflect the updated projections.", "made"),
    ("The Company has revised its estimates to reflect the new rates.", None),
    # a change made in a later filing by incorporating (Baker Hughes's answer of May 2017); not by reference
    (
        "We acknowledge the Staff’s comment and can confirm that in the Form 10-Q filed for the quarter ending March "
        "31, 2017, Baker Hughes has incorporated the clarifications above in Note 4.",
        "made",
    ),
    ("The Company has incorporated by reference the information in its proxy statement.", None),
]


def test_draft_disclosure_with_blanks_is_promised() -> None:
    """AMT's 2018 answer quotes the disclosure it proposes for its next 10-Q, blanks and all ("... negatively
    impacted our consolidated property revenue by $[•] million ... [To be included to the extent material]"):
    past tense, as the 10-Q will print it, but no filing holds it yet."""
    from commentletters.core import parse_letter
    from tests.conftest import corpus_file

    path = corpus_file("sec/AMT/AMT_0000000000-18-008426/filings/0001053507-18-000016/filename1.htm")
    (answer,) = parse_letter(path.read_bytes(), path.name).responses
    assert answer.commitments[2].startswith("[For the quarter ended [March 31], 2018, Indian carrier")
    assert answer.commitment_kinds == ["future", "future", "future"]


@pytest.mark.parametrize(("sentence", "kind"), CASES)
def test_kind(sentence: str, kind: str | None) -> None:
    assert commitment_kind(sentence) == kind


def test_an_answer_keeps_its_sentences_and_tells_each_kind() -> None:
    made, promise = CASES[2][0], CASES[8][0]
    answer = f"We note the comment. {made} The amounts are immaterial. {promise}"
    assert kinded_commitments(answer) == [(made, "made"), (promise, "future")]
    assert commitments(answer) == [made, promise]
