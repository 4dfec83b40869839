"""Page furniture is marked (not deleted) in real letters; the address block on page 1 is not.

Expectations were written by reading each letter: which lines are the running header of
later pages, which lines are the same words in the address block, and where pages turn.
"""

from __future__ import annotations

import re

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from commentletters.core.extract.marks import is_contact_line
from commentletters.core.letters import Document, Line
from tests.conftest import SHARED, corpus_file
from tests.core.pdfs import make_pdf
from tests.core.text_twins import plain_text

ADM_2020 = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf"
FORD_2022 = "sec/F/F_0000000000-22-007496/filings/0000037996-22-000058/filename1.htm"
META_2016 = "sec/META/META_0000000000-16-073605/filings/0001193125-16-772580/filename1.htm"
AMAZON_2021 = "peer/0000000000-21-011629.txt"
AMAZON_2021_GARBLED = "peer/0000000000-21-013530.txt"
APPLE_2024 = "peer/0000320193-24-000042.txt"
COINBASE_2025 = "peer/0001193125-25-026373.txt"
BKR_2018 = "sec/BKR/BKR_0000000000-18-030596/filings/0000000000-18-030596/filename1.pdf"
BKR_2018_ANSWER = "sec/BKR/BKR_0000000000-18-030596/filings/0000950103-18-011810/filename1.htm"
TFC_2019 = "sec/TFC/TFC_0000000000-19-006560/filings/0001193125-19-139845/filename1.htm"
SULLCROM_2019 = "sec/LHX/LHX_0000000000-19-001516/filings/0001140361-19-003105/filename1.htm"
NRG_2019 = "sec/NRG/NRG_0000000000-19-010303/filings/0001013871-19-000021/filename1.htm"
BXP_2022 = "sec/BXP/BXP_0000000000-22-009471/filings/0001656423-22-000035/filename1.htm"
KMI_2021 = "sec/KMI/KMI_0000000000-21-002753/filings/0001506307-21-000028/filename1.htm"
BSX_2016 = "sec/BSX/BSX_0000000000-16-094201/filings/0000885725-16-000055/filename1.htm"
RCL_2021 = "sec/RCL/RCL_0000000000-21-011331/filings/0001104659-21-144500/filename1.htm"
TAP_2016 = "sec/TAP/TAP_0000000000-16-060314/filings/0001104659-16-118362/filename1.htm"
TAP_2019 = "sec/TAP/TAP_0000000000-19-008459/filings/0001104659-19-031311/filename1.htm"
RCL_LETTERHEAD = "1050 Caribbean Way, Miami, Florida 33132-2028 | 305 539 6000 | royalcaribbeangroup.com"
OMITTED = "*** - Information omitted and provided under separate cover to the Staff pursuant to Rule 83"


def _doc(relative: str) -> Document:
    path = corpus_file(relative)
    return extract(path.read_bytes(), path.name)


def _find(doc: Document, text: str, nth: int = 0) -> Line:
    hits = [ln for ln in doc.lines if ln.text.strip() == text]
    assert len(hits) > nth, f"{text!r} occurs {len(hits)} time(s)"
    return hits[nth]


