"""Sentences from real answers: does each commit the company to change or add disclosure?"""

from __future__ import annotations

import pytest

from commentletters.core.commitments import commitments, commits

COMMITS = [
    # "make" the disclosures, as "make changes" (Facebook's answers of May 6, 2016)
    "The Company further advises the Staff that as discussed in response to question 5 below, the Company will make "
    "the disclosures required by ASC 740-30-50-2 related to undistributed earnings of subsidiaries in future filings "
    "to the extent the disclosure is applicable.",
    "We will make appropriate disclosure in our future filings.",
    # "will be reported" in the filings named, as "will be disclosed" (Corning's answer of July 25, 2022)
    "Corning confirms the purchases and sales that have an effect on its business, financial condition and results "
    "of operations, will be reported in future SEC filings, if material.",
    "The segment's results will be shown separately in our future Form 10-K filings.",
    # "In future filings" and two clauses before "we will": the filings are named, whatever the verb
    "In future filings when disclosing significant customers representing more than 10 percent of total revenue "
    "under ASC 280-10-50-42, in cases where a single customer is a significant customer in more than one year, "
    "we will link the significance for each period presented to that customer.",
    # future filings, company as subject
    "In future filings, when impairment charges are material, we will disclose the factors that require us "
    "to perform an impairment analysis.",
    "The Company will enhance its future disclosures to identify the number of reporting units.",
    "Beginning with our first quarter 2016 Form 10-Q, we will disclose in greater detail the material components "
    "of our cost of products sold.",
    "We confirm that we will in future filings separately quantify any material impact from non-comparable hotels.",
    "In future filings, we will distinguish between the portion of total contract value that has already been "
    "recognized as revenue and the remaining amount.",
    "We acknowledge the Staff’s comment and in future reports, if material, we will cross-reference to other "
    "sections of our filing where applicable quantitative disclosure resides.",
    "The Company acknowledges the Staff’s comments and will review and enhance its disclosures related to such "
    "comments in future proxy filings.",
    "The Company acknowledges the Staff’s comment and will ensure that its future non-GAAP reconciliations in "
    "its periodic reports and earnings releases do not include a full non-GAAP income statement.",
    "For example, in our 2021 Form 10-K, we intend to specifically state that a failure to timely achieve one "
    "or more goals could negatively impact our reputation.",
    # taking something out of future filings is a change to them too
    "Based on the Staff’s comments and on Questions 100.01 and 100.04 the Company agrees that in future filings "
    "it will not disclose the following non-GAAP measures: 1.",
    "We will not include a full income statement of non-GAAP measures in our next earnings release.",
    # the filing as subject, passive
    "In future filings, the title of the non-GAAP financial measure will be revised to adjusted free cash flow.",
    "Segment operating income will be the only segment profitability measure disclosed in future filings.",
    # a request to make the change in filings to come rather than amend now
    "As such, we do not believe the audit opinion is materially misleading and given there are no other requests "
    "requiring an amendment of the Form 10-K, we respectfully request that ResMed be allowed to address this "
    "change in future 10-K filings.",
    "We respectfully ask that the Staff permit the Company to include the revised disclosure in its future filings.",
    # a proposal
    "Set forth below is an illustrative example of the Company’s proposed disclosure in future filings.",
    "See Exhibit A attached for proposed disclosure enhancements to our Form 10-Q Filing for the quarter ended "
    "June 30, 2017 and prospective filings.",
    # the amendment filed alongside, or a later filing already changed
    "The Company has revised the disclosure on page 54 of the Registration Statement accordingly.",
    "In response to the Staff’s comment, we have revised the relevant disclosure under the section entitled "
    "“Certain Financial Forecasts of Baker Hughes – Certain Updates and Supplemental Information” on page 97.",
    "We have expanded the disclosure in pro forma adjustment (e)(ii) to include the following:",
    "In response to the Staff’s comment, BB&T is filing Amendment No. 3 on the date hereof, which includes all "
    "missing information.",
    "The Company has revised its disclosures in its Annual Report on Form 10-K for the year ended December 31, "
    "2024 to remove the reference to revenue being generated from the distribution of USDC.",
    "We included both of these changes in our Form 10-Q for the quarter ended March 31, 2018 that we filed on "
    "May 8, 2018.",
    # passive and perfect: the disclosure (or exhibit) as subject of the change
    "In response to the Staff’s comment, revised disclosure has been added on page 44 of the Revised Prospectus.",
    "The Company respectfully advises the Staff that Exhibits 8.1 and 8.2 have been revised in response to this "
    "comment.",
    "As discussed with the Staff, the Company respectfully advises the Staff that the disclosure on pages 92, 93, "
    "94, and 102 has been revised in response to this comment.",
    # "will provide ... in future filings", the Staff named elsewhere in the sentence
    "Following discussions with Staff, the Company informs the Staff that the Company will provide the address "
    "of its principal executive office in its future filings with the Commission.",
    "Also, we hereby confirm to the Staff that we will continue to provide disclosure with respect to aggregate "
    "and site specific net book values and the current status of the facilities discussed through the end of the "
    "year and in future filings to the extent that uncertainty remains regarding the resolution of the matters "
    "discussed above.",
    # the verb as a gerund, after "commits to", "is committed to" and "will be" (Boston Properties 2022)
    "In addition to the foregoing responses, the Company also commits to enhancing its future proxy statement "
    "disclosures to address any material developments in its climate-related risks.",
    "The Company is committed to providing additional disclosure of its hedging policies in future filings.",
    "Going forward, we will be expanding our disclosure of segment results.",
    # the subject set off from its verb by clauses
    "Based on our discussion with the Staff, however, we confirm that future filings, commencing with our "
    "Quarterly Report on Form 10‑Q for our fiscal quarter ended September 30, 2016, which we expect to file the "
    "first week of November 2016, will include in our discussion of our segment operating results additional "
    "quantitative information regarding various factors affecting significant income statement line items.",
    "Management will continue to evaluate these issues, and, if warranted, will include additional disclosure in "
    "the future.",
    "We acknowledge the Staff’s comment and in response will clarify and expand our disclosures to include more "
    "detail, to the extent material, commencing with our Quarterly Report on Form 10-Q for the quarter ended "
    "March 31, 2018.",
    "The requested information has been reflected in Amendment No. 2.",
    "We revised the disclosure in the Schedule TO as requested.",
    # a word set off by commas, or where the undertaking lands, between the modal and its verb
    "The Company will, however, update the risk factor titled “Currency risk” in its next Form 10-Q.",
    "Accordingly, the Company agrees in future filings to either expand its disclosures or remove references to "
    "the non-GAAP measures.",
    "We propose, in future quarterly and annual reports, to further enhance the disclosure in our non-GAAP "
    "definitions.",
    # the disclosure as subject of "will be" and a participle, with no filing named (Corning's answer of 2022)
    "Should these circumstances change, and the Company becomes aware of material litigation risks related to "
    "climate change through its ERM or other processes, the disclosures will be updated accordingly.",
    # a condition set off by commas there (Ciena's answer of 2016; "if material", "where appropriate")
    "In response to the Staff's comment regarding Note 19, and in consideration of ASC 740-30-50-2.b., we will in "
    "future filings, to the extent material, include in our Income Tax footnote the cumulative amount of each type "
    "of temporary difference for which a deferred tax liability has not been recognized.",
    "The Company will, if material, disclose the amount of each type of temporary difference in its future filings.",
    # "included" on a page of the amendment, or "has included" in the filing under review
    "The Company included the disclosure on page 45 of Amendment No. 1.",
    "We have also included the legend identifying the proxy statement as preliminary on its first page.",
    # verbs of disclosure "use" (a label) and "detail"; a comparative adverb before the verb
    "As requested, the Company will use the label “FFO attributable to common stockholders” in its future filings.",
    "The Company will detail cash changes from investing activities in its future periodic reports.",
    "In future filings that include these projections, we will more specifically identify the factors behind them.",
    # a change made in an earnings release (furnished on Form 8-K) after the comment
    "To better align with the guidance, we revised our earnings release disclosures to remove the reconciliations "
    "of individual line items.",
    # "has included" with the filing it went into named: a change made there
    "The Company advises the Staff that it has included a table in its Significant Accounting Policy footnote in "
    "its 2024 Form 10-K to show its collateral policy.",
    "We have included the requested disclosure in the table below.",
    # "make" changes: L3Harris's answer of 2024, Kinder Morgan's of 2016, and the conforming changes
    "We plan to make the following modifications to our disclosure noted below in future filings (proposed changes "
    "are marked with strike out and underline):",
    "We intend to make further enhancements substantially consistent with the language below in our future "
    "earnings releases and filings.",
    "The Company will make conforming changes in future filings.",
    # the subject shared with the clause before, a condition between "and" and the modal (Casey's answer of 2022,
    # its typo "fillings" mended)
    "We will continue to review this disclosure requirement in the future, and if it increases to a material level, "
    "will disclose in future filings.",
    # a proxy contest's filings to come, and what the company will say "instead" (Crown Castle's answer of May 2024)
    "The Company respectfully acknowledges the Staff’s comment and, in response to the Staff’s comment, the Company "
    "will refrain from referring to such parties as “illusory” in further solicitation materials and will instead "
    "state that the specific identities of such buyers and financing sources remain unknown to the Company.",
    "In future soliciting materials, the Company will state that the identities of the buyers remain unknown.",
    # a verb of disclosure joined by "and" to the modal's own shares it (made up; Corning's answers of 2022)
    "We will review the guidance and revise our disclosure in future filings.",
    "Corning will continue to monitor these events for future SEC filings, as appropriate, and provide disclosure to "
    "the extent that the effects of physical climate events become material.",
    "As these direct renewable energy arrangements increase, Corning will monitor the growth and disclose in future "
    "SEC filings, if material.",
    # complying with the comment or a rule of disclosure where a filing to come is named (Freeport-McMoRan's answer
    # of 2022: "The Company will comply with this comment in future Form 10-K filings by providing ..."), doing so
    "The Company will comply with this comment in future Form 10-K filings.",
    "We confirm that we will comply with the guidance set forth in the C&DIs in our future earnings releases.",
    "The Company will comply with the requirements of Item 402 beginning with its 2025 proxy statement.",
    "If material, we will do so in our future filings.",
    # an adverb between the subject and its modal ("The Company currently intends to file the required historical and
    # pro forma financial statements ... within the time period required by Form 8-K", Molson Coors' answer of 2016)
    "The Company respectfully proposes to revise its disclosure in future filings.",
    "We currently intend to expand this disclosure in our next Form 10-K.",
    # refraining from a term or a measure in filings to come takes it out, as "will no longer use" does
    "We will refrain from using the term “adjusted revenue” in future filings.",
    # taking the comment in, then a verb of disclosure after "and"
    "We will consider the Staff's comment and revise our disclosure in future filings.",
]

