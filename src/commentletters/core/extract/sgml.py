"""EDGAR full-submission ``.txt`` files: an SGML envelope holding several ``<DOCUMENT>``s.

The letter is the first document whose ``<TYPE>`` is a correspondence type (CORRESP, UPLOAD,
DRSLTR, LETTER), else the first document. PDFs inside are uuencoded (``begin 644 name.pdf``).
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable

from ..errors import NoLetterInSubmission
from ..letters import Document

_DOC = re.compile(rb"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.S | re.I)
_TYPE = re.compile(rb"<TYPE>\s*([^\r\n<]+)", re.I)
_FILENAME = re.compile(rb"<FILENAME>\s*([^\r\n<]+)", re.I)
_TEXT = re.compile(rb"<TEXT>\r?\n?(.*?)(?:</TEXT>|\Z)", re.S | re.I)
_LETTER_TYPES = (b"CORRESP", b"UPLOAD", b"DRSLTR", b"LETTER")


def is_submission(head: bytes) -> bool:
    h = head[:2048].upper()
    return h.startswith((b"<SEC-DOCUMENT>", b"<SEC-HEADER>", b"<SUBMISSION>", b"-----BEGIN PRIVACY")) or (
        b"<DOCUMENT>" in h and b"<TYPE>" in h
    )


def extract_submission(data: bytes, extract_one: Callable[[bytes], Document]) -> Document:
    docs = _DOC.findall(data)
    if not docs:
        raise NoLetterInSubmission("the EDGAR submission holds no <DOCUMENT>")
    chosen = next(
        (d for d in docs if (m := _TYPE.search(d)) and m.group(1).strip().upper().startswith(_LETTER_TYPES)),
        docs[0],
    )
    m = _TEXT.search(chosen)
    body = m.group(1) if m else chosen
    fname = _FILENAME.search(chosen)
    name = fname.group(1).strip().lower() if fname else b""
    decoded = uudecode(body)
    if decoded is not None:
        body = decoded
    else:
        body = re.sub(rb"^\s*<(?:PDF|XML)>|</(?:PDF|XML)>\s*$", b"", body.strip(), flags=re.I)
    doc = extract_one(body)
    if name and len(docs) > 1:
        doc.warnings.append(f"letter read from document {name.decode('ascii', 'replace')} of the submission")
    return doc


def uudecode(body: bytes) -> bytes | None:
    """Decode a uuencoded block (``begin 644 x.pdf`` … ``end``), or None if there is none."""
    m = re.search(rb"^begin [0-7]{3,4} [^\r\n]*\r?\n", body, re.M)
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
