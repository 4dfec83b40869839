"""The full heading path above each comment, outermost first, on real letters and on the rule itself.

Expected paths written from reading each letter: the staff print only the headings that change,
so a later comment keeps the outer headings the letter has not replaced.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commentletters.core.comments import read_comments
from commentletters.core.extract import extract
from commentletters.core.headings import _PAGE_REF, MAX_HEADING, _page_ref, is_form_heading, join_wrapped, page_refs
from commentletters.core.sections import Sections, is_major_caption, label_kind
from tests.conftest import SAMPLES, corpus_file

NOTES = "Notes to the Consolidated Financial Statements"
OFR = "Operating and Financial Review and Prospects"
LHX_10K = "Form 10-K for the Fiscal Year Ended December 30, 2022"
CASY_10K = "Form 10-K for Fiscal Year Ended April 30, 2022"
NOTE_2 = "Note 2. Summary of Significant Accounting Policies"


@cache
def sections(path: str) -> dict[int, list[str]]:
    file = SAMPLES / path if path.startswith("sec-") else corpus_file(path)
    return {c.number: c.section for c in read_comments(extract(file.read_bytes(), str(file))).comments}


CASES: list[tuple[str, int, list[str]]] = [
    # 21Vianet 20-F (seed, 2014): notes nested three deep; a new note keeps "Notes to ...".
    ("sec-staff-letter-2014-11-17.txt", 3, [OFR, "Operating Results, page 56"]),
    ("sec-staff-letter-2014-11-17.txt", 12, [OFR, "Operating Activities, page 78"]),
    ("sec-staff-letter-2014-11-17.txt", 13, ["Exhibits, page 111"]),  # Item 19, not part of Item 5
    (
        "sec-staff-letter-2014-11-17.txt",
        14,
        [NOTES, "Note 1. Organization", "(c) Establishment of Asia Cloud Group, page F-19"],
    ),
    ("sec-staff-letter-2014-11-17.txt", 15, [NOTES, "Note 21. Taxation", "Deferred Tax, page F-61"]),
    (
        "sec-staff-letter-2014-11-17.txt",
        16,
        [NOTES, "Note 29. Parent Company Only Condensed Financial Information", "(c) Commitments, page F-77"],
    ),
    # Aon S-4 (2024): the caption on page 55 is still under "The Transaction".
    (
        "sec/AON/AON_0000000000-24-003147/filings/0000000000-24-003147/filename1.pdf",
        3,
        ["Registration Statement on Form S-4", "The Transaction", "Accounting Treatment of the Transaction, page 55"],
    ),
    # Crown Castle 10-K (2024): "Note 13. Leases, page 79" alone, under the notes.
    (
        "sec/CCI/CCI_0000000000-24-002292/filings/0000000000-24-005889/filename1.pdf",
        2,
        [
            "Form 10-K for the fiscal year ended December 31, 2023",
            "Notes to Consolidated Financial Statements",
            "Note 13. Leases, page 79",
        ],
    ),
    # L3Harris 10-K (2023): "Note 9: Goodwill" is a sibling of "Note 1: ...", not inside it.
    (
        "sec/LHX/LHX_0000000000-23-014012/filings/0000000000-23-014012/filename1.pdf",
        3,
        [LHX_10K, "Note 1: Significant Accounting Policies", "Revenue Recognition, page 69"],
    ),
    (
        "sec/LHX/LHX_0000000000-23-014012/filings/0000000000-23-014012/filename1.pdf",
        4,
        [LHX_10K, "Note 9: Goodwill, page 79"],
    ),
    (
        "sec/LHX/LHX_0000000000-23-014012/filings/0000000000-23-014012/filename1.pdf",
        7,
        ["Form 8-K furnished October 26, 2023", "Exhibit 99.2 Investor Letter, page 21"],
    ),
    # Casey's 10-K (2023): the income statement is no part of MD&A, above it; the notes block replaces
    # MD&A's two levels.
    (
        "sec/CASY/CASY_0000000000-23-001432/filings/0000000000-23-001432/filename1.pdf",
        2,
        [CASY_10K, "Consolidated Statements of Income, page 35"],
    ),
    (
        "sec/CASY/CASY_0000000000-23-001432/filings/0000000000-23-001432/filename1.pdf",
        3,
        [CASY_10K, "Note 1. Significant Accounting Policies", "Inventories, page 38"],
    ),
    (
        "sec/CASY/CASY_0000000000-23-001432/filings/0000000000-23-001432/filename1.pdf",
        4,
        [CASY_10K, "Notes to Consolidated Financial Statements", "Note 7. Leases, page 51"],
    ),
    # Norwegian Cruise Line (2016): a paragraph ("We have reviewed your responses ... and have the following
    # comments related to entity-wide information disclosures ...") between the headings and comment 1.
    (
        "sec/NCLH/NCLH_0000000000-16-066278/filings/0000000000-16-066278/filename1.pdf",
        1,
        ["Form 10-K (Fiscal Year Ended December 31, 2014)", "Financial Statements", NOTE_2],
    ),
    (
        "sec/NCLH/NCLH_0000000000-16-066278/filings/0000000000-16-066278/filename1.pdf",
        2,
        ["Form 10-K (Fiscal Year Ended December 31, 2014)", "Financial Statements", NOTE_2],
    ),
]


@pytest.mark.parametrize(("path", "number", "expected"), CASES)
def test_full_heading_path(path: str, number: int, expected: list[str]) -> None:
    assert sections(path)[number] == expected


FORM = "Form 10-K for the Fiscal Year Ended December 31, 2023"
S4 = "Amendment No. 1 to Registration Statement on Form S-4"
RULE_CASES: list[tuple[list[list[str]], list[str]]] = [
    # one caption replaces the innermost level only
    (
        [[FORM, "Notes to the Financial Statements", "Note 2 - Revenue, page 35"], ["Note 5 - Leases, page 40"]],
        [FORM, "Notes to the Financial Statements", "Note 5 - Leases, page 40"],
    ),
    (
        [[S4, "The Transaction", "Background of the Merger, page 60"], ["Opinion of X, page 70"]],
        [S4, "The Transaction", "Opinion of X, page 70"],
    ),
    # a numbered caption goes beside the one numbered alike, however deep the path was
    (
        [
            [FORM, "Notes to the Financial Statements", "Note 2 - Revenue", "Contract Balances, page 35"],
            ["Note 5 - Leases, page 40"],
        ],
        [FORM, "Notes to the Financial Statements", "Note 5 - Leases, page 40"],
    ),
    # a major caption goes right under the form heading
    (
        [
            [FORM, "Item 7. Management's Discussion and Analysis", "Results of Operations", "Revenue, page 30"],
            ["Item 8. Financial Statements", "Segment Information, page 70"],
        ],
        [FORM, "Item 8. Financial Statements", "Segment Information, page 70"],
    ),
    # a heading seen as an outer one returns to its level
    (
        [
            [FORM, "Critical Accounting Estimates", "Goodwill", "Impairment, page 40"],
            ["Revenue, page 41"],
            ["Critical Accounting Estimates", "Income Taxes, page 44"],
        ],
        [FORM, "Critical Accounting Estimates", "Income Taxes, page 44"],
    ),
    # the pages move to the financial statements' series: out of the prospectus section
    (
        [
            ["Form S-1", "Dilution", "Net Tangible Book Value", "Pro Forma, page 60"],
            ["Segment Reporting", "Disaggregation of Revenue, page F-22"],
        ],
        ["Form S-1", "Segment Reporting", "Disaggregation of Revenue, page F-22"],
    ),
    # a financial statement's caption leaves a major caption holding no statements, not one holding them
    (
        [
            [FORM, "Management's Discussion and Analysis", "Liquidity, page 25"],
            ["Consolidated Balance Sheets, page 34"],
        ],
        [FORM, "Consolidated Balance Sheets, page 34"],
    ),
    (
        [[FORM, "Financial Statements", "Revenue, page F-9"], ["Consolidated Statements of Cash Flows, page F-7"]],
        [FORM, "Financial Statements", "Consolidated Statements of Cash Flows, page F-7"],
    ),
    # a part of a merger proxy statement/prospectus is a major caption: out of the risk factors
    (
        [
            [S4, "Risk Factors", "Risks Relating to the Merger, page 30"],
            ["The Merger, page 70"],
            ["Background of the Merger, page 72"],
        ],
        [S4, "The Merger, page 70", "Background of the Merger, page 72"],
    ),
    # a new form heading starts afresh
    (
        [
            [FORM, "Notes to the Financial Statements", "Note 2 - Revenue, page 35"],
            ["Form 8-K filed May 1, 2024", "Exhibit 99.1, page 3"],
        ],
        ["Form 8-K filed May 1, 2024", "Exhibit 99.1, page 3"],
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), RULE_CASES)
def test_blocks_nest(blocks: list[list[str]], expected: list[str]) -> None:
    state = Sections()
    for block in blocks:
        section = state.add(block)
    assert section == expected


@pytest.mark.parametrize(
    ("heading", "major"),
    [
        ("Item 7. Management's Discussion and Analysis", True),
        ("Management’s Discussion and Analysis of Financial Condition and Results of Operations, page 42", True),
        ("Notes to Condensed Consolidated Financial Statements", True),
        ("Risk Factors, page 12", True),
        # its page set off otherwise, or abbreviated (the seed letter's "Exhibits, page 111" rewritten)
        ("Exhibits – page 111", True),
        ("Exhibits - page 111", True),
        ("Exhibits; page 111", True),
        ("Exhibits: Page 111", True),
        ("Exhibits, p. 111", True),
        ("Risk Factors, pp. 12-14", True),
        ("Risk Factors (page 12)", True),
        ("Business Corp. 5", False),  # an abbreviation's stop, no page
        ("Risks Related to Our Business", False),
        ("Summary of Significant Accounting Policies", False),
        ("Note 3. Revenue", False),
    ],
)
def test_major_captions(heading: str, major: bool) -> None:
    assert is_major_caption(heading) is major


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Note 21. Taxation", "note"),
        ("Item 1A. Risk Factors", "item"),
        ("(c) Commitments, page F-77", "letter"),
        ("6. Impairment of Long-Lived Assets, page F-97", "number"),
        ("Deferred Tax, page F-61", None),
    ],
)
def test_label_kinds(heading: str, kind: str | None) -> None:
    assert label_kind(heading) == kind


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a long caption in capitals wrapped with its page reference: one heading
        (
            ["MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES OF THE PROPOSED BUSINESS", "COMBINATION, page 88"],
            ["MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES OF THE PROPOSED BUSINESS COMBINATION, page 88"],
        ),
        # a short caption in capitals over another: stacked, not wrapped
        (
            ["RISK FACTORS", "RISKS RELATED TO OUR BUSINESS, page 12"],
            ["RISK FACTORS", "RISKS RELATED TO OUR BUSINESS, page 12"],
        ),
        # a long title-case caption over its sub-caption: stacked (the staff's usual layout)
        (
            [
                "Management's Discussion and Analysis of Financial Condition and Results of Operations",
                "Revenue, page 31",
            ],
            [
                "Management's Discussion and Analysis of Financial Condition and Results of Operations",
                "Revenue, page 31",
            ],
        ),
        # the next line in capitals without a page reference is a caption of its own
        (
            ["MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES OF THE PROPOSED BUSINESS", "GENERAL"],
            ["MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES OF THE PROPOSED BUSINESS", "GENERAL"],
        ),
        # in capitals too, a caption numbered or naming the filing opens one of its own, and no caption goes on
        # from the filing named to its date or from a form item's whole title
        (
            ["ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "NOTE 8 – INTANGIBLES, page 107"],
            ["ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", "NOTE 8 – INTANGIBLES, page 107"],
        ),
        (
            ["FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024", "PROPERTIES, page 17"],
            ["FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024", "PROPERTIES, page 17"],
        ),
        (
            [
                "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
                "LENDING ACTIVITIES, page 57",
            ],
            [
                "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS",
                "LENDING ACTIVITIES, page 57",
            ],
        ),
        # a long appendix table title wrapped with its page reference: one heading (a table has no sub-captions)
        (
            [
                "Appendix Table A-2: Second Quarter 2024 Adjusted EBITDA Reconciliation for Acme",
                "Holdings, Inc., page 12",
            ],
            ["Appendix Table A-2: Second Quarter 2024 Adjusted EBITDA Reconciliation for Acme Holdings, Inc., page 12"],
        ),
        # a note's title over a caption inside it, and a table title over another captioned item: stacked
        (
            ["Note 2. Summary of Significant Accounting Policies", "Revenue Recognition, page 48"],
            ["Note 2. Summary of Significant Accounting Policies", "Revenue Recognition, page 48"],
        ),
        (
            [
                "Appendix Table A-2: Second Quarter 2024 Adjusted EBITDA Reconciliation for Acme",
                "Note 4 – Debt, page 9",
            ],
            [
                "Appendix Table A-2: Second Quarter 2024 Adjusted EBITDA Reconciliation for Acme",
                "Note 4 – Debt, page 9",
            ],
        ),
        # white space folded: a tab after a note's number, a no-break space before the page, a double space
        (
            ["7.\tPolicy Liabilities, page\u00a0139", "Item 7.  Management’s Discussion and Analysis"],
            ["7. Policy Liabilities, page 139", "Item 7. Management’s Discussion and Analysis"],
        ),
    ],
)
def test_wrapped_captions(lines: list[str], expected: list[str]) -> None:
    assert join_wrapped(lines) == expected


@pytest.mark.parametrize(
    ("heading", "form"),
    [
        ("Form 10-K for the Fiscal Year Ended December 31, 2017", True),
        ("FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2017", True),  # in capitals, as a filing captions it
        ("AMENDMENT NO. 2 TO REGISTRATION STATEMENT ON FORM S-4", True),
        ("form 10-K for the year ended December 31, 2017", False),  # a sentence's words wrapped onto the line
        ("FORMATION OF THE JOINT VENTURE", False),
        # the registrant named first, in a letter reviewing several registrants' filings (NRG 2016)
        ("NRG Yield, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015", True),
        ("Acme Widgets Corp. Form 10-Q for the Quarter Ended March 31, 2024", True),
        ("Forms 8-K filed February 29, 2016 and May 5, 2016", True),  # several filings of a form
        # names of other shapes: an ampersand, a legal form abroad, joining words, a utility's "Company of ..."
        ("Smith & Wesson Brands, Inc. Form 10-K for the Fiscal Year Ended April 30, 2024", True),
        ("Banco Santander, S.A. Form 20-F for the Fiscal Year Ended December 31, 2023", True),
        ("Koninklijke Philips N.V. Form 20-F for the Fiscal Year Ended December 31, 2023", True),
        ("Baltimore Gas and Electric Company Form 10-K for the Fiscal Year Ended December 31, 2023", True),
        ("Public Service Company of Colorado Form 10-K for the Fiscal Year Ended December 31, 2023", True),
        ("Acme Corp. Annual Report", False),  # a name, then no form
        ("The Company Form", False),
    ],
)
def test_form_headings(heading: str, form: bool) -> None:
    assert is_form_heading(heading) is form


def test_a_caption_is_joined_back_to_a_length_at_most() -> None:
    """Lines that each run on (a comma at the end) are joined until the caption is longer than four of the
    longest headings; the next line starts another."""
    line = "Liquidity, Capital Resources and Contractual Obligations of the Company,"
    joined = join_wrapped([line] * 40)
    assert len(joined) == 4
    assert joined[0] == " ".join([line] * 11)  # (11 lines: 802 characters)
    assert all(len(caption) <= 4 * MAX_HEADING + len(line) + 1 for caption in joined)
    assert " ".join(joined) == " ".join([line] * 40)


@pytest.mark.parametrize(
    ("heading", "pages"),
    [
        ("Goodwill, page 27", ["27"]),
        ("Liquidity, pages 43-44", ["43-44"]),
        ("Note 2, pages F-9 and F-12", ["F-9", "F-12"]),
        ("Risk Factors, page ii", ["ii"]),
        ("Exhibit, page 99.1", ["99.1"]),  # as printed (the staff put the exhibit's number where the page goes)
        ("Item 7. Management's Discussion and Analysis", []),
        # a range in words (Kimco's staff letter of 2017), each of several references, one not at the end,
        # abbreviations; "page" with no number, and a word that only opens like a numeral, cite nothing
        ("Funds from Operations, pages 30 to 31", ["30-31"]),
        ("Summary Compensation Table, page 50; Grants of Plan-Based Awards, page 52", ["50", "52"]),
        ("Critical Accounting Estimates, page 45 of the 2020 Form 10-K", ["45"]),
        ("Business, p. 9", ["9"]),
        ("Results of Operations, pp. 30-31", ["30-31"]),
        # the page's number called so ("Page No. 9", "Pages Nos. 30-31"), as some filers' captions do
        ("Risk Factors, Page No. 9", ["9"]),
        ("Liquidity, Pages Nos. 30-31", ["30-31"]),
        ("Segments, page no 12", ["12"]),
        # a financial statement page's letter joined by an en dash, as a word processor's autocorrect sets it
        ("Index to the Financial Statements, page F\u20131", ["F-1"]),
        ("Note 2, pages F\u20139 and F\u201312", ["F-9", "F-12"]),
        ("Prospectus Cover Page", []),
        ("Changes to this page in the prospectus", []),
    ],
)
def test_page_references_of_a_heading(heading: str, pages: list[str]) -> None:
    assert page_refs(heading) == pages


_HEADING_PIECES = ["page", "Page", "pages", "p.", "pp.", "pp", "app.", "9", "30", "-", "31", "F-19", " and ", ", ",
                   "; ", " to ", "No. ", "ii", "Risk", "Factors", "(", ")", ".", " ", "É"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=12))
def test_page_references_are_found_as_finditer_finds_them(pieces: list[str]) -> None:
    """page_refs tries its pattern only where "page", "p." or "pp." stands: it reads what the pattern finds
    read over the whole heading."""
    from commentletters.core.headings import _PAGES_CITED, _RANGE_WORD, _REF_JOIN, _SPACE_RUN

    heading = "".join(pieces)
    expected: list[str] = []
    for match in _PAGES_CITED.finditer(heading):
        for ref in _REF_JOIN.split(match.group("refs").replace("–", "-")):
            if ref.strip() and (ref := _SPACE_RUN.sub("", _RANGE_WORD.sub("-", ref))) not in expected:
                expected.append(ref)
    assert page_refs(heading) == expected


KMI_10K = "Form 10-K for the year ended December 31, 2015"
KMI_ITEM_7 = "Item 7. Management’s Discussion and Analysis of Financial Condition and Results of Operations."


@pytest.mark.parametrize(
    ("path", "number", "expected"),
    [
        # the staff quote the 10-K's caption with its stop, wrapped: "Item 7. Management’s Discussion and Analysis
        # of Financial Condition and Results of" / "Operations." (page 2's first lines, under comment 1)
        (
            "sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-082397/filename1.pdf",
            2,
            [KMI_10K, KMI_ITEM_7, "General, page 39"],
        ),
        # the follow-up of July 28, 2016: the form heading, the same caption, then "General, page 39" over comment 1
        (
            "sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-086243/filename1.pdf",
            1,
            [KMI_10K, KMI_ITEM_7, "General, page 39"],
        ),
    ],
)
def test_a_caption_quoted_with_its_stop_and_wrapped(path: str, number: int, expected: list[str]) -> None:
    assert sections(path)[number] == expected


def test_a_caption_quoted_with_its_stop_is_no_comment_text() -> None:
    """Kinder Morgan's comment 1 of June 28, 2016 ends "... the amount of revenue management believes is
    unrecoverable.": the caption printed under it, on page 2, is comment 2's (it was read as comment 1's last words)."""
    path = corpus_file("sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-082397/filename1.pdf")
    comment = read_comments(extract(path.read_bytes(), path.name)).comments[0]
    assert comment.text.endswith("the amount of revenue management believes is unrecoverable.")


