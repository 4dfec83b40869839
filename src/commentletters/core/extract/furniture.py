"""Mark page furniture: running headers and footers, legends and template residue.

Furniture lines stay in the Document (``Line.furniture = True``) so nothing is lost; the
parsers leave them out of comment and answer text.

The running header is learnt from the letter itself rather than from phrase lists: it is the
block of lines around a page marker ("Page 2") whose lines repeat the letter's own address
block (addressee, company, date), repeat near other page markers, or are template residue.
The same lines on page 1 are the address block and stay. In text with no page breaks (plain
text, HTML without CSS breaks) a running header also tells the page: lines after "Page 3"
are on page 3. Footers are bare page numbers and lines that repeat at the foot of pages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import compress, count, groupby
from operator import attrgetter, ne, or_

from ..letters import Document, Line
from .folding import fold_and_shape, keep_lines
from .marks import (
    MONTHS,
    bare_number,
    has_residue,
    is_bates,
    is_date,
    is_legend,
    is_legend_start,
    page_marker,
    strip_residue,
    words,
)

_ADDRESS_LINES = 25  # non-blank lines at the top of page 1 that hold letterhead and address block
_REACH_UP = 8  # how far above a page marker a running header may start
_REACH_DOWN = 8  # how far below a page marker the header (or its residue copy) may go on
_END_NUMBER = re.compile(r"(?<![\d,.$])(\d{1,3})\W*$")
_TWO_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")
_LONGEST = 160  # no furniture line's shape is longer (_repeatable)
_EDGE = 3  # lines at the top and foot of a page where headers and footers sit


@dataclass
class _Page:
    """The letter's lines with the facts about them that furniture decisions use."""

    lines: list[Line]
    paged: bool
    nb: list[int] = field(default_factory=list)  # indices of non-blank lines
    known_address: list[frozenset[str]] | None = None  # word sets of address-block lines, once asked for
    known_vocab: frozenset[str] | None = None  # all their words, once asked for
    repeated: frozenset[tuple[str, int]] = frozenset()  # (shape, offset) repeated around page markers
    texts: list[str] = field(default_factory=list)  # text of each non-blank line (as extracted)
    flags: list[bool] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)  # shape() of each non-blank line ("" when too long)
    pages: list[int] = field(default_factory=list)  # page of each non-blank line
    markers: dict[int, int | None] = field(default_factory=dict)  # page_marker() of the lines that may be markers
    # _header_like's verdicts that do not depend on the page marker, per line (asked again and again)
    like: dict[int, tuple[bool | None, bool]] = field(default_factory=dict)

    def marker(self, k: int) -> int | None:
        """page_marker() of line k (worked out once: the passes after _anchors ask again)."""
        return self.markers[k] if k in self.markers else page_marker(self.texts[k])

    @property
    def address(self) -> list[frozenset[str]]:
        """The address block's word sets (read only when a header line is to be judged)."""
        if self.known_address is None:
            self.known_address = _address_lines(self)
        return self.known_address

    @property
    def vocab(self) -> frozenset[str]:
        """Every word of the address block."""
        if self.known_vocab is None:
            self.known_vocab = frozenset().union(*self.address)
        return self.known_vocab


def mark_furniture(doc: Document) -> None:
    """Mark running headers/footers, legends and residue in place; renumber pages of unpaged text."""
    v = _Page(lines=doc.lines, paged=doc.pages > 1)
    texts = [ln.text for ln in doc.lines]
    folded, shapes = fold_and_shape(texts)
    v.nb = list(compress(count(), folded))  # the non-blank lines: their folded texts are not empty
    v.texts = list(compress(texts, folded))
    v.flags = [ln.furniture for ln in doc.lines]
    # a shape longer than any furniture line's is left out (""): no test can pass it
    v.shapes = [s if len(s) <= _LONGEST else "" for s in compress(shapes, folded)]
    pages = [ln.page for ln in doc.lines]
    v.pages = list(compress(pages, folded))
    anchors = _plausible(v, _anchors(v))
    v.repeated = _near_markers(v, anchors)
    starts = [_mark_block(v, k) for k, _ in anchors]
    if v.paged:
        _mark_page_edges(v)
    _mark_legends_and_residue(v)
    _mark_repeated_neighbours(v)
    if not v.paged:
        pages = _advance_pages(v, anchors, starts)
        doc.pages = max(pages, default=1)
    doc.lines = _rewritten(doc.lines, v.flags, pages)
    keep_lines(doc, folded, v.flags, pages)  # the texts are the same: the header's layout reads them folded


