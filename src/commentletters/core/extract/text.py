"""Plain-text letters: decoding and splitting into lines."""

from __future__ import annotations

import re

from ..errors import UndecodableText
from ..letters import Document, Line


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is evidently not text (NUL bytes or many control characters)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def unmarked_utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text saved without its byte-order mark ("utf-16-le" or "utf-16-be"), else None.

    Told as ``file`` tells it: a letter's characters are mostly ASCII, so in UTF-16 one byte of almost every
    pair is NUL, the second (little-endian) or the first (big-endian), and the other byte almost never is.
    Binary data has NULs on both sides, text in an 8-bit encoding none at all."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    firsts, seconds = sample[0::2], sample[1::2]
    for nuls, others, codec in ((seconds, firsts, "utf-16-le"), (firsts, seconds, "utf-16-be")):
        if nuls.count(0) >= len(nuls) * 0.9 and others.count(0) <= len(others) // 100:
            return codec
    return None


# Latin typographic ligatures ("ﬁ" for "fi"), which PDFs set by some typesetters and text copied from them
# hold: a word spelt with one ("ﬁle", "Ofﬁcer") would not read as the word
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LETTERS = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)


def spell_out_ligatures(text: str) -> str:
    """``text`` with each Latin ligature written as its letters ("ﬁle" → "file")."""
    return text.translate(_LETTERS) if _LIGATURE.search(text) else text


# Characters that print nothing where they stand: a soft hyphen (shown only where a line breaks at it), a zero-width
# space, a word joiner, a zero-width no-break space. Inside a word they would part it ("Re\u00adsponse:",
# "Com\u200bpany") as no reader sees it parted.
INVISIBLE = "\u00ad\u200b\u2060\ufeff"
# ... and the hyphens that print as "-": U+2010 and the non-breaking U+2011, which keeps its words on one line
# ("Form 10\u2011K", "Regulation S\u2011K", "001\u201135126"): a form's code, a file number, a word as typed
_HYPHENS = "\u2010\u2011"
# ... and the spaces that print as one: the no-break space (which a word processor sets in "Form\u00a010-K",
# "December\u00a031", "Comment\u00a01"), the typesetter's fixed-width spaces (en and em quads and spaces, the thin
# and hair spaces, the figure space of a column of numbers) and the narrow no-break space. Each stays one character,
# so a plain-text letter's columns stand where they stood.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_PLAIN = (
    dict.fromkeys(map(ord, INVISIBLE)) | dict.fromkeys(map(ord, _HYPHENS), "-") | dict.fromkeys(map(ord, _SPACES), " ")
)
_NOT_PLAIN = re.compile(f"[{INVISIBLE}{_HYPHENS}{_SPACES}]")


def plain_characters(text: str) -> str:
    """``text`` without the characters that print nothing (:data:`INVISIBLE`), its hyphens U+2010 and U+2011 "-",
    its no-break and fixed-width spaces " "."""
    return text.translate(_PLAIN) if _NOT_PLAIN.search(text) is not None else text


# The full-width forms of ASCII's characters and the ideographic space, as a Chinese or Japanese input method types
# them into an English letter ("Response：", "August 30， 2017", "（1）"): read as the characters they stand for
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH_UTF8 = (b"\xef\xbc", b"\xef\xbd", b"\xe3\x80\x80")  # (how each of them opens in UTF-8)


def decode_text(data: bytes) -> str:
    """Decode letter bytes (UTF-16 or UTF-8 by their BOM, UTF-16 without one by its NULs, else UTF-8, else
    Windows-1252), ligatures spelt out, characters that print nothing (soft hyphens, zero-width spaces) left out,
    hyphens read as "-", full-width punctuation, letters and digits read as ASCII's.

    Bytes that decode only as Latin-1 and then read as mostly C1 control characters are not
    text in any encoding a letter comes in: that is a typed error, not a page of mojibake.
    """
    text = plain_characters(spell_out_ligatures(_decode(data)))
    # (UTF-16 is read again as UTF-8 by extract(), so the forms' UTF-8 bytes tell whether a letter holds any)
    return text.translate(_FULL_WIDTH) if any(form in data for form in _FULL_WIDTH_UTF8) else text


def _decode(data: bytes) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableText(f"the text has a {encoding} mark but is not {encoding} ({exc.reason})") from None
    if (utf16 := unmarked_utf16(data)) is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise UndecodableText(f"the text reads as {utf16} without its mark but is not ({exc.reason})") from None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    text = data.decode("latin-1")
    controls = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if controls > max(8, len(text) // 50):
        raise UndecodableText("the bytes are not text in UTF-8, UTF-16 or Windows-1252")
    return text


# Markdown bold around a run of lines ("**Re: 21Vianet Group, Inc." ... "File No. 001-35126**"): two asterisks
# against a word at a line's start or end (not "***", a redaction mark, nor "[***]")
_BOLD_OPEN = re.compile(r"^(\s*)\*\*(?=[^\s*])")
_BOLD_CLOSE = re.compile(r"(?<=[^\s*])\*\*$")
# EDGAR's page tag in an ASCII document: a line of its own opening each page after the first
_PAGE_TAG = re.compile(r"\s*<PAGE>\s*", re.I)


def extract_text(text: str) -> Document:
    """Split plain text into lines; a form feed starts a new page, and so does EDGAR's ``<PAGE>`` tag on a
    line of its own (an ASCII filing's page break; the tag stays, as page furniture, on the page it opens,
    once the page before holds any text). Markdown bold markers around a run of lines (within a paragraph)
    are taken off and the run is marked emphasised, as bold is in HTML."""
    lines: list[Line] = []
    page = 1
    written = False  # whether the page holds any line with text yet
    bold = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i:
                page, written = page + 1, False
            part = part.rstrip()
            if part[-6:].upper() == "<PAGE>" and _PAGE_TAG.fullmatch(part):
                if written:
                    page += 1
                lines.append(Line(part, page, furniture=True))
                written = True  # (the tag is the page's first line)
                continue
            written = written or bool(part)
            opened = "**" in part and _BOLD_OPEN.search(part) is not None
            if opened:
                part = _BOLD_OPEN.sub(r"\1", part)
            closed = "**" in part and _BOLD_CLOSE.search(part) is not None
            if closed:
                part = _BOLD_CLOSE.sub("", part)
            lines.append(Line(part, page, emphasis=bool(part) and (bold or opened or closed)))
            bold = (bold or opened) and not closed and bool(part)  # (bold does not cross a blank line)
    return Document(lines=lines, format="text", pages=page)
