"""EDGAR full-submission ``.txt`` files: an SGML envelope holding several ``<DOCUMENT>``s.

The letter is the first document whose ``<TYPE>`` is a correspondence type (CORRESP, UPLOAD,
DRSLTR, LETTER), else the first document. PDFs inside are uuencoded (``begin 644 name.pdf``).

The envelope's tags are found as literals (in an upper-cased copy, since tags may be written in
any case) rather than by regexes that would step through every byte of a long submission.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable

from ..errors import NoLetterInSubmission
from ..letters import Document

_TYPE = re.compile(rb"<TYPE>\s*([^\r\n<]+)", re.I)
_FILENAME = re.compile(rb"<FILENAME>\s*([^\r\n<]+)", re.I)
_BEGIN = re.compile(rb"begin [0-7]{3,4} [^\r\n]*\r?\n")
_WRAPPER = re.compile(rb"^\s*<(?:PDF|XML)>|</(?:PDF|XML)>\s*$", re.I)
_LETTER_TYPES = (b"CORRESP", b"UPLOAD", b"DRSLTR", b"LETTER")


def is_submission(head: bytes) -> bool:
    h = head[:2048].upper()
    return h.startswith((b"<SEC-DOCUMENT>", b"<SEC-HEADER>", b"<SUBMISSION>", b"-----BEGIN PRIVACY")) or (
        b"<DOCUMENT>" in h and b"<TYPE>" in h
    )


def extract_submission(data: bytes, extract_one: Callable[[bytes], Document]) -> Document:
    docs = _between(data, b"<DOCUMENT>", b"</DOCUMENT>")
    if not docs:
        raise NoLetterInSubmission("the EDGAR submission holds no <DOCUMENT>")
    chosen = next(
        (d for d in docs if (m := _TYPE.search(d)) and m.group(1).strip().upper().startswith(_LETTER_TYPES)),
        docs[0],
    )
    texts = _between(chosen, b"<TEXT>", b"</TEXT>", first=True)
    body = texts[0] if texts else chosen
    fname = _FILENAME.search(chosen)
    name = fname.group(1).strip().lower() if fname else b""
    decoded = uudecode(body)
    if decoded is not None:
        body = decoded
    else:
        body = body.strip()
        low = body.lower()
        if b"<pdf>" in low or b"<xml>" in low or b"</pdf>" in low or b"</xml>" in low:
            body = _WRAPPER.sub(b"", body)
    doc = extract_one(body)
    if name and len(docs) > 1:
        doc.warnings.append(f"letter read from document {name.decode('ascii', 'replace')} of the submission")
    return doc


def _between(data: bytes, open_tag: bytes, close_tag: bytes, first: bool = False) -> list[bytes]:
    """The text inside each ``open_tag`` … ``close_tag`` pair (the last may run to the end), tags in
    any case; after ``<TEXT>`` one line end is skipped. Only the first pair when ``first``."""
    upper = data.upper()
    found: list[bytes] = []
    pos = upper.find(open_tag)
    while pos >= 0:
        start = pos + len(open_tag)
        if open_tag == b"<TEXT>":
            start += data.startswith(b"\r", start)
            start += data.startswith(b"\n", start)
        end = upper.find(close_tag, start)
        if end < 0:
            found.append(data[start:])
            break
        found.append(data[start:end])
        if first:
            break
        pos = upper.find(open_tag, end + len(close_tag))
    return found


def _begin_line(body: bytes) -> re.Match[bytes] | None:
    """The first line that starts ``begin 644 name``."""
    pos = body.find(b"begin ")
    while pos >= 0:
        if pos == 0 or body[pos - 1] == 0x0A:
            m = _BEGIN.match(body, pos)
            if m:
                return m
        pos = body.find(b"begin ", pos + 1)
    return None


def uudecode(body: bytes) -> bytes | None:
    """Decode a uuencoded block (``begin 644 x.pdf`` … ``end``), or None if there is none."""
    m = _begin_line(body)
    if not m:
        return None
    out = bytearray()
    for raw in body[m.end() :].splitlines():
        if raw.strip() == b"end":
            break
        if not raw:
            continue
        try:
            out += binascii.a2b_uu(raw)
        except binascii.Error:
            # Some encoders drop trailing spaces; pad to the length the count byte says.
            n = (raw[0] - 32) & 63
            try:
                out += binascii.a2b_uu(raw.ljust((n + 2) // 3 * 4 + 1, b" "))
            except binascii.Error:
                continue
    return bytes(out)
