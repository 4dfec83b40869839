"""A company letter reads the same as plain text (hard-wrapped or not) and with its bold and italic gone.

Real HTML company letters from ../shared/corpus are turned into their twins as bench/format_twins.py
makes them: the extracted lines as plain text (running headers kept, pages split by form feeds,
paragraphs parted by a blank line, wrapped at 76 columns or not), or the HTML without emphasis. The
expectations were written from reading each letter.
"""

from __future__ import annotations

import html
import re
import textwrap

import pytest

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from commentletters.core.letters import Letter
from tests.conftest import corpus_file

_EMPHASIS = re.compile(
    r"</?(?:b|strong|i|em|u)\b[^>]*>|(?:font-weight|font-style|text-decoration)\s*:\s*[^;\"']+;?", re.I
)


def plain_text(relative: str, width: int | None) -> Letter:
    """The letter as a plain-text file: one paragraph per extracted line, wrapped at ``width`` columns."""
    path = corpus_file(relative)
    pages: dict[int, list[str]] = {}
    for line in extract(path.read_bytes(), path.name).lines:
        if text := line.text.strip():
            pages.setdefault(line.page, []).extend([*(textwrap.wrap(text, width) if width else [text]), ""])
    return parse_letter("\f".join("\n".join(lines) for lines in pages.values()).encode(), path.stem + ".txt")


def packed(relative: str, width: int) -> bytes:
    """The letter as a plain-text file wrapped at ``width`` columns with CRLF line ends and no blank line
    between paragraphs (only a short last line shows where one ends), as some text copies are."""
    path = corpus_file(relative)
    lines = [piece for ln in extract(path.read_bytes(), path.name).lines for piece in textwrap.wrap(ln.text, width)]
    return "\r\n".join(lines).encode()


def packed_text(relative: str, width: int) -> Letter:
    """The letter read from :func:`packed` text."""
    return parse_letter(packed(relative, width), corpus_file(relative).stem + ".txt")


def without_emphasis(relative: str) -> Letter:
    path = corpus_file(relative)
    return parse_letter(_EMPHASIS.sub("", path.read_text("utf-8", "replace")).encode(), path.name)


def twins(relative: str) -> list[Letter]:
    return [plain_text(relative, 76), plain_text(relative, None), without_emphasis(relative)]


def answer_to(letter: Letter, number: int) -> str:
    """The letter's answer to comment ``number``, its white space folded."""
    (answer,) = (r for r in letter.responses if r.number == number)
    return " ".join(answer.text.split())


def test_comments_whose_lists_run_to_the_next_comment_share_its_answer() -> None:
    # Three comments restated in a row, the second and third ending with a bulleted list the staff
    # lead in to with a colon ("... whether or not your Lead Independent Director may:"), then one
    # answer: "The Company acknowledges the Staff's comments and will review and enhance its
    # disclosures ... in future proxy filings." Each comment has that answer and its promise; the
    # second comment's last bullets are no answer.
    relative = "sec/NOW/NOW_0000000000-22-009615/filings/0001373715-22-000316/filename1.htm"
    for letter in twins(relative):
        assert [r.number for r in letter.responses] == [1, 2, 3]
        for r in letter.responses:
            assert r.text.startswith("The Company acknowledges the Staff’s comments and will review and enhance")
            assert len(r.commitments) == 1
        assert "• represent the board in communications" in (letter.responses[1].restated_comment or "")


def test_an_answer_opening_we_note_is_the_companys() -> None:
    # NRG's answer to comment 7 (cash flow discussion) opens "We note that typically the variance in
    # working capital is comprised of many line items that are not individually material. In future
    # filings, we will ensure that we describe any material changes in working capital components ...":
    # the company speaking (no "you", nothing asked, "we will"), not more of the comment. Its promise
    # is kept when the comment is not in bold.
    relative = "sec/NRG/NRG_0000000000-16-075770/filings/0001104659-16-122989/filename1.htm"
    for letter in twins(relative):
        (answer,) = (r for r in letter.responses if r.number == 7)
        assert answer.text.startswith("We note that typically the variance in working capital")
        assert answer.commitments == [
            "In future filings, we will ensure that we describe any material changes in working capital components "
            "in order to comply with the SEC’s guidance on cash flow discussion."
        ]