def _rewritten(lines: list[Line], flags: list[bool], pages: list[int]) -> list[Line]:
    """The lines with their furniture flags and pages set: a new Line only where one changed (found
    by comparing the lists whole, not line by line in Python)."""
    out = list(lines)
    marked = map(ne, flags, map(attrgetter("furniture"), lines))
    moved = map(ne, pages, map(attrgetter("page"), lines))
    for i in compress(count(), map(or_, marked, moved)):
        ln = lines[i]
        out[i] = Line(ln.text, pages[i], flags[i], ln.emphasis)
    return out


def _address_lines(v: _Page) -> list[frozenset[str]]:
    """Word sets of the letterhead and address block lines, which running headers repeat.

    The block ends at the salutation: a short line ending in ":" followed by a paragraph.
    """
    out = []
    for k in range(min(len(v.nb), _ADDRESS_LINES)):
        text = v.texts[k].strip()
        if len(text) <= 100:
            out.append(frozenset(words(text)))
        if text.endswith(":") and len(text) < 60 and k + 1 < len(v.nb) and len(v.texts[k + 1].strip()) > 60:
            break
    return out


def _repeats_address(v: _Page, found: list[str]) -> bool:
    """True when the line's words all come from one address-block line (dates and numbers aside).

    Most lines have a word from nowhere in the block: that settles it before any line is compared."""
    vocab = v.vocab
    rest = set()
    for w in found:
        if w in MONTHS or w.isdigit() and len(w) <= 4:
            continue
        if w not in vocab:
            return False
        rest.add(w)
    return not rest or any(map(rest.issubset, v.address))


def _anchors(v: _Page) -> list[tuple[int, int]]:
    """Page markers as (position among non-blank lines, page number printed)."""
    out: list[tuple[int, int]] = []
    for k in _marker_lines(v):
        text = v.texts[k]
        n = v.markers[k] = page_marker(text)
        if n is None and text.strip() in ("Page", "PAGE") and k + 1 < len(v.nb):
            n = bare_number(v.texts[k + 1])  # "Page" and its number on two lines
        if n is None and (v.paged or k == len(v.nb) - 1):  # unpaged: only the page number ending the letter
            m = bare_number(text)
            n = m if m is not None and abs(m - v.pages[k]) <= 1 and _at_page_edge(v, k, 2) else None
        if n is not None:
            out.append((k, n))
    return out


def _marker_lines(v: _Page) -> list[int]:
    """The lines that may be page markers, told by their shapes: those that say "page" (in any case),
    and those as short as a bare page number ("#", "- # -", "(##)"). A line with no shape (longer
    than any furniture line) is neither."""
    return [k for k, s in enumerate(v.shapes) if "page" in s or len(s) <= 7 and "#" in s]


