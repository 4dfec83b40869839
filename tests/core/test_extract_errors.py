"""Bad input gets a typed error naming the file, never a traceback or an empty letter."""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from pathlib import Path

import pytest

from commentletters.core import LetterError, parse_letter
from commentletters.core.errors import (
    BinaryDocument,
    CorruptPdf,
    EmptyDocument,
    EncryptedPdf,
    NotALetter,
    NoTextLayer,
    TooLarge,
    UndecodableText,
    UnsupportedFormat,
)
from commentletters.core.extract import extract
from tests.conftest import SAMPLES, corpus_file
from tests.core.pdfs import make_pdf, make_scanned_pdf

FIXTURES = Path(__file__).parent / "fixtures_pdf"
ADM_PDF = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf"


def _half_of_a_real_pdf() -> bytes:
    data = corpus_file(ADM_PDF).read_bytes()
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocument),
        (b"   \n\n  \t", EmptyDocument),
        (b"\x00\x01\x02\x03binary\x00junk" * 50, BinaryDocument),
        (b"%PDF-1.7\n this is not really a pdf", CorruptPdf),
        (make_scanned_pdf(), NoTextLayer),
        (make_pdf([[], []]), NoTextLayer),  # blank pages
        ((FIXTURES / "encrypted-user-password.pdf").read_bytes(), EncryptedPdf),
        (_half_of_a_real_pdf(), CorruptPdf),
        (bytes(range(0x80, 0x100)) * 20, UndecodableText),
        (b"<html><body><p> </p><script>x()</script></body></html>", EmptyDocument),
    ],
)
def test_bad_input_raises_typed_error(data: bytes, error: type[LetterError]) -> None:
    with pytest.raises(error) as info:
        parse_letter(data, "bad.file")
    assert info.value.source == "bad.file"
    assert "bad.file" in str(info.value)
    assert info.value.code and info.value.message


def test_scanned_pdf_message_says_what_to_do() -> None:
    with pytest.raises(NoTextLayer) as info:
        extract(make_scanned_pdf(3), "scan.pdf")
    assert "3 page(s)" in info.value.message and "OCR" in info.value.message


def test_owner_restricted_pdf_still_reads() -> None:
    # encrypted with an owner password only (printing forbidden): anyone may open and read it
    doc = extract((FIXTURES / "encrypted-owner-only.pdf").read_bytes(), "restricted.pdf")
    assert [ln.text for ln in doc.lines] == ["Dear Mr. Young:", "1. Please tell us more."]


def test_size_and_page_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    from commentletters.core.extract import pdf as pdf_module

    extract_module = sys.modules["commentletters.core.extract"]
    monkeypatch.setattr(extract_module, "MAX_BYTES", 100)
    with pytest.raises(TooLarge):
        extract(b"x" * 101, "big.txt")
    monkeypatch.setattr(extract_module, "MAX_BYTES", 10_000)
    monkeypatch.setattr(pdf_module, "MAX_PAGES", 1)
    doc = extract(make_pdf([["first page"], ["second page"]]), "long.pdf")
    assert [ln.text for ln in doc.lines] == ["first page"]
    assert doc.warnings == ["only the first 1 of 2 pages were read"]


def test_utf16_text_letter_is_read() -> None:
    text = "November 17, 2014\nDear Mr. Chen:\n1. Please tell us more.\n"
    doc = extract(b"\xff\xfe" + text.encode("utf-16-le"), "utf16.txt")
    assert [ln.text for ln in doc.lines if ln.text] == text.split("\n")[:3]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_its_mark_is_read(codec: str) -> None:
    """Saved as UTF-16 with no byte-order mark: the NULs of every other byte tell it, not a binary file."""
    text = "November 17, 2014\nDear Mr. Chen:\n1. Please tell us about the Company\u2019s leases.\n"
    doc = extract(text.encode(codec), "unmarked.txt")
    assert [ln.text for ln in doc.lines if ln.text] == text.split("\n")[:3]