@pytest.mark.parametrize(
    ("relative", "text", "nth", "furniture", "page"),
    [
        # staff PDF, 2020 template: residue, header, residue copy of the header on page 2
        (ADM_2020, "FirstName LastNameRay Young", 0, True, 2),
        (ADM_2020, "Comapany NameArcher-Daniels-Midland Co", 0, True, 2),
        (ADM_2020, "August 25, 2020 Page 2", 0, True, 2),
        (ADM_2020, "Ray Young", 0, False, 1),  # the address block
        (ADM_2020, "Ray Young", 1, True, 2),
        (ADM_2020, "Archer-Daniels-Midland Co", 0, False, 1),  # the address block
        (ADM_2020, "Archer-Daniels-Midland Co", 1, True, 2),
        (ADM_2020, "Page 2", 0, True, 2),
        (ADM_2020, "Goodwill and Other Intangible Assets, page 47", 0, False, 2),
        # a header with no page number: name, company and the letter's date atop page 2
        (BKR_2018, "Baker Hughes, a GE company", 1, True, 2),
        (BKR_2018, "September 27, 2018", 1, True, 2),
        (BKR_2018, "September 27, 2018", 0, False, 1),
        # the letter's own date below a letterhead that took page 1 is not a header
        (SULLCROM_2019, "February 14, 2019", 0, False, 2),
        # company HTML letter: "Ford Motor Company / August 26, 2022 / Page 2 of 7" on each page
        (FORD_2022, "Ford Motor Company", 0, True, 2),  # page 1's letterhead is an image
        (FORD_2022, "Page 3 of 7", 0, True, 3),
        (FORD_2022, "Response", 2, False, 3),  # a label repeated on most pages, not furniture
        # a heading right below the running header is not header
        (META_2016, "Form 10-K for the Fiscal Year Ended December 31, 2015", 0, False, 2),
        (META_2016, "Mr. Stephen Krikorian", 0, True, 2),
        # an HTML letter with no page breaks: the page number that ends it is a footer
        (NRG_2019, "1", 0, True, 1),
        # text with no page breaks: the header block tells the page
        (AMAZON_2021, "Amazon.com, Inc.", 1, True, 2),
        (AMAZON_2021, "3. To the extent material, discuss the indirect consequences of", 0, False, 2),
        (AMAZON_2021_GARBLED, "Page 2 8, 2021 Page 2", 0, True, 2),
        (AMAZON_2021_GARBLED, "November NameAmazon.com,", 0, True, 2),
        (AMAZON_2021_GARBLED, "2021 Inc.", 0, True, 2),
        # Rule 83 legends and Bates codes on every page; the header may sit below them
        (APPLE_2024, "Confidential Treatment Requested by Apple Inc.", 0, True, 2),
        (APPLE_2024, "AI-002", 0, True, 3),
        (APPLE_2024, OMITTED, 1, True, 3),
        (APPLE_2024, "Document", 0, False, 1),
        (COINBASE_2025, "[CONFIDENTIAL", 0, True, 2),
        (COINBASE_2025, "TREATMENT REQUESTED BY COINBASE GLOBAL, INC.]", 1, True, 3),
        (COINBASE_2025, "Page", 1, True, 3),
        # lines holding numbers repeat as themselves to join the furniture beside them: an answer's caption
        # "Comment No. 2" right under page 2's header (its like are "Comment No. 1", "Comment No. 3"), a
        # table's caption "Year Ended December 31, 2019" right under page 4's; a page's code does ("BSC-2")
        (BXP_2022, "Comment No. 2", 0, False, 2),
        (KMI_2021, "Year Ended December 31, 2019", 0, False, 4),
        (BSX_2016, "BSC-2", 0, True, 2),
        # the page's number before the word at the foot of each page (Baker Hughes' answer of October 2018)
        (BKR_2018_ANSWER, "1 | Page", 0, True, 1),
        (BKR_2018_ANSWER, "2 | Page", 0, True, 2),
        # the letterhead's footer, its address and telephone, printed at the foot of the first page alone
        (RCL_2021, RCL_LETTERHEAD, 0, True, 1),
        # on three lines, the company's name over them and a trademark notice under them; "* * * *" over them is
        # the letter's (Molson Coors' answers of 2016 and 2019)
        (TAP_2016, "Molson Coors Brewing Company", 0, True, 1),
        (TAP_2016, "Tel. (303) 927-2416", 0, True, 1),
        (TAP_2019, "* * * *", 0, False, 1),
        (TAP_2019, "Tel. (303) 927-2337", 0, True, 1),
    ],
)
def test_running_headers_marked_in_real_letters(relative: str, text: str, nth: int, furniture: bool, page: int) -> None:
    line = _find(_doc(relative), text, nth)
    assert (line.furniture, line.page) == (furniture, page)