def test_a_wrapped_line_repeated_by_the_answers_is_no_footer() -> None:
    # Boston Properties' letter of September 9, 2022 answers its three comments alike: "We acknowledge
    # the Staff's comment and confirm that the Company will expand its future proxy statement
    # disclosures to address the topics referenced in Comment No. 1." Wrapped at 76 columns each answer
    # ends on the same two lines ("its future proxy statement disclosures to address the topics
    # referenced in" / "Comment No. 1."), the first of them just above page 2's header: they are the
    # answer's, not a footer repeated as often as that header, and the promise is read whole.
    letter = plain_text("sec/BXP/BXP_0000000000-22-009471/filings/0001656423-22-000035/filename1.htm", 76)
    first, second, third = letter.responses
    for r in (first, second):
        assert r.text.endswith(f"the topics referenced in Comment No. {r.number}.")
        assert r.commitments == [r.text]
    assert third.commitments[0].endswith("the topics referenced in Comment No. 3.")


def test_a_wrapped_opening_above_a_page_footer_is_the_letters() -> None:
    # Tyler Technologies' letter of September 26, 2018 greets "Dear Mr. Knapp," (a comma) and opens
    # "This letter is provided in response to the Staff's comment letter dated September 17, 2018
    # addressed to Mr. Brian K. Miller ..."; page 1 ends with its footer "Page 1 of 5". Wrapped at 76
    # columns the opening's lines are short: they are not the address block, nor a header above the
    # footer, and the staff letter answered is read from them.
    letter = plain_text("sec/TYL/TYL_0000000000-18-028949/filings/0000860731-18-000037/filename1.htm", 76)
    assert letter.responds_to == ["2018-09-17"]
    assert letter.file_numbers == ["001-10485"]


def test_an_oral_comment_restated_over_paragraphs_of_a_plain_text_letter() -> None:
    # Morgan Stanley's counsel, April 11, 2024: "In accordance with Rule 461 ... the Registrants have
    # previously requested acceleration ... Reference is made to your oral comment regarding such
    # Registration Statement, by which you noted that ... We hereby respond to your oral comment by noting
    # that Morgan Stanley filed the Proxy Statement ... on April 5, 2024." Wrapped as text, a line ending
    # "practicable." leaves the restatement a paragraph apart from the answer to it: the one oral comment
    # is answered all the same.
    letter = plain_text("sec/MS/MS_0000000000-20-012228/filings/0000950103-24-005154/filename1.htm", 76)
    (answer,) = letter.responses
    assert answer.number == 1
    assert answer.text.startswith("We hereby respond to your oral comment by noting that Morgan Stanley filed")


def test_an_answers_own_numbered_questions_are_not_comments() -> None:
    # Autodesk's letter of November 6, 2018 answers one comment (a follow-up to prior comment 5); its
    # answer weighs the guidance "in the following context:" by four questions of its own, "1. Are the
    # cloud features unique ...?", "2. What are the gains in capabilities and workflow efficiencies by
    # the customer?", "3. What functions cannot be done by the on-premise software ...?", "4. Are there
    # computational tasks ...?", each answered. Without the comment's bold to go by, the questions
    # that address no one are still the company's, not the staff's comments 2 and 3.
    relative = "sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000047/filename1.htm"
    path = corpus_file(relative)
    for letter in [parse_letter(path.read_bytes(), path.name), *twins(relative)]:
        (answer,) = letter.responses
        assert answer.number == 1
        assert "2. What are the gains in capabilities and workflow efficiencies by the customer?" in answer.text


def test_a_letter_wrapped_narrower_reads_the_same() -> None:
    # Wrapped at 65 columns a restated comment's first line can stop short of 60 characters mid-sentence
    # ("2. Please expand upon the role that your Lead Independent" / "Director plays in the leadership of
    # the board. ..."): it goes on all the same, so ServiceNow's comment 2 ends with its list and shares the
    # answer after comment 3 (see above).
    now = plain_text("sec/NOW/NOW_0000000000-22-009615/filings/0001373715-22-000316/filename1.htm", 65)
    assert [len(r.commitments) for r in now.responses] == [1, 1, 1]
    assert (now.responses[1].restated_comment or "").startswith(
        "Please expand upon the role that your Lead Independent Director plays in the leadership of the board."
    )
    # and an address line as long ("Attention: Madeline Mateo, Division of Corporation Finance") does not go
    # on into the salutation under it ("Ladies and Gentlemen:"): Morgan Stanley's letter still answers the
    # oral comment after it.
    ms = plain_text("sec/MS/MS_0000000000-20-012228/filings/0000950103-24-005154/filename1.htm", 65)
    assert [r.number for r in ms.responses] == [1]


