"""A sign-off ("Sincerely,") or a separator (a rule of underscores, "* * *") opens a paragraph of its own,
even where the line above ends without a stop and so would go on into the next.

Real company letters from ../shared/corpus, hard-wrapped at 76 columns with no blank lines between
paragraphs (as some text copies are, and as a PDF's lines come): the expectations were written from
reading each letter's close and tables.
"""

from __future__ import annotations

from commentletters.core.answer_lines import paragraphs
from commentletters.core.answer_marks import is_marker
from commentletters.core.extract import extract
from tests.core.test_answers_twins import packed


def packed_paragraphs(relative: str) -> list[str]:
    """The paragraphs of the letter's lines wrapped at 76 columns, CRLF-ended, no blank line between."""
    doc = extract(packed(relative, 76), "letter.txt")
    return [p.text for p in paragraphs(doc, is_marker)]


def test_a_sign_off_after_a_phone_number_stands_alone() -> None:
    # Boston Scientific's 2016 answer closes "If you have any questions ... please do not hesitate to contact
    # me by telephone at (508) 683-4466" (no stop), then "Sincerely," and the signature.
    paras = packed_paragraphs("sec/BSX/BSX_0000000000-16-094201/filings/0000885725-16-000055/filename1.htm")
    k = paras.index("Sincerely,")
    assert paras[k - 1].endswith("contact me by telephone at (508) 683-4466")


def test_very_truly_yours_after_a_phone_number_stands_alone() -> None:
    # Kinder Morgan's 2023 answer closes "... please contact the undersigned at (713) 369-9895" (no stop),
    # then "Very truly yours," and the company's name.
    paras = packed_paragraphs("sec/KMI/KMI_0000000000-23-003113/filings/0001506307-23-000038/filename1.htm")
    k = paras.index("Very truly yours,")
    assert paras[k - 1].endswith("please contact the undersigned at (713) 369-9895")


def test_a_rule_under_a_table_row_stands_alone() -> None:
    # Allstate's 2017 answer sets out its reserve reconciliation; the rows end in amounts ("Gross reserve for
    # property-liability insurance claims and claims expense $ 25,250") and a rule of underscores follows.
    paras = packed_paragraphs("sec/ALL/ALL_0000000000-17-014470/filings/0000899051-17-000015/filename1.htm")
    rules = [k for k, text in enumerate(paras) if set(text) == {"_"}]
    assert len(rules) == 2
    assert paras[rules[1] - 1].endswith("claims expense $ 25,250")


def test_a_quotation_cut_by_an_ellipsis_goes_on_in_lower_case() -> None:
    # Vistra's 2017 answer restates comment 2 with the staff's examples of its assertions: "• “[O]ur band name
    # retail electricity provider business, TXU EnergyTM, which is the largest retailer of electricity in Texas…
    # and maintains the highest residential customer retention rate ...”;". Packed at 65 columns a line ends on
    # the ellipsis: the next, opening in lower case, goes on with the quotation (it opened a paragraph of its own,
    # which a PDF of the letter then read as the answer's first words).
    doc = extract(packed("sec/VST/VST_0000000000-17-002173/filings/0001193125-17-043281/filename1.htm", 65), "x.txt")
    paras = [p.text for p in paragraphs(doc, is_marker)]
    assert any("electricity in Texas… and maintains the highest residential customer" in p for p in paras)
    assert not any(p.startswith("and maintains") for p in paras)
