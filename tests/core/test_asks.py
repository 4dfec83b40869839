"""What a comment asks for, from the staff's usual verbs."""

from __future__ import annotations

import pytest

from commentletters.core.asks import ASKS, find_asks

CASES: list[tuple[str, list[str]]] = [
    ("Please tell us whether lessors of your self-built data centers have termination rights.", ["tell_us"]),
    ("Please advise us as to why you determined to file under Item 8.01.", ["tell_us"]),
    ("Please revise your prospectus summary to minimize duplicative disclosures.", ["revise"]),
    (
        "Provide us with any proposed revisions to your disclosure in future filings.",
        ["provide_proposed_revisions", "revise_future_filings"],
    ),
    ("In future filings, please discuss trends associated with your key metrics.", ["revise", "revise_future_filings"]),
    ("Please amend your Form 10-K to include an audit report stating that", ["amend"]),
    (
        "Please file the consulting agreements with Mr. Greig as an exhibit to your registration statement.",
        ["file_exhibit"],
    ),
    ("Please confirm that you will discuss the impact in future filings.", ["revise_future_filings", "confirm"]),
    # "future disclosures" are the disclosures of future filings (real comments, 2016-2023)
    (
        "Please enhance your future disclosures to identify the number of reporting units to which goodwill is "
        "allocated.",
        ["revise", "revise_future_filings"],
    ),
    ("Please revise future disclosures as appropriate.", ["revise", "revise_future_filings"]),
    (
        "Please tell us and revise future disclosure to explain how your Company-Selected Measure is calculated.",
        ["tell_us", "revise_future_filings", "explain"],
    ),
    ("Please tell us the expected effect on future periods.", ["tell_us"]),
    ("Please explain how the cutoff grade was calculated for your crushed leach reserves.", ["explain"]),
    ("We note that you own 160 office and life sciences properties.", []),
    # sentences opening with the verb, without "please" (climate-change sweep letters, 2021-2022)
    ("Quantify any material increased compliance costs related to climate change.", ["revise"]),
    ("If material, provide disclosure about your purchase or sale of carbon credits or offsets.", ["revise"]),
    ("To the extent material, discuss the indirect consequences of climate-related regulation.", ["revise"]),
    ("As part of your response, include detail regarding climate-related projects.", ["tell_us"]),
    ("Please provide us with quantitative information regarding capital expenditures.", ["tell_us"]),
    ("Please describe to us the nature and extent of your past and current contacts with Syria.", ["tell_us"]),
    ("Please consider providing us a simplified example showing the calculation.", ["tell_us"]),
    ("Please ensure that your revised disclosure is balanced.", ["revise"]),
    ("Please fill in the blanks throughout the Proxy Statement.", ["revise"]),
    ("Please file the Stockholders' Agreement. See Item 601(b)(10)(ii)(A) of Regulation S-K.", ["file_exhibit"]),
    ("Because you commissioned this survey, please file the consent required by Rule 436.", ["file_exhibit"]),
    ("With your response, describe your approach for dilutive shares.", ["tell_us"]),
    (
        "In future reports, please include the analysis provided in your response regarding contract terms.",
        ["revise", "revise_future_filings"],
    ),
    ("To avoid stockholder confusion, please consider reordering the proposals.", ["revise"]),
    # no request: the staff say what they will do, or what the company said
    ("We are continuing to evaluate your response to our prior comment 11 and may have additional comments.", []),
    ("We note your disclosure that you provide services and describe them on page 4.", []),
    # words that are verbs and nouns: a request only after "please" or an adverb, or before an object
    ("As noted above, state and federal regulators have issued rules.", []),
    ("In 2020, present value of the notes declined.", []),
    ("State the amount of the fee paid.", ["revise"]),
    ("As a related matter, please add risk factor disclosure.", ["revise"]),
    # ... and requests whatever follows, where the verb is no noun, or before the disclosure asked for
    ("If material, add disclosure about the litigation.", ["revise"]),
    ("Define adjusted EBITDA where you first use it.", ["revise"]),
    ("Indicate, if applicable, the amount recognized.", ["revise"]),
    ("Present segment information for each period.", ["revise"]),
    ("Balance disclosure of the benefits with a discussion of the risks.", ["revise"]),
    ("State, if true, that the company has no other obligations.", ["revise"]),
    ("List, for each period, the revenue of each product.", ["revise"]),
    # a parenthesis closed mid-sentence starts no sentence: "include" is the subject's verb (a 2019 letter)
    (
        "We note that your occupancy rate (a volume indicator) and ADR (a price indicator) include the impact "
        "of rooms provided on a complimentary basis. Please tell us your consideration of disclosure.",
        ["tell_us"],
    ),
    # a clause opening with its subject is no lead-in: the words after its comma are a list, not a request
    ("We note that you are subject to federal, state and local income taxes. Please tell us the amounts.", ["tell_us"]),
    ("We note that you source, identify and acquire properties. Please tell us how many you own.", ["tell_us"]),
    # a list item does: "(b)", "ii)"
    ("Please tell us: (a) why you changed it; and (b) quantify the change in your filing.", ["tell_us", "revise"]),
    ("Please tell us why you changed it and ii) reconcile the amounts in your filing.", ["tell_us", "revise"]),
    # what goes into a revised or amended document is a revision of the filing (proxy contests, 2024)
    ("Please provide support for these factual assertions in a revised proxy statement.", ["revise"]),
    ("Please provide support for these assertions in revised soliciting materials.", ["revise"]),
    ("Provide the basis for this statement in an amended Schedule TO.", ["revise"]),
    # a name, not a revised filing: the support is for the staff
    ("Please provide support for the ratio in your Amended and Restated Credit Agreement.", ["tell_us"]),
    # "make ... revisions/changes" asks to revise; "make" otherwise does not
    ("Please make similar revisions to Proposals 6 and 7.", ["revise"]),
    ("Make conforming changes throughout the prospectus.", ["revise"]),
    ("Make sure the amounts agree.", []),
    # a sentence that ends in a quotation ends there: the next one opens with its verb
    ('You disclose that "we grew." Please define "headcount" as it relates to growth.', ["revise"]),
    ("You disclose that \u201cwe grew.\u201d Please present the comparable GAAP measure first.", ["revise"]),
    # "help us understand" asks for an answer to the staff
    ("Please help us understand why the benefits are not a separate item.", ["tell_us"]),
    # "please" and a verb asking for disclosure, after however long a lead-in
    (
        "To the extent that you have multiple adjustments impacting a particular line or section of the pro forma "
        "balance sheet or pro forma statement of operations, please group such adjustments under a common heading.",
        ["revise"],
    ),
    ("Please file such tax opinion.", ["file_exhibit"]),  # "such": a document the filing must carry
    # the next filing is a future one (2016 non-GAAP letters)
    ("Please review this guidance when preparing your next earnings release.", ["revise_future_filings"]),
    ("Please review this guidance when preparing your next filing.", ["revise_future_filings"]),
    # "advise" alone, or with a question or "in your response letter", asks the staff to be told
    ("Please advise.", ["tell_us"]),
    ("Please advise or otherwise file the exhibit.", ["tell_us", "file_exhibit"]),
    ("Please advise in your response letter whether the redemption is subject to Rule 13e-3.", ["tell_us"]),
    ("Please revise to advise investors of the risk.", ["revise"]),  # investors: a disclosure
    # "address what consideration was given": the company's analysis, for the staff
    ("Please address what consideration was given to reflecting this transaction.", ["tell_us"]),
    ("Please address the following:", []),  # what follows asks
    ("Please help us further understand how these product types are similar.", ["tell_us"]),
    ("Please eliminate any adjustments of this type.", ["revise"]),
    ("Please ensure that the comparable GAAP measures are presented first.", ["revise"]),
    # the filing's discussion (Ford 2017, comment 2)
    ("Also, please ensure any discussion regarding non-GAAP measures is preceded by an equal discussion.", ["revise"]),
    ("Please ensure your response explains each step.", []),  # (the response, not the filing)
    ("Please do not use this statement in future soliciting materials.", ["revise_future_filings"]),
    # counsel's legal opinion is an exhibit: a revised one is filed again (HBAN 2016, comment 2)
    ("Please have counsel remove assumptions 6 and 7 from its legal opinion.", ["file_exhibit"]),
    ("We have counsel review each filing.", []),  # (the company's counsel, no request)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_asks(text: str, expected: list[str]) -> None:
    assert find_asks(text) == expected


def test_asks_come_in_a_fixed_order() -> None:
    text = "Confirm this. Please tell us why, and revise in future filings. File it as an exhibit."
    found = find_asks(text)
    assert found == [ask for ask in ASKS if ask in found]
    assert set(found) == {"confirm", "tell_us", "revise_future_filings", "file_exhibit"}


DASH_2020 = "sec/DASH/DASH_0000000000-20-007251/filings/0000000000-20-007251/filename1.pdf"
NRG_2016 = "sec/NRG/NRG_0000000000-16-075770/filings/0000000000-16-075770/filename1.pdf"


def test_please_asks_after_a_long_lead_in() -> None:
    """A request opens at "please" however long the clause before it. DoorDash, 2020, comment 8:
    "Considering your disclosure throughout this section that your cohort presentation shows that you
    have been able to retain and grow consumer demand while normalizing sales and marketing and
    promotions spend, please provide narrative disclosure and/or graphic disclosure quantifying ...":
    a revision of the filing. NRG, 2016, comment 1 (its letter's note on two registrants): "To the extent
    a comment is applicable to more than one registrant please address the issue separately for each
    registrant in your response": the staff are to be told."""
    from tests.core.header_letters import letter

    dash = next(c for c in letter(DASH_2020).comments if c.number == 8)
    assert "revise" in dash.asks
    nrg = letter(NRG_2016).comments[0]
    assert nrg.text.startswith("Please note that our review encompassed the Forms 10-K and Forms 8-K of both")
    assert nrg.asks == ["tell_us"]


# Requests read from real comments, each as its letter puts it (asks the staff leave implicit stay unread:
# "it remains unclear how each of these items has been appropriately described as non-recurring").
REAL_REQUESTS = [
    # Mondelez, 2019, comment 2: a long condition before the verb, and "either ... or state"
    (
        "If it is at least reasonably possible that a loss exceeding amounts already recognized may have been "
        "incurred and the amount of that additional loss would be material, either disclose the estimated "
        "additional loss, or range of loss, that is reasonably possible, or state that such an estimate cannot "
        "be made.",
        ["revise"],
    ),
    # Kinder Morgan, 2023, comment 6: what the company "would need" to do
    (
        "We believe that you would need to provide a reconciliation from operating cash flows as the most "
        "comparable GAAP based measure and remove the DCF per share metric, consistent with the answer to C&DI "
        "Question 102.05.",
        ["revise"],
    ),
    # DoorDash, 2020, comment 18; Solventum, 2024, comment 4: support for what the filing claims, to the staff
    (
        "Please provide support for the following statements, or characterize them as management's opinions "
        "or beliefs:",
        ["tell_us"],
    ),
    (
        'Provide a basis for statements such as on page 10 that you have "become a trusted partner" to your '
        "customers, and similar statements.",
        ["tell_us"],
    ),  # fmt: skip
    # Casey's, 2023, comment 1
    (
        "Note the requirement within Item 303(b) of Regulation S-K to describe the underlying reasons for material "
        "changes. Please consider these items in your disclosures.",
        ["revise"],
    ),  # fmt: skip
    # Occidental, 2017, comment 3: the lead-in names the filing
    (
        "In providing revised disclosure, consider the financial and non-financial information available to "
        "management and whether this type of information should be disclosed.",
        ["revise"],
    ),  # fmt: skip
    # Solventum, 2023: a comment reissued where the filing was not revised
    (
        "We note your revisions in response to our prior comment 2, and we reissue the comment to the extent you "
        "have not revised the summary to provide a prominent discussion of the potential challenges.",
        ["revise"],
    ),
    # not requests of their own: a rule stated before the request; a description to the staff continued
    (
        "While Company-Selected Measure disclosure is not subject to Regulation G, you must disclose how the "
        "measure is calculated. Please tell us how it is calculated.",
        ["tell_us"],
    ),  # fmt: skip
    (
        "Please describe to us the nature and extent of any past, present and anticipated contacts with Syria. "
        "You should describe any products or services you have provided to Syria.",
        ["tell_us"],
    ),  # fmt: skip
    # a long clause that opens with a request is no lead-in (Insulet, 2016, comment 13)
    (
        "Clarify for us whether the Neighborhood Diabetes business was ever fully integrated into your reporting "
        "unit and if so, describe the process and timeline of how this was accomplished.",
        ["explain"],
    ),  # fmt: skip
]


@pytest.mark.parametrize(("text", "expected"), REAL_REQUESTS)
def test_requests_of_real_comments(text: str, expected: list[str]) -> None:
    assert find_asks(text) == expected
