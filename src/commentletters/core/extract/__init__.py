"""Stage 1 of the pipeline: bytes → a Document of lines with page numbers.

``extract(data, name)`` sniffs the format (PDF, EDGAR SGML submission, HTML, plain text),
runs the matching extractor and marks page furniture. Bad input raises a typed
:class:`~commentletters.core.errors.LetterError`, never returns an empty letter.
"""

from __future__ import annotations

from ..errors import (
    BinaryDocument,
    EmptyDocument,
    LetterError,
    NotALetter,
    NoTextLayer,
    TooLarge,
    UnsupportedFormat,
)
from ..letters import Document
from .bullet_letters import read_letter_bullets
from .furniture import mark_furniture
from .not_letters import binary_kind, edgar_index_page, html_images, other_text_format, scanned_html
from .sgml import extract_submission, is_submission
from .text import decode_text, extract_text, looks_binary, unmarked_utf16

MAX_BYTES = 64 * 1024 * 1024

__all__ = ["extract", "sniff"]


def sniff(data: bytes) -> str:
    """The format of ``data``: "pdf", "sgml", "html" or "text"."""
    head = data[:4096].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if is_submission(head):
        return "sgml"
    low = head[:2048].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or any(
        tag in low for tag in (b"<html", b"<body", b"<div", b"<p>", b"<p ", b"<table", b"<font")
    ):
        return "html"
    return "text"


def extract(data: bytes, name: str = "<bytes>", *, furniture: bool = True) -> Document:
    """Extract the lines of one letter from its raw bytes (``furniture=False``: leave it unmarked)."""
    try:
        if len(data) > MAX_BYTES:
            raise TooLarge(f"{len(data)} bytes is more than the {MAX_BYTES}-byte limit for one letter")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) or unmarked_utf16(data):  # UTF-16 text (its NULs look binary)
            data = decode_text(data).encode("utf-8")
        if not data.strip():
            raise EmptyDocument("the file is empty")
        doc = _read(data)
        if not any(ln.text.strip() for ln in doc.lines):
            if doc.format == "html" and (images := html_images(data)):
                raise NoTextLayer(scanned_html(images))
            raise EmptyDocument(f"no text found in this {doc.format} file")
        read_letter_bullets(doc)
        if furniture:
            mark_furniture(doc)
        return doc
    except LetterError as err:
        raise err.with_source(name) from None


def _read(data: bytes, inner: bool = False) -> Document:
    """Dispatch on the format; a submission's letter is read the same way, one level deep.

    The PDF and HTML readers are imported on first use, so reading text letters (and starting
    the command line) does not load pdfium or lexbor.
    """
    fmt = sniff(data)
    if fmt == "pdf":
        from .pdf import extract_pdf

        return extract_pdf(data)
    if fmt == "sgml" and not inner:
        return extract_submission(data, extract_one=lambda body: _read(body, inner=True))
    if fmt == "html":
        if (index_page := edgar_index_page(data)) is not None:
            raise NotALetter(index_page)
        from .html import extract_html

        return extract_html(decode_text(data))
    if looks_binary(data):
        raise BinaryDocument(binary_kind(data))
    if (other := other_text_format(data)) is not None:
        raise UnsupportedFormat(other)
    return extract_text(decode_text(data))