def _zipped(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<w:document/>")
        archive.writestr("docProps/app.xml", "<Properties/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "named", "todo"),
    [
        (_zipped("word/document.xml"), "a Word document (.docx)", "save it as PDF or text"),
        (_zipped("letters/a.pdf"), "a ZIP archive", "unpack it"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "an old Office document (.doc, .xls)", "save it as PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(500), "a PNG image", "(OCR)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(500), "a JPEG image", "(OCR)"),
    ],
)
def test_a_binary_file_named_by_its_first_bytes_says_what_to_do(data: bytes, named: str, todo: str) -> None:
    with pytest.raises(BinaryDocument) as caught:
        extract(data, "kept.bin")
    assert f"the file is {named}, not a letter" in caught.value.message and todo in caught.value.message


def test_an_rtf_document_is_refused_not_read_as_words() -> None:
    """Its control words ("\\par", "\\fs24") would be read as the letter's text, and its comments lost."""
    data = (
        b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\f0 November 17, 2014\\par Dear Mr. Chen:\\par 1. Please tell us.\\par}"
    )
    with pytest.raises(UnsupportedFormat) as caught:
        parse_letter(data, "letter.rtf")
    assert caught.value.code == "unsupported_format" and "save it as PDF or text" in caught.value.message


@pytest.mark.parametrize(
    "html",
    [
        '<html><body><p><img src="image001.jpg"></p><p><img src="image002.jpg"></p></body></html>',
        '<html><body><p align="center"><IMG SRC="p1.gif"></p><p>1</p><p><IMG SRC="p2.gif"></p><p>2</p></body></html>',
    ],
)
def test_an_html_letter_shown_as_page_images_is_a_scanned_letter(html: str) -> None:
    """Filed as pictures of its pages, with no text of them (or page numbers only): OCR first, as for a scanned PDF."""
    with pytest.raises(NoTextLayer) as caught:
        parse_letter(html.encode(), "filename1.htm")
    assert caught.value.code == "no_text_layer" and "2 image(s)" in caught.value.message
    assert "OCR" in caught.value.message


def test_a_page_of_links_with_a_logo_is_still_no_letter() -> None:
    links = "".join(f"<li><a href='letter{i}.pdf'>Letter number {i} of the review</a></li>" for i in range(12))
    with pytest.raises(NotALetter):
        parse_letter(f"<html><body><img src='logo.png'><ul>{links}</ul></body></html>".encode(), "index.htm")


# EDGAR's page of a filing's documents (…-index.htm), as EDGAR serves it, trimmed: saved instead of the letter
EDGAR_INDEX_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>EDGAR Filing Documents for 0001397187-17-000031</title>
</head>
<body style="margin: 0">
<div id="PageTitle">Filing Detail</div>
<div id="formName"><strong>Form CORRESP</strong> - Correspondence:</div>
<div class="infoHead">Filing Date</div><div class="info">2017-08-10</div>
<table class="tableFile" summary="Document Format Files">
<tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th><th>Size</th></tr>
<tr><td>1</td><td></td>
<td><a href="/Archives/edgar/data/1397187/000139718717000031/filename1.htm">filename1.htm</a></td>
<td>CORRESP</td><td>47143</td></tr>
</table>
<span class="companyName">lululemon athletica inc. (Filer) CIK: 0001397187</span>
<p class="identInfo">State of Incorp.: <strong>DE</strong> | Type: <strong>CORRESP</strong> | File No.: 001-33608</p>
</body>
</html>
"""


def test_edgar_s_index_page_of_a_filing_is_no_letter() -> None:
    """Its filing date and file number once made it a letter of nobody's, addressed to "Document Format Files"."""
    with pytest.raises(NotALetter) as caught:
        parse_letter(EDGAR_INDEX_PAGE.encode(), "0001397187-17-000031-index.htm")
    assert "index page of filing 0001397187-17-000031" in caught.value.message
    assert "read the letter it lists" in caught.value.message


