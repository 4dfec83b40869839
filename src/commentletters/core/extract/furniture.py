"""Mark page furniture: running headers and footers, legends and template residue.

Furniture lines stay in the Document (``Line.furniture = True``) so nothing is lost; the
parsers leave them out of comment and answer text.

The running header is learnt from the letter itself rather than from phrase lists: it is the
block of lines around a page marker ("Page 2") whose lines repeat the letter's own address
block (addressee, company, date), repeat near other page markers, or are template residue.
The same lines on page 1 are the address block and stay. In text with no page breaks (plain
text, HTML without CSS breaks) a running header also tells the page: lines after "Page 3"
are on page 3. Footers are bare page numbers and lines that repeat at the foot of pages, and the
letterhead's footer at the foot of the first page, which prints it alone (its address and telephone).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count, groupby
from operator import attrgetter, ne

from ..letters import Document, Line
from .folding import fold_and_shape, keep_lines
from .line_facts import LONGEST, LineFacts, header_like, may_be_date, repeatable
from .marks import (
    bare_number,
    ends_broken_sentence,
    has_residue,
    is_bates,
    is_date,
    is_legend,
    is_legend_start,
    letterhead_footer,
    page_marker,
    reads_as_prose,
)

_REACH_UP = 8  # how far above a page marker a running header may start
_REACH_DOWN = 8  # how far below a page marker the header (or its residue copy) may go on
_END_NUMBER = re.compile(r"(?<![\d,.$])(\d{1,3})\W*$")
_START_NUMBER = re.compile(r"\W*(\d{1,3})(?![\d,.])")  # (read with .match)
_EDGE = 3  # lines at the top and foot of a page where headers and footers sit
_FOOT_LINES = 6  # the lines at the foot of the first page read for the letterhead's footer
_PAGE_LINES = 5  # the fewest lines from one page's footer to the next's
_PAGE_CODE = re.compile(r"[A-Z]{1,6}-\d{1,4}$")  # a page's code numbered with it ("BSC-1", "BSC-2"), stripped
_SENTENCE_WORDS = 4  # words in lower case from which a line repeated beside furniture may be a sentence's
# A line ending so goes on in the next ("… deleted disclosure that was on page 28 of Amendment No.1 to the" /
# "Form S-4."): that next line ends a sentence, it starts no running header above a page marker.
# Searched in the line's last 6 characters: no match starts earlier (its word is at most 4 letters
# long, then may come a line break, and the boundary before the word reads one character more).
_GOES_ON = re.compile(r"\b(?:the|a|an|of|to|and|or|for|in|on|by|with)$")


def mark_furniture(doc: Document) -> None:
    """Mark running headers/footers, legends and residue in place; renumber pages of unpaged text."""
    lines = doc.lines
    texts = [ln.text for ln in lines]
    folded, shapes = fold_and_shape(texts)
    nb = list(compress(count(), folded))  # the non-blank lines: their folded texts are not empty
    # a shape longer than any furniture line's is left out (""): no test can pass it
    short = [s if len(s) <= LONGEST else "" for s in compress(shapes, folded)]
    v = LineFacts(doc.pages > 1, nb, list(compress(texts, folded)), short, [ln.page for ln in compress(lines, folded)])
    flags = [ln.furniture for ln in lines]
    if True in flags:  # marked before
        v.marked.update(k for k, i in enumerate(nb) if flags[i])
    paging = _marker_lines(v)
    anchors = _plausible(v, _anchors(v, paging))
    v.repeated = _near_markers(v, anchors)
    starts = [_mark_block(v, k, n) for k, n in anchors]
    if v.paged:
        _mark_page_edges(v)
    else:
        v.marked.update(_numbered_footers(v))
    _mark_legends_and_residue(v)
    _mark_repeated_neighbours(v)
    pages = None if v.paged else _advance_pages(lines, anchors, starts)  # None: the pages as extracted
    if not v.paged:
        doc.pages = max(map(attrgetter("page"), lines) if pages is None else pages, default=1)
    doc.lines = _rewritten(lines, flags, v, pages)
    # the lines that say "page" in any case (comment_lines looks for "Page N" among them)
    doc.memo["page_lines"] = (doc.lines, [v.nb[k] for k in paging if "page" in v.shapes[k]])
    unmarked = _unmarked(v)
    kept = list(compress(compress(folded, folded), unmarked))  # the header's layout reads them folded
    keep_lines(doc, kept, list(compress(v.pages if pages is None else compress(pages, folded), unmarked)))


def _unmarked(v: LineFacts) -> list[bool]:
    """For each non-blank line, whether it is left unmarked."""
    keep = [True] * len(v.nb)
    for k in v.marked:
        keep[k] = False
    return keep


def _rewritten(lines: list[Line], flags: list[bool], v: LineFacts, pages: list[int] | None) -> list[Line]:
    """The lines with their furniture flags and pages set: a new Line only where one changed (the
    lines marked, and those whose pages the whole list compared shows moved)."""
    out = list(lines)
    marked = set(map(v.nb.__getitem__, v.marked))
    changed = {i for i in marked if not flags[i]}
    if pages is not None:  # some moved
        changed.update(compress(count(), map(ne, pages, map(attrgetter("page"), lines))))
    for i in changed:
        ln = lines[i]
        out[i] = Line(ln.text, ln.page if pages is None else pages[i], ln.furniture or i in marked, ln.emphasis)
    return out


def _anchors(v: LineFacts, paging: list[int]) -> list[tuple[int, int]]:
    """Page markers as (position among non-blank lines, page number printed), among the lines
    ``paging`` (:func:`_marker_lines`)."""
    out: list[tuple[int, int]] = []
    for k in paging:
        text = v.texts[k]
        n = None
        if "page" in v.shapes[k]:  # (a line that says "page" is no bare number)
            n = v.markers[k] = None if _cited_page(v, k) else page_marker(text)
            if n is None and text.strip() in ("Page", "PAGE") and k + 1 < len(v.nb):
                n = bare_number(v.texts[k + 1])  # "Page" and its number on two lines
        else:
            v.markers[k] = None  # (page_marker needs "page")
            if v.paged or k == len(v.nb) - 1:  # unpaged: only the page number ending the letter
                m = bare_number(text)
                n = m if m is not None and abs(m - v.pages[k]) <= 1 and _at_page_edge(v, k, 2) else None
        if n is not None:
            out.append((k, n))
    return out


def _cited_page(v: LineFacts, k: int) -> bool:
    """Whether line k, "page 1" in lower case, is the page a caption cites, wrapped onto a line of its own
    ("Questions and Answers About the Separation and Distribution," / "page 1"): the line above ends in a comma."""
    return v.texts[k].lstrip()[:1] == "p" and k > 0 and v.texts[k - 1].rstrip().endswith(",")


def _marker_lines(v: LineFacts) -> list[int]:
    """The lines that may be page markers, told by their shapes: those that say "page" (in any case),
    and those as short as a bare page number ("#", "- # -", "(##)"). A line with no shape (longer
    than any furniture line) is neither. (Every line holding "Page" whose stripped text is at most
    80 characters long is among those that say "page": its shape holds "page" and is at most twice
    as long, as lower-casing lengthens only the dotted capital I.)"""
    return [k for k, s in enumerate(v.shapes) if "page" in s or len(s) <= 7 and "#" in s]


def _plausible(v: LineFacts, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop markers whose number cannot be this letter's page ("Form 10-K - Page 34" in an appendix), and on the first
    page of a letter whose pages are known, those amid its lines: it prints no running header (its letterhead is
    there) and a footer only at its foot, and "Overview – Page 1" there is a caption citing its page."""
    out: list[tuple[int, int]] = []
    highest = 1
    for k, n in anchors:
        if v.paged and abs(n - v.pages[k]) > 2 or not v.paged and not 1 <= n <= highest + 5:
            continue
        if v.paged and v.pages[k] == 1 and not _at_page_edge(v, k, _EDGE):
            continue  # the first page prints no running header, and its footer at its foot: "Overview – Page 1"
        highest = max(highest, n)
        out.append((k, n))
    return out


