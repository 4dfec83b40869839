"""Response letters that restate the staff's comments without their numbers (made up: every company letter of
the corpus numbers them; lawyers do not all do so). A lawyer numbers such answers in order, as the staff's
letter does, and tells each answer from the next comment by the letter's type (comments in bold) and its
headings and labels."""

from __future__ import annotations

from commentletters.core import parse_letter

_HEAD = """<html><body>
<p>June 2, 2021</p>
<p>Division of Corporation Finance<br>U.S. Securities and Exchange Commission<br>100 F Street, N.E.<br>
Washington, D.C. 20549</p>
<p>Re: Acme Widgets, Inc.<br>Form 10-K for the Fiscal Year Ended December 31, 2020<br>Filed February 26, 2021<br>
File No. 001-12345</p>
<p>Ladies and Gentlemen:</p>
<p>Acme Widgets, Inc. (the &#8220;Company&#8221;) submits this letter in response to the comments of the staff
(the &#8220;Staff&#8221;) in its letter dated May 20, 2021. The Staff&#8217;s comments are set forth below in bold,
each followed by the Company&#8217;s response.</p>
"""
_TAIL = """<p>If you have any questions, please call me at (555) 555-1234.</p>
<p>Sincerely,</p><p>/s/ Jane Doe</p><p>Jane Doe<br>Chief Financial Officer</p>
</body></html>
"""

# comments in bold under bold headings, answers in plain type; the first answer ends in the disclosure it
# proposes, in italics; the second comment is restated again in parts to answer it part by part
_BY_EMPHASIS = (
    _HEAD
    + """<p><b>Form 10-K for the Fiscal Year Ended December 31, 2020</b></p>
<p><b>Management&#8217;s Discussion and Analysis, page 32</b></p>
<p><b>Please quantify each factor you cite as contributing to the change in net sales.</b></p>
<p>The Company will quantify each material factor in future filings. For example, it will revise its disclosure
as follows:</p>
<p><i>Net sales increased $12 million, or 4%, of which $8 million came from higher prices.</i></p>
<p><b>Segment Information, page 60</b></p>
<p><b>Please tell us how you considered ASC 280-10-50-1 in identifying your operating segments. In addition:</b></p>
<p><b>&#8226; Tell us who your chief operating decision maker is.</b></p>
<p><b>&#8226; Tell us what information that person reviews.</b></p>
<p>The Company has one operating segment because it manages its business as a whole.</p>
<p><b>&#8226; Tell us who your chief operating decision maker is.</b></p>
<p>The chief operating decision maker is the Company&#8217;s Chief Executive Officer.</p>
<p><b>&#8226; Tell us what information that person reviews.</b></p>
<p>The Chief Executive Officer reviews consolidated results only.</p>
<p><b>Note 9 &#8211; Income Taxes, page 75</b></p>
<p><b>Please explain to us why your effective tax rate decreased in 2020.</b></p>
<p>The effective tax rate decreased because of a one-time benefit from a tax law change.</p>
"""
    + _TAIL
)


def test_comments_restated_in_bold_are_answered_in_order() -> None:
    letter = parse_letter(_BY_EMPHASIS.encode(), "answer.htm")
    assert letter.kind == "company_response"
    assert [r.number for r in letter.responses] == [1, 2, 3]
    first, second, third = letter.responses
    assert first.restated_comment == "Please quantify each factor you cite as contributing to the change in net sales."
    assert first.text.endswith("of which $8 million came from higher prices.")  # (its proposal kept)
    assert first.commits_future_filing
    assert second.text.startswith("The Company has one operating segment")
    assert second.text.endswith("The Chief Executive Officer reviews consolidated results only.")
    assert "Note 9" not in second.text
    assert third.restated_comment == "Please explain to us why your effective tax rate decreased in 2020."
    assert third.text == "The effective tax rate decreased because of a one-time benefit from a tax law change."


