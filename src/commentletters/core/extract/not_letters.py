"""Files that are no letter, told by their bytes, and what to say of each: what the file is and what to do.

People keep other files beside their letters, or save the wrong one: a Word draft, a scan, EDGAR's page
listing a filing's documents, the JSON ``parse --json`` printed or the table ``parse --csv`` wrote. Read as a
letter's text, some of them made a letter of nobody's (EDGAR's index page: its filing date and file number)
or of the wrong kind (an RTF letter's control words, Letter JSON, a CSV table of comments and answers, whose
cells read as restated comments): they are refused, saying so. Imports nothing but the standard library's
``re``, ``json`` and ``csv``; :mod:`..extract` raises the typed errors.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re

_SAVE_AS = "save it as PDF or text and read that"
_OCR = "a scanned letter needs its text recognised (OCR) first"
# Binary files told by their first bytes: (magic, what the file is, what to do)
_KNOWN_BINARY = (
    (b"PK\x03\x04", "a ZIP archive", "unpack it and read the letters in it"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls)", _SAVE_AS),
    (b"\x89PNG", "a PNG image", _OCR),
    (b"\xff\xd8\xff", "a JPEG image", _OCR),
    (b"II*\x00", "a TIFF image", _OCR),
    (b"MM\x00*", "a TIFF image", _OCR),
)
# EDGAR's page of a filing's documents (…-index.htm), saved instead of the letter it lists
_EDGAR_INDEX_PAGE = re.compile(rb"<title>\s*EDGAR Filing Documents for\s+(\d{10}-\d{2}-\d{6})", re.I)


def binary_kind(data: bytes) -> str:
    """Why a binary file is no letter, naming what it is where its first bytes tell it, and what to do."""
    found = next(((what, todo) for magic, what, todo in _KNOWN_BINARY if data.startswith(magic)), None)
    if found is None:
        return "the file is binary, not a letter (PDF, HTML or text)"
    what, todo = found
    if what == "a ZIP archive" and b"word/" in data:  # (the archive's list of its files names a Word file's parts)
        what, todo = "a Word document (.docx)", _SAVE_AS
    return f"the file is {what}, not a letter (PDF, HTML or text): {todo}"


def other_text_format(data: bytes) -> str | None:
    """What to say of text in a format whose markup would be read as the letter's words (RTF, JSON), else None."""
    opening = data[:64].lstrip()
    if opening[:5] == b"{\\rtf":
        return "the file is an RTF document, not a letter (PDF, HTML or text): " + _SAVE_AS
    if opening[:1] in (b"{", b"[") and _is_json(data):
        return (
            "the file is JSON (Letter JSON, say: what parse --json prints), not a letter (PDF, HTML or text): "
            "give parse the letters themselves"
        )
    if _is_table(data):
        return (
            "the file is a table of comma- or tab-separated values (CSV, say: what parse --csv writes), not a "
            "letter (PDF, HTML or text): give parse the letters themselves"
        )
    return None


# A table's header names its columns: at least so many, each short
_TABLE_COLUMNS = 4
_COLUMN_NAME = 40
_TABLE_ROWS = 3  # rows read after the header, each with as many cells
_TABLE_HEAD = 1 << 16  # the bytes read for it


def _is_table(data: bytes) -> bool:
    """Whether ``data`` opens as a CSV (or tab-separated) table: a header of short column names, then rows of as
    many cells. A letter's first line may hold commas ("Acme, Inc., 1 Main Street, Springfield"), not its next
    lines as many cells each."""
    head = data[:_TABLE_HEAD].decode("utf-8", "replace")
    first = head.split("\n", 1)[0]
    for delimiter in (",", "\t", ";"):
        if first.count(delimiter) < _TABLE_COLUMNS - 1:
            continue
        rows = list(itertools.islice(csv.reader(io.StringIO(head), delimiter=delimiter), _TABLE_ROWS + 2))
        names, body = rows[0], rows[1 : _TABLE_ROWS + 1]  # (the row after: maybe cut off by the bytes read)
        if (
            len(body) == _TABLE_ROWS
            and all(0 < len(name.strip()) <= _COLUMN_NAME for name in names)
            and all(len(row) == len(names) for row in body)
        ):
            return True
    return False


def _is_json(data: bytes) -> bool:
    """Whether ``data`` is JSON, or JSON Lines (its first line is a JSON object or array)."""
    for doc in (data, data.split(b"\n", 1)[0]):
        try:
            json.loads(doc)
        except ValueError:  # (UnicodeDecodeError and json.JSONDecodeError are ValueErrors)
            continue
        return True
    return False


def edgar_index_page(data: bytes) -> str | None:
    """What to say of EDGAR's index page of a filing (HTML), else None."""
    found = _EDGAR_INDEX_PAGE.search(data, 0, 4096)
    if found is None:
        return None
    return (
        f"the file is EDGAR's index page of filing {found[1].decode()} (the list of its documents), not a letter: "
        "read the letter it lists, or give parse the page's address to read it from EDGAR"
    )


def html_images(data: bytes) -> int:
    """How many images an HTML document shows (its ``<img>`` tags)."""
    return data.lower().count(b"<img")


def scanned_html(images: int) -> str:
    """What to say of an HTML letter that shows its pages as images and holds no text of them."""
    return (
        f"the HTML shows {images} image(s) and no text of a letter: the pages of a scanned letter; run OCR on the "
        "images (or on the letter's PDF) first"
    )