def test_seed_header_block_in_plain_text_sets_the_page() -> None:
    doc = extract((SHARED / "seeds" / "sec-staff-letter-2014-11-17.txt").read_bytes(), "seed.txt")
    block = ["Sheng Chen", "21Vianet Group, Inc.", "November 17, 2014", "Page 6"]
    assert [(ln.furniture, ln.page) for ln in (_find(doc, t, 1 if t != "Page 6" else 0) for t in block)] == [
        (True, 6)
    ] * 4
    assert not _find(doc, "Sheng Chen").furniture  # the address block
    after = next(ln for ln in doc.lines if ln.text.startswith("- staff comments or changes"))
    assert (after.furniture, after.page) == (False, 6)
    assert doc.pages == 6


def test_furniture_is_kept_in_the_document() -> None:
    doc = _doc(ADM_2020)
    assert "FirstName LastName" in doc.text(furniture=True)
    assert "FirstName LastName" not in doc.text()
    assert "August 25, 2020 Page 2" not in doc.text()


def test_a_line_above_a_page_number_after_a_salutation_ending_in_a_comma_is_no_header() -> None:
    """Autodesk's extension request printed with "Page 1 of 2" at each page's foot: its greeting ends in a comma
    ("Dear Ms. Dietz and Ms. Akst,"), the address block ends there all the same, and the sentence above the page
    number ("… on or before August 24, 2018.") is the letter's, not a line repeating the address."""
    page1 = [
        "August 16, 2018",
        "Securities and Exchange Commission",
        "Division of Corporation Finance",
        "Re: Autodesk, Inc.",
        "Form 10-K for the Fiscal Year Ended January 31, 2018",
        "Dear Ms. Dietz and Ms. Akst,",
        "On behalf of Autodesk, Inc. (the Company), this letter is being submitted in reference to the",
        "Commission's letter dated August 3, 2018 (the Comment Letter). The Company currently anticipates",
        "submitting a response to the Comment Letter on or before August 24, 2018.",
        "Page 1 of 2",
    ]
    page2 = ["Please do not hesitate to contact me with any concerns.", "Sincerely,", "/s/ Alan Smith", "Page 2 of 2"]
    lines = extract(make_pdf([page1, page2]), "letter.pdf").lines
    assert [ln.text for ln in lines if ln.furniture] == ["Page 1 of 2", "Page 2 of 2"]


def test_the_end_of_a_sentence_above_a_running_header_is_no_header() -> None:
    """Ciena's letter printed with its running header at each page's foot (as pdfium reads Chromium's header): the
    page's last sentence ends "… on page 28 of Amendment No.1 to the" / "Form S-4.", right above "Securities and
    Exchange Commission" / "Division of Corporation Finance" / "Page 1". "Form S-4." repeats words of the Re:
    block, but it ends the sentence of the line before: the header starts below it."""
    page1 = [
        "July 14, 2017",
        "Securities and Exchange Commission",
        "Division of Corporation Finance",
        "Re: Ciena Corporation",
        "Amendment No. 1 to Registration Statement on Form S-4",
        "Dear Mr. Panos:",
        "This letter is in response to the staff's comment letter dated July 10, 2017.",
        "Response: The Company has deleted the disclosure that was on page 28 of Amendment No.1 to the",
        "Form S-4.",
        "Securities and Exchange Commission",
        "Division of Corporation Finance",
        "Page 1",
    ]
    page2 = [
        "Sincerely,",
        "/s/ David M. Rothenstein",
        "Securities and Exchange Commission",
        "Division of Corporation Finance",
        "Page 2",
    ]
    lines = extract(make_pdf([page1, page2]), "letter.pdf").lines
    assert [ln.text for ln in lines if ln.furniture] == [*page1[-3:], *page2[-3:]]