# a "Response:" label after each comment restated in bold; the first answer ends in a quoted proposal in italics,
# and the next comment follows it with no heading between
_BY_LABELS = (
    _HEAD
    + """<p><b>Please quantify each factor you cite as contributing to the change in net sales.</b></p>
<p><b>Response:</b> The Company proposes to revise its disclosure in future filings as follows:</p>
<p><i>&#8220;Net sales increased $12 million, or 4%, of which $8 million came from higher prices.&#8221;</i></p>
<p><b>We note that you recorded an impairment charge in 2020. Please tell us what triggered the test.</b></p>
<p><b>Response:</b> The test was triggered by the loss of the Company&#8217;s largest customer.</p>
"""
    + _TAIL
)


def test_an_answer_ending_in_a_proposal_keeps_it() -> None:
    letter = parse_letter(_BY_LABELS.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2]
    first, second = letter.responses
    assert first.text.endswith("of which $8 million came from higher prices.\u201d")
    assert second.restated_comment == (
        "We note that you recorded an impairment charge in 2020. Please tell us what triggered the test."
    )
    assert second.text == "The test was triggered by the loss of the Company\u2019s largest customer."


# "Comment:" and "Response:" labels, no numbers, no emphasis; the second comment lists what it asks for
_COMMENT_LABELS = (
    _HEAD
    + """<p>Comment: Please quantify each factor you cite as contributing to the change in net sales.</p>
<p>Response: The Company will quantify each material factor in future filings.</p>
<p>Comment: Please expand your critical accounting estimates to disclose the following:</p>
<p>&#8226; the percentage by which fair value exceeded carrying value; and</p>
<p>&#8226; the key assumptions used to estimate fair value.</p>
<p>Response: The Company will include both items in its next Form 10-K.</p>
"""
    + _TAIL
)


def test_comment_labels_end_the_answer_before() -> None:
    letter = parse_letter(_COMMENT_LABELS.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2]
    first, second = letter.responses
    assert first.text == "The Company will quantify each material factor in future filings."
    assert second.restated_comment is not None
    assert second.restated_comment.startswith("Please expand your critical accounting estimates")
    assert second.restated_comment.endswith("the key assumptions used to estimate fair value.")
    assert second.text == "The Company will include both items in its next Form 10-K."


# plain text: no number, label nor emphasis; the headings the staff printed, the comments in the staff's voice
_BY_TURNS = """June 2, 2021

Division of Corporation Finance
U.S. Securities and Exchange Commission
100 F Street, N.E.
Washington, D.C. 20549

Re: Acme Widgets, Inc.
Form 10-K for the Fiscal Year Ended December 31, 2020
Filed February 26, 2021
File No. 001-12345

Ladies and Gentlemen:

Acme Widgets, Inc. (the "Company") submits this letter in response to the comments of the staff (the "Staff")
in its letter dated May 20, 2021. Each of the Staff's comments is repeated below, followed by our response.

Management's Discussion and Analysis, page 32

We note that net sales increased 4% in 2020. Please quantify each factor you cite as contributing to the
change in net sales.

We respectfully advise the Staff that we will quantify each material factor in future filings.

Note 9 - Income Taxes, page 75

Please explain to us why your effective tax rate decreased in 2020.

Our effective tax rate decreased because of a one-time benefit from a tax law change in 2020.

Please tell us whether you expect the benefit to recur.

We do not expect the benefit to recur.

If you have any questions, please call me at (555) 555-1234.

Sincerely,

/s/ Jane Doe
Jane Doe
Chief Financial Officer
"""