def test_letter_json_given_back_to_parse_is_refused() -> None:
    """parse's own --json output read as a letter's text made a company letter reviewing a "Form 20-F"."""
    letter = parse_letter((SAMPLES / "sec-staff-letter-2014-11-17.txt").read_bytes(), "seed.txt")
    lines = json.dumps(letter.to_json()) + "\n" + json.dumps({"source": "b.pdf", "error": {"code": "empty"}}) + "\n"
    for data in (lines, json.dumps(letter.to_json(), indent=2)):
        with pytest.raises(UnsupportedFormat) as caught:
            extract(data.encode(), "letters.jsonl")
        assert (
            "the file is JSON" in caught.value.message and "give parse the letters themselves" in caught.value.message
        )


def test_parse_csv_output_given_back_to_parse_is_refused() -> None:
    """parse's own --csv table read as a letter's text made a company letter whose restated comments were rows of
    the table; a tab-separated table is refused too."""
    letter = parse_letter((SAMPLES / "sec-staff-letter-2014-11-17.txt").read_bytes(), "seed.txt")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["source", "kind", "date", "number", "section", "text"])
    for c in letter.comments:
        writer.writerow(["seed.txt", letter.kind, letter.date, c.number, json.dumps(c.section), c.text])
    tabbed = (
        "name\tdate\tamount\tnote\nAcme\t2021-05-01\t12\tpaid\nWidget\t2021-06-01\t13\t\nGizmo\t2021-07-01\t9\tdue\n"
    )
    for data in (out.getvalue(), tabbed):
        with pytest.raises(UnsupportedFormat) as caught:
            extract(data.encode(), "letters.csv")
        assert "(CSV, say: what parse --csv writes)" in caught.value.message


def test_a_text_letter_whose_first_line_holds_commas_is_read() -> None:
    """Its first line has the commas of a table's header, not its next lines as many cells each."""
    letter = parse_letter(
        b"Acme Widgets, Inc., 100 Main Street, Springfield, Illinois\nMarch 3, 2021\n\n"
        b"We have completed our review of your filing, and we have no further comments.\n",
        "x.txt",
    )
    assert letter.kind == "staff_review_complete"


def test_a_text_letter_opening_with_a_bracket_is_read() -> None:
    letter = parse_letter(
        b"[Company letterhead]\nMarch 3, 2021\n\nWe have completed our review of your filing.\n", "x.txt"
    )
    assert letter.kind == "staff_review_complete"


def test_nuls_on_both_sides_of_each_pair_are_binary() -> None:
    data = bytes(range(256)) * 8  # every byte value, NULs at even and odd places alike
    with pytest.raises(BinaryDocument):
        extract(data, "blob.bin")


# Text files that are no letter: a README and notes kept beside the letters, an HTML page of links.
NOT_LETTERS = [
    b"README\n\nThese folders hold the letters we downloaded for the audit.\nAsk Jane before deleting any.\n",
    b"- call outside counsel about the reply\n- check the draft numbers again\n",
    b"<html><body><h1>Index</h1><a href='a.pdf'>a.pdf</a> <a href='b.pdf'>b.pdf</a></body></html>",
]


@pytest.mark.parametrize("data", NOT_LETTERS)
def test_text_with_nothing_of_a_letter_is_no_letter(data: bytes) -> None:
    with pytest.raises(NotALetter) as caught:
        parse_letter(data, "notes.txt")
    assert caught.value.code == "not_a_letter" and "notes.txt" in str(caught.value)
    assert "report it" in caught.value.message  # what to do if it is a letter after all


def test_a_letter_of_two_lines_is_still_a_letter() -> None:
    """A date (or a comment, a party …) is enough: each real letter of the corpus has two of them at least."""
    letter = parse_letter(b"March 3, 2021\n\nWe have completed our review of your filing.\n", "short.txt")
    assert letter.date == "2021-03-03"
