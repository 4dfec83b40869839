"""Company letters printed to PDF with a running header on every page, as Chromium prints an HTML letter with a
header template: the header's lines ("Securities and Exchange Commission" / the date / "Page N") come after the
page's own text, and the margins wrap the lines otherwise than the HTML filed on EDGAR did.

The passages are the real letters' (Chubb's of August 11, 2017 and July 25, 2016, Ford's of August 26, 2022,
ServiceNow's of May 2, 2023, Las Vegas Sands' of August 19, 2022), as `make bench-twins` prints them, set on pages
by ``make_pdf``; the expectations were written from reading the letters filed.
"""

from __future__ import annotations

from commentletters.core.answer_lines import paragraphs
from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from commentletters.core.letters import Response
from tests.core.pdfs import make_pdf

OPENING = [
    "August 11, 2017",
    "Securities and Exchange Commission",
    "Division of Corporation Finance",
    "Re: Example Holdings Limited",
    "Form 10-K for the Fiscal Year Ended December 31, 2016",
    "Dear Mr. Rosenberg:",
    "We are writing in response to the comment letter dated July 28, 2017 from the Staff of the Securities and",
    "Exchange Commission. For your convenience, each of the Staff's comments is set out below, followed by our",
    "response.",
]


def header(page: int, date: str = "August 11, 2017") -> list[str]:
    """The running header Chromium prints after the page's text."""
    return ["Securities and Exchange Commission", date, f"Page {page}"]


def answers(pages: list[list[str]]) -> dict[int, Response]:
    return {r.number: r for r in find_responses(extract(make_pdf(pages), "printed.pdf"))}


def second_answer(first: list[str], second: list[str]) -> Response:
    """The answer to comment 2 of a two-page letter: page 1 holds the opening and ``first`` (comment 1 and its
    answer), page 2 ``second`` (comment 2 and its answer), each page with its header."""
    return answers([[*OPENING, *first, *header(1)], [*second, *header(2)]])[2]


def test_a_list_items_and_the_margin_put_on_the_next_line_stays_in_it() -> None:
    """Chubb 2017, comment 4: "• Why you do not include ... in your tables;" fills its line and its "and" wraps onto a
    line of its own. The sentence goes on: "and" is no paragraph, and the comment's last bullet is not the answer's."""
    answer = second_answer(
        [
            "1. Please tell us how the reinstatement premiums on reinsurance contracts are reflected in your tables.",
            "The reinstatement premiums are netted with the loss and allocated expense movements in our disclosures.",
        ],
        [
            "2. As the objective of the short-duration disclosures as outlined in paragraph BC 2 of ASU 2015-09 is to",
            "provide financial statement users with information to facilitate analysis of the amount, timing, and",
            "uncertainty of cash flows, please tell us how the tables you provide for your segments provide meaningful",
            "information to investors. In your response tell us:",
            "• The amount of prior year development for accident years prior to 2007 for each of the six tables",
            "referred to above;",
            "• The lines of business not included in the tables and the prior year development for those lines in",
            "2016 for each segment;",
            "• Why you do not include the lines of business identified in the preceding bullet in your tables;",
            "and",
            "• Your consideration for disclosing the information in the preceding bullets.",
            "We believe that the tables provided in our disclosures both conform to FASB standards as well as provide",
            "meaningful information to investors about the nature, amount, timing, and uncertainty of cash flows.",
        ],
    )
    assert answer.text.startswith("We believe that the tables provided in our disclosures")
    assert (answer.restated_comment or "").endswith(
        "in your tables; and • Your consideration for disclosing the information in the preceding bullets."
    )


def test_an_answer_label_that_twice_ends_a_page_right_above_the_header_is_no_header() -> None:
    """Ford 2022: on two of its pages a comment's "Response" label is the page's last line, right above the header
    that Chromium prints after it. A line standing so beside two page marks out of seven is the letter's: a running
    header's lines repeat beside most of them."""
    date = "August 26, 2022"
    pages = [
        [
            "August 26, 2022",
            "Securities and Exchange Commission",
            "Division of Corporation Finance",
            "Re: Example Motor Company",
            "Form 10-K for the Fiscal Year Ended December 31, 2021",
            "Dear Ms. Quarles:",
            "The following are the responses of the Company to the comments in the Staff's letter of July 27, 2022.",
            *header(1, date),
        ]
    ]
    topics = ["emissions", "regulation", "litigation", "insurance", "suppliers", "capital", "reputation"]
    for n, topic in enumerate(topics, 1):
        comment = [f"{n}. Please tell us how you considered providing disclosure of climate-related {topic} risks."]
        answer = [
            f"We respectfully advise the Staff that {topic} risks are discussed in our risk factors on page {n}.",
            *(f"Our {topic} review covers {item} at each of our locations." for item in topics),
        ]
        if n in (3, 5):  # the comment asks in bullets, and its label ends the page
            comment += [
                "This disclosure may include the following:",
                f"• severity of weather affecting {topic}, such as floods, hurricanes and sea levels;",
                "• quantification of weather-related damages to your property or operations;",
                "• potential for indirect weather-related impacts on your customers; and",
                "• any weather-related impacts on the cost or availability of insurance.",
                "As part of your response, include quantitative information for the periods covered by your",
                "Form 10-K and explain whether increased amounts are expected in future periods.",
            ]
            pages.append([*comment, "Response", *header(len(pages) + 1, date)])
            pages.append([*answer, *header(len(pages) + 1, date)])
        else:
            pages.append([*comment, "Response", *answer, *header(len(pages) + 1, date)])
    doc = extract(make_pdf(pages), "printed.pdf")
    assert [line.furniture for line in doc.lines if line.text == "Response"] == [False] * len(topics)
    found = {r.number: r for r in find_responses(doc)}
    for n in (3, 5):
        assert found[n].text.startswith(f"We respectfully advise the Staff that {topics[n - 1]} risks")
        assert (found[n].restated_comment or "").endswith("increased amounts are expected in future periods.")