def test_comments_told_by_the_turns_of_voice() -> None:
    letter = parse_letter(_BY_TURNS.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    first, second, third = letter.responses
    assert first.restated_comment == (
        "We note that net sales increased 4% in 2020. Please quantify each factor you cite as contributing to "
        "the change in net sales."
    )
    assert (
        first.text == "We respectfully advise the Staff that we will quantify each material factor in future filings."
    )
    assert first.commits_future_filing
    assert second.restated_comment == "Please explain to us why your effective tax rate decreased in 2020."
    assert (
        second.text == "Our effective tax rate decreased because of a one-time benefit from a tax law change in 2020."
    )
    assert third.restated_comment == "Please tell us whether you expect the benefit to recur."
    assert third.text == "We do not expect the benefit to recur."


def test_a_comment_under_a_heading_asking_late_opens_too() -> None:
    """A comment under its heading, in the staff's voice throughout, that asks only after a long account of
    what the filing says ("We note that you ... You disclose ... Please tell us ...")."""
    told = (
        "We note that you entered into a warrant agreement with a service provider that entitles you to acquire "
        "shares of the service provider upon meeting certain performance conditions over the next five years. You "
        "disclose that you account for the warrant as a derivative instrument and that you recognized its initial "
        "fair value as a deferred credit that you amortize over the term of the commercial agreement. You further "
        "disclose that changes in its fair value are recorded in other income. Please tell us how you determined "
        "the accounting for the deferred credit."
    )
    _assert_fourth_comment(
        "Note 7 - Derivative Instruments, page 15",
        told,
        "The Company advises the Staff that the deferred credit is amortized as a reduction of cost of revenue.",
    )


def _assert_fourth_comment(heading: str, told: str, answer: str) -> None:
    """_BY_TURNS with a fourth comment (``told``, under ``heading``) and its answer: four comments read, the
    fourth restated and answered as printed."""
    letter_text = _BY_TURNS.replace(
        "If you have any questions", f"{heading}\n\n{told}\n\n{answer}\n\nIf you have any questions"
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3, 4]
    assert letter.responses[2].text == "We do not expect the benefit to recur."
    assert letter.responses[3].restated_comment == told
    assert letter.responses[3].text == answer


def test_a_numbered_note_caption_is_no_comment_number() -> None:
    """The staff's heading names a note by its number ("Note 3" printed "3. Income Taxes, page 75"): with the
    comments restated unnumbered, that number alone made a run of one comment numbered 3."""
    letter = parse_letter(_BY_EMPHASIS.replace("Note 9 &#8211; Income Taxes", "3. Income Taxes").encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[2].text.startswith("The effective tax rate decreased")


# numbered answers that restate no comment, one of them opening as the staff do ("We note that ...")
_NOT_RESTATED = """June 2, 2021

Division of Corporation Finance
U.S. Securities and Exchange Commission
Washington, D.C. 20549

Re: Acme Widgets, Inc.
Registration Statement on Form S-1
File No. 333-123456

Ladies and Gentlemen:

On behalf of Acme Widgets, Inc. (the "Company"), we respond below to the comments of the staff in its letter
dated May 20, 2021. The numbered paragraphs below correspond to the numbered comments of that letter.

1. The Company has revised the disclosure on page 12 to describe its dependence on its two largest customers.

2. The Company has filed the supply agreement with Widget Supply Co. as Exhibit 10.5.

3. We note that the Company's revenue share arrangements are with shipping service providers, and the Company
has revised the disclosure on page 45 to describe them.

4. The Company has revised the table on page 60 to present the amounts for each period.

Sincerely,

/s/ Jane Doe
Jane Doe
Chief Financial Officer
"""


def test_numbered_answers_that_restate_nothing() -> None:
    """A letter that keys its answers to the comment numbers without restating the comments: the one answer
    that opens as the staff do ("We note that the Company's ...") made it read as restating, and every other
    number as the company's own list."""
    letter = parse_letter(_NOT_RESTATED.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3, 4]
    assert letter.responses[2].text.startswith("We note that the Company's revenue share arrangements")
    assert (
        letter.responses[3].text
        == "The Company has revised the table on page 60 to present the amounts for each period."
    )


def test_a_date_in_a_comment_restated_unnumbered_is_no_letter_answered() -> None:
    """The opening, which names the staff letters answered, ends at the first comment restated: without its number,
    at the staff's heading over it or at its asking; a date the comment cites ("your letter to us dated October 31,
    2013") was read as a letter answered."""
    cited = "<p><b>Please tell us how you considered the matters in your letter to us dated October 31, 2013.</b></p>"
    letter = parse_letter(
        _BY_EMPHASIS.replace("<p><b>Segment Information", cited + "<p><b>Segment Information").encode(), "a.htm"
    )
    assert letter.responds_to == ["2021-05-20"]
    unheaded = _BY_EMPHASIS.replace("<p><b>Form 10-K for the Fiscal Year Ended December 31, 2020</b></p>", "")
    cited_first = unheaded.replace("<p><b>Management&#8217;s Discussion and Analysis, page 32</b></p>", cited)
    assert parse_letter(cited_first.encode(), "a.htm").responds_to == ["2021-05-20"]


def test_the_old_acknowledgments_in_the_opening_close_nothing() -> None:
    """An opening that makes the old acknowledgments ("the Company is responsible for the adequacy and accuracy of
    the disclosure in the filing ...", which close the letters that print them last) before the comments restated
    without numbers: the answers were looked for only up to it, and none was found."""
    acknowledged = _BY_EMPHASIS.replace(
        "each followed by the Company&#8217;s response.</p>",
        "each followed by the Company&#8217;s response. The Company acknowledges that the Company is responsible "
        "for the adequacy and accuracy of the disclosure in the filing.</p>",
    )
    assert "adequacy and accuracy" in acknowledged
    letter = parse_letter(acknowledged.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3]


def test_an_answer_stating_facts_in_no_one_s_voice_is_an_answer() -> None:
    """Plain text, the comments unnumbered: an answer that states facts ("Loss and allocated expense for this
    business was ...") in no one's voice; the next comment, asking, was read as more of the one before."""
    letter_text = _BY_TURNS.replace(
        "Our effective tax rate decreased because of a one-time benefit from a tax law change in 2020.",
        "The effective tax rate decreased from 24.1% in 2019 to 18.3% in 2020, owing to a one-time benefit of $12 "
        "million from a change in state tax law.",
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[1].text.startswith("The effective tax rate decreased from 24.1%")
    assert letter.responses[2].restated_comment == "Please tell us whether you expect the benefit to recur."


def test_a_statement_of_the_rule_before_the_comment_asks_is_the_comment_s() -> None:
    """Plain text, the comments unnumbered: a comment that observes ("We note ... it appears that you have not
    ..."), states the rule in no one's voice ("Item 303(b) of Regulation S-K requires ...") and only then asks. The
    statement is the comment's (nothing was asked yet for it to answer): read as the answer, it shifted every answer
    after it onto the next comment (KMI 2023 restated so)."""
    observed = (
        "We note that net sales increased 4% in 2020. It appears that you have not discussed the factors that "
        "contributed to the change in net sales."
    )
    rule = (
        "Item 303(b) of Regulation S-K requires a discussion of the significant components of revenues and of the "
        "extent to which changes in revenues are attributable to changes in prices or in the volume of goods sold."
    )
    ask = "Please expand your discussion to address the requirements referenced above."
    letter_text = _BY_TURNS.replace(
        "We note that net sales increased 4% in 2020. Please quantify each factor you cite as contributing to the\n"
        "change in net sales.",
        f"{observed}\n\n{rule}\n\n{ask}",
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    first, second, third = letter.responses
    assert first.restated_comment == f"{observed}\n{rule}\n{ask}"
    assert first.text.startswith("We respectfully advise the Staff that we will quantify")
    assert second.text.startswith("Our effective tax rate decreased")
    assert third.text == "We do not expect the benefit to recur."


def test_bare_comment_and_response_labels_with_a_part_quoted_again() -> None:
    """Plain text, no numbers nor emphasis: each comment under "Comment" alone on its line, each answer under
    "Response" alone; the first answer quotes the comment's first bullet again before answering it (as AON's letter
    of August 2018 does, restated so). "Comment" is the restated comment's label, as "Response" is the answer's:
    the comment is the label's, and the bullet quoted again is neither answer nor comment."""
    bullet = (
        "A more detailed description of your significant payment terms than a statement that they are "
        "consistent with current industry practices. See ASC 606-10-50-12b."
    )
    answer = "ASC 606-10-50-12(b) requires disclosure of the significant payment terms; our terms are net 30 days."
    letter_text = (
        _BY_TURNS.replace(
            "Management's Discussion and Analysis, page 32\n\n"
            "We note that net sales increased 4% in 2020. Please quantify each factor you cite as contributing to the\n"
            "change in net sales.\n\n"
            "We respectfully advise the Staff that we will quantify each material factor in future filings.",
            "Comment\n\nNote 3. Revenue from Contracts with Customers, page 12\n\n"
            "Regarding your disclosures for revenue, please tell us your consideration of disclosing the following:\n\n"
            f"\u2022 {bullet}\n\n"
            "\u2022 A description of the output methods or input methods used to recognize revenue over time.\n\n"
            f"Response\n\n{bullet}\n\n{answer}\n\n"
            "We use input methods for revenue recognized over time.",
        )
        .replace(
            "Note 9 - Income Taxes, page 75",
            "Comment\n\nNote 9 - Income Taxes, page 75",
        )
        .replace("Our effective tax rate decreased", "Response\n\nOur effective tax rate decreased")
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses][:2] == [1, 2]
    first, second = letter.responses[:2]
    assert first.text.startswith(answer)
    assert first.restated_comment is not None
    assert first.restated_comment.startswith("Regarding your disclosures for revenue")
    assert second.text.startswith("Our effective tax rate decreased")


def test_the_company_s_numbered_list_in_a_bold_answer_under_a_plain_comment() -> None:
    """Comments restated unnumbered in plain type, each answered in bold under "Response:"; the first answer lists
    its points numbered "1." and "2." (as Waste Management's letter of July 2018, restated so). The comment, leaning
    far to the staff's voice ("As of March 31, 2018, you had ..."), was restated and answered before the numbers:
    they are the answer's own, not comment numbers."""
    letter_html = (
        _HEAD
        + """<p>Note 3. Debt, page 9</p>
<p>As of March 31, 2018, you had $2.2 billion of debt maturing within the next 12 months of which $1.1 billion was
classified as long-term because of your intent and ability to refinance these borrowings on a long-term basis as
supported by the forecasted available capacity under your $2.25 billion revolving credit facility. Given your
disclosures on page 10 indicate that there was unused and available credit capacity of only $629 million as of March
31, 2018, please help us further understand how you determined that it was appropriate to classify $1.1 billion as
long-term debt.</p>
<p><b>Response:</b></p>
<p><b>On a quarterly basis, the Company assesses its debt classification in accordance with ASC 470-10-45-14.</b></p>
<p><b>1. Commercial paper &#8212; We intend to repay $494 million of the balance within the next 12 months.</b></p>
<p><b>2. Tax-exempt bonds &#8212; We intend to re-price $831 million of bonds that require remarketing.</b></p>
<p><b>Accordingly, we have also classified these borrowings as long-term in our balance sheet.</b></p>
<p>Liquidity and Capital Resources, page 40</p>
<p>We note that you reported a working capital deficit as of March 31, 2018. Please expand your disclosures to
address your consideration of the deficit.</p>
<p><b>Response:</b></p>
<p><b>While a working capital deficit can be an indicator of liquidity concerns, we generally elect to maintain
one.</b></p>
"""
        + _TAIL
    )
    letter = parse_letter(letter_html.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2]
    assert letter.responses[0].text.startswith("On a quarterly basis, the Company assesses its debt classification")
    assert letter.responses[1].text.startswith("While a working capital deficit can be an indicator")


def test_three_comments_restated_in_a_letter_speaking_of_one_comment() -> None:
    """An opening that speaks of "the Staff's comment", in the singular (as one of the corpus's letters does
    before restating eight): three comments in the staff's voice, each answered, are still three."""
    singular = _BY_TURNS.replace("the comments of the staff", "the comment letter of the staff").replace(
        "Each of the Staff's comments is repeated below", "The Staff's comment is repeated below"
    )
    assert "comments" not in singular.split("Management's")[0]
    letter = parse_letter(singular.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[2].restated_comment == "Please tell us whether you expect the benefit to recur."


def test_a_comment_asking_without_please_or_you_opens_a_comment() -> None:
    """Comments that ask outright with no "please" ("Provide us with ...") or with no "you" at all ("To the
    extent material, discuss ..."), restated unnumbered in plain text, each open their own answer."""
    letter_text = _BY_TURNS.replace(
        "Please explain to us why your effective tax rate decreased in 2020.",
        "Your effective tax rate decreased in 2020. Provide us with the reasons for the decrease.",
    ).replace(
        "Please tell us whether you expect the benefit to recur.",
        "To the extent material, discuss whether the benefit is expected to recur.",
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    second, third = letter.responses[1:]
    assert (
        second.restated_comment
        == "Your effective tax rate decreased in 2020. Provide us with the reasons for the decrease."
    )
    assert second.text.startswith("Our effective tax rate decreased because of a one-time benefit")
    assert third.restated_comment == "To the extent material, discuss whether the benefit is expected to recur."
    assert third.text == "We do not expect the benefit to recur."


def test_an_answer_naming_the_page_it_revised_is_no_heading() -> None:
    """A one-sentence answer naming the page revised ("... we have revised the disclosure on page 33.") is the
    company's sentence, not a caption of the staff's letter: the next comment opens after it."""
    letter_text = _BY_TURNS.replace(
        "We respectfully advise the Staff that we will quantify each material factor in future filings.",
        "In response to the Staff's comment, we have revised the disclosure on page 33.",
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[0].text == "In response to the Staff's comment, we have revised the disclosure on page 33."
    assert letter.responses[1].restated_comment == "Please explain to us why your effective tax rate decreased in 2020."


def test_labels_naming_the_comments_outweigh_a_lone_numbered_note() -> None:
    """Comments restated unnumbered, each answer labelled "Response to Comment N:", one answer holding a table's
    footnote "(2) Excludes ...": that lone number was read as the letter's only comment number, 2."""
    letter_text = (
        _BY_TURNS.replace(
            "We respectfully advise the Staff",
            "Response to Comment 1:\n\nWe respectfully advise the Staff",
        )
        .replace(
            "We respectfully advise the Staff that we will quantify each material factor in future filings.",
            "We respectfully advise the Staff that we will quantify each material factor in future filings.\n\n"
            "(2) Excludes the effect of the change in state tax law on deferred tax balances.",
        )
        .replace("Our effective tax rate decreased", "Response to Comment 2:\n\nOur effective tax rate decreased")
        .replace("We do not expect the benefit", "Response to Comment 3:\n\nWe do not expect the benefit")
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[0].text.startswith("We respectfully advise the Staff that we will quantify")
    assert letter.responses[2].text == "We do not expect the benefit to recur."


def test_a_single_comment_s_list_is_no_part_of_the_answer() -> None:
    """One comment restated unnumbered, ending in a list of what to address (items in no one's voice): the
    answer opened at the list's first item."""
    letter_text = _BY_TURNS.split("Management's Discussion")[0] + (
        "Please expand upon the role that your Lead Independent Director plays in the leadership of the board. "
        "For example, please address whether your Lead Independent Director may:\n\n"
        "- represent the board in communications with shareholders and other stakeholders;\n\n"
        "- call meetings of the independent directors; or\n\n"
        "- provide input on the design of the board itself.\n\n"
        "The Company acknowledges the Staff's comment and will enhance this disclosure in its next proxy "
        "statement.\n\n"
        "If you have any questions, please call me at (555) 555-1234.\n\nSincerely,\n\n/s/ Jane Doe\n"
    )
    letter = parse_letter(letter_text.encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1]
    answer = letter.responses[0]
    assert answer.text.startswith("The Company acknowledges the Staff's comment")
    assert answer.restated_comment is not None
    assert answer.restated_comment.endswith("provide input on the design of the board itself.")


def test_a_comment_under_its_heading_naming_the_company_opens_too() -> None:
    """A comment under its heading that names "the Company" as the filing does (so leaning only a little to the
    staff's voice) and asks without "you": it was read as more of the answer before."""
    told = (
        "We note that during the fourth quarter of 2020 the Company offered its interest in its Texas joint venture "
        "to a related party, and that the offer expired unaccepted. We also read the remarks made by management in "
        "the fourth quarter earnings call on the value of the venture. Please describe the impairment analysis the "
        "Company performed."
    )
    _assert_fourth_comment(
        "Note 6 - Equity Method Investments, page 70",
        told,
        "The Company compared the carrying amount of the investment with its fair value at December 31, 2020.",
    )


def test_comments_in_bold_right_after_the_salutation() -> None:
    """A letter that restates its first comment (bold, under its bold headings) right after "Dear ...:", with no
    opening paragraph: that comment was left out, its answer read as the second's."""
    opening = _BY_EMPHASIS[_BY_EMPHASIS.index("<p>Acme Widgets, Inc. (the") : _BY_EMPHASIS.index("<p><b>Form 10-K")]
    letter = parse_letter(_BY_EMPHASIS.replace(opening, "").encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    assert letter.responses[0].restated_comment == (
        "Please quantify each factor you cite as contributing to the change in net sales."
    )


def test_a_comment_with_no_heading_nor_you_opens_after_the_answer_before() -> None:
    """A comment restated right after the answer before (no heading of its own) that says no "you" ("We note
    that preferred stock ... Please disclose whether ..."): it was read as more of that answer."""
    told = (
        "We note that preferred stock in Acme Preferred Inc. is held by outside investors. Please disclose whether "
        "this class of equity holders has any voting rights or control over Acme Preferred Inc."
    )
    letter = parse_letter(_with_comment_2(told, []).encode(), "answer.txt")
    assert [r.number for r in letter.responses] == [1, 2, 3, 4]
    second = letter.responses[1]
    assert second.restated_comment == told
    assert second.text.startswith("The Company has revised the disclosure on page 14")
    assert letter.responses[2].restated_comment == "Please explain to us why your effective tax rate decreased in 2020."
    assert letter.responses[3].text == "We do not expect the benefit to recur."


def test_a_table_row_opening_as_the_staff_ask_opens_no_comment() -> None:
    """An answer's table, its rows printed as paragraphs (HTML), too long to be captions: a row opening with a
    word the staff ask with ("State valuation allowance ... 2,669") is no comment restated (it ends as no
    sentence does)."""
    told = "Please tell us whether the holders of the preferred stock have voting rights."
    rows = [
        "Federal valuation allowance included in the reconciliation of the statutory rate for the year 2015 20,978",
        "State valuation allowance included in state income taxes, net of the Federal income tax benefit, 2015 2,669",
    ]
    text = _with_comment_2(told, rows)
    html = "<html><body>" + "".join(f"<p>{p.strip()}</p>" for p in text.split("\n\n")) + "</body></html>"
    letter = parse_letter(html.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3, 4]
    assert letter.responses[1].text.endswith("The Company will show this reconciliation in its future filings.")
    assert letter.responses[2].restated_comment == "Please explain to us why your effective tax rate decreased in 2020."


def _with_comment_2(told: str, rows: list[str]) -> str:
    """_BY_TURNS with a comment (``told``) restated after the first answer, no heading above it, and its answer,
    which may print a table (``rows``) before its last sentence."""
    answer = ["The Company has revised the disclosure on page 14 to state that the holders have no voting rights."]
    answer += [*rows, "The Company will show this reconciliation in its future filings."] if rows else []
    return _BY_TURNS.replace(
        "Note 9 - Income Taxes, page 75", "\n\n".join([told, *answer, "Note 9 - Income Taxes, page 75"])
    )


def test_the_company_s_own_list_in_an_answer_below_a_bold_comment() -> None:
    """Comments restated in bold without numbers, the first answered in plain type that no one's voice marks
    (facts, "Under Topic 606, revenue is recognized ...") and lists its own cases "1.", "2.": the list is the
    answer's, not comments 1 and 2 (as Ford's answer of September 29, 2017 lists its vehicle programs). The
    plain type below the bold comment is its answer."""
    html = _BY_EMPHASIS.replace(
        "<p>The Company will quantify each material factor in future filings. For example, it will revise its "
        "disclosure\nas follows:</p>",
        "<p>Under Topic 606, revenue is recognized when a customer obtains control of a promised good.</p>"
        "<p>For the majority of sales of widgets, control transfers when the widget is shipped.</p>"
        "<p>1. Widgets Sold with a Guaranteed Resale Value &#8211; Title transfers at shipment and the dealer "
        "may keep the widget or sell it at auction.</p>"
        "<p>2. Widgets Shipped by a Related Carrier &#8211; Control transfers when the widget leaves the plant.</p>"
        "<p>The Company will quantify each material factor in future filings.</p>",
    )
    assert "<p>1. Widgets Sold" in html
    letter = parse_letter(html.encode(), "answer.htm")
    assert [r.number for r in letter.responses] == [1, 2, 3]
    first = letter.responses[0]
    assert first.restated_comment.startswith("Please quantify each factor")
    assert first.text.startswith("Under Topic 606, revenue is recognized")
    assert "2. Widgets Shipped by a Related Carrier" in first.text
