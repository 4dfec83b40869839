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
_NOT_CONTROL = bytes(b for b in range(256) if chr(b) not in _ASCII_SPACES)  # deleted, leaves the ASCII ones
_OTHER_SPACE = re.compile(f"[{SPACES}]")
# a space doubled or opening a line (regexes, which skip to a literal first byte faster than bytes.find);
# a space ending a line is found as one opening a line of the reversed bytes
_DOUBLE = re.compile(b"  ")
_OPENING = re.compile(b"\n ")
# a shape's bytes: capitals made small and digits NUL, each run of which then becomes one "#"
_SHAPE = bytes.maketrans(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", bytes(10) + b"abcdefghijklmnopqrstuvwxyz")
_DIGIT_RUN = re.compile(b"\\x00\\x00*")  # written so, not "\\x00+": the engine then skips to each NUL
_ASCII = bytes(range(128))
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


def keep_lines(doc: Document, folded: list[str], flags: list[bool], pages: list[int]) -> None:
    """Remember for :func:`kept_lines` what ``doc.lines`` (as they are now) keep, given each line's
    folded text, furniture flag and page."""
    doc.memo["kept"] = (doc.lines, *_kept(folded, flags, pages))


def _kept(folded: list[str], flags: list[bool], pages: list[int]) -> tuple[list[str], list[int]]:
    texts = [text for text, furniture in zip(folded, flags, strict=True) if text and not furniture]
    kept_pages = [page for page, text, furniture in zip(pages, folded, flags, strict=True) if text and not furniture]
    return texts, kept_pages


def fold_and_shape(texts: list[str]) -> tuple[list[str], list[str]]:
    """Each text folded, and its shape (``marks.shape()``)."""
    if not texts:
        return [], []
    data = "\n".join(texts).encode("utf-8", "surrogatepass")
    others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")  # the letter's non-ASCII characters
    if data.count(b"\n") != max(0, len(texts) - 1) or b"\x00" in data or _DIGIT.search(others):
        return [fold(t) for t in texts], [shape(t) for t in texts]
    shaped = _DIGIT_RUN.sub(b"#", data.translate(_SHAPE)).decode("utf-8", "surrogatepass")
    shapes = (shaped.lower() if others != others.lower() else shaped).split("\n")  # ASCII is lowered
    folded = list(texts)
    for i in _unfolded(data, others):
        folded[i] = fold(texts[i])
        shapes[i] = fold(shapes[i])
    return folded, shapes


def _unfolded(data: bytes, others: str) -> list[int]:
    """Indices of the lines (joined by b"\\n" in ``data``) that folding changes."""
    spots = [m.start() for m in _DOUBLE.finditer(data)]
    spots += [m.end() - 1 for m in _OPENING.finditer(data)]
    spots += [len(data) - m.end() for m in _OPENING.finditer(data[::-1])]
    spots += [0] if data[:1] == b" " else []
    spots += [len(data) - 1] if data[-1:] == b" " else []
    blanks = [bytes([b]) for b in set(data.translate(None, _NOT_CONTROL))]
    blanks += [c.encode() for c in set(_OTHER_SPACE.findall(others))]
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
