"""Whole answers of real letters: which commit to a change in future filings (read from each letter)."""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from tests.conftest import corpus_file
from tests.core.header_letters import letter

CB_2019 = "sec/CB/CB_0000000000-19-007690/filings/0001193125-19-162476/filename1.htm"
LVS_2021 = "sec/LVS/LVS_0000000000-21-011216/filings/0001300514-21-000149/filename1.htm"
MET_2016 = "sec/MET/MET_0000000000-16-095584/filings/0001193125-16-741304/filename1.htm"
RMD_2016 = "sec/RMD/RMD_0000000000-16-102723/filings/0001193125-16-799178/filename1.htm"


@pytest.mark.parametrize(
    ("relative", "commits"),
    [
        # one answer to comments 2 and 3: "in future filings it will not disclose the following non-GAAP measures"
        (CB_2019, {2: True, 3: True}),
        # 2, 4, 5: no change; 3 describes risk factors the 2020 Form 10-K "included" (already filed)
        (LVS_2021, {2: False, 3: False, 4: False, 5: False}),
        # 4: "We will not include a full income statement of non-GAAP measures in our next earnings release."
        (MET_2016, {4: True}),
        # 1: "we respectfully request that ResMed be allowed to address this change in future 10-K filings"
        # (rather than amend the 10-K for the audit report's wording)
        (RMD_2016, {1: True}),
    ],
)
def test_answers_that_commit(relative: str, commits: dict[int, bool]) -> None:
    found = {r.number: r.commits_future_filing for r in letter(relative).responses}
    assert {n: found.get(n) for n in commits} == commits


TPL_2025 = "sec/TPL/TPL_0000000000-25-010229/filings/0001104659-25-098757/filename1.htm"


def test_an_item_number_does_not_end_the_sentence() -> None:
    """Texas Pacific Land, October 10, 2025: "the Company intends to include the requested information in
    “Item 2. Properties” in its Form 10-K for the fiscal year ending December 31, 2025, which the Company
    expects to file with the Commission in February 2026." is one sentence, whose filing is named after
    the caption; answer 6's "“Item 1. Business – Business Segments – …”" likewise."""
    answers = {r.number: r for r in letter(TPL_2025).responses}
    first = answers[1].commitments
    assert len(first) == 1 and first[0].endswith(
        "in “Item 2. Properties” in its Form 10-K for the fiscal year ending December 31, 2025, which the Company"
        " expects to file with the Commission in February 2026."
    )
    assert (
        "in “Item 1. Business – Business Segments – Land and Resource Management” in its" in answers[6].commitments[0]
    )


AON_2020 = "sec/AON/AON_0000000000-20-004858/filings/0001193125-20-167220/filename1.htm"


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    """Aon, June 2020, answer 3: "… (except, in the case of Mr. Haley, that his title will be Executive
    Chairman …)." and "To the extent the material terms of Mr. Haley’s employment agreement … are agreed
    prior to the date of the definitive proxy statement, the disclosure will be updated accordingly.":
    "Mr." ends neither sentence."""
    third = next(r for r in letter(AON_2020).responses if r.number == 3)
    assert third.commitments[-1].startswith("To the extent the material terms of Mr. Haley’s employment agreement")
    assert any(
        c.endswith(
            "(except, in the case of Mr. Haley, that his title will be Executive Chairman of the"
            " Company focusing on growth and innovation)."
        )
        for c in third.commitments
    )


CASY_2023 = "sec/CASY/CASY_0000000000-23-001432/filings/0001387131-23-002744/filename1.htm"
ALL_2018 = "sec/ALL/ALL_0000000000-18-011843/filings/0000899051-18-000019/filename1.htm"


@pytest.mark.parametrize(
    ("relative", "sentence"),
    [
        # Casey's 2023 answer 1: "The Company’s disclosure will be consistent with the example presented below, which
        # includes additions to the original disclosure included in the Form 10-K that was reviewed by the Staff"
        (CASY_2023, "The Company’s disclosure will be consistent with the example presented below"),
        # Allstate's 2018 answer: "We will enhance our 2018 Form 10-K reserve for property and casualty insurance
        # claims and claims expense note disclosure ..."
        (ALL_2018, "We will enhance our 2018 Form 10–K reserve for property and casualty insurance claims"),
    ],
)
def test_forms_printed_with_an_en_dash_commit_as_hyphenated(relative: str, sentence: str) -> None:
    # The letters' form codes set with an en dash ("Form 10–K", "10–Q", "20–F"), as autocorrect prints them: every
    # answer commits as it does with hyphens, and the sentences committing are the letter's, dashes and all
    path = corpus_file(relative)
    html = path.read_text("utf-8")
    dashed = re.sub(r"\b(10|20)-([KQF])\b", "\\1\u2013\\2", html)
    plain, printed = parse_letter(html.encode(), path.name), parse_letter(dashed.encode(), path.name)
    assert [(r.number, r.commitment_kinds) for r in printed.responses] == [
        (r.number, r.commitment_kinds) for r in plain.responses
    ]
    found = [c for r in printed.responses for c in r.commitments]
    assert any(c.startswith(sentence) for c in found)
    assert [c.replace("\u2013", "-") for c in found] == [c for r in plain.responses for c in r.commitments]
