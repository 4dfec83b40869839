"""Whose voice a paragraph opens in, where an opening phrase stands before the words that tell it.

Read without emphasis (a letter filed as PDF or plain text), a restated comment and the answer after
it are told apart by voice alone. Sentences made up in the style of real letters.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.voice import _CASE_BLIND, _lean, staff_lean

STAFF = [
    "For each director, disclose by footnote the aggregate number of stock awards outstanding.",
    "To the extent material, discuss the indirect consequences of climate-related regulation.",
    "With respect to the impairment charge, tell us how you determined the fair value.",
    "In light of your disclosure on page 12, please tell us why the segments are not reported.",
    "If so, please revise to disclose the amount.",
    "We have considered your responses to prior comments 1 and 2. We observe that the adjustment excludes costs.",
    # a "we believe" that goes on to say what the company should do (Kinder Morgan's staff letter of May 2023,
    # restated in its answer)
    "We believe that you should separately discuss and analyze the changes in material components of revenues.",
    # or what it needs to do (Kinder Morgan's staff letter of 2023, restated in its answer)
    "We believe that you would need to provide a reconciliation from operating cash flows as the most comparable GAAP "
    "based measure and remove the DCF per share metric, consistent with the answer to C&DI Question 102.05.",
    "We believe you must present the most directly comparable GAAP measure with equal or greater prominence.",
    # after a connective (Allstate's staff letter of 2017, restated in its answer)
    "Accordingly, it appears that the aggregation of physical damage and liability for auto insurance obscures "
    "meaningful trending information.",
    # the staff name the company in the third person too (NRG's staff letter of June 25, 2019)
    "We note that during the fourth quarter the Company offered to sell its interest in the project.",
    # an asking verb after "Also" (Marsh & McLennan's and Autodesk's staff letters, restated in their answers);
    # "a company's reputation" is anyone's, not the company speaking of itself
    "Also, address materiality in terms of qualitative factors that a reasonable investor would deem "
    "important, including the potential impact of corporate activities upon a company’s reputation.",
    "Also refer to ASC 340-40-50-2(b).",
    # pointing to the rules (Vistra's staff letters of 2017, restated in its answers)
    "Please refer to Section IV.C of SEC Release No. 33-8350.",
    "Please see Item 402(b)(2)(vii) of Regulation S-K.",
    # an instruction to an item is a rule too (Vistra's staff letter of April 2017, restated in its answer)
    "Please refer to Instruction 4 to Item 402(b) of Regulation S-K.",
    "Please refer to General Instruction B.2 of Form 8-K.",
    # "We further note that you ..." (Vistra's staff letter of January 2017, restated in its answer): the company's
    # "We further ..." does not address the company
    "We further note that you are engaged in the same line of businesses as your predecessor before they entered "
    "bankruptcy.",
    "We further note your disclosure on page 12 that revenue increased.",
    # a "we believe" about the company's own disclosure (eBay's staff letter of October 2017, restated in its answer)
    "We believe your currently proposed disclosure is overly vague to explain the material change to your "
    "financial statements.",
    # asking in a later sentence, after a connective (Baker Hughes's staff letter of April 2017, restated in its
    # answer; the comment's second paragraph, which a PDF of the answer prints without its bold)
    "However, their separate existence and why the common units will be held by both entities doesn’t appear "
    "explained. As such, explain why the transaction is structured to include these two entities.",
    # a condition, then what should change (NRG's staff letter of 2021, restated in its answer)
    "If the cost of sales measure reported on page 52 does not reflect all costs and expenses that would be "
    "attributable to revenues in accordance with GAAP, the measure should be revised for completeness or relabeled "
    "to more clearly reflect its composition.",
    # a rule cited with a bare "See" (Mondelēz's staff letter of September 2016 and NRG's of 2018, restated in their
    # answers: the company points to its own pages and responses, "See our response to comment 2")
    "See Question 100.01 of the updated Non-GAAP Compliance and Disclosure Interpretations issued on May 17, 2016.",
    "See ASC 360-10-45-9 and ASC 205-20-45-1.",
    # what the company's disclosure should be, after an opening the company uses too (eBay's staff letter of 2021,
    # restated in its answer)
    "Pursuant to Item 303(a) and (b) of Regulation S-K, your discussion should be an analysis of material changes "
    "that impacted operating cash from period to period.",
    # an asking verb after a clause opening "As" (Vistra's staff letter of May 2020, restated in its answer)
    "As these measures appear to meet the definition of non-GAAP financial measures, revise to provide the disclosures "
    "required by Item 10(e) of Regulation S-K and Regulation G, as applicable.",
    # "As of" a date, then "you" (Waste Management's staff letter of July 2018, restated in its answer)
    "As of March 31, 2018, you had $2.2 billion of debt maturing within the next 12 months.",
]
COMPANY = [
    "In light of the Staff's position, we propose to replace Operating earnings with Adjusted earnings.",
    "In future filings, we will disclose the amount of each component.",
    "In response to the Staff's comment, please see the revised disclosure on page 14.",
    "As requested, please find attached the proposed disclosure.",
    "However, we respectfully advise the Staff that the amounts are not material.",
    # a "We note" that addresses no one and says what the company will do (NRG's answer of May 24, 2016)
    "We note that typically the variance in working capital is comprised of many line items that are not "
    "individually material. In future filings, we will ensure that we describe any material changes.",
    # pointing the staff to its own report (Kinder Morgan's answer of June 2023): the staff never name themselves so
    "We refer the Staff to pages 42-44 of our First Quarter 10-Q.",
    # a "we believe" about what the staff asked for, not telling anyone what to do
    "We believe the disclosure you requested is already provided on page 45 of our Form 10-K.",
    "We believe your comment relates to the disclosure on page 45 of our Form 10-K.",
    "The amounts are not material. As such, we believe that no revision of the disclosure is needed.",
    "We do not believe the measure should be revised, as it reflects all costs of sales.",
    "Pursuant to your request, we have revised the disclosure on page 45.",
    "As noted above, refer to our response to comment 1.",
    "Since the amounts are immaterial, we did not revise the disclosure.",
    "As of March 31, 2018, we had $2.2 billion of debt maturing within the next 12 months.",
    "We direct the Staff to the discussion of segment results in our Form 10-Q.",
    "We further note that the amounts are not material to the consolidated financial statements.",
    "We further note the Staff's comment and will revise the disclosure.",
]


@pytest.mark.parametrize("text", STAFF)
def test_staff_opening(text: str) -> None:
    assert staff_lean(text) > 0


@pytest.mark.parametrize("text", COMPANY)
def test_company_opening(text: str) -> None:
    assert staff_lean(text) < 0


@pytest.mark.parametrize(
    "text",
    [
        # Autodesk's answer of November 6, 2018 weighs four questions of its own, numbered 1 to 4
        "What are the gains in capabilities and workflow efficiencies by the customer?",
        "What functions cannot be done by the on-premise software that can only be performed by the cloud?",
    ],
)
def test_a_question_that_addresses_no_one_is_not_the_staffs(text: str) -> None:
    assert staff_lean(text) <= 0


def test_the_company_pointing_to_an_item_of_its_own_report_is_not_the_staff() -> None:
    # "Please see Item …" points to a rule when the staff write it; the company points to its report so
    assert staff_lean("Please see Item 7 of our Annual Report on Form 10-K for the year ended December 31, 2019.") <= 0
    assert staff_lean("The Company notes that, please see Item 7 of our Annual Report on Form 10-K.") < 0


def test_the_staffs_inquiries_named_by_the_company_are_no_you() -> None:
    # Ventas' answer of March 2018 opens "The tax credit structures referenced in your inquiries were
    # acquired …": "your inquiries" (or "your questions") name the staff's, as "your letter" does.
    assert staff_lean("The tax credit structures referenced in your inquiries were acquired in 2016.") <= 0
    assert staff_lean("The amounts in the table below answer your questions about the reserve.") <= 0


def test_a_question_to_the_company_is_the_staffs() -> None:
    assert staff_lean("What are your plans for the facility?") > 0
    assert staff_lean("Why did the impairment charge increase in 2018?") == 0  # (nothing tells)


_PIECES = ["We", "we", "believe", "that", "you", "YOU", "should", "SHOULD", "bayou", "shoulder", "please", "see",
           "As such,", "explain", "Explain", "unexplained", "?", "discussion", "Your",
           "tell", "us", "our", "prior", "comment", "The", "Company", "respectfully", "help", "understand", "so",
           "can", "your", "letter", "\u212a", "\u0130", ",", ".", " "]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_lower_cased_reading_is_the_case_blind_one(words: list[str]) -> None:
    """staff_lean reads a text that lower-cases exactly with patterns made for the lower-cased text: they
    answer as the case-blind patterns do on the text itself."""
    text = " ".join(words)
    assert staff_lean(text) == _lean(text[:400], _CASE_BLIND)