def test_a_wrapped_line_opening_in_lower_case_is_no_comment_number() -> None:
    # Chubb's letter of May 31, 2019, wrapped at 65: "We have considered your verbal comment with respect to
    # Staff" / "comments nos. 2 and 3 (set forth in bold type on Appendix 1) ...": the second line goes on
    # with the sentence, it is no "Comment No. 2" opening a restated comment; the answer is to comments 2
    # and 3, each with the promise not to disclose the three measures.
    chubb = plain_text("sec/CB/CB_0000000000-19-007690/filings/0001193125-19-162476/filename1.htm", 65)
    assert [r.number for r in chubb.responses] == [2, 3]
    assert [len(r.commitments) for r in chubb.responses] == [1, 1]
    # ADM's letter of November 18, 2024, wrapped at 65: "1. Comment: We have considered your responses to
    # our prior" / "comment number 4 in our letter dated May 22, 2024. ...": one comment, number 1, not 4.
    adm = plain_text("sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-260674/filename1.htm", 65)
    assert [r.number for r in adm.responses] == [1]
    assert adm.responses[0].text.startswith("The Company has considered the Staff’s comment.")


def test_a_paragraph_in_no_ones_voice_inside_a_restated_comment_is_no_answer() -> None:
    # Allstate's letter of July 2017 restates the one comment in bold: the staff's four bullets on auto
    # claims, "For example, the initial loss estimate for accident year 2016 increased ..." (no "you",
    # nothing asked, no "we"), then "Accordingly, it appears that the aggregation ... Please confirm that
    # you will present separate tables ...". The answer is "In response to your request, we confirm ...".
    # Packed as text with no blank lines nor bold, the "For example" paragraph stands alone between the
    # staff's paragraphs: it is the comment's, and so is the staff's asking after it.
    relative = "sec/ALL/ALL_0000000000-17-014470/filings/0000899051-17-000036/filename1.htm"
    for letter in [*twins(relative), packed_text(relative, 65)]:
        (answer,) = letter.responses
        assert answer.text.startswith("In response to your request, we confirm that, beginning with our 2017 Form 10-K")
        assert (answer.restated_comment or "").rstrip().endswith("future Forms 10-K.")


def test_the_company_saying_we_note_after_a_paragraph_in_no_ones_voice_answers() -> None:
    # NRG's letter of 2016 restates comment 8 in bold ("... If the Seward impairment was limited to adverse
    # circumstances or events that transpired during the fourth quarter of 2015, please advise.") and answers in
    # plain type: "ASC 360-10-35-21 states that a long-lived asset shall be tested ...", "Furthermore, the facility
    # had not historically experienced continuing losses ...", then "We note that the undiscounted cash flows for
    # Seward were greater than the carrying value of the assets ...". Packed as text with no blank lines nor bold, the
    # paragraph saying "we note" after the two in no one's voice asks nothing: it is the company's, and the answer
    # starts at "ASC 360-10-35-21", not after it.
    relative = "sec/NRG/NRG_0000000000-16-075770/filings/0001104659-16-122989/filename1.htm"
    for letter in [*twins(relative), packed_text(relative, 60)]:
        assert answer_to(letter, 8).startswith("ASC 360-10-35-21 states that a long-lived asset shall be tested")


def test_a_short_unfinished_last_line_ends_its_paragraph_in_packed_text() -> None:
    # Allstate's letter of May 2017 restates comment 1 ("Please tell us:" / "• why you did not disaggregate liability
    # from physical damage for auto insurance in the tables presenting incurred claims and cumulative paid claims for
    # 2012 - 2016", no stop) and answers "Financial Accounting Standards Board Accounting Standards Update 2015-09
    # ...". Packed as text, the bullet's last line, "claims for 2012 - 2016", is short: the margin did not cut it, so
    # the answer's first line does not go on with it (the bullet's two lines together were long enough to read as
    # a wrapped one), and the answer starts at its first words.
    relative = "sec/ALL/ALL_0000000000-17-014470/filings/0000899051-17-000015/filename1.htm"
    for width in (60, 72):
        letter = packed_text(relative, width)
        assert answer_to(letter, 1).startswith("Financial Accounting Standards Board Accounting Standards Update")


