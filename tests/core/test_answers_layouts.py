"""How real company letters lay out their answers, one case per layout.

Expectations written from reading each letter (paths under ../shared/corpus).
"""

from __future__ import annotations

import pytest

from tests.core.answer_letters import answers

# (letter, numbers answered, {number: first words of the answer})
LAYOUTS = [
    # "1." on a line of its own, "Comment:" before the restated text, "Response:" before the bold answer.
    (
        "sec/ADM/ADM_0000000000-20-007987/filings/0000007084-20-000029/filename1.htm",
        [1, 2, 3],
        {1: "The Company notes that the referenced asset impairment", 3: "Due to the recent short-term supply"},
    ),
    # Comments restated in italics with no label; the answer to 1 is a bulleted list; "June 18, 2024"
    # printed at the top of each page.
    (
        "sec/HLT/HLT_0000000000-24-006691/filings/0001585689-24-000127/filename1.htm",
        [1, 2, 3, 4],
        {1: "The Company respectfully confirms that revenues", 2: "The Company respectfully notes that the adjustment"},
    ),
    # Bold restated comments, plain answers, no labels.
    (
        "sec/GLW/GLW_0000000000-23-012635/filings/0001206774-23-001290/filename1.htm",
        [1, 2, 3],
        {1: "The Company acknowledges the Staff’s comment. The Company performs", 3: "The Company acknowledges"},
    ),
    # Unnumbered restated comments, each followed by "Response:".
    (
        "sec/CASY/CASY_0000000000-23-001432/filings/0001387131-23-002744/filename1.htm",
        [1, 2, 3, 4],
        {2: "We acknowledge the Staff’s comment, and we will remove the footnote", 4: "We reviewed the disclosure"},
    ),
    # "SEC Oral Comment #1:" and "Company Response:" on the same line as the answer.
    (
        "sec/ZBH/ZBH_0000000000-18-013314/filings/0001564590-18-017270/filename1.htm",
        [1, 2],
        {1: "In future filings, we will report material other general expenses"},
    ),
    # "1." then an emphasised staff paragraph that does not itself ask; the request follows.
    (
        "sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm",
        [1, 2, 3, 4, 5, 6, 7],
        {1: "Pursuant to a telephone call on October 5, 2018", 2: "We endeavor to disclose"},
    ),
    # Plain text with broken lines and unmarked running headers ("Securities and Exchange Commission /
    # September 21, 2022 / Page / 3"); a financial-statement note heading "4. Investments ..." is no comment.
    (
        "peer/0001193125-22-248335.txt",
        [1, 2, 3, 4, 5],
        {
            1: "We acknowledge the Staff’s comment and respectfully advise the Staff that in future filings",
            4: "We acknowledge the Staff’s comment and respectfully advise the Staff that the Company routinely",
        },
    ),
    # A confidential-treatment legend broken over two lines sits between comment 3 and its answer;
    # the answers to comment 1 come one bullet at a time after "In response to the first bullet point...:".
    (
        "peer/0001193125-25-026373.txt",
        [1, 2, 3, 4],
        {
            1: "The Company advises the Staff that it disclosed that stablecoin revenue",
            3: "The Company acknowledges the Staff’s comment and advises the Staff that it has included a table",
        },
    ),
    # One unnumbered follow-up comment restated, then answered without a label.
    ("peer/0001193125-23-296911.txt", [1], {1: "Overview. As noted in our October 27, 2023 letter"}),
]


@pytest.mark.parametrize(("letter", "numbers", "starts"), LAYOUTS, ids=[c[0].split("/")[1] for c in LAYOUTS])
def test_layout(letter: str, numbers: list[int], starts: dict[int, str]) -> None:
    found = answers(letter)
    assert [r.number for r in found] == numbers
    by_number = {r.number: r for r in found}
    for number, words in starts.items():
        assert by_number[number].text.startswith(words), by_number[number].text[:120]


def test_one_answer_after_three_restated_comments_answers_all_three() -> None:
    found = answers("sec/NOW/NOW_0000000000-22-009615/filings/0001373715-22-000316/filename1.htm")
    assert [r.number for r in found] == [1, 2, 3]
    assert len({r.text for r in found}) == 1
    assert found[0].text.startswith("The Company acknowledges the Staff’s comments and will review and enhance")
    assert [(r.restated_comment or "")[:22] for r in found] == ["Please expand your dis", "Please expand upon the"] + [
        "Please expand upon how"
    ]


def test_the_companys_own_numbered_list_is_not_taken_for_comments() -> None:
    # Aflac answers comment 1 with lists "1. Cancer", "2. Medical", "3. Other" and an exhibit after the
    # signature holding "7. POLICY LIABILITIES".
    found = answers("sec/AFL/AFL_0000000000-17-014838/filings/0000004977-17-000123/filename1.htm")
    assert [r.number for r in found] == [1]
    assert found[0].text.startswith("See Exhibit A attached for proposed disclosure enhancements")


@pytest.mark.parametrize(
    "letter",
    [
        # Exchange-offer representations numbered 1-4: no comment is answered.
        "sec/WM/WM_0000000000-25-005259/filings/0001104659-25-050989/filename1.htm",
        # Acceleration request whose acknowledgments are numbered 1-3.
        "sec/BKR/BKR_0000000000-17-014455/filings/0001193125-17-185516/filename1.htm",
        # Acceleration request ending "Please contact ... with any questions you may have".
        "sec/HBAN/HBAN_0000000000-21-001444/filings/0001140361-21-004747/filename1.htm",
        # Extension request.
        "sec/ETN/ETN_0000000000-24-003729/filings/0001140361-24-020443/filename1.htm",
    ],
)
def test_letters_that_answer_no_comment(letter: str) -> None:
    assert answers(letter) == []


def test_a_sign_off_sincerely_yours_ends_the_last_answer() -> None:
    """Baker Hughes' answer of October 2018 signs "Sincerely yours," / "/s/ Kurt Camilleri": its one answer ends
    before them (it ended with the signature until the sign-off was read), and before the closing its last
    paragraph goes on into, "Please do not hesitate to call me ... Thank you for your assistance."."""
    found = answers("sec/BKR/BKR_0000000000-18-030596/filings/0000950103-18-011810/filename1.htm")
    assert [r.number for r in found] == [1]
    assert found[0].text.endswith("contained in the Staff’s letter dated September 27, 2018.")


def test_a_closing_inside_the_last_paragraph_is_no_part_of_the_last_answer() -> None:
    """Allstate's answer of 2018 ends its last paragraph "... at any balance sheet reporting date. If you have any
    questions regarding this response letter, please contact Ken Marcotte ...": the answer ends before the closing."""
    found = answers("sec/ALL/ALL_0000000000-18-011843/filings/0000899051-18-000033/filename1.htm")
    assert found[-1].text.endswith("total net reserve liabilities at any balance sheet reporting date.")
    assert "Ken Marcotte" not in found[-1].text