def test_a_caption_above_the_template_residue_stays_in_text_with_no_page_breaks() -> None:
    """Las Vegas Sands' staff letter of March 23, 2023 filed as HTML lines ended by "<br>" (no page breaks): page 1
    ends with the caption "Form 8-K filed January 25, 2023", right above page 2's header, which opens with the
    template's residue ("FirstName LastNameRandy Hyzak"). The caption echoes the Re block, and was taken for the
    header's first line: comment 2 fell under the 10-K's caption."""
    path = corpus_file("sec/LVS/LVS_0000000000-23-002902/filings/0000000000-23-002902/filename1.pdf")
    lines = [ln.text.strip() for ln in extract(path.read_bytes(), str(path)).lines if ln.text.strip()]
    assert "Form 8-K filed January 25, 2023" in lines
    html = "<html><body>" + "<br>\n<br>\n".join(lines) + "</body></html>"  # (a blank line after each)
    doc = extract(html.encode(), "staff.htm")
    *_, caption = (
        ln for ln in doc.lines if ln.text.strip() == "Form 8-K filed January 25, 2023"
    )  # (the Re block's first)
    residue = next(ln for ln in doc.lines if ln.text.startswith("FirstName LastNameRandy Hyzak"))
    assert (caption.furniture, residue.furniture) == (False, True)


def test_footers_numbering_the_pages_in_text_with_no_page_breaks() -> None:
    """Occidental's letter of May 9, 2024 (HTML) ends each of its four pages with "oxy.com 1" ... "oxy.com 4". As
    plain text with no page breaks (its lines one to a line) nothing tells the pages but those footers: a line
    repeated with the number it ends in counting up, the last one ending the letter. They are furniture, and
    answers 1 and 3, which open right under "oxy.com 1" and "oxy.com 3", start with their own words. "Comment 1",
    "Comment 2", "Comment 3", captions counting up so, each have their text under them: no footers."""
    path = corpus_file("sec/OXY/OXY_0000000000-24-004826/filings/0001140361-24-025207/filename1.htm")
    text = "\n".join(ln.text for ln in extract(path.read_bytes(), path.name).lines)
    doc = extract(text.encode(), "oxy.txt")
    assert [ln.furniture for ln in doc.lines if ln.text.startswith("oxy.com")] == [True] * 4
    answers = parse_letter(text.encode(), "oxy.txt").responses
    assert [r.number for r in answers] == [1, 2, 3]
    assert all(r.text.startswith("We respectfully advise the Staff that the ") for r in answers)
    assert not any("oxy.com" in r.text for r in answers)
    lines = [line for line in text.splitlines() if not line.startswith("oxy.com")]
    captioned = [f"Comment {line[0]}\n{line}" if line[:3] in ("1. ", "2. ", "3. ") else line for line in lines]
    labelled = extract("\n".join(captioned).encode(), "labelled.txt")
    assert [ln.furniture for ln in labelled.lines if ln.text.startswith("Comment ")] == [False] * 3


def test_a_list_numbered_at_the_end_of_a_letter_in_plain_text_is_no_footer() -> None:
    """Lines counting up, "Annex 1" / "Annex 2" / "Annex 3", one under the other at the end of a plain-text letter
    (its enclosures): a page footer stands a page's lines from the next one, and these are the letter's."""
    text = "\n".join(
        [
            "May 9, 2024",
            "Re: Example Corporation",
            "Form 10-K for the Fiscal Year Ended December 31, 2023",
            "Dear Ms. Example:",
            "1. Please tell us how you considered the disclosure of your segments.",
            "We respectfully advise the Staff that our segments are disclosed in Note 3.",
            "Sincerely,",
            "/s/ Jane Doe",
            "Enclosures:",
            "Annex 1",
            "Annex 2",
            "Annex 3",
        ]
    )
    doc = extract(text.encode(), "annexes.txt")
    assert [ln.furniture for ln in doc.lines if ln.text.startswith("Annex")] == [False] * 3


def test_a_letterhead_footer_on_the_first_page_is_no_part_of_the_comment_it_cuts() -> None:
    """Royal Caribbean's answer of November 29, 2021: its first page ends with the letterhead's address line, right
    under restated comment 1, which went on with it; the comment ends with its own words, the line is kept."""
    path = corpus_file(RCL_2021)
    letter = parse_letter(path.read_bytes(), path.name)
    first = letter.responses[0]
    assert first.restated_comment.endswith("for which you incurred or will incur material capital expenditures.")
    assert "Caribbean Way" not in first.restated_comment + first.text