DOES_NOT = [
    "We will make payments to the lenders in future periods.",  # no disclosure made
    "We will make the required disclosures to the Staff supplementally.",  # to the staff alone
    # a gerund that is no undertaking: what the company weighs, or gives the Staff
    "We will consider adding disclosure about these arrangements in future filings.",
    "We will be providing the Staff with the analysis supplementally.",
    "The Company believes that revising the disclosure in future filings is not necessary.",
    # a request with no change of the company's disclosure in it
    "We respectfully request that the Staff allow us to respond to the remaining comments in our next letter.",
    "We request that the Staff permit us to provide the supplemental materials in paper form.",
    "We do not believe additional disclosure is necessary in future filings.",
    "The Company will not revise its disclosure because the amounts are not material.",
    "Over the next few years the Company intends to expand its presence outside of North America and "
    "Australia, as part of its long term business strategy, which will require capital investment.",
    "With respect to future filings, we will continue to assess whether specific climate-related risks are "
    "material to our business.",
    # the disclosure as subject, no filing named: what is given the Staff, or nothing at all
    "The requested disclosure will be provided to the Staff supplementally.",
    "No additional disclosure will be provided, as the amounts are immaterial.",
    # a decision that changes no disclosure, or not to change it
    "The Company has decided to retain its current presentation of segment results.",
    "We have decided not to expand the disclosure, as the amounts are not material.",
    "The Board has decided to expand the share repurchase program.",
    # a condition set off by commas before a verb that only weighs
    "We will, to the extent material, consider whether to disclose the amount in future filings.",
    "We will supplementally provide the Staff with a copy of the report.",
    "The balances for insignificant categories have been included in the reconciliation required by paragraph "
    "944-40-50-4C.",
    "In achieving that objective, the ASU states that an insurance entity shall aggregate or disaggregate the "
    "disclosures so that useful information is not obscured.",
    "The Company will account for this accordingly in the future period once the impairment assessment has "
    "been completed.",
    "We will release the valuation allowance when there is sufficient positive evidence.",
    "Results for the plant that will be retired by the end of 2022 were included in the MISO segment.",
    "We have provided, for informational purposes, incurred and paid claim statistics for our auto line of "
    "business in our 2016 Form 10-K.",
    "The Company agrees with the Staff that the measure is useful to investors.",
    "Our earnings release for the quarter presented net income before Adjusted EBITDA.",
    # what a product does, not the company's disclosure
    "Collaborators may then edit the design, and the cloud data management will automatically update all data.",
    "We will use the proceeds to repay the term loan.",
    # a page of an earlier report quoted: what it already said
    "With regards to its third quarter 2015 Form 10-Q, the Company included on page 98 the following disclosure "
    "regarding goodwill: “The Company performs its annual test of goodwill impairment during the fourth quarter.",
    # what a filing already said: "included" without a word marking the content as new
    "In this regard, in its Form 10-K for the year ended December 31, 2020, the Company included risk factors "
    "related to potential impacts of climate change such as “Natural or man-made disasters could materially "
    "adversely affect the number of visitors to our facilities and disrupt our operations”.",
    "With the importance of our transition to electric vehicles to our business and the size of our investments, "
    "we included electric vehicle-related expenditures in the “Material Cash Requirements” discussion in the "
    "Liquidity and Capital Resources section of our 2021 Form 10-K and subsequent quarterly reports on Form 10-Q.",
    # "has included" naming no filing and nothing new: what the disclosure already holds
    "The Company has also included a reconciliation of net revenue to adjusted revenue with a detailed "
    "explanation of the items adjusted.",
    "We have included disclosure of pending legislation that could have a material impact on our operations.",
    # given to the Staff, or in this letter, not disclosed
    "The Company respectfully advises the Staff that in response to the request for the Company’s materiality "
    "analysis prepared in accordance with SAB Topic 1:M and 1:N, the requested document will be provided directly "
    "to the Staff by Faegre Drinker Biddle & Reath LLP (“Faegre”) under separate cover on a confidential and "
    "supplemental basis pursuant to Rule 12b-4 under the Securities Exchange Act of 1934, as amended.",
    "In addition, we will provide a more complete discussion of the relevant portions of the concepts noted above "
    "in our response to this Comment #3.",
    # what the accounts hold, not a change to the disclosure
    "While allocated overhead is excluded from adjusted cost of revenue, adjusted sales and marketing expense, and "
    "adjusted research and development expense, all such excluded allocated overhead amounts have been included in "
    "adjusted general and administrative expense.",
    "Throughout the period in which the Company has disclosed the Measure, the expected ranges and the win "
    "percentage to which the Measure is adjusted have been updated to reflect evolving player behaviors.",
    # "schedule to" is no Schedule TO: only the form's own capitals name the filing.
    "We revised the timing in the schedule to reflect the new rates.",
    # "make" with no change of the disclosure
    "We will make every effort to respond promptly.",
    "The Company will make changes to its business.",
    # ... but not after a modal that only weighs or watches with no trigger named (Chubb's answer of 2017, Royal
    # Caribbean's of 2021), nor after one denied
    "Regarding our loss development for the 2006 and prior accident years, we will consider expanding our disclosure "
    "to clarify and quantify these amounts and include discussions, as appropriate given our results, effective with "
    "our 2017 Form 10-K.",
    "We will continue to monitor these projected expenditures and enhance our disclosure in future filings to the "
    "extent appropriate.",
    "We will not change the policy and revise the disclosure in future filings.",
    # complying with something other than a rule of disclosure (Ventas' answer of 2018: "there is a reasonable assurance
    # that we will comply with the conditions of obtaining and delivering the Tax Credits", a "form" named before it)
    "The obligation to provide future tax benefit in the form of Tax Credits is recognised as we will comply with the "
    "conditions of obtaining the Tax Credits.",
    "We will continue to comply with the covenants of our credit agreement in future periods.",
    "We will do so supplementally.",
    "We will refrain from including additional disclosure in future filings.",  # refusing to add, as "will not"
    "The Staff currently intends to revise the disclosure in future filings.",
]