def _at_page_edge(v: LineFacts, k: int, reach: int) -> bool:
    page = v.pages[k]
    top = all(v.pages[j] != page for j in range(max(0, k - reach), k)) or k < reach and page == v.pages[0]
    bottom = all(v.pages[j] != page for j in range(k + 1, min(len(v.nb), k + reach + 1)))
    return top or bottom or k >= len(v.nb) - reach


def _near_markers(v: LineFacts, anchors: list[tuple[int, int]]) -> frozenset[tuple[str, int]]:
    """(shape, offset) of lines found at the same distance from half the "Page N" markers or more, two at least: a
    running header's lines repeat beside most of them, where a line of the letter may stand so twice by chance (an
    answer's "Response" label right above the header on two pages of seven, as Chromium prints a header after the
    page's text).

    With fewer than two such markers nothing can repeat, and no line around them is read."""
    heads = []
    last = -100
    for k, _ in anchors:
        if k - last <= _REACH_DOWN or bare_number(v.texts[k]) is not None:
            continue  # two markers of one header block count once; footers' numbers not at all
        last = k
        heads.append(k)
    if len(heads) < 2:
        return frozenset()
    seen: Counter[tuple[str, int]] = Counter()
    for k in heads:
        first, end = max(0, k - _REACH_UP), min(len(v.nb), k + _REACH_DOWN)
        seen.update(zip(v.shapes[first:end], range(first - k, end - k), strict=True))
    least = max(2, len(heads) // 2)
    return frozenset(key for key, c in seen.items() if c >= least and sum(ch.isalpha() for ch in key[0]) >= 2)


def _mark_block(v: LineFacts, k: int, number: int) -> int:
    """Mark the running header around the page marker at k (page ``number``); return the block's first line
    index. (A running header does not cross a real page break, nor take in the end of a sentence broken over
    lines, "... for these coverages at" / "December 31, 2016.", where no page break is marked
    (marks.ends_broken_sentence); nor a number above it but the page's own or the page's before: "... the
    concerns raised.” (page" / "3)" / "Ms. Elaine P. Wynn" / "April 27, 2018" / "Page 2"; nor a line above the
    template's residue that opens it, "FirstName LastNameRandy Hyzak": in text with no page breaks, a caption at the
    foot of the page before, "Form 8-K filed January 25, 2023", echoing the Re block.)"""
    texts, pages, paged = v.texts, v.pages, v.paged
    page = pages[k]
    first = k
    if bare_number(texts[k]) is None:  # a footer's page number: nothing above it is header
        low = max(0, k - _REACH_UP)
        while (
            first > low
            and (not paged or pages[first - 1] == page)
            and header_like(v, first - 1, k)
            and not (first >= 2 and (not paged or pages[first - 2] == page) and _GOES_ON.search(texts[first - 2][-6:]))
            and not ends_broken_sentence(texts[first - 1])
            and not _another_pages_number(texts[first - 1], number)
            and not (has_residue(texts[first]) and not has_residue(texts[first - 1]))
        ):
            first -= 1
    last = k
    for j in range(k + 1, min(len(v.nb), k + 1 + _REACH_DOWN)):
        if paged and pages[j] != page or not header_like(v, j, k):
            break
        text = texts[j]
        if v.marker(j) == number or has_residue(text):
            last = j  # the header repeated, or its residue copy: extend through it (not a caption citing another
            # page: "Goodwill and Other Intangible Assets – Page 47" right under page 2's header)
        elif text.strip() in ("Page", "PAGE") or j == k + 1 and bare_number(text) is not None:
            last = j
    v.marked.update(range(first, last + 1))
    if v.texts[k].strip() in ("Page", "PAGE") and k + 1 < len(v.nb):
        v.marked.add(k + 1)
    return v.nb[first]


def _another_pages_number(text: str, number: int) -> bool:
    """Whether a line above page ``number``'s marker is a number that is neither the page's nor the page's
    before (as the comments' own header walk, comment_lines, reads it)."""
    n = bare_number(text) if text.strip()[:1].isdigit() else None
    return n is not None and n not in (number, number - 1)


def _mark_page_edges(v: LineFacts) -> None:
    """Lines repeated at the top or foot of pages: letterhead repeated on later pages, footers.

    At the top a repeated line must also read like the address block (so a table heading
    that starts two pages stays). At the foot it must end half the pages and carry the page
    number ("oxy.com 3") or read like the address block or a legend; a line with no page number
    must end three quarters of the pages (a letterhead footer), which a table that happens to
    end a few pages in a row does not.
    """
    by_page: dict[int, list[int]] = {}
    end = 0
    for page, run in groupby(v.pages):  # runs of lines on one page
        start, end = end, end + len(list(run))
        by_page.setdefault(page, []).extend(range(start, end))
    if len(by_page) < 2:
        return
    shapes = v.shapes
    tops: dict[str, set[int]] = {}
    feet: dict[str, set[int]] = {}
    at_feet: dict[str, list[int]] = {}  # the lines of each shape at the feet (read again only for a footer's)
    for page, ks in by_page.items():
        for k in ks[:_EDGE]:
            tops.setdefault(shapes[k], set()).add(page)
        for k in ks[-2:]:
            feet.setdefault(shapes[k], set()).add(page)
            at_feet.setdefault(shapes[k], []).append(k)
    if 1 in by_page:  # the first page's letterhead footer, printed there alone (its address and telephone)
        foot = by_page[1][-_FOOT_LINES:]
        v.marked.update(foot[letterhead_footer([v.texts[k] for k in foot]) :])
    for page, ks in by_page.items():
        if page > 1:
            _mark_unnumbered_header(v, ks)
            for k in ks[:_EDGE]:
                s = shapes[k]
                if len(tops[s]) - (1 in tops[s]) >= 2 and repeatable(s) and header_like(v, k):
                    v.marked.add(k)
        for k in ks[-2:]:
            # on one page only, a line is neither a Bates code nor a footer
            found = feet[shapes[k]]
            if len(found) >= 2 and _footer(v, k, len(found), len(by_page), at_feet[shapes[k]]):
                v.marked.add(k)


def _numbered_footers(v: LineFacts) -> list[int]:
    """In text with no page breaks, the footers that print their page's number after words ("oxy.com 1" ...
    "oxy.com 4"): a short line repeated three times or more with the number it ends in counting up by one from 1
    or 2, a page's lines apart at least, the last of them among the letter's last lines (the foot of its last page;
    a caption or label numbered so, "Comment 3", has its text under it; a list, "Annex 1" / "Annex 2" / "Annex 3",
    stands line under line). (Where a page ends they do not tell: more of the footer may follow.)"""
    shapes = v.shapes
    for k in range(max(0, len(shapes) - _EDGE), len(shapes)):
        s = shapes[k]
        if not (s.endswith("#") and repeatable(s)) or k in v.marked:
            continue
        at = [j for j, t in enumerate(shapes) if t == s]
        if len(at) < 3:
            continue
        if any(b - a < _PAGE_LINES for a, b in zip(at, at[1:], strict=False)):
            continue  # a list ("Annex 1" / "Annex 2" / "Annex 3"): a page holds more lines than that
        numbers = [int(m.group(1)) if (m := _END_NUMBER.search(v.texts[j])) else 0 for j in at]
        if numbers[0] in (1, 2) and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            return at
    return []


def _mark_unnumbered_header(v: LineFacts, ks: list[int]) -> None:
    """A header with no page number ("Mr. Brian Worrell / Baker Hughes, a GE company / September
    27, 2018" atop page 2): the lines that open the page repeat the address block and include
    the date on a line of its own."""
    top = ks[:_REACH_UP]
    # few pages open with a date, and on the others no line is judged
    dated = [p for p, k in enumerate(top) if may_be_date(v.shapes[k]) and is_date(v.texts[k])]
    if not dated:
        return
    run = 0
    while run < len(top) and header_like(v, top[run]):
        run += 1
    if run < 2:
        return
    seen = v.shapes.index  # where a shape first occurs
    dates = [p for p in dated if p < run and seen(v.shapes[top[p]]) < ks[0]]  # the letter's date, again
    if dates and run > len(dates):
        v.marked.update(top[: dates[-1] + 1])  # the header ends with its date; what follows may be a heading


def _numbers_its_page(v: LineFacts, k: int) -> bool:
    """Whether line k ends or opens with its page's number, or one off it ("November 4, 2021 2", "oxy.com | 3",
    "2 | Page")."""
    text, page = v.texts[k], v.pages[k]
    end = _END_NUMBER.search(text)
    if end is not None and abs(int(end.group(1)) - page) <= 1:
        return True
    start = _START_NUMBER.match(text)
    return start is not None and abs(int(start.group(1)) - page) <= 1


def _footer(v: LineFacts, k: int, pages_with_it: int, pages: int, alike: list[int]) -> bool:
    """Line k, found at the foot of two pages or more (``alike``: the lines of its shape at the feet), is a Bates
    code or a footer: one ending in its page's number where its like at the other feet mostly do too ("oxy.com | 3";
    a label at the foot of some pages, "Comment 1" on page 1 and "Comment 3" on page 2 but "Comment 5" on page 3,
    numbers no page), one like the address block, or one printed word for word at the foot of three quarters of the
    pages (a letterhead's footer, the same on each; "Comment 1", "Comment 3", "Comment 5" and "Comment 8" at four
    feet of five are four lines shaped alike, none repeated)."""
    s, text = v.shapes[k], v.texts[k]
    if is_bates(text):
        return True
    if pages_with_it < max(2, pages / 2) or not repeatable(s) or " " not in s:
        return False
    if _numbers_its_page(v, k) and sum(_numbers_its_page(v, j) for j in alike) * 3 >= pages_with_it * 2:
        return True
    if header_like(v, k):
        return True
    words = text.split()
    same = sum(v.texts[j].split() == words for j in alike)
    return same >= max(3, pages * 0.75) or pages == same


def _mark_legends_and_residue(v: LineFacts) -> None:
    """Confidential-treatment legends, and lines of template residue that read like a header.

    Only lines whose shapes hold "onfidential", "name" or "comapany" are read (a line with no shape,
    longer than any furniture line, is neither)."""
    for k in [k for k, s in enumerate(v.shapes) if "onfidential" in s or "name" in s or "comapany" in s]:
        text = v.texts[k]
        if "onfidential" in text or "ONFIDENTIAL" in text:
            if is_legend(text):
                v.marked.add(k)
            elif k + 1 < len(v.nb) and _legend_starts(text, v.texts[k + 1]):
                v.marked.update((k, k + 1))  # "[CONFIDENTIAL" / "TREATMENT REQUESTED BY …]"
        elif has_residue(text) and header_like(v, k):
            v.marked.add(k)


def _legend_starts(text: str, following: str) -> bool:
    """A legend broken over two lines, starting on this (short) line."""
    stem = text.strip()
    return 0 < len(stem) < 40 and is_legend_start(stem) and is_legend(f"{stem} {following.strip()}")


def _mark_repeated_neighbours(v: LineFacts) -> None:
    """Lines repeated as often as the furniture they sit beside (Bates codes, legend lines).

    A running header or legend block repeats as a whole, so its lines occur about equally often;
    a label such as "Response" next to a header occurs at its own rate and stays. In three rounds,
    each line in order may join the furniture beside it: only the lines beside furniture are read.
    """
    tally = _Tally(v)
    able: dict[int, bool] = {}
    for _ in range(3):
        before = len(v.marked)
        for k in sorted({j for m in v.marked for j in (m - 1, m + 1)}):
            while 0 <= k < len(v.nb) and k not in v.marked and _joins(v, k, tally, able):
                v.marked.add(k)
                k += 1  # the next line now sits beside furniture too, and its turn comes next
        if len(v.marked) == before:
            return  # nothing joined: a further round would read the same


class _Tally:
    """How often the letter's lines repeat, each count made once over all the lines when first asked for:
    a line is judged by its shape's count, and a letter of many pages asks for thousands of shapes (counted
    one by one, each over all the lines, a letter ten times longer took a hundred times as long)."""

    __slots__ = ("v", "_shapes", "_texts", "_stripped", "_places", "_edges")

    def __init__(self, v: LineFacts) -> None:
        self.v = v
        self._shapes: Counter[str] | None = None
        self._texts: Counter[str] | None = None
        self._stripped: Counter[str] | None = None
        self._places: dict[str, list[int]] | None = None
        self._edges: dict[str, bool] = {}

    def shape(self, s: str) -> int:
        """How many lines have shape s."""
        if self._shapes is None:
            self._shapes = Counter(self.v.shapes)
        return self._shapes[s]

    def verbatim(self, raw: str, text: str) -> int:
        """How many lines read ``text`` (``raw`` stripped): those that read ``raw`` itself (most often
        enough), else the lines' stripped texts."""
        if self._texts is None:
            self._texts = Counter(self.v.texts)
        same = self._texts[raw]
        if same >= 3:
            return same
        if self._stripped is None:
            self._stripped = Counter(t.strip() for t in self.v.texts)
        return self._stripped[text]

    def at_edges(self, s: str) -> bool:
        """Whether half the lines of shape s or more sit at the top or foot of their page, as a footer (a
        Bates code) does (:func:`_mostly_at_edges`, told once for each shape)."""
        if (told := self._edges.get(s)) is None:
            if self._places is None:
                self._places = {}
                for k, shape in enumerate(self.v.shapes):
                    self._places.setdefault(shape, []).append(k)
            told = self._edges[s] = _mostly_at_edges(self.v, self._places.get(s, []))
        return told


def _joins(v: LineFacts, k: int, tally: _Tally, able: dict[int, bool]) -> bool:
    """Line k repeats about as often as the furniture line above or below it. What the line itself
    tells (its shape's count, its shape) is judged once; a line with no shape ("") is too long. A line
    holding numbers repeats as itself, unless it is a page's code ("BSC-1", "BSC-2", a Bates code): "Comment
    No. 1", "Comment No. 2", … each under a page's header, are the answers' captions."""
    s = v.shapes[k]
    if k not in able:
        raw = v.texts[k]
        text = raw.strip()
        able[k] = (
            bool(s)
            and tally.shape(s) >= 3
            and (
                repeatable(s)
                and ("#" not in s or tally.verbatim(raw, text) >= 3)
                or is_bates(text)
                or _PAGE_CODE.match(text) is not None
            )
        )
    if not able[k]:
        return False
    for j in (k - 1, k + 1):
        seed = v.shapes[j] if j in v.marked else ""  # (the marked lines are all within the letter)
        if repeatable(seed) and abs(tally.shape(seed) - tally.shape(s)) <= 1:
            if (v.paged and v.pages[j] != v.pages[k] or reads_as_prose(v.texts[k], _SENTENCE_WORDS)) and not (
                tally.at_edges(s)
            ):
                continue  # beside the next page's header, a page's last line must end pages as a footer does; so
                # must a line of a sentence (answers opening alike: "The Company acknowledges the Staff's comment,
                # and respectfully", one of them right under a page's header)
            return True
    return False


def _mostly_at_edges(v: LineFacts, at: list[int]) -> bool:
    """Whether half the lines ``at`` (those of one shape) or more sit at the top or foot of their page, as
    a footer (a Bates code) does. A wrapped text repeats lines of its own: three answers end "... the topics
    referenced in" / "Comment No. 1." (".. 2.", "... 3."), one of them just above page 2's header."""
    return 2 * sum(_at_page_edge(v, k, _EDGE) for k in at) >= len(at)


def _advance_pages(lines: list[Line], anchors: list[tuple[int, int]], starts: list[int]) -> list[int] | None:
    """Page numbers for text without page breaks, from its running headers ("… Page 3"); None when
    no header starts a later page."""
    advances: list[tuple[int, int]] = []  # (first line, page number), in the order the headers are read
    current = 1
    for (_, n), start in zip(anchors, starts, strict=True):
        if current < n <= current + 5:
            advances.append((start, n))
            current = n
    if not advances:
        return None
    # each header numbers the lines from its start to the end, a later one overriding: read backwards,
    # each line is set once (by the last header read that starts at or before it)
    pages = [ln.page for ln in lines]
    covered = len(pages)
    for start, n in reversed(advances):
        if start < covered:
            pages[start:covered] = [n] * (covered - start)
            covered = start
    return pages
