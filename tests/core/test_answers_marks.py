"""The printed marks a response letter uses: comment numbers, answer labels, closing, voice."""

from __future__ import annotations

import pytest

from commentletters.core import parse_letter
from commentletters.core.answer_marks import is_closing, is_marker, label, numbered
from commentletters.core.redactions import redaction_count
from commentletters.core.voice import staff_lean


@pytest.mark.parametrize(
    ("text", "number", "part"),
    [
        ("1. We note your disclosure", 1, ""),
        ("1.We note your disclosure", 1, ""),
        ("- 5. Tell us whether your MNS reporting unit", 5, ""),
        ("(3) Please revise", 3, ""),
        ("12.", 12, ""),
        ("1(a). Please tell us", 1, "a"),
        ("Comment No. 7: We note", 7, ""),
        ("SEC Oral Comment #1:", 1, ""),
        ("Staff Comment 2", 2, ""),
        ("Comments 1 and 2", 1, ""),
        ("Comment 1 (page 5):", 1, ""),
        ("Question 3. Please tell us", 3, ""),
        ("4: Please revise the table", 4, ""),  # (made up: no company letter of the corpus numbers so)
        ("5 - We note your disclosure", 5, ""),  # (nor so)
        ("6 \u2013 Please tell us", 6, ""),
    ],
)
def test_comment_numbers(text: str, number: int, part: str) -> None:
    found = numbered(text)
    assert found is not None
    assert found[:2] == (number, part)


@pytest.mark.parametrize(
    "text",
    [
        "1.5 million shares were issued",
        "2016 was a good year.",
        "Item 1. Business",
        # a citation wrapped onto the line from the sentence above ("... Refer to" / "Question 102.11 of ...")
        "Question 102.11 of the Compliance and Disclosure Interpretations for Non-GAAP Financial Measures.",
        "Comment 3 of our letter dated May 1, 2020, we have revised the disclosure.",
        "comment 2 in our letter of March 3, 2021.",
        "1:30 p.m. on May 3, 2021",  # a time, not "1:"
        "1 - 3 years of service",  # a range, not "1 -"
        "10:\u2018\u2018\u2026or deemed revoked by a reduction in the number of",  # a citation wrapped onto the line
    ],
)
def test_not_comment_numbers(text: str) -> None:
    assert numbered(text) is None


