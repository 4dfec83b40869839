"""Running headers that repeat the inside address are left out of the answers, as a block.

Avery Dennison's letter of April 30, 2018 prints at the top of page 2 "Securities and Exchange
Commission / Division of Corporate Finance / Attn: Cecilia Blye, Chief, Office of Global
Security Risk / April 30, 2018 / Page 2" (read in the HTML filed on EDGAR). Its inside address
says "Division of Corporation Finance" and "Attention: Cecilia Blye", so only some of those
lines repeat the address word for word.

Where the extractor marked a page's header, the line under it is the letter's, however short: a
caption, a line of asterisks, an answer label.
"""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.answers import find_responses
from commentletters.core.extract import extract
from commentletters.core.letters import Response
from tests.conftest import SHARED, corpus_file
from tests.core.pdfs import make_pdf
from tests.core.text_twins import as_printed_and_changed

AVERY = "sec/AVY/AVY_0000000000-18-009394/filings/0001104659-18-028354/filename1.htm"
ANSWER = "The Company does not, to the best of its knowledge and belief, have operations or assets in Syria"


def test_header_block_left_out_of_the_html_letter() -> None:
    path = corpus_file(AVERY)
    (response,) = find_responses(extract(path.read_bytes(), str(path)))
    assert response.number == 1
    assert response.text.startswith(ANSWER)


def test_header_block_left_out_when_the_page_break_is_not_known() -> None:
    # The same letter as plain text, one line per line of the HTML: nothing says where page 2
    # starts but the date and "Page 2", so the header's first three lines end page 1.
    path = corpus_file(AVERY)
    text = "\n".join(line.text for line in extract(path.read_bytes(), str(path)).lines)
    (response,) = find_responses(extract(text.encode(), "avery.txt"))
    assert response.text.startswith(ANSWER)
    assert "Cecilia Blye" not in response.text
    assert "Division of Corporate Finance" not in (response.restated_comment or "")
    assert (response.restated_comment or "").endswith("state sponsors of terrorism.")


def _responses(relative: str) -> dict[int, Response]:
    path = corpus_file(relative)
    return {r.number: r for r in parse_letter(path.read_bytes(), path.name).responses}


def test_a_pages_first_line_under_a_marked_header_is_the_letters() -> None:
    # The extractor marks each page's header ("Securities and Exchange Commission / October 4, 2022 /
    # Page 4"); the line under it is the letter's own. Las Vegas Sands' letter of October 4, 2022 opens
    # page 4 with "* * *", which ends the answers: "The Company believes the foregoing is fully
    # responsive to the Comment Letter ... no amendment to the 2021 10-K is necessary." is the close, not
    # the answer to comment 2, and its promises are not that answer's (two are: "will revise our
    # disclosure in the Business section of future filings", "undertakes to update the Business section").
    lvs = _responses("sec/LVS/LVS_0000000000-22-005802/filings/0001300514-22-000103/filename1.htm")
    assert lvs[2].text.endswith("There were no interim principal payments on the SCL Senior Notes.")
    assert len(lvs[2].commitments) == 2
    # Occidental's letter of July 3, 2019 opens page 2 with the answer's second change: "We have expanded the
    # disclosure under the fifth bullet point to include the following:" (two changes made, not one).
    oxy = _responses("sec/OXY/OXY_0000000000-19-010556/filings/0001140361-19-012449/filename1.htm")
    assert "We have expanded the disclosure under the fifth bullet point to include the following:" in oxy[1].text
    assert oxy[1].commitment_kinds == ["made", "made"]
    # Waste Management's captions "Ability:" and "Prospective Disclosure Revision:" open pages 3 and 4.
    wm = _responses("sec/WM/WM_0000000000-18-020863/filings/0001104659-18-045055/filename1.htm")
    assert "a successful remarketing could be accomplished.\nAbility:\nIn order to support" in wm[1].text
    assert "\nProspective Disclosure Revision:\nIn order to avoid future confusion" in wm[1].text