def test_a_list_goes_on_after_a_paragraph_of_its_last_items() -> None:
    """Chubb 2016, comment 2: the first bullet's last sentence, "Refer to Question 102.10. ...", prints as a paragraph
    of its own under the page's new margins; the next bullet, in no one's voice ("• The operating income
    reconciliation ... must be shown separately under Question 102.11."), is still the comment's, not the answer's
    opening."""
    answer = second_answer(
        [
            "1. Please remove reference to the words “as reported” related to your non-GAAP measures.",
            "We confirm that we will revise our disclosures when preparing future earnings releases.",
        ],
        [
            "2. In addition, we noted the following items that are inconsistent with the updated Compliance and",
            (
                "Disclosure Interpretations. Please address these in your next earnings release "
                "and future periodic reports."
            ),
            "• In the headline of the news release as well as in the text following the headline, provide financial",
            "guidance on a GAAP basis with equal or greater prominence to the non-GAAP financial guidance.",
            "Refer to Question 102.10. This would also apply to the Chairman and Chief Executive Officer’s",
            "remarks on page 2 of exhibit 99.1.",
            "• The operating income reconciliation on page 26 of Exhibit 99.2 nets tax effect of the first two items",
            "which now must be shown separately under Question 102.11.",
            "We have considered the Staff’s comments and we confirm that we will comply with the guidance set forth",
            "in the C&DIs in our future earnings releases and periodic reports, as applicable.",
        ],
    )
    assert answer.text.startswith("We have considered the Staff’s comments and we confirm")
    assert (answer.restated_comment or "").endswith("must be shown separately under Question 102.11.")


def test_a_quotation_the_comment_opened_goes_on_over_a_paragraph_break() -> None:
    """ServiceNow 2023, comment 4 quotes the company's earnings call over two paragraphs: the second, "With our strong
    results ... for 2023 and beyond.”", closes the quotation and is the comment's, though the company speaks in it."""
    answer = second_answer(
        [
            "1. Please tell us how you considered the three-year cumulative loss in your valuation allowance.",
            "In making the valuation allowance determination, we observed the guidance in ASC 740-10-30-23.",
        ],
        [
            (
                "2. With respect to positive evidence, in addition to income in the past three "
                "years, please explain how you"
            ),
            (
                "considered the following statements made on your earnings call: “Q4 was a "
                "fantastic close to a strong year,"
            ),
            "driven by robust net expansion from new logos, providing us more opportunities to drive further expansion",
            "throughout the year.",
            (
                "With our strong results it’s clear that ServiceNow remains a strategic "
                "priority, generating durable demand"
            ),
            "that is positioning us well for 2023 and beyond.”",
            "Management’s estimate of future income is a factor we considered when weighing all available negative and",
            "positive evidence to support the release of the valuation allowance.",
        ],
    )
    assert answer.text.startswith("Management’s estimate of future income is a factor we considered")
    assert (answer.restated_comment or "").endswith("positioning us well for 2023 and beyond.”")


def test_no_sentence_goes_on_into_a_valediction() -> None:
    """Las Vegas Sands 2022: the last line of a page, a footer naming the company's resorts with no stop at its end
    ("Sands Macao | The Venetian Macao | ..."), fills its line; the next page opens "Sincerely,". A sentence goes
    on over a page break, but not into a valediction: it opens the close."""
    resorts = "Sands Macao | The Venetian Macao | Four Seasons Macao | The Plaza Macao | The Londoner Macao | The"
    # (its last word "The": a sentence stopping on it goes on in the next line, but not into "Sincerely,")
    page1 = OPENING + [
        "1. Please tell us whether you plan to revise the risk factors relating to your operations in Macao.",
        "The Company will include the proposed updates to its risk factor disclosures in its next Form 10-Q.",
        resorts,
        *header(1),
    ]
    page2 = ["Sincerely,", "/s/ D. Zachary Hudson", "D. Zachary Hudson", *header(2)]
    doc = extract(make_pdf([page1, page2]), "printed.pdf")
    texts = [p.text for p in paragraphs(doc)]
    assert "Sincerely," in texts
    assert resorts in texts
