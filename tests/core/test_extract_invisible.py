"""Characters that print nothing (a soft hyphen, a zero-width space, a word joiner, a zero-width no-break space),
written as themselves or as entities, are left out of a letter's text: inside a word they would part it where no
reader sees it parted ("Re&shy;sponse:", "Com&#8203;pany"), and the label, the name or the ask it spells be lost.
The hyphens that print as "-" (U+2010, the non-breaking U+2011) read as "-": a form's code, a file number or a phone
number spelt with them is still one.

Word processors and web editors leave them: optional hyphens, zero-width spaces marking where a line may break or
filling an empty paragraph (Waste Management's answer of 2022 fills its empty paragraphs with a hidden "&#8203;").
The real letters below, those characters put inside their words, read as they do without them.

The spaces that print as one (a no-break space, the typesetter's fixed-width spaces) read as a space: a word
processor sets no-break spaces after a number, a label or a title ("Response:\u00a0", "Form\u00a010-K"), a plain-text
letter saved from one keeps them, and a PDF's text layer gives them back where the page was set with them.
"""

from __future__ import annotations

from commentletters.core import parse_letter
from commentletters.core.extract import extract
from tests.conftest import SHARED, corpus_file
from tests.core.text_twins import plain_text


def _lines(data: bytes, name: str) -> list[str]:
    return [ln.text for ln in extract(data, name).lines]


def test_entities_that_print_nothing_are_left_out_of_html() -> None:
    html = (
        "<html><body><p>Re&shy;sponse: The Com&#8203;pany has re&#xAD;vised the dis&#173;closure on page&#x200B;"
        " 12&NoBreak;.</p><p><font style='visibility:hidden'>&#8203;</font></p><p>Sincerely,&#65279;</p></body></html>"
    )
    assert _lines(html.encode(), "x.htm") == [
        "Response: The Company has revised the disclosure on page 12.",
        "Sincerely,",
    ]


def test_characters_that_print_nothing_are_left_out_of_text_and_html() -> None:
    text = "Re\u00adsponse: The Com\u200bpany has re\u2060vised the disclosure.\ufeff"
    assert _lines(text.encode(), "x.txt") == ["Response: The Company has revised the disclosure."]
    assert _lines(f"<p>{text}</p>".encode(), "x.htm") == ["Response: The Company has revised the disclosure."]


def test_the_seed_answer_with_soft_hyphens_reads_as_without() -> None:
    # The 2017 response's five answers, four after "Response:"; its words hyphenated at will, as a word processor
    # saving optional hyphens writes them
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    soft = (
        text.replace("Response", "Re\u00adsponse").replace("Company", "Com\u200bpany").replace("future", "fu\u00adture")
    )
    plain, hyphenated = parse_letter(text.encode(), "a.txt"), parse_letter(soft.encode(), "b.txt")
    assert [r.number for r in hyphenated.responses] == [1, 2, 3, 4, 5]
    assert [r.text for r in hyphenated.responses] == [r.text for r in plain.responses]
    assert [r.commits_future_filing for r in hyphenated.responses] == [r.commits_future_filing for r in plain.responses]


def test_an_html_answer_with_entities_that_print_nothing_reads_as_without() -> None:
    # ADM's answer of 2024 to six comments, each answer after "Response:"
    path = corpus_file("sec/ADM/ADM_0000000000-24-005934/filings/0001193125-24-159925/filename1.htm")
    html = path.read_text("utf-8")
    soft = html.replace("Response:", "Re&shy;sponse:").replace("Company", "Com&#8203;pany")
    plain, hyphenated = parse_letter(html.encode(), path.name), parse_letter(soft.encode(), path.name)
    assert [r.number for r in hyphenated.responses] == [1, 2, 3, 4, 5, 6]
    assert [r.text for r in hyphenated.responses] == [r.text for r in plain.responses]


def test_hyphens_that_print_as_a_hyphen_read_as_one() -> None:
    # U+2011 keeps its words on one line ("Form 10‑Q", "Regulation S‑K", a phone number), as Workiva's HTML writes
    # them; U+2010 is the hyphen proper. En and figure dashes keep their meaning (ranges, "pages 43–44").
    html = "<p>Form&nbsp;10&#8209;Q, Regulation S&#x2011;K, File No. 001&dash;35126; self\u2011reported; 43–44</p>"
    assert _lines(html.encode(), "x.htm") == ["Form 10-Q, Regulation S-K, File No. 001-35126; self-reported; 43–44"]
    text = "File No. 001\u201135126, Form 20\u2010F"
    assert _lines(text.encode(), "x.txt") == ["File No. 001-35126, Form 20-F"]


