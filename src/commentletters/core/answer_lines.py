"""A company letter's body as paragraphs: furniture out, broken lines joined.

Answers are found paragraph by paragraph, so this module turns the extracted lines into
paragraphs first. Two things make raw lines a poor unit:

* running headers that the extractor did not mark (a date or the addressee's name printed
  above "Page 3" at the top of each page) would otherwise split a restated comment in two;
* text letters (and HTML pages that break mid-sentence) cut a sentence over several lines,
  so "We acknowledge" on one line and "the Staff's comment" on the next are one paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .extract.marks import bare_number, is_bates, is_date, is_legend, page_marker
from .letters import Document, Line

_TERMINAL = re.compile(r"[.:;?!)\]\"”’']\s*$")
_FUNCTION_END = re.compile(
    r"\b(?:the|a|an|of|to|and|or|that|our|its|their|for|in|on|with|by|as|at|from|is|are|was|were|"
    r"which|this|these|its|has|have|be|not|we|will)$",
    re.I,
)
_STARTS_LOWER = re.compile(r"^[a-z(]")
_TAIL = 16  # characters at the end of a paragraph that hold its last word and stop
_WRAPPED = 60  # an unfinished line longer than this is a wrapped sentence, not a caption
_TOP = 5  # lines at the top of a page that may be its running header
_HEADER_LEN = 100
_REACH = 3  # content lines either side of a page boundary that may hold a running header
_OPENING = 40  # content lines at the top in which the inside address ends at the "Re:" line
_OPENING_END = re.compile(r"^(?:re\b|dear\b|ladies and gentlemen)", re.I)
# The close of the letter: its copy list names the addressee again, but is no running header.
_CLOSE = re.compile(
    r"^(?:cc\b|copies to|(?:sincerely|very truly yours|yours (?:very )?truly|respectfully"
    r"|(?:best|kind|warm)?\s*regards|cordially)\b)",
    re.I,
)
_BLOCK = 7  # lines a running header may take either side of its page mark
_ECHO = 0.6  # share of a line's words found in the inside address that makes it echo the address
_WORD = re.compile(r"[a-z][a-z&'\u2019-]{2,}")
_NOT_ADDRESS = frozenset(
    ("the", "and", "for", "with", "from", "page", "january", "february", "march", "april", "may", "june")
    + ("july", "august", "september", "october", "november", "december")
)


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of the letter: its text, whether wholly emphasised, and where it starts."""

    text: str
    emphasis: bool
    line: int  # index in doc.lines of its first line
    page: int


Marker = Callable[[str], bool]


def paragraphs(doc: Document, keep: Marker | None = None) -> list[Para]:
    """The letter's paragraphs, page furniture left out.

    ``keep`` tells lines that must never be taken for running headers nor be joined to the
    line before (comment numbers, "Response:" labels): the caller knows its own markers.
    """
    content, texts, kept = _content(doc.lines, keep)
    skip = _running_headers(doc.lines, content, texts, kept)
    wrapped = doc.format == "text"
    out: list[Para] = []
    joined = False  # whether the last paragraph holds more than one line
    last_kept = False
    for pos, (i, ln) in enumerate(content):
        if pos in skip:
            continue
        text = texts[pos]
        if out and out[-1].emphasis == ln.emphasis and not kept[pos]:
            prev = out[-1]
            held = bool(keep and keep(prev.text)) if joined else last_kept
            if not held and _continues(prev.text, text, wrapped):
                out[-1] = Para(prev.text + " " + text, prev.emphasis, prev.line, prev.page)
                joined = True
                continue
        out.append(Para(text, ln.emphasis, i, ln.page))
        joined, last_kept = False, kept[pos]
    return _drop_legends(out)


def _content(lines: list[Line], keep: Marker | None) -> tuple[list[tuple[int, Line]], list[str], list[bool]]:
    """The non-blank, non-furniture lines (index, line), their stripped texts and whether ``keep``
    holds them, in one pass over the letter."""
    content: list[tuple[int, Line]] = []
    texts: list[str] = []
    kept: list[bool] = []
    for i, ln in enumerate(lines):
        if ln.furniture or not (text := ln.text.strip()):
            continue
        content.append((i, ln))
        texts.append(text)
        kept.append(bool(keep and keep(text)))
    return content, texts, kept


def _drop_legends(paras: list[Para]) -> list[Para]:
    """Leave out confidential-treatment legends, also when printed over two short lines."""
    out: list[Para] = []
    k = 0
    while k < len(paras):
        text = paras[k].text
        if is_legend(text):
            k += 1
            continue
        if k + 1 < len(paras) and len(text) < 30 and is_legend(text + " " + paras[k + 1].text):
            k += 2
            continue
        out.append(paras[k])
        k += 1
    return out


def _continues(prev: str, text: str, wrapped: bool) -> bool:
    """Whether ``text`` carries on the sentence of ``prev`` (a line broken mid-sentence).

    In plain text (``wrapped``) a long line that stops mid-sentence is a wrapped line; in
    HTML each line is a block, so only a lower-case start or a dangling word joins them.
    """
    tail = max(0, len(prev) - _TAIL)  # both marks sit at the end: look there only
    if _TERMINAL.search(prev, tail):
        return False
    if _STARTS_LOWER.match(text):
        return True
    if _FUNCTION_END.search(prev, tail) and len(prev) > 8:
        return True
    return wrapped and len(prev) > _WRAPPED


