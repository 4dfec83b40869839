"""Real company letters with their "Response:" labels printed as other companies print theirs: the answers
read as in the original.

Each letter of ../shared/corpus labels its answers "Response:"; here that label is reworded in the HTML
(its tags kept) and the answers are expected where the letter has them, as read from the letter itself.
"""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.letters import Letter
from tests.conftest import SHARED, corpus_file

# "Response:" as the HTML prints it, its tags kept: the word, then the colon (a tag between them or not)
_LABEL = re.compile(r"(>\s*(?:<[^>]+>\s*)*)Response(\s*(?:<[^>]+>\s*)*):")

_RCL = "sec/RCL/RCL_0000000000-21-011331/filings/0001104659-21-144500/filename1.htm"
_IFF = "sec/IFF/IFF_0000000000-20-005058/filings/0001193125-20-198114/filename1.htm"
_KEYS = "sec/KEYS/KEYS_0000000000-20-001611/filings/0001601046-20-000007/filename1.htm"
_CIENA = "sec/CIEN/CIEN_0000000000-18-004375/filings/0000936395-18-000004/filename1.htm"


def relabelled(relative: str, label: str) -> Letter:
    """The letter with each "Response:" printed ``label`` instead ("{}" stands for the tags between the word and
    the colon, which the letter may close there)."""
    path = corpus_file(relative)
    html = path.read_text("utf-8")
    changed, count = _LABEL.subn(lambda m: m.group(1) + label.format(m.group(2)), html)
    assert count >= 1
    return parse_letter(changed.encode(), path.name)


def openings(letter: Letter) -> list[tuple[int, str]]:
    return [(r.number, " ".join(r.text.split())[:40]) for r in letter.responses]


# Royal Caribbean's answers of November 29, 2021: each label opens a page or a paragraph of its own
_RCL_ANSWERS = [
    (1, "We reduce our carbon footprint primarily"),
    (2, "Our property insurance policy coverage p"),
    (3, "We did not experience any litigation tha"),
    (4, "Our environmental regulations disclosure"),
]


@pytest.mark.parametrize("label", ["Response{} \u2013", "Response{} \u2014", "Response{}.", "Response{} -"])
def test_a_label_stopped_otherwise_opening_pages(label: str) -> None:
    """The label stopped by a dash or a full stop instead of a colon. Two of its answers open a page with their
    label, which echoes the Re block's "Response Dated October 14, 2021": a label so stopped was taken for a
    running header there, and answer 1 began with the footer above it ("1050 Caribbean Way, ...")."""
    letter = relabelled(_RCL, label)
    assert openings(letter) == _RCL_ANSWERS
    assert "Caribbean Way" not in letter.responses[0].text


@pytest.mark.parametrize(
    "label",
    [
        "Response to the Staff{}:",
        "Response to the Staff\u2019s Comment{}:",
        "Response to Comment{}:",
        "Response to Staff Comments{}:",
        "Response to the SEC Staff{}:",
    ],
)
def test_a_label_answering_the_staff_unnumbered(label: str) -> None:
    """ "Response to the Staff: We acknowledge ...", the answer on the label's line, no comment number: a label
    (before, it had to name the comment's number or stand alone on its line). IFF's answer of July 24, 2020."""
    assert openings(relabelled(_IFF, label)) == [(1, "We acknowledge the Staff’s comment and r")]


def test_a_label_naming_the_short_name_the_opening_defines() -> None:
    """IFF's answer of July 24, 2020, labelled "IFF Response:": the letter's head names "International Flavors &
    Fragrances Inc.", its opening paragraph "(“IFF” or the “Company”)"; the label's name is the company's."""
    letter = relabelled(_IFF, "IFF Response{}:")
    assert openings(letter) == [(1, "We acknowledge the Staff’s comment and r")]


def test_a_bare_label_before_we_and_a_verb() -> None:
    """Keysight's answer of January 2020 with its label's colon left out: "Response We completed an organizational
    change ...", the company speaking; read as the label and its answer, not an answer opening "Response"."""
    letter = relabelled(_KEYS, "Response{}")
    assert openings(letter) == [(1, "We completed an organizational change in")]


def test_a_label_numbered_after_a_number_sign() -> None:
    """ "Response #1:", "Response #2:" ... (as "Comment #1:" restates a comment): the label is read, its number
    the comment's, and the answer starts after it."""
    path = corpus_file(_RCL)
    numbers = iter(range(1, 100))
    changed = _LABEL.sub(lambda m: f"{m.group(1)}Response #{next(numbers)}{m.group(2)}:", path.read_text("utf-8"))
    assert openings(parse_letter(changed.encode(), path.name)) == _RCL_ANSWERS


@pytest.mark.parametrize("label", ["Response to Comment 1{}", "Response No. 1{}", "Response #1{}"])
def test_a_numbered_label_run_on_into_its_answer(label: str) -> None:
    """Keysight's answer of January 2020 with its label numbered and its colon left out, the answer's words right
    after the number ("Response to Comment 1 We completed an organizational change ..."): the label is read (the
    answer began "Response to Comment 1 We completed ...", or "No. 1 We completed ...")."""
    assert openings(relabelled(_KEYS, label)) == [(1, "We completed an organizational change in")]