def test_a_rule_cited_with_a_bare_see_ends_the_restated_comment() -> None:
    # Mondelēz's letter of October 2016 restates comment 1, which ends "See Question 100.01 of the updated Non-GAAP
    # Compliance and Disclosure Interpretations issued on May 17, 2016.", then answers "We exclude the costs of our
    # 2014-2018 Restructuring Program ...". Packed as text, the citation opens a line of its own after a sentence's
    # end: it is the staff's (the company points to its own pages, "See our response ..."), not the answer's start.
    relative = "sec/MDLZ/MDLZ_0000000000-16-094772/filings/0001193125-16-733863/filename1.htm"
    assert answer_to(packed_text(relative, 72), 1).startswith("We exclude the costs of our 2014-2018 Restructuring")


def test_a_citation_cut_after_reference_goes_on_and_is_the_staffs() -> None:
    # Block's letter of August 2018 restates comment 1, ending "... should be combined. Reference 606-10-25-19
    # through 22.", and comment 2, ending "Reference ASC 606-10-55-36 through 40."; each answer opens "The Company
    # respectfully advises the Staff ...". Packed at 60 columns, "Reference" ends a line and the number opens the
    # next: the line goes on into the number it names, and a bare "Reference ASC ..." is the staff's citation.
    relative = "sec/XYZ/XYZ_0000000000-18-025443/filings/0001193125-18-260894/filename1.htm"
    letter = packed_text(relative, 60)
    for number in (1, 2):
        assert answer_to(letter, number).startswith("The Company respectfully advises the Staff")


def test_a_citation_wrapped_to_a_lines_start_is_no_comment_number() -> None:
    # Allstate's letter of 2021 restates comment 2: "... separately present and explain the aggregate
    # income tax effect. Refer to Question 102.11 of the Compliance and Disclosure Interpretations for
    # Non-GAAP Financial Measures." and answers "In future filings starting in the first quarter of 2021
    # we will show ...". Wrapped at 65 columns, "Question 102.11 of the ..." opens a line: a citation, not
    # the staff's question 102, so the restated comment runs on through it.
    relative = "sec/ALL/ALL_0000000000-21-003670/filings/0000899051-21-000022/filename1.htm"
    for letter in [*twins(relative), packed_text(relative, 65)]:
        assert [r.number for r in letter.responses] == [1, 2]
        assert letter.responses[1].text.startswith(
            "In future filings starting in the first quarter of 2021 we will show"
        )


def test_answers_opening_alike_are_no_furniture_under_a_pages_header() -> None:
    # DoorDash's letter of December 7, 2020 opens each answer "The Company acknowledges the Staff's comment,
    # and respectfully advises the Staff that ...". Packed as text at 65 columns each opening wraps alike,
    # "The Company acknowledges the Staff’s comment, and respectfully", and the answer to comment 3 starts
    # page 3 right under its running header ("Securities and Exchange Commission" / "December 7, 2020" /
    # "Page 3"). The line repeats about as often as the header but mostly mid-page: a sentence's, not the
    # header's, so answer 3 keeps its first line.
    relative = "sec/DASH/DASH_0000000000-20-007251/filings/0001193125-20-311527/filename1.htm"
    for letter in [*twins(relative), packed_text(relative, 65)]:
        (answer,) = (r for r in letter.responses if r.number == 3)
        assert answer.text.startswith(
            "The Company acknowledges the Staff’s comment, and respectfully advises the Staff that it has added "
            "disclosure on page 164"
        )


def test_a_line_of_asterisks_ends_the_last_answer_in_plain_text() -> None:
    # Norwegian Cruise Line's letter of March 2017 answers comment 2 ("… Item 10(e)(1)(i)(C)-(D) of
    # Regulation S-K."), then prints a line of asterisks and its close: "We appreciate the Staff's comments.
    # If you have any questions regarding the Company's responses, please contact …". As plain text the
    # long line of asterisks is no wrapped sentence going on into the close: the answer ends before it.
    relative = "sec/NCLH/NCLH_0000000000-17-009157/filings/0001571049-17-003083/filename1.htm"
    for letter in twins(relative):
        (answer,) = (r for r in letter.responses if r.number == 2)
        assert answer.text.endswith("Item 10(e)(1)(i)(C)-(D) of Regulation S-K.")
        assert "appreciate" not in answer.text