def _running_headers(
    lines: list[Line], content: list[tuple[int, Line]], texts: list[str], kept: list[bool]
) -> set[int]:
    """Positions in ``content`` of running-header lines the extractor left unmarked.

    A running header sits at a page boundary (next to a page number or a furniture line) and
    is a page mark, a bare date, a short line printed the same way on several pages, or a
    block of lines repeating the letter's inside address (:func:`_address_blocks`).
    """
    counts = Counter(texts)
    numbers: list[bool] = []
    marks: list[bool] = []
    near: set[int] = set()
    for pos, (i, ln) in enumerate(content):  # one pass: page numbers, marks and the lines near them
        number = _is_page_mark(texts[pos])
        numbers.append(number)
        marks.append(number or _by_furniture(lines, i))
        if marks[pos] or (pos and content[pos - 1][1].page != ln.page):
            near.update(range(max(0, pos - _REACH), min(len(content), pos + _REACH + 1)))
    out: set[int] = set()
    for pos in near:
        text = texts[pos]
        if kept[pos] or len(text) > 120:
            continue
        if numbers[pos] or is_date(text) or is_bates(text) or (counts[text] >= 2 and not _TERMINAL.search(text)):
            out.add(pos)
    tops = _page_tops(content, texts, kept, marks)
    return out | tops | _address_blocks(lines, content, texts, kept, numbers)


def _page_tops(content: list[tuple[int, Line]], texts: list[str], kept: list[bool], marks: list[bool]) -> set[int]:
    """The short lines that open a page above its page number: the page's running header.

    "Securities and Exchange Commission / Division of Corporation Finance / Attn: ... /
    April 30, 2018 / Page 2": every line down to the page mark is header, whatever it says.
    """
    out: set[int] = set()
    for pos in range(1, len(content)):
        if content[pos - 1][1].page == content[pos][1].page:
            continue
        mark = next((j for j in range(pos, min(pos + _TOP, len(content))) if marks[j]), None)
        if mark is None:
            continue
        if all(_header_like(texts[j], kept[j]) for j in range(pos, mark + 1)):
            out.update(range(pos, mark + 1))
    return out


def _address_blocks(
    lines: list[Line], content: list[tuple[int, Line]], texts: list[str], kept: list[bool], numbers: list[bool]
) -> set[int]:
    """Running headers that repeat the letter's inside address, next to a page mark.

    "Securities and Exchange Commission / Division of Corporate Finance / Attn: Cecilia Blye,
    Chief, Office of Global Security Risk / April 30, 2018 / Page 2": where the extractor
    marked only the date and page number, or the page break is not known, the short lines
    from the page mark out to the farthest one that echoes the address block (the lines
    before the "Re:" line) are the header, the lines between included.
    """
    opening = next((p for p, t in enumerate(texts[:_OPENING]) if _OPENING_END.match(t)), 0)
    address = _Address(set(texts[:opening]), {w for t in texts[:opening] for w in _words(t)})
    out: set[int] = set()
    if not address.words:
        return out
    for pos, (i, _) in enumerate(content):
        if pos < opening:
            continue
        mark = numbers[pos]
        if mark or (i + 1 < len(lines) and lines[i + 1].furniture):
            out.update(address.block(texts, kept, range(pos - mark, max(opening, pos - _BLOCK) - 1, -1)))
        if mark or (i and lines[i - 1].furniture):
            out.update(address.block(texts, kept, range(pos + mark, min(len(texts), pos + _BLOCK + 1))))
    return out


@dataclass(frozen=True, slots=True)
class _Address:
    """The letter's inside address: its lines, and the words that tell them."""

    lines: set[str]
    words: set[str]

    def echoes(self, text: str) -> bool:
        words = _words(text)
        return text in self.lines or (len(words) >= 2 and len(words & self.words) >= _ECHO * len(words))

    def block(self, texts: list[str], kept: list[bool], walk: range) -> list[int]:
        """The positions of ``walk`` (outward from a page mark) up to the farthest line echoing the address."""
        found: list[int] = []
        farthest = 0
        for pos in walk:
            text = texts[pos]
            if not _header_like(text, kept[pos]) or _CLOSE.match(text):
                break
            found.append(pos)
            if self.echoes(text):
                farthest = len(found)
        return found[:farthest]


def _header_like(text: str, kept: bool) -> bool:
    """A short line that is no sentence and no comment number or label."""
    return len(text) < _HEADER_LEN and not kept and not text.endswith(".")


def _words(text: str) -> set[str]:
    """The words of a line that can tell an address: no short words, numbers or month names."""
    return {w for w in _WORD.findall(text.lower()) if w not in _NOT_ADDRESS}


def _by_furniture(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` stands next to a furniture line (a marked header, footer or page number)."""
    return bool((i and lines[i - 1].furniture) or (i + 1 < len(lines) and lines[i + 1].furniture))


def _is_page_mark(text: str) -> bool:
    """A page number on its own or in a running header ("Page 2", "2", "June 18, 2024 Page 2 of 5")."""
    return page_marker(text) is not None or bare_number(text) is not None or text.lower() == "page"
