"""Numbers inside an answer are the answer's content, not new responses.

Each case is a real company letter whose answer carries numbered material of its own;
expectations written from reading the letter (paths under ../shared/corpus).
"""

from __future__ import annotations

import re

import pytest

from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from commentletters.core.letters import Response
from tests.conftest import corpus_file
from tests.core.answer_letters import answers

# (letter, first words of the one answer, words the answer goes on to hold)
ONE_ANSWER = [
    # An unnumbered follow-up comment restated in bold, answered in five paragraphs, then the
    # answer's own bold sub-headings "1. Monthly Sales Reporting ...", "2. ...", "3. ...".
    (
        "sec/F/F_0000000000-17-029248/filings/0000037996-17-000104/filename1.htm",
        "The vast majority of our sales are of vehicles, parts, and accessories",
        ["Monthly Sales Reporting Primarily Reflects Sales By Our Dealers", "We Highlight Trends During"],
    ),
    # Comment 1 in bold italics; the plain answer lists four questions "1. Are the cloud features
    # unique ...?", "2. What are the gains ...?", ... and answers each: numbering restarts at 1.
    (
        "sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000047/filename1.htm",
        "We respectfully advise the Staff that our product subscriptions represent an integrated offering",
        ["What are the gains in capabilities", "Are there computational tasks that can only be performed"],
    ),
    # "the response ... to the comment": one comment; its answer quotes an exchange of 2017
    # ("SEC COMMENT: 5. We note that you present ... RESPONSE: We described ...").
    (
        "sec/SO/SO_0000000000-21-010013/filings/0000092122-21-000068/filename1.htm",
        "We have considered the requirements of Items 10(e)(1)(i)(B)",
        ["we responded to the following comment", "We described “operating margin” on page 11"],
    ),
]


@pytest.mark.parametrize(("relative", "starts", "holds"), ONE_ANSWER)
def test_numbers_inside_an_answer_stay_in_it(relative: str, starts: str, holds: list[str]) -> None:
    responses = answers(relative)
    assert [r.number for r in responses] == [1]
    assert responses[0].text.startswith(starts)
    for words in holds:
        assert words in responses[0].text


def test_an_attached_copy_of_an_earlier_letter_is_not_answered() -> None:
    # Aflac answers one comment, then attaches its letter of July 8, 2014 ("Dear Mr. Rosenberg:
    # ... 1. You disclose the ratio ... 2. Please tell us ..."): those are not this letter's answers.
    responses = answers("sec/AFL/AFL_0000000000-16-074172/filings/0000004977-16-000316/filename1.htm")
    assert [r.number for r in responses] == [1]
    assert "Please refer to our previous letter regarding annuity cash flow" in responses[0].text
    assert "Dear Mr. Rosenberg" not in responses[0].text
    assert "ratio of adjusted debt to total capitalization" not in responses[0].text


def test_a_list_inside_the_answer_of_a_letter_without_emphasis() -> None:
    """Aflac answers comment 1 with its own list ("1. Cancer: approximately $184 million", "2. Medical: ...",
    "3. Other: ..."), under the staff's heading that names a note by its number ("7. Policy Liabilities, page
    139"). Without its bold and italics (as a letter filed in plain text is) the list's numbers are still the
    answer's: the letter restates its comment, though its first number is the note's."""
    path = corpus_file("sec/AFL/AFL_0000000000-17-014838/filings/0000004977-17-000123/filename1.htm")
    plain = re.sub(rb"</?(?:b|strong|i|em|u)\b[^>]*>", b"", path.read_bytes())
    plain = re.sub(rb"(?:font-weight|font-style|text-decoration)\s*:\s*[^;\"']+;?", b"", plain, flags=re.I)
    responses = find_responses(extract(plain, path.name))
    assert [r.number for r in responses] == [1]
    assert "Cancer: approximately $184 million" in responses[0].text


def _numbered_answers_only(
    relative: str, restated: str, label: str = "", inline: bool = False, drop: str = "\0"
) -> dict[int, Response]:
    """The answers of a real letter reworked to number its answers only: each line restating a comment (``restated``,
    a pattern) left out, its number put before the next line, the answer's first (its ``label`` dropped, before the
    answer's words or alone on the line above them; ``inline``: printed after the number, "2. Response: ..."); lines
    opening with ``drop`` left out too."""
    path = corpus_file(relative)
    lines: list[str] = []
    number = ""
    for line in extract(path.read_bytes(), path.name).lines:
        text = line.text.strip()
        if text.startswith(drop):
            continue
        if re.match(restated, text):
            number = text[0]
        elif number and label and text == label.strip():
            continue  # a label alone on its line, over the answer
        elif text and line.furniture:
            lines.append(text)  # (a running header between the comment and its answer)
        elif text:
            answer = text.removeprefix(label).lstrip()
            lines.append((f"{number}. {label} {answer}" if inline else f"{number}. {answer}") if number else text)
            number = ""
    return {r.number: r for r in find_responses(extract("\n\n".join(lines).encode(), "numbers-only.txt"))}


def test_a_letter_that_restates_no_comment_answers_from_each_number() -> None:
    """ResMed's letter of December 21, 2016 restates its six comments in quotation marks, each answer after
    "Response:". Without the comments and the labels, as a letter that numbers its answers only ("3. The total cost
    of the incentive programs ... were as follows:" over a table), each number opens its answer: a first paragraph
    in no one's voice is no comment where no number of the letter is followed by the staff's voice or a label."""
    relative = "sec/RMD/RMD_0000000000-16-102723/filings/0001193125-16-799178/filename1.htm"
    found = _numbered_answers_only(relative, r"\d\. \u201c", "Response: ")
    assert sorted(found) == [1, 2, 3, 4, 5, 6]
    assert found[3].text.startswith("The total cost of the incentive programs for the years ended June 30, 2016")
    assert found[3].restated_comment is None
    assert found[4].text.startswith("The cost of the incentive programs included in #3 above")