def test_a_bare_comment_label_over_the_next_comment_is_no_answers() -> None:
    # Morgan Stanley's letter of December 2024 heads each restated comment "Comment:" on a line of its own.
    # In the HTML the label is bold, as the staff's words are; as plain text the label is the next
    # comment's, not the last line of the answer before it.
    relative = "sec/MS/MS_0000000000-24-009288/filings/0000895421-24-000443/filename1.htm"
    for letter in twins(relative):
        (answer,) = (r for r in letter.responses if r.number == 1)
        assert answer.text.endswith("primarily incurred in the Americas and EMEA, with the majority in the Americas.")


def test_an_answer_ending_in_an_ellipsis_ends_before_the_close() -> None:
    # Mondelēz's letter of October 7, 2016 ends its answer to comment 2 with the definition it will print,
    # cut short: "… improved comparability of underlying operating results…". The close follows: "We
    # appreciate the opportunity to respond to the staff's comment letter …".
    relative = "sec/MDLZ/MDLZ_0000000000-16-094772/filings/0001193125-16-733863/filename1.htm"
    for letter in twins(relative):
        (answer,) = (r for r in letter.responses if r.number == 2)
        assert answer.text.endswith("provides improved comparability of underlying operating results…")


def test_a_hyphen_at_a_wrapped_lines_end_joins_its_words() -> None:
    # Wrapped at 76 columns, a "non-GAAP" in Boston Scientific's answer 1 breaks after its hyphen: "non-" /
    # "GAAP". The answer reads "non-GAAP" as often as the HTML's does.
    relative = "sec/BSX/BSX_0000000000-16-094201/filings/0000885725-16-000048/filename1.htm"
    (answer,) = (r for r in plain_text(relative, 76).responses if r.number == 1)
    (printed,) = (r for r in without_emphasis(relative).responses if r.number == 1)
    assert "non- GAAP" not in answer.text
    assert answer.text.count("non-GAAP") == printed.text.count("non-GAAP") > 0


@pytest.mark.parametrize("width", [76, None])
def test_a_blank_line_parts_the_paragraphs_of_text(width: int | None) -> None:
    # Aon's letter of March 2018 as text with a blank line between paragraphs, wrapped at 76 columns or a
    # paragraph to a line (whose lines, too long to be wrapped ones, are no double-spaced text): answer 2
    # ends "… impact to its reputation or share value.2" (a footnote's mark), and the next paragraph is the
    # close, "Please do not hesitate to call me …", which the blank line parts from it.
    relative = "sec/AON/AON_0000000000-17-045347/filings/0001193125-18-100977/filename1.htm"
    assert answer_to(plain_text(relative, width), 2).endswith("impact to its reputation or share value.2")


def test_a_rule_of_underscores_ends_the_last_answer_in_plain_text() -> None:
    # Freeport-McMoRan's letter of May 19, 2022 ends its answer to comment 8 "… provided in the attached
    # Appendix B with changes highlighted with green shading.", draws a rule of underscores and closes: "If
    # you have any questions or comments, please contact me …". As plain text the rule is no wrapped
    # sentence going on into the close; like a line of asterisks it is left out of the answer's text.
    relative = "sec/FCX/FCX_0000000000-22-004385/filings/0000831259-22-000030/filename1.htm"
    for letter in twins(relative):
        (answer,) = (r for r in letter.responses if r.number == 8)
        assert answer.text.endswith("Appendix B with changes highlighted with green shading.")


# Without bold, the captions over the next comment end an answer's text as a sentence might: MetLife's
# "Consolidated Statements of Operating Earnings Available to Common Shareholders (Unaudited)" (August
# 2016) and Kinder Morgan's "Item 7. Management's Discussion and Analysis of Financial Condition and
# Results of Operations." (2016). Neither is the answer's.
@pytest.mark.parametrize(
    ("relative", "number", "ending"),
    [
        (
            "sec/MET/MET_0000000000-16-095584/filings/0001193125-16-741304/filename1.htm",
            3,
            "Item 10(e)(1)(i)(C) or 10(e)(1)(iii).",
        ),
        (
            "sec/KMI/KMI_0000000000-16-082397/filings/0001506307-16-000098/filename1.htm",
            1,
            "who have defaulted on their obligations.",
        ),
    ],
)
def test_captions_ending_as_sentences_do_are_cut_from_the_answer_before(
    relative: str, number: int, ending: str
) -> None:
    for letter in twins(relative):
        assert answer_to(letter, number).endswith(ending)