@pytest.mark.parametrize(
    ("path", "number", "expected"),
    [
        # the first note captioned after the financial statements' own caption is part of the statements, under them
        # (Kinder Morgan 2016: "Financial Statements" / "Consolidated Statements of Income, page 79", comment 6,
        # then "Note 2. Summary of Significant Accounting Policies" / "Regulatory Assets and Liabilities, page 93")
        (
            "sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-082397/filename1.pdf",
            7,
            [KMI_10K, "Financial Statements", NOTE_2, "Regulatory Assets and Liabilities, page 93"],
        ),
        (
            "sec/KMI/KMI_0000000000-16-082397/filings/0000000000-16-082397/filename1.pdf",
            9,
            [KMI_10K, "Financial Statements", "Note 8. Goodwill, page 106"],
        ),
        # ResMed 2016: "Item 8. Financial Statements" / "Consolidated Statements of Income, page F-4" above comment 1
        (
            "sec/RMD/RMD_0000000000-16-102723/filings/0000000000-16-102723/filename1.pdf",
            5,
            [
                "Form 10-K for the Fiscal Year Ended June 30, 2016",
                "Item 8. Financial Statements",
                "Note 9. Accrued Expenses, page F-16",
            ],
        ),
        # BB&T 2019: the pro forma statements, then their notes
        (
            "sec/TFC/TFC_0000000000-19-006560/filings/0000000000-19-006560/filename1.pdf",
            9,
            [
                "Registration Statement on Form S-4",
                "Unaudited Pro Forma Condensed Combined Financial Statements, page 124",
                "Note 3. Adjustments to the unaudited pro forma condensed combined balance sheet, page 130",
            ],
        ),
    ],
)
def test_notes_go_under_the_financial_statements_in_force(path: str, number: int, expected: list[str]) -> None:
    assert sections(path)[number] == expected