@pytest.mark.parametrize(
    ("text", "numbers", "rest"),
    [
        ("Response:", (), ""),
        ("RESPONSE", (), ""),
        ("Response", (), ""),
        ("Company Response: In future filings, we will", (), "In future filings, we will"),
        ("Management’s Response:", (), ""),
        ("Response to Comment 1:", (1,), ""),
        ("Response to Comment No. 4", (4,), ""),
        ("Response to Comments 2 and 3:", (2, 3), ""),
        ("Response to Comments 4 through 6:", (4, 5, 6), ""),
        ("Supplemental Response:", (), ""),
        ("In response to the first bullet point in the Staff’s comment:", (), ""),
        ("L3Harris Response:", (), ""),  # the company named, no possessive, alone on its line
        ("Harris Response:", (), ""),
        ("Truist response:", (), ""),  # (Truist's letter of April 29, 2024)
        # the comment's number straight after the word, with or without "No."
        ("Response 1:", (1,), ""),
        ("Response No. 2: The Company respectfully advises", (2,), "The Company respectfully advises"),
        ("RESPONSE NO. 3:", (3,), ""),
        ("Response #4: The Company", (4,), "The Company"),  # as "Comment #4:" restates it
        ("Response Number 5:", (5,), ""),
        ("Acme Widgets, Inc. Response:", (), ""),  # a name of several words
        # the company named after the word, each of its words capitalised
        ("Response of the Company:", (), ""),
        ("Response of Acme Widgets, Inc.: We respectfully advise", (), "We respectfully advise"),
        ("RESPONSE OF THE COMPANY:", (), ""),
        ("Response. We presented the amounts", (), "We presented the amounts"),  # a full stop before a capital
        # set in bold in the answer's paragraph, no colon, the answer's words in the company's voice after it
        ("Response The Company respectfully advises the Staff", (), "The Company respectfully advises the Staff"),
        ("RESPONSE We have revised the disclosure.", (), "We have revised the disclosure."),
        ("Company Response In response to the Staff", (), "In response to the Staff"),
        ("Response We completed the change in 2020.", (), "We completed the change in 2020."),  # "We" and a verb
        # ... or a whole paragraph of any voice after it (an HTML letter's, "Response" in bold)
        (
            "Response The total cost of the incentive programs for the years ended June 30, 2016 and 2015 was:",
            (),
            "The total cost of the incentive programs for the years ended June 30, 2016 and 2015 was:",
        ),
        (
            "RESPONSE In July 2014, as part of our earnings release, we announced two goals.",
            (),
            "In July 2014, as part of our earnings release, we announced two goals.",
        ),
        # the company by its name, and a verb the answering company says of itself
        ("Response Acme respectfully advises the Staff", (), "Acme respectfully advises the Staff"),
        (
            "Response L3Harris Technologies, Inc. acknowledges the Staff's comment",
            (),
            "L3Harris Technologies, Inc. acknowledges the Staff's comment",
        ),
        ("Response 2 Acme Corp. confirms that it will", (2,), "Acme Corp. confirms that it will"),
        # the same with the comment's number printed in the label ("Response to Comment 1" in bold, then the answer)
        ("Response to Comment 1 The Company respectfully advises", (1,), "The Company respectfully advises"),
        ("Response No. 2 We have revised the disclosure.", (2,), "We have revised the disclosure."),
        ("Response #3 We note the Staff's comment", (3,), "We note the Staff's comment"),
        ("Company Response to Comment 4 In response to the Staff", (4,), "In response to the Staff"),
        ("RESPONSE TO COMMENTS 5 AND 6 The Company", (5, 6), "The Company"),
        # answering the staff or its comment, no number
        ("Response to the Staff: We note the comment", (), "We note the comment"),
        ("Response to Staff’s Comment: The Company", (), "The Company"),
        ("Response to Comments: We", (), "We"),
        ("Response to SEC Comment 4: We", (4,), "We"),
    ],
)
def test_answer_labels(text: str, numbers: tuple[int, ...], rest: str) -> None:
    found = label(text)
    assert found is not None
    assert (found.numbers, found.rest) == (numbers, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Response rates rose in 2016.",
        "Responses from customers were favourable.",
        "Comments were received.",
        "Market Response: rates rose after the announcement.",  # a name and "Response:" with text after it
        "the customer response:",  # no capital opens it
        "Response 2020 was a year of change.",
        "Answers 3 questions.",
        "Response of the market was strong.",
        "Response. see the table below",
        # a capitalised phrase wrapped onto the line, not the company's words ("... and the Initial" / "Response
        # Date to the Company's quarter end")
        "Response Date to the Company's quarter end review process",
        "Response Time Objectives were met in 2020.",
        # a wrapped line going on from a phrase cut at its end ("... as described in our" / "Response Letter ..."):
        # no stop ends it
        "Response Letter dated March 1, 2020. In that letter, we described the",
        "Response Time Objectives and Service Level Agreements For Our Customers.",  # a caption
        "Response Time Objectives Committee advises customers",  # no staff nor commission advised
        "Response to the Staff comments was low.",
        "Response Dated October 14, 2021",  # a Re block's line
        "Response We",
        "Response #1 of our customers was strong.",
        "Response 3 Months Later Than Planned",  # a caption's words after the number, no one speaking
        "Response to Comment 2 Letter Dated May 1, 2024",
        # a sentence's end wrapped onto a line of its own: a label opens with a capital
        "response to comment #4.",
        "response.",
        "response to the Staff's comment:",
    ],
)
def test_sentences_are_not_labels(text: str) -> None:
    assert label(text) is None


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("* * *", True),
        ("Very truly yours,", True),
        ("If you have any questions regarding this response, please contact me.", True),
        ("Please do not hesitate to call me at (408) 486-2000.", True),
        ("In connection with this request, the Company acknowledges that:", True),
        # the acknowledgment some companies still close with (real letters, 2016-2023)
        (
            "In connection with its response to the Staff’s comments, the Company acknowledges that the Company and "
            "its management are responsible for the accuracy and adequacy of its disclosures, notwithstanding any "
            "review, comments, action or absence of action by the Staff.",
            True,
        ),
        (
            "We acknowledge the Company and its management are responsible for the accuracy and adequacy of their "
            "disclosures, notwithstanding any review, comments, action or absence of action by the Staff.",
            True,
        ),
        ("Management is responsible for the accuracy of the estimates described above.", False),
        ("Thank you for your comment. As suggested by the Staff, we will revise", False),
        ("We appreciate the Staff's comment. We will expand the disclosure", False),
        ("If you have performed an impairment analysis, the key assumptions you used", False),
        # thanks for the chance to answer, or for the comments with an offer to take questions, close the letter
        ("We appreciate the opportunity to respond to the Staff’s comments. If you have any questions", True),
        ("We appreciate the opportunity to present our view on these matters.", True),
        (
            "We appreciate the Staff’s comments and request that the Staff contact the undersigned with any questions",
            True,
        ),
        # a hope that the letter answers, or an offer to help with questions
        ("We hope that our letter has addressed the Staff’s comments. If you have any questions", True),
        ("If we may be of assistance in answering any questions that may arise in connection with", True),
        ("We will be pleased to respond promptly to any requests for additional information", True),
        ("We would be pleased to provide the Staff supplementally with the analysis described above.", False),
        # ... to discuss the answers, or more information after the staff's review (the seed letter's closing in other
        # words: each went on the last answer)
        ("We will be happy to discuss any of our responses with the Staff at its convenience.", True),
        (
            "We appreciate the Staff's review and will be pleased to provide any additional information you require.",
            True,
        ),
        ("We would be happy to discuss this matter further with the Staff.", False),  # (an answer may end so)
        ("We appreciate the Staff's comment and will provide additional information in future filings.", False),
        # an answer's opening thanks too: the call it answers, or the comment it goes on to answer
        ("We thank you for the opportunity to discuss with you, over the telephone on May 23, 2019, the", False),
        ("We appreciate the Staff’s comment. If material, we will disclose the questions raised", False),
        # sign-offs as letters print them (Baker Hughes' answer of 2018 signs "Sincerely yours,": its signature went
        # on its last answer)
        ("Sincerely yours,", True),
        ("Yours faithfully,", True),
        ("With best regards,", True),
        ("Truly yours,", True),
        ("Truly, the amounts were not material.", False),
        ("With regard to the Staff's comment, we", False),
    ],
)
def test_closing(text: str, closing: bool) -> None:
    assert is_closing(text) is closing


