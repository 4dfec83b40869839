"""Stage 1 of the pipeline: bytes → a Document of lines with page numbers.

``extract(data, name)`` sniffs the format (PDF, EDGAR SGML submission, HTML, plain text),
runs the matching extractor and marks page furniture. Bad input raises a typed
:class:`~commentletters.core.errors.LetterError`, never returns an empty letter.
"""

from __future__ import annotations

import json
import re

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
from .furniture import mark_furniture
from .sgml import extract_submission, is_submission
from .text import decode_text, extract_text, looks_binary, unmarked_utf16

MAX_BYTES = 64 * 1024 * 1024

__all__ = ["extract", "html_images", "scanned_html", "sniff"]


def html_images(data: bytes) -> int:
    """How many images an HTML document shows (its ``<img>`` tags)."""
    return data.lower().count(b"<img")


def scanned_html(images: int) -> str:
    """What to say of an HTML letter that shows its pages as images and holds no text of them."""
    return (
        f"the HTML shows {images} image(s) and no text of a letter: the pages of a scanned letter; run OCR on the "
        "images (or on the letter's PDF) first"
    )


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
        if (index := _EDGAR_INDEX_PAGE.search(data, 0, 4096)) is not None:
            raise NotALetter(
                f"the file is EDGAR's index page of filing {index[1].decode()} (the list of its documents), not a "
                "letter: read the letter it lists, or give parse the page's address to read it from EDGAR"
            )
        from .html import extract_html

        return extract_html(decode_text(data))
    if looks_binary(data):
        raise BinaryDocument(_binary_kind(data))
    if data[:64].lstrip()[:5] == b"{\\rtf":
        raise UnsupportedFormat("the file is an RTF document, not a letter (PDF, HTML or text): " + _SAVE_AS)
    if data[:64].lstrip()[:1] in (b"{", b"[") and _is_json(data):
        raise UnsupportedFormat(
            "the file is JSON (Letter JSON, say: what parse --json prints), not a letter (PDF, HTML or text): "
            "give parse the letters themselves"
        )
    return extract_text(decode_text(data))


def _is_json(data: bytes) -> bool:
    """Whether ``data`` is JSON, or JSON Lines (its first line is a JSON object or array)."""
    for doc in (data, data.split(b"\n", 1)[0]):
        try:
            json.loads(doc)
        except ValueError:  # (UnicodeDecodeError and json.JSONDecodeError are ValueErrors)
            continue
        return True
    return False


# EDGAR's page of a filing's documents (…-index.htm), saved instead of the letter it lists
_EDGAR_INDEX_PAGE = re.compile(rb"<title>\s*EDGAR Filing Documents for\s+(\d{10}-\d{2}-\d{6})", re.I)

# Files people keep beside their letters, told by their first bytes: (magic, what the file is, what to do)
_SAVE_AS = "save it as PDF or text and read that"
_OCR = "a scanned letter needs its text recognised (OCR) first"
_KNOWN_BINARY = (
    (b"PK\x03\x04", "a ZIP archive", "unpack it and read the letters in it"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)", _SAVE_AS),
    (b"\x89PNG", "a PNG image", _OCR),
    (b"\xff\xd8\xff", "a JPEG image", _OCR),
    (b"II*\x00", "a TIFF image", _OCR),
    (b"MM\x00*", "a TIFF image", _OCR),
)


def _binary_kind(data: bytes) -> str:
    """Why a binary file is no letter, naming what it is where its first bytes tell it, and what to do."""
    found = next(((what, todo) for magic, what, todo in _KNOWN_BINARY if data.startswith(magic)), None)
    if found is None:
        return "the file is binary, not a letter (PDF, HTML or text)"
    what, todo = found
    if what == "a ZIP archive" and b"word/" in data:  # (the archive's list of its files names a Word file's parts)
        what, todo = "a Word document (.docx)", _SAVE_AS
    return f"the file is {what}, not a letter (PDF, HTML or text): {todo}"
