"""Real answers, and the kind of each commitment in them (written from reading each letter)."""

from __future__ import annotations

import pytest

from commentletters.core.pairing import pair_whole_answers
from tests.core.header_letters import letter
from tests.core.whole_letters import CB_ANSWER, CB_STAFF, parsed

# Vistra's answer on its S-1: every answer changed the registration statement filed with it, but the
# last, which undertakes to update the financial statements in future amendments.
VST_S1 = "sec/VST/VST_0000000000-17-002173/filings/0001193125-17-043281/filename1.htm"
# Kinder Morgan's answer on its 10-K: promises for future reports; answer 5 says it has already modified
# the non-GAAP disclosure after the dividend change, and intends "to make further enhancements ... in our
# future earnings releases and filings".
KMI_10K = "sec/KMI/KMI_0000000000-16-082397/filings/0001506307-16-000098/filename1.htm"
# Aon's answer on its S-4: disclosure added to the revised prospectus filed with it, and (answer 1)
# the ownership percentages promised for a later amendment.
AON_S4 = "sec/AON/AON_0000000000-24-003147/filings/0001193125-24-082095/filename1.htm"

MADE, FUTURE = "made", "future"


@pytest.mark.parametrize(
    ("relative", "kinds"),
    [
        (VST_S1, {1: [MADE], 4: [MADE], 6: [MADE], 13: [MADE], 21: [MADE], 22: [FUTURE]}),
        (KMI_10K, {1: [FUTURE], 3: [FUTURE], 5: [MADE, FUTURE], 7: [FUTURE], 8: [FUTURE], 11: [FUTURE]}),
        (AON_S4, {1: [MADE, MADE, FUTURE], 2: [], 3: [MADE]}),
    ],
)
def test_kinds(relative: str, kinds: dict[int, list[str]]) -> None:
    found = {r.number: r.commitment_kinds for r in letter(relative).responses}
    assert {n: found.get(n) for n in kinds} == kinds


@pytest.mark.parametrize("relative", [VST_S1, KMI_10K, AON_S4])
def test_one_kind_for_each_commitment(relative: str) -> None:
    for r in letter(relative).responses:
        assert len(r.commitment_kinds) == len(r.commitments)
        assert set(r.commitment_kinds) <= {MADE, FUTURE}


def test_the_letter_json_carries_the_kinds() -> None:
    data = letter(AON_S4).to_json()
    first = next(r for r in data["responses"] if r["number"] == 1)
    assert first["commitment_kinds"] == [MADE, MADE, FUTURE]
    assert first["commits_future_filing"] is True  # the flag the scorer reads, as before: any commitment


def test_a_whole_letter_answer_spread_over_its_comments_keeps_its_kind() -> None:
    """Chubb answers a proxy sweep letter in one passage promising enhanced future proxy disclosure."""
    staff, answer = parsed(CB_STAFF), parsed(CB_ANSWER)
    assert answer.whole_answer is not None and answer.whole_answer.commitment_kinds == [FUTURE]
    pair_whole_answers([staff, answer])
    assert [r.commitment_kinds for r in answer.responses] == [[FUTURE]] * 3