@pytest.mark.parametrize(
    "text",
    [
        "Please tell us how you determined the fair value of the reporting unit.",
        "We note your response to prior comment 1. Please revise your disclosure.",
        "We have considered your response to our prior comment 6. In order to help us evaluate your response, "
        "please address the following:",
        "In future filings, please revise to distinguish between the portion of total contract value",
        "So that we may understand you investment agreements better, please tell us more",
    ],
)
def test_staff_voice(text: str) -> None:
    assert staff_lean(text) > 0


@pytest.mark.parametrize(
    "text",
    [
        "The Company respectfully advises the Staff that the net increase in bad debt allowances",
        "We acknowledge the Staff’s comment and respectfully advise the Staff that in future filings, we will",
        "In response to the Staff’s comment, we have revised the relevant disclosure on page 7.",
        "Please see our responses to comments 2 and 3 above regarding our risk factors.",
    ],
)
def test_company_voice(text: str) -> None:
    assert staff_lean(text) < 0


def test_redaction_markers() -> None:
    text = "Browser represents Apple’s share [***] with the customer. Platform [*] and [Redacted] and [****]."
    assert redaction_count(text) == 4
    assert redaction_count("An array x[1] and [note 3] are not markers.") == 0


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("1. Please tell us how you considered ASC 606.", True),
        ("(2) Revenue Recognition", True),
        ("\u2022 3. Please revise", True),  # a bullet before the number
        ("\uff14. Please revise", True),  # a full-width digit, which \d takes too
        ("staff comment 5: revise the table", True),  # lower case: the label ignores case
        ("Question 6.", True),
        ("Response: The Company respectfully advises the Staff", True),
        ("Company Response to Comment 7:", True),
        ("Comment: We note your disclosure", True),
        ("The Company respectfully advises the Staff that", False),
        ("Item 7. Management's Discussion", False),
        ("", False),
    ],
)
def test_is_marker(text: str, marker: bool) -> None:
    assert is_marker(text) is marker


# the header of the made-up letters below
_ACME_HEAD = """Acme Widgets, Inc.
June 2, 2021
Division of Corporation Finance
U.S. Securities and Exchange Commission
Re: Acme Widgets, Inc.
Form 10-K for the Fiscal Year Ended December 31, 2020
File No. 001-12345

Ladies and Gentlemen:

"""

_NUMBERED_LABELS = (
    _ACME_HEAD
    + """Acme Widgets, Inc. submits this letter in response to comments 2 and 4 of the staff's letter dated
May 20, 2021.

Staff Comment: Please tell us how you determined your reportable segments.

Response No. 2: The Company respectfully advises the Staff that its chief operating decision maker reviews two.

Staff Comment: Please revise future filings to disclose the amount of each component of other income.

Response No. 4: The Company will disclose the amount of each component of other income in future filings.

Sincerely,

Jane Doe
Chief Financial Officer
"""
)