# Wrapped at 76 columns, the last sentences of three restated comments start a line after a full one,
# which ends a sentence: each is read as a paragraph of its own, and is the staff's: "Also, address
# materiality in terms of qualitative factors …" (Marsh & McLennan 2016, comment 2), "Also refer to ASC
# 340-40-50-2(b)." (Autodesk 2018, comment 8) and the page a sentence ends with, "… your rollforward
# table at the bottom of page" / "118." (Ventas 2016, comment 3).
@pytest.mark.parametrize(
    ("relative", "number", "opening"),
    [
        (
            "sec/MRSH/MRSH_0000000000-16-085137/filings/0000062709-16-000072/filename1.htm",
            2,
            "The Company has considered the quantitative and qualitative aspects of its limited contacts",
        ),
        (
            "sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000044/filename1.htm",
            8,
            "We respectfully advise the Staff that the period of benefit for internal sales commissions",
        ),
        (
            "sec/VTR/VTR_0000000000-16-073108/filings/0001104659-16-117760/filename1.htm",
            3,
            "The amount of $20,978,000 shown in the table at the bottom of page 117",
        ),
    ],
)
def test_a_restated_comments_last_sentence_at_a_wrapped_lines_start_stays_the_staffs(
    relative: str, number: int, opening: str
) -> None:
    assert answer_to(plain_text(relative, 76), number).startswith(opening)


# Vistra's letter of February 2017 restates comment 2 ("Please disclose the basis for your assertions …")
# with the claims it asks about as bullets, each a quotation ("• “[O]ur band name retail electricity
# provider business …”"): items of the staff's list, not the answer. Ventas' letter of March 2018 answers
# "The tax credit structures referenced in your inquiries were acquired …": "your inquiries" are the
# staff's, named by the company. Without bold, both answers start where the HTML's do.
@pytest.mark.parametrize(
    ("relative", "number", "opening"),
    [
        (
            "sec/VST/VST_0000000000-17-002173/filings/0001193125-17-043281/filename1.htm",
            2,
            "Concurrently with the submission of this letter, the Company is providing supplemental materials",
        ),
        (
            "sec/VTR/VTR_0000000000-18-007350/filings/0001104659-18-025628/filename1.htm",
            1,
            "The tax credit structures referenced in your inquiries were acquired",
        ),
        # comment 6 restated ends "We believe that you would need to provide a reconciliation from operating cash
        # flows ...": the staff telling the company what it needs to do, not the company's "We believe"
        (
            "sec/KMI/KMI_0000000000-23-003113/filings/0001506307-23-000038/filename1.htm",
            6,
            "We acknowledge the Staff’s comment and confirm that our management team uses DCF",
        ),
    ],
)
def test_quoted_bullets_and_your_inquiries_read_without_bold(relative: str, number: int, opening: str) -> None:
    for letter in twins(relative):
        assert answer_to(letter, number).startswith(opening)


def test_a_salutation_of_names_alone_ends_the_re_block_of_packed_text() -> None:
    # Aon's letter of August 30, 2018 greets "Mr. Rosenberg and Ms. Torney," with no "Dear". Packed as text
    # at 65 columns (no line a paragraph long), that line ends the Re: block, which reviews the 10-K for 2017
    # and the 10-Q for June 30, 2018; the captions over comment 1 below it name no third filing.
    letter = packed_text("sec/AON/AON_0000000000-18-025493/filings/0001193125-18-263714/filename1.htm", 65)
    assert [(f.form, f.period) for f in letter.filings_reviewed] == [("10-K", "2017-12-31"), ("10-Q", "2018-06-30")]


@pytest.mark.parametrize(
    "relative",
    [
        # "... must respond within ten" / "(10) business days from the date thereof ...": a sentence wrapped on, not
        # a comment restated "(10)" that would end the opening before its request
        "sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000031/filename1.htm",
        # "... the receipt of the" / "Staff Comment Letter and the Initial Response Date ...": no "Staff Comment" label
        "sec/META/META_0000000000-16-073605/filings/0001193125-16-763238/filename1.htm",
    ],
)
def test_an_extension_request_wrapped_into_what_looks_like_a_comment_label(relative: str) -> None:
    """Two extension requests as packed text at 72 columns (Autodesk's of August 16, 2018, Facebook's of November
    8, 2016): a line of the opening that wraps so was taken for the first restated comment, the opening ended
    above the request, and the letter read as a response."""
    original = parse_letter(corpus_file(relative).read_bytes(), relative)
    assert (original.kind, original.subkind) == ("company_other", "extension_request")
    letter = packed_text(relative, 72)
    assert (letter.kind, letter.subkind) == ("company_other", "extension_request")