def test_a_letterhead_footer_on_three_lines_is_no_part_of_the_answer_it_cuts() -> None:
    """Molson Coors' answer of 2016: page 1 ends mid-sentence, "Rather, the", above the company's name, address,
    telephone and trademark notice; page 2 goes on "Company proposes to ..."."""
    path = corpus_file(TAP_2016)
    answer = parse_letter(path.read_bytes(), path.name).responses[0].text
    assert "Rather, the Company proposes to" in answer
    assert "Tel." not in answer and "trademark" not in answer


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        (RCL_LETTERHEAD, True),
        ("One Main Street, New York, NY 10019 T 212.555.1234 F 212.555.1235", True),
        ("88 Queen's Road, Hong Kong +852 1234 5678 www.acme.com", True),
        # a sentence giving them, a signature's telephone and e-mail, a table's row of years and an amount
        ("Please call me at 305 539 6000 if you have questions, or see www.acme.com.", False),
        ("Tel: (212) 555-1234 | jdoe@acme.com", False),
        ("Revenue 2019 2020 2021 15000", False),
    ],
)
def test_a_letterhead_contact_line(text: str, contact: bool) -> None:
    assert is_contact_line(text) is contact


def test_labels_at_the_feet_of_pages_are_no_footer() -> None:
    """BB&T's answers of May 7, 2019 as plain text, pages split by form feeds, each restated comment's number printed
    as a label on a line of its own ("Comment 1" over "Please provide us supplementally ..."). Five of the six pages
    end with such a label and its comment: "Comment 1" on page 1 and "Comment 3" on page 2 end in a number near
    their page's, but "Comment 5", "Comment 8" and "Comment 13" do not; nor is any of them printed on three quarters
    of the pages word for word, as a letterhead's footer is. They are the letter's labels, each answer found."""
    text = plain_text(TFC_2019, lambda line: re.sub(r"^(\d{1,2})\. (?=[A-Z])", r"Comment \1\n\n", line))
    assert text.count("Comment ") >= 13
    relabelled = extract(text.encode(), "bbt.txt")
    assert not any(ln.furniture for ln in relabelled.lines if re.fullmatch(r"Comment \d+", ln.text.strip()))
    letter = parse_letter(text.encode(), "bbt.txt")
    assert [r.number for r in letter.responses] == list(range(1, 14))
    assert letter.responses[0].text.startswith("Concurrent with the filing of Amendment No. 1")


def test_a_caption_citing_another_page_under_the_running_header_is_no_header() -> None:
    """ADM's letter of August 25, 2020 as plain text with its captions citing their pages as "– Page 47" (not ",
    page 47"). Page 2 opens with its running header, "August 25, 2020 Page 2" / "Page 2", then the caption
    "Goodwill and Other Intangible Assets – Page 47": a marker of page 47, not 2, so the header does not reach it
    (a marker of its own page below it repeats the header, as the template's residue copy does)."""
    text = plain_text(ADM_2020, lambda line: re.sub(r", page (\d+)$", r" – Page \1", line))
    caption = "Goodwill and Other Intangible Assets – Page 47"
    assert caption in text
    assert not _find(extract(text.encode(), "adm.txt"), caption).furniture
    comments = parse_letter(text.encode(), "adm.txt").comments
    assert comments[1].section[-1] == caption
    assert comments[1].pages == ["47"]


def test_a_caption_citing_page_1_on_the_first_page_is_no_marker() -> None:
    """DoorDash's draft S-1 letter of March 2020 as plain text with its captions citing their pages as "– Page 1":
    "Overview – Page 1" stands amid the first page's lines, which print no running header (the letterhead is there)
    and a footer only at their foot; it reads as a marker of page 1 would, but is comments 1 and 2's caption."""
    relative = "sec/DASH/DASH_0000000000-20-002224/filings/0000000000-20-002224/filename1.pdf"
    text = plain_text(relative, lambda line: re.sub(r", page (\d+)$", r" – Page \1", line))
    assert "\nOverview – Page 1\n" in text
    comments = parse_letter(text.encode(), "dash.txt").comments
    assert [c.section[-1] for c in comments[:2]] == ["Overview – Page 1"] * 2
    assert comments[0].pages == ["1"]
