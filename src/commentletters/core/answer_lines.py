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
_WRAPPED = 60  # an unfinished line longer than this is a wrapped sentence, not a caption
_TOP = 5  # lines at the top of a page that may be its running header
_HEADER_LEN = 100
_REACH = 3  # content lines either side of a page boundary that may hold a running header


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
    content = [(i, ln) for i, ln in enumerate(doc.lines) if not ln.furniture and ln.text.strip()]
    skip = _running_headers(doc.lines, content, keep)
    wrapped = doc.format == "text"
    out: list[Para] = []
    for pos, (i, ln) in enumerate(content):
        if pos in skip:
            continue
        text = ln.text.strip()
        if out and out[-1].emphasis == ln.emphasis and _continues(out[-1], text, keep, wrapped):
            prev = out[-1]
            out[-1] = Para(prev.text + " " + text, prev.emphasis, prev.line, prev.page)
        else:
            out.append(Para(text, ln.emphasis, i, ln.page))
    return _drop_legends(out)


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


def _continues(prev: Para, text: str, keep: Marker | None, wrapped: bool) -> bool:
    """Whether ``text`` carries on the sentence of ``prev`` (a line broken mid-sentence).

    In plain text (``wrapped``) a long line that stops mid-sentence is a wrapped line; in
    HTML each line is a block, so only a lower-case start or a dangling word joins them.
    """
    if keep is not None and (keep(text) or keep(prev.text)):
        return False
    if _TERMINAL.search(prev.text):
        return False
    if _STARTS_LOWER.match(text):
        return True
    if _FUNCTION_END.search(prev.text) and len(prev.text) > 8:
        return True
    return wrapped and len(prev.text) > _WRAPPED


def _running_headers(lines: list[Line], content: list[tuple[int, Line]], keep: Marker | None) -> set[int]:
    """Positions in ``content`` of running-header lines the extractor left unmarked.

    A running header sits at a page boundary (next to a page number or a furniture line) and
    is a page mark, a bare date, or a short line printed the same way on several pages.
    """
    counts = Counter(ln.text.strip() for _, ln in content)
    boundary = _boundaries(lines, content)
    out: set[int] = set()
    for pos, (_, ln) in enumerate(content):
        text = ln.text.strip()
        if keep is not None and keep(text):
            continue
        near = any(abs(pos - b) <= _REACH for b in boundary)
        if not near or len(text) > 120:
            continue
        if (
            _is_page_mark(text)
            or is_date(text)
            or is_bates(text)
            or (counts[text] >= 2 and not _TERMINAL.search(text))
        ):
            out.add(pos)
    return out | _page_tops(lines, content, keep)


def _page_tops(lines: list[Line], content: list[tuple[int, Line]], keep: Marker | None) -> set[int]:
    """The short lines that open a page above its page number: the page's running header.

    "Securities and Exchange Commission / Division of Corporation Finance / Attn: ... /
    April 30, 2018 / Page 2": every line down to the page mark is header, whatever it says.
    """
    out: set[int] = set()
    for pos in range(1, len(content)):
        if content[pos - 1][1].page == content[pos][1].page:
            continue
        top = content[pos : pos + _TOP]
        mark = next((j for j, (i, ln) in enumerate(top) if _marks_page(lines, i)), None)
        if mark is None:
            continue
        head = [ln.text.strip() for _, ln in top[: mark + 1]]
        if all(len(t) < _HEADER_LEN and not (keep and keep(t)) and not t.endswith(".") for t in head):
            out.update(range(pos, pos + mark + 1))
    return out


def _marks_page(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a page number or stands next to a furniture line."""
    return bool(
        _is_page_mark(lines[i].text.strip())
        or (i and lines[i - 1].furniture)
        or (i + 1 < len(lines) and lines[i + 1].furniture)
    )


def _is_page_mark(text: str) -> bool:
    """A page number on its own or in a running header ("Page 2", "2", "June 18, 2024 Page 2 of 5")."""
    return page_marker(text) is not None or bare_number(text) is not None or text.lower() == "page"


def _boundaries(lines: list[Line], content: list[tuple[int, Line]]) -> list[int]:
    """Content positions where a new page starts or a page mark / furniture line stood."""
    out: list[int] = []
    for pos, (i, ln) in enumerate(content):
        if pos and content[pos - 1][1].page != ln.page:
            out.append(pos)
        if _marks_page(lines, i):
            out.append(pos)
    return out