def test_a_first_note_goes_under_the_statements_and_a_later_one_beside_it() -> None:
    s = Sections()
    s.add(["Form 10-K", "Financial Statements", "Consolidated Statements of Income, page 79"])
    assert s.add(["Note 2. Summary of Significant Accounting Policies", "Leases, page 93"]) == [
        "Form 10-K", "Financial Statements", "Note 2. Summary of Significant Accounting Policies", "Leases, page 93"
    ]  # fmt: skip
    assert s.add(["Note 8. Goodwill, page 106"]) == ["Form 10-K", "Financial Statements", "Note 8. Goodwill, page 106"]
    # with no financial statements in force, a note block takes the levels it has (as before)
    s = Sections()
    s.add(["Form 10-K", "Item 7. Management's Discussion and Analysis", "Liquidity, page 40"])
    assert s.add(["Note 2. Revenue", "Leases, page 93"]) == ["Form 10-K", "Note 2. Revenue", "Leases, page 93"]


NRG = "sec/NRG/NRG_0000000000-16-075770/filings/0000000000-16-075770/filename1.pdf"
NRG_ENERGY = "NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015"
NRG_MDA = "Management’s Discussion and Analysis of Financial Condition and Results of Operations"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # the registrant's form heading stays in force over a major caption (it was taken for a caption that
        # "Management’s Discussion and Analysis ..." replaced)
        (3, [NRG_ENERGY, NRG_MDA, "Consolidated Results of Operations, page 66"]),
        (7, [NRG_ENERGY, NRG_MDA, "Cash Flow Discussion, page 99"]),
        (
            8,
            [
                NRG_ENERGY,
                "Financial Statements for the Fiscal Year Ended December 31, 2015",
                "Note 10 – Asset Impairments, page 161",
            ],
        ),
        (14, ["Forms 8-K filed February 29, 2016 and May 5, 2016"]),  # another filing: a form heading of its own
    ],
)
def test_form_headings_naming_their_registrant(number: int, expected: list[str]) -> None:
    """NRG Energy's letter of May 2016 reviews the 10-Ks of NRG Energy and NRG Yield, each form heading naming its
    registrant ("NRG Energy, Inc. Form 10-K for the Fiscal Year Ended December 31, 2015")."""
    assert sections(NRG)[number] == expected


