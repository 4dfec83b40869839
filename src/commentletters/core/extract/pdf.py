"""PDF letters (staff letters are mostly PDF) through pypdfium2.

pdfium's text comes back with ``\\r\\n`` line ends. When a line ends in a hyphen after a
letter ("non-" / "GAAP"), pdfium joins it with the next line and writes U+FFFE for the hyphen
(older builds wrote ``\\x02`` before the line end); we put the hyphen back, so the word reads
"non-GAAP" on one line. A hyphen it leaves at a line end after a digit joins the lines the same way
("Form 10-" / "K": "Form 10-K"). Letters hyphenate compounds, not syllables, so keeping the hyphen is
right far more often than dropping it. Work is bounded: a page limit and a byte limit.
"""

from __future__ import annotations

import re
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from ..errors import CorruptPdf, EncryptedPdf, NoTextLayer
from ..letters import Document, Line
from .text import plain_characters

MAX_PAGES = 300
# A hyphen ending a line right after a letter or digit, the next line going on with one: the word wrapped at
# its hyphen (pdfium marks it so after a letter only, U+FFFE; after a digit it leaves the hyphen and the break)
_LINE_END_HYPHEN = re.compile(r"(?<=[0-9A-Za-z])-\n(?=[0-9A-Za-z])")


def extract_pdf(data: bytes) -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise EncryptedPdf("the PDF is encrypted; save an unprotected copy and parse that") from None
        raise CorruptPdf(f"the PDF cannot be opened ({exc})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise CorruptPdf("the PDF has no pages")
        lines: list[Line] = []
        blank: list[int] = []  # the pages without text
        for index in range(min(n, MAX_PAGES)):
            text = _page_text(pdf, index)
            if not text.strip():
                blank.append(index)
            for raw in _normalise(text).split("\n"):
                lines.append(Line(raw.rstrip(), index + 1))
        if not any(ln.text.strip() for ln in lines):
            raise NoTextLayer(
                f"the PDF's {n} page(s) have no text layer (a scanned image); run OCR (e.g. ocrmypdf) first"
            )
        doc = Document(lines=lines, format="pdf", pages=n)
        if n > MAX_PAGES:
            doc.warnings.append(f"only the first {MAX_PAGES} of {n} pages were read")
        if scanned := [index + 1 for index in blank if _shows_image(pdf, index)]:
            doc.warnings.append(
                f"page(s) {', '.join(map(str, scanned))} show an image and no text (scanned?): what they show is "
                "not read; run OCR (e.g. ocrmypdf) on the PDF to read them"
            )
        return doc
    finally:
        _close(pdf)


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise CorruptPdf(f"page {index + 1} of the PDF cannot be read ({exc})") from None
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            _close(textpage)
    except pdfium.PdfiumError as exc:
        raise CorruptPdf(f"the text of page {index + 1} cannot be read ({exc})") from None
    finally:
        _close(page)


def _shows_image(pdf: pdfium.PdfDocument, index: int) -> bool:
    """Whether page ``index`` (which holds no text) draws an image, as a scanned page does; a blank page does not."""
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return False
    try:
        for _ in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            return True
        return False
    except pdfium.PdfiumError:
        return False
    finally:
        _close(page)


def _close(obj: pdfium.PdfDocument | pdfium.PdfPage | pdfium.PdfTextPage) -> None:
    """Close a pdfium object now, unless an interrupt (Ctrl-C, or a caller's time limit: anything
    raised that is not an ``Exception``) is on its way out: it may have come between opening a page
    or text page and the ``try`` that closes it, and a parent closed before its child makes
    pypdfium2's finalizer print a traceback at exit. Left open, the finalizers close them in order
    (children first)."""
    exc = sys.exc_info()[1]
    if exc is None or isinstance(exc, Exception):
        obj.close()


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x02\n", "-").replace("\x02", "-")  # soft hyphen at a line end
    if "-\n" in text:  # a hyphen pdfium leaves at a line end, after a digit: "Form 10-" / "K"
        text = _LINE_END_HYPHEN.sub("-", text)
    return plain_characters(text.replace("\ufffe", "-").replace("\x00", ""))
