"""EDGAR full-submission .txt files: the letter found among the <DOCUMENT>s, PDFs uudecoded.

The envelopes are built here around real corpus letters, in the shape EDGAR serves them
(SEC-HEADER, one <DOCUMENT> per file, PDFs uuencoded with backquotes between <PDF> tags).
"""

from __future__ import annotations

import binascii

import pytest

from commentletters.core import parse_letter
from commentletters.core.errors import NoLetterInSubmission
from commentletters.core.extract import extract
from tests.conftest import corpus_file

ADM_PDF = "sec/ADM/ADM_0000000000-20-007987/filings/0000000000-20-007987/filename1.pdf"
BSX_HTM = "sec/BSX/BSX_0000000000-16-070496/filings/0000885725-16-000030/filename1.htm"


def _uuencode(data: bytes, name: str) -> bytes:
    body = b"".join(binascii.b2a_uu(data[i : i + 45], backtick=True) for i in range(0, len(data), 45))
    return b"begin 644 " + name.encode() + b"\n" + body + b"`\nend\n"


def _document(doc_type: str, filename: str, text: bytes) -> bytes:
    return (
        f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>1\n<FILENAME>{filename}\n<DESCRIPTION>{doc_type}\n<TEXT>\n".encode()
        + text
        + b"\n</TEXT>\n</DOCUMENT>\n"
    )


def _submission(form: str, *documents: bytes) -> bytes:
    header = (
        "<SEC-DOCUMENT>0000000000-20-007987.txt : 20200915\n"
        "<SEC-HEADER>0000000000-20-007987.hdr.sgml : 20200915\n"
        "<ACCEPTANCE-DATETIME>20200915120000\n"
        "ACCESSION NUMBER:\t\t0000000000-20-007987\n"
        f"CONFORMED SUBMISSION TYPE:\t{form}\n"
        f"PUBLIC DOCUMENT COUNT:\t\t{len(documents)}\n"
        "FILED AS OF DATE:\t\t20200915\n\n"
        "FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tARCHER-DANIELS-MIDLAND CO\n"
        "</SEC-HEADER>\n"
    ).encode()
    return header + b"".join(documents) + b"</SEC-DOCUMENT>\n"


def test_uuencoded_staff_pdf_reads_like_the_pdf() -> None:
    pdf = corpus_file(ADM_PDF).read_bytes()
    letter = _document("LETTER", "filename1.pdf", b"<PDF>\n" + _uuencode(pdf, "filename1.pdf") + b"</PDF>")
    direct, wrapped = extract(pdf), extract(_submission("UPLOAD", letter), "0000000000-20-007987.txt")
    assert wrapped.format == "pdf" and wrapped.pages == direct.pages == 2
    assert wrapped.lines == direct.lines
    assert wrapped.lines[0].text == "United States securities and exchange commission logo"


def test_letter_chosen_over_graphics_and_crlf_envelope() -> None:
    corresp = corpus_file(BSX_HTM).read_bytes()  # the corpus keeps the <DOCUMENT> wrapper of the .htm
    assert corresp.startswith(b"<DOCUMENT>\n<TYPE>CORRESP")
    logo = _document("GRAPHIC", "g1.jpg", _uuencode(b"\xff\xd8\xff\xe0 not really a jpeg", "g1.jpg"))
    sub = _submission("CORRESP", logo, corresp).replace(b"\n", b"\r\n")
    doc = extract(sub, "bsx.txt")
    assert doc.format == "html"
    assert doc.lines[0].text == "April 6, 2016"
    assert any(ln.text.startswith("1. We note that you use") for ln in doc.lines)
    assert any("filename1.htm" in w for w in doc.warnings)


def test_single_document_wrapper_needs_no_warning() -> None:
    doc = extract(corpus_file(BSX_HTM).read_bytes(), "filename1.htm")
    assert doc.format == "html" and doc.warnings == []


def test_submission_without_documents_is_a_typed_error() -> None:
    with pytest.raises(NoLetterInSubmission) as info:
        parse_letter(b"<SEC-DOCUMENT>x.txt\n<SEC-HEADER>\nACCESSION NUMBER: 1\n</SEC-HEADER>\n", "x.txt")
    assert info.value.code == "no_letter" and info.value.source == "x.txt"