def test_a_phone_number_with_a_non_breaking_hyphen_names_a_contact() -> None:
    # L3Harris's extension request of January 30, 2020 closes "please do not hesitate to contact me at (321)
    # 724&#8209;3536", signed by Todd Taylor, Vice President and Principal Accounting Officer
    path = corpus_file("sec/LHX/LHX_0000000000-20-000514/filings/0000202058-20-000002/filename1.htm")
    letter = parse_letter(path.read_bytes(), path.name)
    assert [(c.name, c.phone) for c in letter.contacts] == [("Todd Taylor", "(321) 724-3536")]


def test_the_seed_answer_with_non_breaking_hyphens_keeps_its_filing_and_file_number() -> None:
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    typed = text.replace("001-", "001\u2011").replace("20-F", "20\u2011F")
    letter = parse_letter(typed.encode(), "b.txt")
    assert letter.file_numbers == ["001-35126"]
    assert [(f.form, f.period, f.filed) for f in letter.filings_reviewed] == [("20-F", "2016-12-31", "2017-04-12")]


def test_no_break_and_fixed_width_spaces_read_as_spaces() -> None:
    # each stays one character: a plain-text letter's columns stand where they stood
    text = "1.\u00a0\u00a0We note\u2009your Form\u00a010-K.\nResponse:\u202fThe Company\u2007will revise\u2003it."
    assert _lines(text.encode(), "x.txt") == ["1.  We note your Form 10-K.", "Response: The Company will revise it."]
    assert _lines(text.encode("cp1252", "replace").replace(b"?", b" "), "x.txt")[0] == "1.  We note your Form 10-K."


def test_the_seed_answer_with_no_break_spaces_reads_as_without() -> None:
    # The 2017 response's five answers, every space between two words a no-break space (the extreme of a word
    # processor's habit): the same numbers, texts and commitments
    text = (SHARED / "seeds" / "company-response-2017-08-30.txt").read_text("utf-8")
    typed = text.replace(" ", "\u00a0")
    plain, spaced = parse_letter(text.encode(), "a.txt"), parse_letter(typed.encode(), "b.txt")
    assert [r.number for r in spaced.responses] == [1, 2, 3, 4, 5]
    assert [r.text for r in spaced.responses] == [r.text for r in plain.responses]
    assert [r.commitments for r in spaced.responses] == [r.commitments for r in plain.responses]
    assert [(f.form, f.period, f.filed) for f in spaced.filings_reviewed] == [("20-F", "2016-12-31", "2017-04-12")]


def test_a_real_answer_in_plain_text_with_no_break_spaces_reads_as_without() -> None:
    # Allstate's answer of 2017 to one comment, restated and answered after "Response:" ("In response to your
    # request, we confirm ..."), as plain text: with its spaces no-break ones the restated comment's end and the
    # answer's start were no longer told apart
    relative = "sec/ALL/ALL_0000000000-17-014470/filings/0000899051-17-000036/filename1.htm"
    text, typed = plain_text(relative), plain_text(relative, lambda line: line.replace(" ", "\u00a0"))
    plain, spaced = parse_letter(text.encode(), "a.txt"), parse_letter(typed.encode(), "b.txt")
    assert [r.number for r in plain.responses] == [1]
    assert plain.responses[0].text.startswith("In response to your request, we confirm")
    assert [(r.number, r.text) for r in spaced.responses] == [(r.number, r.text) for r in plain.responses]


def test_no_break_spaces_in_a_pdf_text_layer_read_as_spaces(printer) -> None:  # type: ignore[no-untyped-def]
    # Chromium keeps the no-break spaces of preformatted text in the PDF's text layer, as pdfium reads it back
    printer.set_content("<pre>1.&nbsp;&nbsp;We note your Form&nbsp;10-K.\nResponse:&nbsp;We will revise it.</pre>")
    lines = _lines(printer.pdf(format="Letter"), "x.pdf")
    assert lines == ["1.  We note your Form 10-K.", "Response: We will revise it."]