BKR = "sec/BKR/BKR_0000000000-17-014455/filings/0000000000-17-014455/filename1.pdf"
BKR_10K = "Form 10-K for the Fiscal Year Ended December 31, 2016"


def test_a_registrant_named_on_its_own_line_over_its_form_heading() -> None:
    """The staff's letter of April 25, 2017 on Bear Newco's S-4 turns to the 10-K of another registrant with
    "Baker Hughes, Inc." / "Form 10-K for the Fiscal Year Ended December 31, 2016": the name heads the form, it is
    not comment 34's last words."""
    path = corpus_file(BKR)
    comments = {c.number: c for c in read_comments(extract(path.read_bytes(), path.name)).comments}
    assert comments[34].text.endswith("if you require further clarification or guidance.")
    assert "Baker Hughes, Inc." not in comments[34].text
    assert comments[35].section == [
        "Baker Hughes, Inc.",
        BKR_10K,
        "Products and Services, page 4",
        "Oilfield Operations, page 4",
    ]


@pytest.mark.parametrize(
    "name", ["Acme Holdings, Inc.", "Georgia Power Company", "Deutsche Widget AG", "Widget Finance B.V.", "A & B, S.A."]
)
def test_a_registrant_line_heads_the_forms(name: str) -> None:
    s = Sections()
    s.add(["Form S-4", "Risk Factors, page 20"])
    block = [name, "Form 10-K for the Fiscal Year Ended December 31, 2016", "Revenue, page 4"]
    assert s.add(block) == block
    assert s.forms == block[:2]


