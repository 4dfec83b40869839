"""Every line of a letter with its white space folded, and its shape, worked out for all lines at once.

The header reads each line with its white space folded (``" ".join(text.split())``); furniture
compares lines by their shape (the same, with each run of digits as "#", in lower case). Line by
line, that was the costliest work either did. Here the lines are joined into one UTF-8 byte string:
the few lines that folding changes (a double space, a tab, a no-break space, a space at an end) are
found by byte searches and folded one by one; digits and capitals become "#" and small letters by
one ``bytes.translate`` and one pass over the digit runs. A letter with a line holding a line break
or a NUL, or with digits other than 0-9, is done line by line. The folded texts of the lines the
header reads (not blank, not furniture) and their pages are kept in ``Document.memo`` for the lines
they were worked out from, so that the header neither folds nor picks them out again.
"""

from __future__ import annotations

import re

from ..letters import Document
from .marks import shape

# every white-space character (str.isspace) but the space and the line break that joins the lines
_ASCII_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f"
SPACES = _ASCII_SPACES + "\x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000"
_PLAIN = bytes(range(0x20, 0x7F)) + b"\n"  # deleted, leaves the letter's other white space and non-ASCII
_OTHER_SPACE = re.compile(f"[{SPACES}]")
# a space doubled, and a line break after or before a space (regexes, which skip to a literal first byte
# faster than bytes.find; one search for both sides of each line break)
_DOUBLE = re.compile(b"  ")
_SPACED_BREAK = re.compile(b"\n(?:(?= )|(?<= \n))")
# a shape's bytes: capitals made small and digits NUL, each run of which then becomes one "#"
_SHAPE = bytes.maketrans(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", bytes(10) + b"abcdefghijklmnopqrstuvwxyz")
_DIGIT_RUN = re.compile(b"\\x00\\x00*")  # written so, not "\\x00+": the engine then skips to each NUL
_DIGIT = re.compile(r"\d")


def fold(text: str) -> str:
    """The line with white space (non-breaking spaces included) folded to single spaces."""
    return " ".join(text.split())


def kept_lines(doc: Document) -> tuple[list[str], list[int]]:
    """The folded texts and the pages of ``doc.lines`` that are neither blank nor furniture: those
    furniture marking worked out while the lines are still the ones it marked, else worked out now."""
    kept = doc.memo.get("kept")
    if isinstance(kept, tuple) and kept[0] is doc.lines:
        texts: list[str] = kept[1]
        pages: list[int] = kept[2]
        return texts, pages
    folded = fold_and_shape([ln.text for ln in doc.lines])[0]
    flags = [ln.furniture for ln in doc.lines]
    return _kept(folded, flags, [ln.page for ln in doc.lines])


def keep_lines(doc: Document, texts: list[str], pages: list[int]) -> None:
    """Remember for :func:`kept_lines` what ``doc.lines`` (as they are now) keep: the folded texts and
    the pages of the lines that are neither blank nor furniture."""
    doc.memo["kept"] = (doc.lines, texts, pages)


def _kept(folded: list[str], flags: list[bool], pages: list[int]) -> tuple[list[str], list[int]]:
    texts = [text for text, furniture in zip(folded, flags, strict=True) if text and not furniture]
    kept_pages = [page for page, text, furniture in zip(pages, folded, flags, strict=True) if text and not furniture]
    return texts, kept_pages


def fold_and_shape(texts: list[str]) -> tuple[list[str], list[str]]:
    """Each text folded, and its shape (``marks.shape()``)."""
    if not texts:
        return [], []
    data = "\n".join(texts).encode("utf-8", "surrogatepass")
    # the letter's characters other than printable ASCII and line breaks: controls, other white space, non-ASCII
    others = data.translate(None, _PLAIN).decode("utf-8", "surrogatepass")
    if "\x00" in others or _DIGIT.search(others):
        return [fold(t) for t in texts], [shape(t) for t in texts]
    shaped = _DIGIT_RUN.sub(b"#", data.translate(_SHAPE)).decode("utf-8", "surrogatepass")
    shapes = (shaped.lower() if others != others.lower() else shaped).split("\n")  # ASCII is lowered
    if len(shapes) != len(texts):  # a text holds a line break
        return [fold(t) for t in texts], [shape(t) for t in texts]
    folded = list(texts)
    for i in _unfolded(data, others):
        folded[i] = fold(texts[i])
        shapes[i] = fold(shapes[i])
    return folded, shapes


def _unfolded(data: bytes, others: str) -> list[int]:
    """Indices of the lines (joined by b"\\n" in ``data``) that folding changes."""
    spots = [m.start() for m in _DOUBLE.finditer(data)]
    for m in _SPACED_BREAK.finditer(data):
        at = m.start()
        spots += [at - 1] if data[at - 1 : at] == b" " else []  # the line before ends with a space
        spots += [at + 1] if data[at + 1 : at + 2] == b" " else []  # the line after opens with one
    spots += [0] if data[:1] == b" " else []
    spots += [len(data) - 1] if data[-1:] == b" " else []
    blanks = [c.encode() for c in set(_OTHER_SPACE.findall(others))]
    for blank in blanks:
        at = data.find(blank)
        while at >= 0:
            spots.append(at)
            at = data.find(blank, at + 1)
    found: list[int] = []
    line, last = 0, 0
    for at in sorted(spots):
        line += data.count(b"\n", last, at)
        last = at
        if not found or found[-1] != line:
            found.append(line)
    return found