def test_answers_numbered_by_their_labels() -> None:
    """Restated comments with no number, each answer labelled with the comment's ("Response No. 2:"); made up
    (the corpus has none). Before, the letter read as one answer to a comment 1."""
    letter = parse_letter(_NUMBERED_LABELS.encode(), "answer.txt")
    assert [(r.number, r.restated_comment) for r in letter.responses] == [
        (2, "Please tell us how you determined your reportable segments."),
        (4, "Please revise future filings to disclose the amount of each component of other income."),
    ]
    assert [r.commits_future_filing for r in letter.responses] == [False, True]


_INLINE_LABELS = (
    _ACME_HEAD
    + """Acme Widgets, Inc. submits this letter in response to the comments of the staff's letter dated May 20, 2021.

Please tell us how you determined your reportable segments.

Response: The Company respectfully advises the Staff that its chief operating decision maker reviews two.

Please revise future filings to disclose the amount of each component of other income.

Response: The Company will disclose the amount of each component of other income in future filings.

Sincerely,

Jane Doe
Chief Financial Officer
"""
)


def test_an_answer_on_its_label_line_ends_before_the_next_comment() -> None:
    """Unnumbered comments, each answer opening on its "Response:" line; made up (the corpus has none). The
    comment restated before the next label is that answer's, not the end of the one before: it was read into
    both while the answer was its label's paragraph alone."""
    letter = parse_letter(_INLINE_LABELS.encode(), "answer.txt")
    assert [(r.number, r.restated_comment) for r in letter.responses] == [
        (1, "Please tell us how you determined your reportable segments."),
        (2, "Please revise future filings to disclose the amount of each component of other income."),
    ]
    assert letter.responses[0].text == (
        "The Company respectfully advises the Staff that its chief operating decision maker reviews two."
    )
    assert [r.commits_future_filing for r in letter.responses] == [False, True]


def test_a_bold_label_run_on_into_its_answer_without_a_colon() -> None:
    """HTML whose answers open "<b>Response</b> The Company ...", the label in bold in the answer's paragraph and
    no colon after it: the paragraph reads "Response The Company ...", which was no label."""
    paragraphs = _INLINE_LABELS.replace("Response: ", "<b>Response</b> ").split("\n\n")
    html = "<html><body>" + "".join(f"<p>{p.strip()}</p>" for p in paragraphs) + "</body></html>"
    letter = parse_letter(html.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2]
    assert letter.responses[0].text == (
        "The Company respectfully advises the Staff that its chief operating decision maker reviews two."
    )
    assert letter.responses[1].restated_comment == (
        "Please revise future filings to disclose the amount of each component of other income."
    )


_COMPANY_LABELS = (
    _ACME_HEAD
    + """Acme Widgets, Inc. submits this letter in response to the comments of the staff's letter dated May 20, 2021.

1. Please describe your cybersecurity incident response process.

Acme Response: The Company maintains a written plan.

Incident Response: The plan assigns each step to a named officer.

2. Please tell us how you determined your reportable segments.

Acme Widgets\u2019 Response: The Company has one reportable segment.

Sincerely,

Jane Doe
Chief Financial Officer
"""
)


def test_a_label_naming_the_company_before_the_answer() -> None:
    """ "Acme Response: The Company ..." (each word of the name in the letter's head) is the answer's label, not
    its first words; "Incident Response: ..." in an answer names no company and stays the answer's."""
    letter = parse_letter(_COMPANY_LABELS.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2]
    assert letter.responses[0].text == (
        "The Company maintains a written plan.\nIncident Response: The plan assigns each step to a named officer."
    )
    assert letter.responses[1].text == "The Company has one reportable segment."


def test_answers_numbered_with_a_colon() -> None:
    """Restated comments numbered "1:", "2:" (made up: the corpus's company letters number with a stop or a
    bracket); they read as numbered "1.", "2." do, and the opening ends at the first."""
    letter_text = _NUMBERED_LABELS.replace(
        "comments 2 and 4 of the staff's letter", "the comments of the staff's letter"
    )
    letter_text = letter_text.replace("Staff Comment: Please tell us", "1: Please tell us").replace(
        "Staff Comment: Please revise", "2: Please revise"
    )
    letter_text = letter_text.replace("Response No. 2:", "Response:").replace("Response No. 4:", "Response:")
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [(r.number, r.restated_comment) for r in letter.responses] == [
        (1, "Please tell us how you determined your reportable segments."),
        (2, "Please revise future filings to disclose the amount of each component of other income."),
    ]
    assert letter.responds_to == ["2021-05-20"]