def _plausible(v: _Page, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop markers whose number cannot be this letter's page ("Form 10-K - Page 34" in an appendix)."""
    out: list[tuple[int, int]] = []
    highest = 1
    for k, n in anchors:
        if v.paged and abs(n - v.pages[k]) > 2 or not v.paged and not 1 <= n <= highest + 5:
            continue
        highest = max(highest, n)
        out.append((k, n))
    return out


def _at_page_edge(v: _Page, k: int, reach: int) -> bool:
    page = v.pages[k]
    top = all(v.pages[j] != page for j in range(max(0, k - reach), k)) or k < reach and page == v.pages[0]
    bottom = all(v.pages[j] != page for j in range(k + 1, min(len(v.nb), k + reach + 1)))
    return top or bottom or k >= len(v.nb) - reach


def _near_markers(v: _Page, anchors: list[tuple[int, int]]) -> frozenset[tuple[str, int]]:
    """(shape, offset) of lines found at the same distance from two or more "Page N" markers."""
    seen: Counter[tuple[str, int]] = Counter()
    last = -100
    for k, _ in anchors:
        if k - last <= _REACH_DOWN or bare_number(v.texts[k]) is not None:
            continue  # two markers of one header block count once; footers' numbers not at all
        last = k
        for j in range(max(0, k - _REACH_UP), min(len(v.nb), k + _REACH_DOWN)):
            seen[(v.shapes[j], j - k)] += 1
    return frozenset(key for key, c in seen.items() if c >= 2 and sum(ch.isalpha() for ch in key[0]) >= 2)


def _header_like(v: _Page, k: int, anchor: int | None = None) -> bool:
    """Could line k belong to a running header (given it sits next to a page marker)?"""
    known = v.like.get(k)
    if known is None:
        known = v.like[k] = _header_verdicts(v, k)
    settled, otherwise = known
    if settled is not None:
        return settled
    if anchor is not None and (v.shapes[k], k - anchor) in v.repeated:
        return True  # at the same distance from this marker as from another: repeats with it
    return otherwise


def _header_verdicts(v: _Page, k: int) -> tuple[bool | None, bool]:
    """What the line itself tells of _header_like: a verdict whatever the marker (else None),
    and the verdict when its distance from the marker does not settle it."""
    text, s = v.texts[k].strip(), v.shapes[k]  # the shape tells which of the marks' tests can pass
    marker = "page" in s and v.marker(k) is not None
    if marker or "#" in s and (is_date(text) or is_bates(text)) or "onfidential" in s and is_legend(text):
        return True, True
    if text.endswith(":") or len(text) > 100 or text[:1].isdigit() and "." in text[:4]:
        return False, False
    return None, _header_words(v, text)


def _header_words(v: _Page, text: str) -> bool:
    """A line whose words all come from the address block (or, glued by residue, from its vocabulary)."""
    if has_residue(text):  # residue glues header lines together: any address words will do
        vocab = v.vocab
        return all(w in vocab or w in MONTHS or w.isdigit() for w in words(strip_residue(text)))
    found = words(text)
    return bool(found) and _repeats_address(v, found)


def _mark_block(v: _Page, k: int) -> int:
    """Mark the running header around the page marker at k; return the block's first line index."""
    page = v.pages[k]

    def same(j: int) -> bool:  # a running header does not cross a real page break
        return not v.paged or v.pages[j] == page

    first = k
    bare = bare_number(v.texts[k]) is not None  # a footer's page number: nothing above it is header
    while not bare and first - 1 >= 0 and k - first < _REACH_UP and same(first - 1) and _header_like(v, first - 1, k):
        first -= 1
    last = k
    for j in range(k + 1, min(len(v.nb), k + 1 + _REACH_DOWN)):
        if not same(j) or not _header_like(v, j, k):
            break
        text = v.texts[j]
        if v.marker(j) is not None or has_residue(text):
            last = j  # the header repeated, or its residue copy: extend through it
        elif text.strip() in ("Page", "PAGE") or j == k + 1 and bare_number(text) is not None:
            last = j
    for j in range(first, last + 1):
        v.flags[v.nb[j]] = True
    if v.texts[k].strip() in ("Page", "PAGE") and k + 1 < len(v.nb):
        v.flags[v.nb[k + 1]] = True
    return v.nb[first]


def _mark_page_edges(v: _Page) -> None:
    """Lines repeated at the top or foot of pages: letterhead repeated on later pages, footers.

    At the top a repeated line must also read like the address block (so a table heading
    that starts two pages stays). At the foot it must end half the pages and carry the page
    number ("oxy.com 3") or read like the address block or a legend; a line with no page number
    must end three quarters of the pages (a letterhead footer), which a table that happens to
    end a few pages in a row does not.
    """
    by_page: dict[int, list[int]] = {}
    for page, run in groupby(range(len(v.nb)), v.pages.__getitem__):  # runs of lines on one page
        by_page.setdefault(page, []).extend(run)
    if len(by_page) < 2:
        return
    tops: dict[str, set[int]] = {}
    feet: dict[str, set[int]] = {}
    for page, ks in by_page.items():
        for k in ks[:_EDGE]:
            tops.setdefault(v.shapes[k], set()).add(page)
        for k in ks[-2:]:
            feet.setdefault(v.shapes[k], set()).add(page)
    for page, ks in by_page.items():
        if page > 1:
            _mark_unnumbered_header(v, ks)
        for k in ks[:_EDGE]:
            s = v.shapes[k]
            if page > 1 and len(tops[s] - {1}) >= 2 and _repeatable(s) and _header_like(v, k):
                v.flags[v.nb[k]] = True
        for k in ks[-2:]:
            if _footer(v, k, len(feet[v.shapes[k]]), len(by_page)):
                v.flags[v.nb[k]] = True


def _mark_unnumbered_header(v: _Page, ks: list[int]) -> None:
    """A header with no page number ("Mr. Brian Worrell / Baker Hughes, a GE company / September
    27, 2018" atop page 2): the lines that open the page repeat the address block and include
    the date on a line of its own."""
    run = 0
    while run < min(len(ks), _REACH_UP) and _header_like(v, ks[run]):
        run += 1
    if run < 2:
        return
    seen = v.shapes.index  # where a shape first occurs
    dates = [k for k in ks[:run] if is_date(v.texts[k]) and seen(v.shapes[k]) < ks[0]]  # the letter's date, again
    if dates and run > len(dates):
        last = ks.index(dates[-1])  # the header ends with its date; what follows may be a heading
        for k in ks[: last + 1]:
            v.flags[v.nb[k]] = True


def _footer(v: _Page, k: int, pages_with_it: int, pages: int) -> bool:
    if pages_with_it < 2:
        return False  # on one page only: neither a Bates code nor a footer
    s, text = v.shapes[k], v.texts[k]
    if is_bates(text):
        return True
    if pages_with_it < max(2, pages / 2) or not _repeatable(s) or " " not in s:
        return False
    end = _END_NUMBER.search(text)  # "November 4, 2021 2", "oxy.com | 3"
    if end and abs(int(end.group(1)) - v.pages[k]) <= 1 or _header_like(v, k):
        return True
    return pages_with_it >= max(3, pages * 0.75) or pages == pages_with_it


def _repeatable(s: str) -> bool:
    """A repeated line that can be furniture: some words, and not a label such as "Response:"."""
    return len(s) <= _LONGEST and not s.endswith(":") and bool(_TWO_LETTERS.search(s))


def _mark_legends_and_residue(v: _Page) -> None:
    """Confidential-treatment legends, and lines of template residue that read like a header.

    Only lines whose shapes hold "onfidential", "name" or "comapany" are read (a line with no shape,
    longer than any furniture line, is neither)."""
    for k in [k for k, s in enumerate(v.shapes) if "onfidential" in s or "name" in s or "comapany" in s]:
        text = v.texts[k]
        if "onfidential" in text or "ONFIDENTIAL" in text:
            if is_legend(text):
                v.flags[v.nb[k]] = True
            elif k + 1 < len(v.nb) and _legend_starts(text, v.texts[k + 1]):
                v.flags[v.nb[k]] = v.flags[v.nb[k + 1]] = True  # "[CONFIDENTIAL" / "TREATMENT REQUESTED BY …]"
        elif ("Name" in text or "Comapany" in text) and has_residue(text) and _header_like(v, k):
            v.flags[v.nb[k]] = True


def _legend_starts(text: str, following: str) -> bool:
    """A legend broken over two lines, starting on this (short) line."""
    stem = text.strip()
    return 0 < len(stem) < 40 and is_legend_start(stem) and is_legend(f"{stem} {following.strip()}")


def _mark_repeated_neighbours(v: _Page) -> None:
    """Lines repeated as often as the furniture they sit beside (Bates codes, legend lines).

    A running header or legend block repeats as a whole, so its lines occur about equally often;
    a label such as "Response" next to a header occurs at its own rate and stays.
    """
    if not any(v.flags):
        return  # no furniture for a line to sit beside
    counts = Counter(v.shapes)
    # what a line itself tells (its shape's count, its shape) is judged once, not in each round; a line
    # with no shape ("") is too long to be either
    able = [k for k, s in enumerate(v.shapes) if s and counts[s] >= 3 and (_repeatable(s) or is_bates(v.texts[k]))]
    for _ in range(3):
        for k in able:
            if v.flags[v.nb[k]]:
                continue
            s = v.shapes[k]
            for j in (k - 1, k + 1):
                seed = v.shapes[j] if 0 <= j < len(v.nb) and v.flags[v.nb[j]] else ""
                if _repeatable(seed) and abs(counts[seed] - counts[s]) <= 1:
                    v.flags[v.nb[k]] = True
                    break


def _advance_pages(v: _Page, anchors: list[tuple[int, int]], starts: list[int]) -> list[int]:
    """Page numbers for text without page breaks, from its running headers ("… Page 3")."""
    pages = [ln.page for ln in v.lines]  # (a new list: the pages read so far stay as they were)
    current = 1
    for (_, n), start in zip(anchors, starts, strict=True):
        if current < n <= current + 5:
            for i in range(start, len(pages)):
                pages[i] = n
            current = n
    return pages