@pytest.mark.parametrize("sentence", COMMITS)
def test_commits(sentence: str) -> None:
    assert commits(sentence)


@pytest.mark.parametrize("sentence", DOES_NOT)
def test_does_not_commit(sentence: str) -> None:
    assert not commits(sentence)


def test_commitments_are_the_committing_sentences_of_an_answer() -> None:
    answer = (
        "The Company respectfully advises the Staff that the MNS reporting unit was not at risk. "
        "The Company will account for this accordingly in the future period. "
        "The Company advises the Staff that it will include the disclosure in its future filings."
    )
    assert commitments(answer) == [
        "The Company advises the Staff that it will include the disclosure in its future filings."
    ]


@pytest.mark.parametrize("fold", ["", "\u0130stanbul. "])  # a dotted capital I: the sentence-by-sentence reading
def test_commitments_of_an_answer_are_its_sentences_that_commit(fold: str) -> None:
    answer = fold + " ".join(COMMITS[:3] + DOES_NOT[:3] + COMMITS[-2:]) + " “We will revise the disclosure.” Thus."
    assert commitments(answer) == COMMITS[:3] + COMMITS[-2:] + ["“We will revise the disclosure."]


def test_a_committing_sentence_is_cut_at_the_sentence_breaks_around_it() -> None:
    """Stops that end no sentence (abbreviations, "No. 2") are passed over, "?" and "!" end one."""
    answer = (
        "Is that material? We note it (i.e. the U.S. rule). Yes! The Company will revise the disclosure "
        "in Amendment No. 2 on page 4. It agreed."
    )
    assert commitments(answer) == ["The Company will revise the disclosure in Amendment No. 2 on page 4."]


def test_each_modal_of_a_long_sentence_is_read_with_what_follows_it() -> None:
    """Bullets run into one sentence: "in our response" after a modal rules it out, wherever in the
    sentence it stands, but not a modal after it; a negation rules out only the modal it stands before."""
    told = "The Company advises that: • we will provide the list; • we will discuss it in our response to comment 3"
    assert not commits(told + ".")
    assert commits(told + "; • we will disclose the amounts.")
    assert not commits("• We will not   disclose the amounts; • we will never  disclose the amounts.")
    assert commits("• We will not disclose the amounts; • we will disclose the amounts.")
    assert commitments("Thus. " + told + "; • we will disclose the amounts") == [
        told + "; • we will disclose the amounts"
    ]


def test_a_sentence_of_many_stops_that_end_nothing_is_cut_at_its_breaks() -> None:
    """Abbreviations and decimals by the thousand, "?" and "!" among them, before and after a break."""
    noise = "e.g. 1.5 i.e. 2.5 " * 300
    answer = f"Why? So {noise}Yes! So {noise}and the Company will revise the disclosure. Done {noise}."
    assert commitments(answer) == [f"So {noise}and the Company will revise the disclosure."]
