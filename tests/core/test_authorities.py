"""Citations as staff letters and company answers spell them, and the one form each is reported in."""

from __future__ import annotations

import pytest

from commentletters.core.authorities import authorities_in, find_authorities
from commentletters.core.spaces import squeeze

CASES: list[tuple[str, list[str]]] = [
    # ADM's staff letter of May 22, 2024 (comment 4): a hyphen after "ASC"; SAB topics with a colon, in a list
    (
        "tell us how your treatment complies with ASC-250-10-50-7. As part of your response, provide us with your "
        "materiality analysis prepared in accordance with SAB Topic 1:M and 1:N.",
        ["ASC 250-10-50-7", "SAB Topic 1.M", "SAB Topic 1.N"],
    ),
    # its comment 1: the interpretations named with "&"
    (
        "Question 100.01 of the SEC's Compliance & Disclosure Interpretations on Non-GAAP Financial Measures",
        ["C&DI Question 100.01"],
    ),
    ("SAB Topic 11:B, SAB Topic 5:Y. and SAB Topic 1:B.1", ["SAB Topic 11.B", "SAB Topic 5.Y", "SAB Topic 1.B.1"]),
    ("Staff Accounting Bulletin Topic 11 and SAB No. 108", ["SAB Topic 11", "SAB 108"]),
    ("Refer to ASC 740-30-50-2(b). Provide us with any proposed revisions", ["ASC 740-30-50-2(b)"]),
    ("Tell us what consideration you gave to ASC 480-10-55-54.", ["ASC 480-10-55-54"]),
    ("revenue under FASB ASC Topic 606 and ASC 606-10-50-5", ["ASC 606", "ASC 606-10-50-5"]),
    ("the goodwill guidance in ASC Subtopic 350-20, including ASC 350-20-35-30", ["ASC 350-20", "ASC 350-20-35-30"]),
    ("Refer to Item 303(b) of Regulation S-K.", ["Item 303(b) of Regulation S-K"]),
    ("as required by Regulation S-K Item 303(b)", ["Item 303(b) of Regulation S-K"]),
    (
        "Refer to Item 5.B.1(a) of Form 20-F and Section IV.C of SEC Release 33-8350.",
        ["Item 5.B.1(a) of Form 20-F", "Release 33-8350"],
    ),
    ("see Item 100(a) of Regulation G", ["Item 100(a) of Regulation G"]),
    ("Items 401 and 402(b) of Regulation S-K", ["Item 401 of Regulation S-K", "Item 402(b) of Regulation S-K"]),
    # a continuation hangs where its first subdivision's kind is ("(b)(2)" after "303(a)": 303(b)(2))
    (
        "The guidance in Item 303(a) and (b)(2) of Regulation S-K requires",
        ["Item 303(a) of Regulation S-K", "Item 303(b)(2) of Regulation S-K"],
    ),
    (
        "Item 402(b)(2)(vii) and (c) of Regulation S-K",
        ["Item 402(b)(2)(vii) of Regulation S-K", "Item 402(c) of Regulation S-K"],
    ),
    (
        "Item 10(e)(1)(i) and (ii) of Regulation S-K",
        ["Item 10(e)(1)(i) of Regulation S-K", "Item 10(e)(1)(ii) of Regulation S-K"],
    ),
    # rule numbers with a capital letter: the clawback rule, audit committees, resales to QIBs
    ("Rule 10D-1 under the Securities Exchange Act of 1934", ["Exchange Act Rule 10D-1"]),
    ("Exchange Act Rule 10A-3 and Rule 144A", ["Exchange Act Rule 10A-3", "Rule 144A"]),
    ("financial statements under Rule 3-05 of Regulation S-X", ["Rule 3-05 of Regulation S-X"]),
    ("pursuant to Regulation S-X Rule 3-05", ["Rule 3-05 of Regulation S-X"]),
    ("See Article 11 of Regulation S-X.", ["Article 11 of Regulation S-X"]),
    ("Refer to Release No. 33-8350 and SEC Release 33-8350", ["Release 33-8350"]),
    ("See Release Nos. 33-10890; 34-90459.", ["Release 33-10890", "Release 34-90459"]),
    ("Refer to FRC 501.13.a. for additional guidance", ["FRC 501.13.a"]),
    ("Refer to FRC 501.03(a) and Section IV of SEC Release 33-8350.", ["FRC 501.03(a)", "Release 33-8350"]),
    (
        "Refer to Question 102.11 of the staff's Non-GAAP Financial Measures Compliance and Disclosure "
        "Interpretations.",
        ["C&DI Question 102.11"],
    ),
    ("Refer to Non-GAAP C&DI 100.01.", ["C&DI Question 100.01"]),
    ("Question 100.04 of the Non-GAAP C&DIs", ["C&DI Question 100.04"]),
    ("pursuant to Rule 83 of the Commission's Rules on Information", ["Rule 83"]),
    ("in accordance with Rule 461", ["Rule 461"]),
    ("Rule 12b-20 under the Exchange Act", ["Exchange Act Rule 12b-20"]),
    ("within the meaning of Securities Act Section 27", ["Securities Act Section 27"]),
    (
        "Section 27A of the Securities Act and Section 21E of the Exchange Act",
        ["Securities Act Section 27A", "Exchange Act Section 21E"],
    ),
    ("certifications required by Exchange Act Rule 13a-14(a)", ["Exchange Act Rule 13a-14(a)"]),
    ("pursuant to Instruction 4(b)(ii) to Item 19 of Form 20-F.", ["Instruction 4(b)(ii) to Item 19 of Form 20-F"]),
    ("Refer to SAB Topic 5.P and Staff Accounting Bulletin Topic 1.M", ["SAB Topic 5.P", "SAB Topic 1.M"]),
    ("as a lessee under IFRS 16 and IAS 36", ["IFRS 16", "IAS 36"]),
    ("adoption of ASU 2016-13 and ASU No. 2017-04", ["ASU 2016-13", "ASU 2017-04"]),
    ("Refer to Item 2.02 of Form 8-K.", ["Item 2.02 of Form 8-K"]),
    ("Rule 83 (17 CFR 200.83)", ["Rule 83", "17 CFR 200.83"]),
    ("Refer to Item 10(e)(1)(i)(A) of Regulation S-K", ["Item 10(e)(1)(i)(A) of Regulation S-K"]),
    # lists of rules, as of items (a 2016 letter: "Rules 3-10(i) and 10-01(a)(4) of Regulation S-X")
    (
        "Rules 3-10(i) and 10-01(a)(4) of Regulation S-X",
        ["Rule 3-10(i) of Regulation S-X", "Rule 10-01(a)(4) of Regulation S-X"],
    ),
    (
        "required by Rule 12-04(a) and (b) of Regulation S-X",
        ["Rule 12-04(a) of Regulation S-X", "Rule 12-04(b) of Regulation S-X"],
    ),
    ("Rules 13a-14 and 15d-14 under the Exchange Act", ["Exchange Act Rule 13a-14", "Exchange Act Rule 15d-14"]),
    # a rule of Regulation S-X listed with an article shares its source (Aon's 2024 S-4 letter); another rule does not
    (
        "Refer to Rule 3-05 and Article 11 of Regulation S-X.",
        ["Rule 3-05 of Regulation S-X", "Article 11 of Regulation S-X"],
    ),
    ("Refer to Rule 461 and Article 5 of Regulation S-X.", ["Rule 461", "Article 5 of Regulation S-X"]),
    # the items of a schedule (proxy statements, tender offers, going-private transactions)
    ("Refer to Items 4 and 5 of Schedule 14A.", ["Item 4 of Schedule 14A", "Item 5 of Schedule 14A"]),
    (
        "See Item 10 of Schedule TO and Item 7 of Schedule 13E-3.",
        ["Item 10 of Schedule TO", "Item 7 of Schedule 13E-3"],
    ),
    # the Exchange Act by its full name, with its year (Aon's staff letter of 2018: "Section 13(r) of the
    # Securities Exchange Act"; Corning's answer of 2022: "Rule 12b-20 under the Securities Exchange Act")
    ("reportable under Section 13(r) of the Securities Exchange Act.", ["Exchange Act Section 13(r)"]),
    ("pursuant to Section 15(d) of the Securities Exchange Act of 1934, as amended", ["Exchange Act Section 15(d)"]),
    ("Rule 12b-20 under the Securities Exchange Act of 1934", ["Exchange Act Rule 12b-20"]),
    ("Section 27A of the Securities Act of 1933", ["Securities Act Section 27A"]),
    # "Reg." for Regulation; an S-X rule cited as an article
    (
        "See Item 303 of Reg. S-K and Rule 3-05 of Reg S-X.",
        ["Item 303 of Regulation S-K", "Rule 3-05 of Regulation S-X"],
    ),
    ("as required by Article 5-03 of Regulation S-X", ["Rule 5-03 of Regulation S-X"]),
    # a rule numbered as only Regulation S-X numbers its rules is S-X's where no source is named (Vistra's staff
    # letter: "Rule 4-08(e) and of the Schedule I requirements in Rule 5-04 of Regulation S-X"; Marsh McLennan's
    # answer: "SEC regulation S-X, Rule 5-02(1)"); another bare rule stays bare
    (
        "the disclosure requirements of Rule 4-08(e) and of the Schedule I requirements in Rule 5-04 of Regulation S-X",
        ["Rule 4-08(e) of Regulation S-X", "Rule 5-04 of Regulation S-X"],
    ),
    ("The Company considered SEC regulation S-X, Rule 5-02(1) which requires", ["Rule 5-02(1) of Regulation S-X"]),
    ("as contemplated in Question 100.04 and prohibited by Rule 100(b).", ["Rule 100(b)"]),
    # Regulation S-K has items, not rules (American Tower's staff letter of 2016)
    (
        "Reference is made to Rule 303(a)(3)(ii) of Regulation S-K and SEC Interpretive Release",
        ["Item 303(a)(3)(ii) of Regulation S-K"],
    ),
    # paragraphs cased as the CFR cases them, by depth: (a), (1), (i), (A) (Zimmer Biomet's staff letter, Darden's,
    # Freeport-McMoRan's answers: "Item 601(B)(96)(iii)(b)(19)(ii)" is Item 601(b)(96)(iii)(B)(19)(ii))
    ("Refer to Item 303(A)(3) of Regulation S-K.", ["Item 303(a)(3) of Regulation S-K"]),
    ("Refer to Instruction 4 to Item 303(A) of Regulation S-K", ["Instruction 4 to Item 303(a) of Regulation S-K"]),
    (
        "in accordance with Item 1303(B)(2)(i) of Regulation S-K and Item 601(B)(96)(iii)(b)(19)(ii) of Regulation S-K",
        ["Item 1303(b)(2)(i) of Regulation S-K", "Item 601(b)(96)(iii)(B)(19)(ii) of Regulation S-K"],
    ),
    ("excluded under Exchange Act Rule 14a-8(I)(7)", ["Exchange Act Rule 14a-8(i)(7)"]),
    ("Rule 1-02(BB) of Regulation S-X", ["Rule 1-02(bb) of Regulation S-X"]),
    # from a designation its depth does not allow, the rest is left as written (a level skipped; another body's rule)
    ("Refer to Item 10(e)(ii)(B) of Regulation S-K", ["Item 10(e)(ii)(B) of Regulation S-K"]),
    ("PCAOB Rule 3526(B)", ["Rule 3526(B)"]),
    # a form's items numbered with a letter (none was read)
    ("Items 1A and 7A of Form 10-K", ["Item 1A of Form 10-K", "Item 7A of Form 10-K"]),
    ("as Item 16F of Form 20-F requires", ["Item 16F of Form 20-F"]),
    # a range of paragraphs, kept as written (Corning's staff letter of 2022: "Item 303(a)-(b) of Regulation S-K";
    # the answers of 2016 on non-GAAP measures: "Item 10(e)(1)(i)(C)-(D)"); the regulation before a comma
    ("the requirements of Item 303(a)-(b) of Regulation S-K", ["Item 303(a)-(b) of Regulation S-K"]),
    ("pursuant to Item 10(e)(1)(i)(C)-(D) of Regulation S-K", ["Item 10(e)(1)(i)(C)-(D) of Regulation S-K"]),
    ("an opinion in accordance with Regulation S-K, Item 601(b)(8).", ["Item 601(b)(8) of Regulation S-K"]),
    # a regulation cited whole, unless a part of it is cited too
    (
        "tell us how you have complied with Item 10(e) of Regulation S-K and Regulation G",
        ["Item 10(e) of Regulation S-K", "Regulation G"],
    ),
    ("a significant subsidiary as defined in Regulation S-X", ["Regulation S-X"]),
    ("an offering under Regulation A", ["Regulation A"]),
    ("Regulation G and Item 100(a) of Regulation G", ["Item 100(a) of Regulation G"]),
    # a rule after its regulation, Regulation G's as S-X's (Chubb's answers of 2019: "Regulation G Rule 100
    # (specifically, subsection (b))" was "Regulation G" and "Rule 100")
    ("as well as Regulation G Rule 100 (specifically, subsection (b))", ["Rule 100 of Regulation G"]),
    ("Refer to Reg. G Rule 100(b).", ["Rule 100(b) of Regulation G"]),
    # items listed after their regulation (Solventum's staff letter of 2023: "Regulation S-K Items 101, 103 and
    # 105" was Item 101 alone), a list only after "Items"; a form's item after the form
    (
        "See Regulation S-K Items 101, 103 and 105.",
        ["Item 101 of Regulation S-K", "Item 103 of Regulation S-K", "Item 105 of Regulation S-K"],
    ),
    ("Regulation S-K Item 303 and 10 other items", ["Item 303 of Regulation S-K"]),
    ("Refer to Form 8-K Item 2.02.", ["Item 2.02 of Form 8-K"]),
    ("Refer to Form 20-F, Item 5.A.", ["Item 5.A of Form 20-F"]),
    ("as disclosed in the Form 10-K. Item 7 of it says", []),
    # a form's general instructions
    ("Refer to General Instruction B.2 of Form 8-K.", ["General Instruction B.2 of Form 8-K"]),
    ("General Instruction I(2)(c) to Form 10-K permits", ["General Instruction I(2)(c) of Form 10-K"]),
    ("the General Instructions to Form 10-K", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_citation_normalised(text: str, expected: list[str]) -> None:
    assert find_authorities(text) == expected


def test_line_breaks_and_broken_hyphens_do_not_hide_a_citation() -> None:
    text = "Refer to Item 303(b) of Regulation S-\nK and to ASC\n740-30-50-2(b)."
    assert find_authorities(text) == ["Item 303(b) of Regulation S-K", "ASC 740-30-50-2(b)"]


def test_repeated_citations_are_listed_once_in_first_mention_order() -> None:
    text = "Refer to ASC 606. See also Rule 461. Again, refer to ASC 606."
    assert find_authorities(text) == ["ASC 606", "Rule 461"]


def test_a_short_form_after_the_full_one_is_the_same_authority() -> None:
    """Chubb, 2016: "… required to be filed to satisfy Rule 3-05 of Regulation S-X …" and later "Rule 3-05"
    alone: one authority. A bare rule no other citation names stays ("Rule 461")."""
    text = "To satisfy Rule 3-05 of Regulation S-X, file them. Rule 3-05 requires more. Exchange Act Rule 13a-14 and "
    text += "Rule 13a-14 apply, as does Rule 461."
    assert find_authorities(text) == ["Rule 3-05 of Regulation S-X", "Exchange Act Rule 13a-14", "Rule 461"]


def test_a_rule_number_is_read_whole() -> None:
    """Chubb, 2016: "PCAOB Rule 1001(i)(iii) states that an “issuer” means …" is not "Rule 100"."""
    assert find_authorities("PCAOB Rule 1001(i)(iii) states that an issuer means") == ["Rule 1001(i)(iii)"]


@pytest.mark.parametrize(
    "text",
    [
        "Item 7. Management's Discussion and Analysis, page 41",  # the filing's own item, not an authority
        "Please tell us more about Note 5 on page 12.",
        "",
    ],
)
def test_no_authority(text: str) -> None:
    assert find_authorities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Staff noted. Securities\u00a0Act\nRule 144", ["Securities Act Rule 144"]),
        ("as the Staff   Accounting  Bulletin Topic 1.M says", ["SAB Topic 1.M"]),
        (
            "pursuant to 17\u00a0 CFR 229.10 and Item 303 of Regulation S-K",
            ["17 CFR 229.10", "Item 303 of Regulation S-K"],
        ),
        ("pursuant to 17 CFR 229.10 and Item 303 of Regulation S-K", ["17 CFR 229.10", "Item 303 of Regulation S-K"]),
        (
            "the company's Form 10-K. Item 7 of Form 20-F, C &\u00a0DI 101.01",
            ["Item 7 of Form 20-F", "C&DI Question 101.01"],
        ),
        (
            "revised per Item 101 of Regulation S\u2013 \nK and Regulation S\u2011X Rule 3-05",
            ["Rule 3-05 of Regulation S-X"],
        ),
    ],
)
def test_a_text_not_squeezed_reads_as_squeezed(text: str, expected: list[str]) -> None:
    """Anchors are looked for before the text is squeezed (white space of any kind, dashes of any kind)."""
    assert find_authorities(text) == authorities_in(squeeze(text)) == expected