def test_a_plural_label_over_the_parts_each_labelled() -> None:
    """Aflac's answer of May 11, 2016 to comment 1 (its four asks) opens "Responses:", then takes the parts in
    turn, each under a caption of its own that restates it in bullets and then its "Response:": "Annuity
    Products:" / "• The largest component of the other policyholders' funds liability is your annuity line of
    business in Aflac Japan." / "• Accounting policy for annuity products." / "Response:" / "Please refer to our
    previous letter ...". The answer starts after the first part's label (holdout14's reading); the captions and
    bullets before it restate, and the later parts stay in the answer."""
    path = corpus_file("sec/AFL/AFL_0000000000-16-074172/filings/0000004977-16-000316/filename1.htm")
    (response,) = parse_letter(path.read_bytes(), path.name).responses
    assert response.text.startswith("Please refer to our previous letter regarding annuity cash flow treatment")
    assert "Annuity Products:" in (response.restated_comment or "")
    assert "None of our products are sold directly by the Company." in response.text


def test_a_label_over_an_answer_that_opens_with_a_caption() -> None:
    """A caption and a list under the label that no further label follows are the answer's."""
    data = (
        "Acme Corp.\nMay 10, 2024\n\nDivision of Corporation Finance\nRe: Acme Corp.\nForm 10-K\n\nDear Ms. Jones:\n\n"
        "1. Please tell us how you recognize revenue.\n\nResponse:\n\nRevenue recognition:\n\n"
        "• Product sales are recognized at delivery.\n\n• Services are recognized over time.\n\nSincerely,\n"
    ).encode()
    (response,) = parse_letter(data, "acme.txt").responses
    assert response.text.startswith("Revenue recognition:")


def _seed_answers(inline: set[int]) -> dict[int, str]:
    """The seed response of August 30, 2017 with comments ``inline`` not restated, their answers printed after the
    number as "N. Response: The Company ...": each answer's first words, by number."""
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    blocks = re.split(r"\n(?=(?:- )?\d\. )", text)
    for k, block in enumerate(blocks):
        m = re.match(r"(?:- )?(\d)\. ", block)
        if m and int(m.group(1)) in inline:
            answer = block.split("\nResponse:\n", 1)[-1].split("\nResponse\n", 1)[-1].lstrip()
            blocks[k] = f"{m.group(1)}. Response: {answer}"
    letter = parse_letter("\n".join(blocks).encode(), "inline-labels.txt")
    return {r.number: " ".join(r.text.split()[:8]) for r in letter.responses}


@pytest.mark.parametrize("inline", [{1, 2, 3, 4, 5}, {2, 4}])
def test_a_label_after_the_number_of_a_comment_not_restated(inline: set[int]) -> None:
    """ "1. Response: The Company respectfully advises ..." (the comment not restated, its answer after its number and
    label), in every answer or in some, the others restated: each is the answer to that comment. The letterhead,
    "... M5, 1 Jiuxianqiao East Road", holds a 1: the number before "Response:" names no company, as "Agilent
    Response:" does; and in a letter restating its other comments, the label after the number tells an answer."""
    answers = _seed_answers(inline)
    assert sorted(answers) == [1, 2, 3, 4, 5]
    assert all(first.startswith("The Company respectfully advises the Staff") for first in answers.values())


def test_a_bare_label_before_the_company_named_and_its_verb() -> None:
    """Ciena's answer of 2018 (no labels) with "Response" set in bold before its answer, no colon: "Response Ciena
    advises the Staff that, upon the refinancing, ..." reads as the label and the answer, the company speaking by
    its name, not an answer opening "Response"."""
    path = corpus_file(_CIENA)
    html = path.read_text("utf-8")
    assert html.count(">Ciena advises the Staff") == 1
    changed = html.replace(">Ciena advises the Staff", "><b>Response</b> Ciena advises the Staff")
    letter = parse_letter(changed.encode(), path.name)
    assert openings(letter) == [(1, "Ciena advises the Staff that, upon the r")]


_RMD = "sec/RMD/RMD_0000000000-16-102723/filings/0001193125-16-799178/filename1.htm"


@pytest.mark.parametrize("label", ["Response{}", "RESPONSE{}"])
def test_a_bold_label_without_its_colon_over_any_answer(label: str) -> None:
    """ResMed's answers of December 20, 2016 with "<B>Response</B>" run on into each answer, its colon left out.
    Answer 3 does not speak as the company ("The total cost of the incentive programs for the years ...:", over a
    table): a whole paragraph after the bold word is still its answer, not an answer opening "Response"."""
    openings_now = openings(relabelled(_RMD, label))
    assert [n for n, _ in openings_now] == [1, 2, 3, 4, 5, 6]
    assert openings_now[2] == (3, "The total cost of the incentive programs")
    assert all(not text.lower().startswith("response") for _, text in openings_now)