def test_a_restated_comment_giving_its_context_before_it_asks_in_plain_text() -> None:
    """eBay's answer of October 2018 as packed text at 72 columns: comment 1 restated opens with its context ("In a
    letter to the staff dated May 14, 2015, you discussed ...", then facts) and asks two paragraphs on ("Please
    describe to us ..."). Without its italics, the number had no sign of a restated comment after it and was
    taken for the company's own: answer 1 was lost (it defers comment 1: its number is kept as deferred)."""
    relative = "sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm"
    letter = packed_text(relative, 72)
    assert [r.number for r in letter.responses] == [2, 3, 4, 5, 6, 7]
    assert letter.deferred == [1]


def wrapped_lines(relative: str) -> list[str]:
    """The letter's extracted lines wrapped at 76 columns, a blank line after each paragraph."""
    path = corpus_file(relative)
    lines: list[str] = []
    for line in extract(path.read_bytes(), path.name).lines:
        if text := line.text.strip():
            lines += [*textwrap.wrap(text, 76), ""]
    return lines


def in_html_lines(lines: list[str]) -> Letter:
    """The letter read from ``lines`` filed as HTML lines each ended by "<br>" (each line a block)."""
    return parse_letter(("<html><body>" + "<br>\n".join(lines) + "</body></html>").encode(), "lines.htm")


def test_a_citation_cut_before_its_number_in_html_lines() -> None:
    """ADM's answer of May 29, 2024 as wrapped text filed as HTML lines each ended by "<br>" (each line a block): the
    restated comment 6 ends "... Refer to Item" / "10(e)(1)(i)(A) of Regulation S-K.", and that line was taken for
    comment 10 restated, its answer a seventh."""
    lines = wrapped_lines("sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-159925/filename1.htm")
    assert "10(e)(1)(i)(A) of Regulation S-K." in lines
    letter = in_html_lines(lines)
    assert [r.number for r in letter.responses] == [1, 2, 3, 4, 5, 6]
    assert "Refer to Item 10(e)(1)(i)(A) of Regulation S-K." in " ".join(letter.responses[5].restated_comment.split())


def test_the_company_s_own_numbers_are_not_cued_by_a_later_comment_s_label() -> None:
    """Las Vegas Sands' answer of 2023 with its two comments restated in bold without their numbers, each answer
    after its label: answer 1 gives its reasons "1. Due to the positive impact ...", "2. It is reasonably likely
    ...", "3. While the Macao government ...". The label of comment 2 further on, after paragraphs of the
    company's, was taken for the sign that its "3." restated a comment: a third answer was read."""
    path = corpus_file("sec/LVS/LVS_0000000000-23-002902/filings/0001300514-23-000030/filename1.htm")
    original = parse_letter(path.read_bytes(), path.name)
    firsts = {r.number: " ".join((r.restated_comment or "").split())[:20] for r in original.responses}
    paragraphs: list[str] = []
    for line in extract(path.read_bytes(), path.name).lines:
        text = line.text.strip()
        for n, first in firsts.items():
            if text.startswith(f"{n}. {first}"):
                text = text[len(f"{n}. ") :]
        if text:
            paragraphs.append(f"<p><b>{html.escape(text)}</b></p>" if line.emphasis else f"<p>{html.escape(text)}</p>")
    letter = parse_letter(("<html><body>" + "".join(paragraphs) + "</body></html>").encode(), "unnumbered.htm")
    assert any(p.startswith("<p>3. While the Macao government") for p in paragraphs)
    assert [(r.number, r.text[:60]) for r in letter.responses] == [(r.number, r.text[:60]) for r in original.responses]


def test_a_sentences_end_wrapped_onto_a_line_of_its_own_is_no_answer_label() -> None:
    """eBay's answer of August 2018 as wrapped text filed as HTML lines (each line a block): answer 3 says "... as
    discussed in our" / "response to comment #4." and that line, opening in lower case, was read as a label
    answering comment 4 ("Response #4" is one), cutting answer 3's first paragraphs and its commitment off."""
    lines = wrapped_lines("sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm")
    assert "response to comment #4." in lines
    letter = in_html_lines(lines)
    # (comment 1's answer, deferred, is read so in the HTML; here the restated comment's last paragraphs join it)
    answers = [r for r in letter.responses if r.number > 1]
    assert [r.number for r in answers] == [2, 3, 4, 5, 6, 7]
    assert answers[1].text.startswith("In \u201cItem 1. Business\u201d in Part I of our 2017 Form 10-K")
    assert [len(r.commitments) for r in answers] == [1, 1, 0, 1, 0, 0]