def test_a_label_opening_a_page_parts_comment_and_answer() -> None:
    # Truist's letter of April 29, 2024 opens page 2 with its label "Truist response:" under comment 1
    # (as every answer of the letter is labelled): it is neither left out nor read as the comment's.
    truist = _responses("sec/TFC/TFC_0000000000-24-004217/filings/0000092230-24-000021/filename1.htm")
    assert (truist[1].restated_comment or "").endswith("We note Item 303 of Regulation S-K.")
    assert (truist[2].restated_comment or "").endswith("interest sensitivity simulation analysis, etc.")
    assert truist[1].text.startswith("The Company plans to enhance its commercial loan disclosures")


def test_a_page_holding_only_captions_above_its_footer_keeps_them() -> None:
    """A page break falls inside the captions above comment 1 (lululemon's letter printed with a header and footer
    on each page): page 2 holds only "Operations," / "Comparison of Fiscal 2016 to Fiscal 2015" / "Income Tax
    Expense, page 24" above its footer. A line right above furniture that closes the page is no page mark: the
    captions are no running header, and comment 1 does not run on from "… Results of"."""

    def foot(n: int) -> list[str]:
        return ["Securities and Exchange Commission", "Division of Corporation Finance", f"Page {n}"]

    page1 = [
        "May 1, 2017",
        "Securities and Exchange Commission",
        "Division of Corporation Finance",
        "Re: Example Apparel Inc.",
        "Form 10-K for the Fiscal Year Ended January 29, 2017",
        "Dear Mr. Smith:",
        "This letter responds to the comments of the Staff in its letter dated April 20, 2017.",
    ] + [
        f"The Company has reproduced comment {n} in bold with its response below it in this letter." for n in range(20)
    ]
    page1 += ["Item 7. Management's Discussion and Analysis of Financial Condition and Results of", *foot(1)]
    page2 = ["Operations,", "Comparison of Fiscal 2016 to Fiscal 2015", "Income Tax Expense, page 24", *foot(2)]
    page3 = [
        "1. We note your disclosure of the increase in foreign pre-tax income. Please tell us why it rose.",
        "The Company respectfully advises the Staff that its foreign income rose with its sales abroad.",
        "Sincerely,",
        "/s/ Jane Doe",
        *foot(3),
    ]
    (response,) = find_responses(extract(make_pdf([page1, page2, page3]), "letter.pdf"))
    assert response.number == 1
    assert response.restated_comment == (
        "We note your disclosure of the increase in foreign pre-tax income. Please tell us why it rose."
    )


def test_a_sentence_under_a_page_break_is_no_running_header() -> None:
    """The peer suite's Coinbase answer of 2025 (an EDGAR text submission) sets a table of when collateral is
    recognized across a page break; its lines under the break ("Crypto asset collateral is recognized if the Company
    obtains control of", six words and more in lower case) read as sentences, not as a running header, and stay in
    answer 3."""
    path = SHARED / "corpus" / "peer" / "0001193125-25-026373.txt"
    answer = parse_letter(path.read_bytes(), path.name).responses[2]
    assert answer.number == 3
    assert (
        "the collateral.(1)\nCrypto assets\nCrypto asset collateral is recognized if the Company obtains control of"
        in (answer.text)
    )


def test_the_inside_address_ends_at_a_subject_label_too() -> None:
    # Chubb's answer of 2017, its "Re:" label printed "Subject:" as some firms print it: the address the running
    # headers echo still ends there, and answer 3's table caption "Prior Period Development – MD&A table on page
    # 57" / "Year Ended December 31" (whose words the Re: block's "Form 10-K for Fiscal Year Ended December 31,
    # 2016" holds) stays in the answer, beside a page break
    printed, labelled = as_printed_and_changed(
        "sec/CB/CB_0000000000-17-027038/filings/0001193125-17-304546/filename1.htm",
        "<B>Re: &nbsp;Chubb",
        "<B>Subject: &nbsp;Chubb",
    )
    assert "Prior Period Development – MD&A table on page 57\nYear Ended December 31" in printed.responses[2].text
    assert [(r.number, r.text) for r in labelled.responses] == [(r.number, r.text) for r in printed.responses]
    assert labelled.company == "Chubb Limited"