def test_answers_numbered_at_once_after_a_head_naming_the_comment_letter() -> None:
    """Weyerhaeuser's letter of April 12, 2016 opens with no paragraph of its own: "Dear Ms. Monick:", then the staff's
    caption and comment 1 restated, its answer under it. Without the comments, as a letter numbering its answers only
    ("1. Beginning with our first quarter 2016 Form 10-Q, we will disclose ..."), nothing before the numbers speaks
    of comments but its Re: block, "Re: Comment Letter Dated March 16, 2016": they are the comments' numbers, not a
    list of the company's own."""
    found = _numbered_answers_only(
        "sec/WY/WY_0000000000-16-068574/filings/0000106535-16-000055/filename1.htm", r"\d\. "
    )
    assert sorted(found) == [1, 2, 3]
    assert found[1].text.startswith("Beginning with our first quarter 2016 Form 10-Q, we will disclose")
    assert found[2].text.startswith("Prior to 2012, Weyerhaeuser included depletion")


def test_two_answers_numbered_at_once_one_opening_in_no_ones_voice() -> None:
    """Norwegian Cruise Line's letter of May 11, 2017 answers two comments. Reworked to number its answers only, its
    first opens "1. In the third quarter of 2016, we performed a Step I impairment test for Oceania Cruises ..." (no
    one's voice, as the voice reader weighs a "we" the staff also write), its second "2. In future filings we will no
    longer refer to ...": one answer opening at once and nothing in the staff's voice after any number, the letter
    restates no comment and the first number opens its answer too."""
    relative = "sec/NCLH/NCLH_0000000000-17-009157/filings/0001571049-17-003083/filename1.htm"
    found = _numbered_answers_only(relative, r"\d\. ", "Response:")
    assert sorted(found) == [1, 2]
    assert found[1].text.startswith("In the third quarter of 2016, we performed a Step I impairment test")
    assert found[1].restated_comment is None
    assert found[2].text.startswith("In future filings we will no longer refer to")


def test_answers_numbered_at_once_none_opening_in_the_companys_voice() -> None:
    """Eaton's letter of January 10, 2019 answers two comments about Syria and Sudan. Reworked to number its answers
    only, both open in no one's voice ("1. Since our January 22, 2016 submission, Eaton has made no sales ...", "2. For
    each of the last three fiscal years ..., Eaton has had no assets ..."): no number is followed by the staff's voice,
    a label or emphasis, so the letter restates no comment, and each number opens its answer (the second was read as
    a comment restated with no answer, and lost)."""
    relative = "sec/ETN/ETN_0000000000-18-038869/filings/0001551182-19-000003/filename1.htm"
    found = _numbered_answers_only(relative, r"\d\. ")
    assert sorted(found) == [1, 2]
    assert found[1].text.startswith(
        "Since our January 22, 2016 submission, Eaton has made no sales to customers in Syria"
    )
    assert found[2].text.startswith("For each of the last three fiscal years and the subsequent interim period")


def test_a_labelled_answer_numbered_after_a_list_of_the_companys_own() -> None:
    """Waste Management's letter of May 25, 2018 proposes, in its answer to comment 1, disclosure of its own with a
    list it numbers "1) Borrowings Outstanding under the Commercial Paper Program ...", "2) Tax-Exempt Bonds ...".
    Reworked to print each answer after its number and label, and its list cut to the first item, "2. Response: While
    a working capital deficit can ..." goes on in the list's numbers; its label says it answers comment 2, not that
    it is the list's second item."""
    relative = "sec/WM/WM_0000000000-18-020863/filings/0001104659-18-045055/filename1.htm"
    found = _numbered_answers_only(relative, r"\d\. (?:As of|We note)", "Response:", inline=True, drop="2) ")
    assert sorted(found) == [1, 2]
    assert found[1].text.startswith("On a quarterly basis, we assess our debt classification")
    assert found[2].text.startswith("While a working capital deficit can, in some instances")


def test_a_number_alone_over_a_restated_comment_that_opens_as_the_company_would() -> None:
    """Agilent's answers of September 23, 2016 as plain text, each restated comment's number on a line of its own
    ("1." / "We are aware of third party websites reporting that you conduct business in Syria. ..."). Comment 1
    opens with "We", as the company speaks; its "Response:" after it still makes the number a restated comment's,
    as it does where the number stands before the comment's words on its line."""
    path = corpus_file("sec/A/A_0000000000-16-092800/filings/0001090872-16-000078/filename1.htm")
    lines = [ln.text.strip() for ln in extract(path.read_bytes(), path.name).lines if ln.text.strip()]
    text = "\n\n".join(re.sub(r"^([12])\. (?=[A-Z])", r"\1.\n\n", line) for line in lines)
    assert "\n\n1.\n\nWe are aware of third party websites" in text
    found = find_responses(extract(text.encode(), "agilent.txt"))
    assert [r.number for r in found] == [1, 2]
    assert found[0].text.startswith("The Company confirms to its knowledge that")
    assert (found[0].restated_comment or "").startswith("We are aware of third party websites")