def test_a_sentence_ending_where_the_margin_cut_its_line_goes_on() -> None:
    # eBay's letter of 2018 restates comment 1 in two paragraphs, the first "1. In a letter to the staff dated May
    # 14, 2015, ... On page 20 of its 10-K filed February 7, 2018, PayPal provides similar information.
    # Additionally, we are aware of news reports ..."; the company defers its answer ("the Company's deadline for
    # responding to this comment has been extended to October 23, 2018"). Wrapped at 60 columns, a blank line
    # between paragraphs, a line ends "PayPal provides similar information." where the next word would not have
    # fitted: the paragraph goes on ("Additionally, we are aware ..." is the staff's, not an answer before the
    # deferral). Unwrapped, a paragraph to a line, there is no margin to go by.
    relative = "sec/EBAY/EBAY_0000000000-18-030096/filings/0001065088-18-000036/filename1.htm"
    for width in (60, 65, 72, 76, None):
        letter = plain_text(relative, width)
        assert [r.number for r in letter.responses] == [2, 3, 4, 5, 6, 7]
        assert letter.deferred == [1]


def test_a_bullet_of_the_comment_quoted_again_before_its_answer_is_no_answer() -> None:
    # Aon's letter of August 30, 2018 restates comment 1 with its bullets, then answers each in turn, quoting it
    # again first ("A more detailed description of your significant payment terms than a statement that they are
    # consistent with current industry practices. See ASC 606-10-50-12b." / "ASC 606-10-50-12(b) requires
    # disclosure ..."). The quotes are in bold; without it the first still repeats the restated comment word for
    # word: the answer starts after it, as in the letter itself.
    relative = "sec/AON/AON_0000000000-18-025493/filings/0001193125-18-263714/filename1.htm"
    for letter in (without_emphasis(relative), plain_text(relative, 76)):
        assert answer_to(letter, 1).startswith("ASC 606-10-50-12(b) requires disclosure information about an entity")


def test_a_running_header_over_blank_lines_in_spaced_text_is_no_answer() -> None:
    # Avery Dennison's letter of April 30, 2018 heads page 2 "Securities and Exchange Commission / Division of
    # Corporate Finance / Attn: Cecilia Blye, Chief, Office of Global Security Risk / April 30, 2018 / Page 2"
    # (the date and page number marked as furniture), right above its answer. As plain text with a blank line
    # after each line, those blank lines stand between the header's lines and the marked ones: the header is
    # still the page's top, not the answer's first words.
    for width in (76, None):
        letter = plain_text("sec/AVY/AVY_0000000000-18-009394/filings/0001104659-18-028354/filename1.htm", width)
        assert answer_to(letter, 1).startswith("The Company does not, to the best of its knowledge and belief")


@pytest.mark.parametrize(
    ("relative", "number", "opening"),
    [
        # "... Please tell us, and revise to clarify, ... Refer to ASC" / "606-10-50-17." / "For transactions processed
        # through a channel partner, ...": the citation's number is the comment's, not the answer's first words
        (
            "sec/ADSK/ADSK_0000000000-18-024031/filings/0000769397-18-000044/filename1.htm",
            4,
            "For transactions processed",
        ),
        # "... Please refer to" / "Question 102.11 of the Compliance and Disclosure Interpretations ..."
        (
            "sec/ALL/ALL_0000000000-21-003670/filings/0000899051-21-000022/filename1.htm",
            2,
            "In future filings starting",
        ),
        # "... Baker" / "Hughes’ shareholders before and after the transactions ...": a name wrapped in a sentence
        (
            "sec/BKR/BKR_0000000000-17-014455/filings/0001193125-17-163634/filename1.htm",
            1,
            "In response to the Staff’s",
        ),
    ],
)
def test_html_lines_of_a_wrapped_letter_are_read_as_wrapped_lines(relative: str, number: int, opening: str) -> None:
    """A letter as wrapped text filed as HTML lines, each ended by "<br>" (each line a block): its lines are a plain
    text letter's, wrapped, and are read so; a restated comment's last line, wrapped, was read as its answer's
    first words."""
    letter = in_html_lines(wrapped_lines(relative))
    assert answer_to(letter, number).startswith(opening)
