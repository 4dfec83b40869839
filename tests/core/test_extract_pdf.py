"""PDF text as pdfium gives it, normalised: line ends, hyphens at line ends, page numbers."""

from __future__ import annotations

import io

import pypdfium2 as pdfium

from commentletters.core.extract import extract
from commentletters.core.extract.pdf import extract_pdf
from tests.conftest import corpus_file
from tests.core.pdfs import make_pdf, make_scanned_pdf


def test_hyphen_at_line_end_keeps_the_hyphenated_word() -> None:
    # pdfium joins a line that ends in "letter-" with the next and marks the hyphen U+FFFE
    data = make_pdf([["Please revise the non-", "GAAP measures under Regulation S-", "K in future filings.", "Thanks"]])
    lines = [ln.text for ln in extract_pdf(data).lines]
    assert lines == ["Please revise the non-GAAP measures under Regulation S-K in future filings.", "Thanks"]


def test_hyphen_after_a_digit_at_line_end_keeps_the_word() -> None:
    # pdfium marks no hyphen after a digit: it leaves "10-" and the line end ("… on Form 10-" / "K, for …")
    data = make_pdf(
        [["the Annual Report on Form 10-", "K, for illustrative purposes, in 2021-", "2022.", "- 2 -", "x"]]
    )
    lines = [ln.text for ln in extract_pdf(data).lines]
    assert lines == ["the Annual Report on Form 10-K, for illustrative purposes, in 2021-2022.", "- 2 -", "x"]


def test_pages_and_line_ends() -> None:
    doc = extract_pdf(make_pdf([["Page one text", "second line"], ["Page two text"]]))
    assert [(ln.text, ln.page) for ln in doc.lines] == [
        ("Page one text", 1),
        ("second line", 1),
        ("Page two text", 2),
    ]
    assert doc.pages == 2


def test_real_staff_letter_hyphens() -> None:
    # Best Buy 2016: "Regulation S-K" and "Non-GAAP" were split at line ends in the PDF
    path = corpus_file("sec/BBY/BBY_0000000000-16-088191/filings/0000000000-16-088191/filename1.pdf")
    text = "\n".join(ln.text for ln in extract_pdf(path.read_bytes()).lines)
    assert "Regulation S-K and Question" in text
    assert "Non-GAAP Financial" in text
    assert "\ufffe" not in text and "\r" not in text and "\x02" not in text


def test_pages_scanned_among_pages_of_text_are_named_in_a_warning() -> None:
    """A letter whose later pages were scanned in: the text of its first page is read, and the letter says
    which pages show only an image (a blank page is no scan, and is not named)."""
    pdf = pdfium.PdfDocument(make_pdf([["Dear Mr. Young:", "1. Please tell us more."], []]))
    scans = pdfium.PdfDocument(make_scanned_pdf(2))
    pdf.import_pages(scans)
    out = io.BytesIO()
    pdf.save(out)
    scans.close()
    pdf.close()
    doc = extract(out.getvalue(), "mixed.pdf")
    assert doc.pages == 4 and [ln.text for ln in doc.lines if ln.text][:2] == [
        "Dear Mr. Young:",
        "1. Please tell us more.",
    ]
    assert doc.warnings == [
        "page(s) 3, 4 show an image and no text (scanned?): what they show is not read; "
        "run OCR (e.g. ocrmypdf) on the PDF to read them"
    ]
    assert extract(make_pdf([["Dear Mr. Young:"], []]), "blank-page.pdf").warnings == []