ABBREVIATED_PAGES = """May 1, 2017

Martin S. Craighead
Bear Newco, Inc.
Houston, Texas 77019

Re: Bear Newco, Inc.
Registration Statement on Form S-4
Filed March 28, 2017
File No. 333-216991

Dear Mr. Craighead:

We have reviewed your registration statement and have the following comments.
Form S-4
Questions and Answers, p. 5
How will my rights as a New Baker Hughes stockholder after Closing differ from my current
rights as a Baker Hughes stockholder?, p. 7
1. Please briefly indicate any material differences in the rights of Baker Hughes' shareholders.
Summary, pp. 17-18
The Transactions, p. 18
2. Please explain the separate roles of EHHC Newco, LLC and CFC Holdings, LLC.

Sincerely,

Division of Corporation Finance
"""


def test_captions_citing_their_pages_abbreviated() -> None:
    """Baker Hughes' staff letter of 2017 (BKR) with its captions' pages abbreviated ("p. 7", "pp. 17-18", as
    some letters cite them): the captions and their wrapped second line read as "page 7" reads; the heading block
    was read as prose before, and comment 1 fell under no heading."""
    doc = extract(ABBREVIATED_PAGES.encode(), "abbreviated.txt")
    found = read_comments(doc).comments
    assert [(c.number, c.section, c.pages) for c in found] == [
        (
            1,
            [
                "Form S-4",
                "Questions and Answers, p. 5",
                "How will my rights as a New Baker Hughes stockholder after Closing differ from my current rights as "
                "a Baker Hughes stockholder?, p. 7",
            ],
            ["7"],
        ),
        (2, ["Form S-4", "Summary, pp. 17-18", "The Transactions, p. 18"], ["18"]),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Risk Factors, pp. 12-14",
        "Summary, pp. 17-18",
        "Business, p. 9",
        "Goodwill, page 27",
        "Corp. pp. 5",
        "x pp. 3, p. 4",
        "Risk Factors, Page No. 9",
    ],
)
def test_a_caption_ending_in_its_page_is_found_as_the_plain_search_finds_it(heading: str) -> None:
    """The page a caption ends in, found from where "page", "p." or "pp." stands: "pp." was missed (its "p." follows a
    letter), and a caption ending "pp. 12-14" did not end as one ending "page 12" does."""
    found, plain = _page_ref(heading), _PAGE_REF.search(heading)
    assert plain is not None and found is not None and found.span() == plain.span()


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a caption's label alone on its line, its words on the next: one caption
        (["Note 17.", "Segment and Geographical Information, page 106"],
         ["Note 17. Segment and Geographical Information, page 106"]),
        (["NOTE 8 \u2013", "Reserves, page 167"], ["NOTE 8 \u2013 Reserves, page 167"]),
        # a heading of its own over a caption that opens with its own label, or a label without its stop: two
        (["Part II.", "Item 7. Management's Discussion and Analysis"],
         ["Part II.", "Item 7. Management's Discussion and Analysis"]),
        (["Part II", "Item 5. Other Information"], ["Part II", "Item 5. Other Information"]),
        (["Schedule 14A", "Proposal 1, page 5"], ["Schedule 14A", "Proposal 1, page 5"]),
    ],
)  # fmt: skip
def test_a_caption_label_alone_on_its_line(lines: list[str], captions: list[str]) -> None:
    assert join_wrapped(lines) == captions
