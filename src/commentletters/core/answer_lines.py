"""A company letter's body as paragraphs: furniture out, broken lines joined.

Answers are found paragraph by paragraph, so this module turns the extracted lines into
paragraphs first. Two things make raw lines a poor unit:

* running headers that the extractor did not mark (a date or the addressee's name printed
  above "Page 3" at the top of each page) would otherwise split a restated comment in two;
* text letters (and HTML pages that break mid-sentence) cut a sentence over several lines,
  so "We acknowledge" on one line and "the Staff's comment" on the next are one paragraph.

Each line is read once (:class:`_Content`): its text, whether it is a page number, whether
furniture stands beside it; the running headers are then looked for only around the page
numbers, the furniture and the page breaks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import partial
from itertools import compress
from operator import ne
from typing import NamedTuple

from .anchored import folds_exactly
from .answer_marks import is_sign_off
from .extract.folding import kept_lines
from .extract.marks import bare_number, is_bates, is_date, is_legend, page_marker, reads_as_prose
from .headings import ends_in_abbreviation
from .letters import Document, Line
from .spaces import join_lines, width_within

_TERMINAL_CHARS = frozenset(".:;?!)]\"”’'…")  # a paragraph ending in one of these ends its sentence
# A sentence broken after one of these words goes on in the next line.
_FUNCTION_WORDS = (
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "or",
    "that",
    "our",
    "its",
    "their",
    "for",
    "in",
    "on",
    "with",
    "by",
    "as",
    "at",
    "from",
    "is",
    "are",
    "was",
    "were",
    "which",
    "this",
    "these",
    "has",
    "have",
    "be",
    "not",
    "we",
    "will",
)
_FUNCTION_END = re.compile(rf"\b(?:{'|'.join(_FUNCTION_WORDS)})$", re.I)
_FUNCTION_END_LOW = re.compile(_FUNCTION_END.pattern)  # spelled in lower case: for a lower-cased text
_NUMBER_NAMED = re.compile(r"\bNos?\.$")  # an abbreviation the number on the next line goes with
# A line ending in one of these abbreviations ends no sentence when a lower-case word opens the next
# ("ii." and "a)" open list items, not words going on).
# A wrapped line ending in one of these words goes on with the number it names, even where that reads
# like a comment number ("… in accordance with Item" / "10(e)(1)(i)(A) to prevent undue prominence.";
# "… Refer to Item 303(b)" / "(2) of Regulation S-K.").
_NAMES_NUMBER = re.compile(
    r"\b(?:Items?|Rules?|Sections?|Topics?|Questions?|Articles?|ASC|Notes?|Paragraphs?|Reference)"
    r"(?: [\w.-]+(?:\([\w.]+\))*)?$"
)
# So does one ending in a word that names a document by its number, the number not yet given, after a word in lower
# case ("… on page 26 of Exhibit" / "99.2 nets …", "… our Annual Report on Form" / "10-K …"); not a caption ("Exhibits"
# over "6. Please revise …", "Financial Statements and Exhibits"; "… Form 10-K" ends one). (Looked for where the line
# ends in the word: a pattern tried at each of its last characters costs more.)
_DOCUMENTS = ("Exhibit", "Schedule", "Form", "Annex", "Appendix")
_DOCUMENT_NAMED = re.compile(r"\b[a-z]+ (?:Exhibit|Schedule|Form|Annex|Appendix)$")
_PAGE_NUMBER = re.compile(r"[A-Z]?-?\d{1,4}[.,;:)]*")  # a page's number alone ("118.", "F-7)")
_ASIDE = re.compile(r"\((?:[\u201c\"]|[a-z]{2,}\b(?![.)]))")  # "(the “Registration Statement”)", "(“Registrants”)"
_SENTENCE_ENDS = frozenset(".:;?!")
_CLOSERS = frozenset(")]\"”’'…")  # (an ellipsis too: "... the largest retailer of electricity in Texas…" / "and ...")
# a lower-case word going on from a line that ends in a stop or a closer, not a list item's numeral ("ii.",
# "iv)") nor a bracketed letter pair ("aa)"); a word and its full stop ends the sentence: "… “Net Cumulative
# Paid Loss and Allocated Loss Adjustment Expenses”" / "tables. Refer to ASC 944-40-50-4D …"
_GOES_ON = re.compile(r"(?![ivx]+[.)])[a-z]{2,}\b(?!\))")
_LOWER_STARTS = frozenset("abcdefghijklmnopqrstuvwxyz(")
_TAIL = max(map(len, _FUNCTION_WORDS))  # a match of _FUNCTION_END starts no earlier from the end
_WRAPPED = 60  # an unfinished line longer than this is a wrapped sentence, not a caption
# How much of a paragraph's end the joining rules read (_WRAPPED, the function words, "Item 303(b)"
# and abbreviations at the end, each with the character before): the rest of it is not kept at hand.
_TAIL_KEPT = 80
_UNWRAPPED = 120  # no wrapped line is longer: a letter whose lines one in ten are is not wrapped
_PAGE_OF_LINES = 40  # the fewest lines of HTML read as a plain-text letter's wrapped lines
_SPACED = 0.4  # a letter with blank lines before this share of its lines or more is double-spaced
_NO_GAPS: frozenset[int] = frozenset()
_RULES = frozenset("*_=-~")  # a line of one of these alone is a divider
_TOP = 5  # lines at the top of a page that may be its running header
_HEADER_LEN = 100
_REPEATED_LEN = 120  # a running header repeated near page boundaries is no longer than this
_REACH = 3  # content lines either side of a page boundary that may hold a running header
_MARK_LEN = 160  # a page mark (or a legend) is no longer than this
_BARE_OPENINGS = frozenset("-\u2013\u2014([")  # what a bare page number opens with, besides a digit
_OPENING = 40  # content lines at the top in which the inside address ends at the "Re:" line
# (the "Re:" label spelt otherwise, as the header reads it: "Subject:", "Regarding:")
_OPENING_END = re.compile(r"^(?:re\b|(?:subject|regarding)\s*:|dear\b|ladies and gentlemen)", re.I)
_OPENING_INITIALS = frozenset("rRdDlLsS")
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


class Para(NamedTuple):
    """A paragraph of the letter: its text, whether wholly emphasised, and where it starts."""

    text: str
    emphasis: bool
    line: int  # index in doc.lines of its first line
    page: int


Marker = Callable[[str], bool]
_para = partial(tuple.__new__, Para)  # a Para from a row of its fields (as Para._make, with no Python call)


class _Content:
    """The non-blank, non-furniture lines of a letter, read in one pass: their index in the
    letter, stripped text, page and emphasis, whether each is a page number, which stand right
    after or right before a furniture line, and which follow a blank line on their page. Whether
    ``keep`` holds a line is asked only where it tells something (:meth:`kept`): most lines end a
    sentence or stand far from a page break, and nothing turns on it there."""

    __slots__ = (
        "index",
        "texts",
        "pages",
        "emphasis",
        "keep",
        "_kept",
        "numbers",
        "after_furniture",
        "before_furniture",
        "legends",
        "gaps",
        "widths",
    )

    def __init__(
        self, lines: list[Line], keep: Marker | None, blank_lines: bool = True, indented: bool = False
    ) -> None:
        index: list[int] = []
        texts: list[str] = []
        pages: list[int] = []
        emphasis: list[bool] = []
        after: list[int] = []  # positions whose line in the letter follows a furniture line
        before: list[int] = []  # positions whose line in the letter precedes one
        # positions whose line follows a blank line, on the page of the line before (noted where ``blank_lines``:
        # HTML's lines are blocks, and the blank lines between them tell nothing)
        gaps: list[int] = []
        self.legends = False  # whether any line may be (part of) a confidential-treatment legend
        furniture_at = -2
        blank_at = -2
        written_at = -2  # the last line neither blank nor furniture
        for i, ln in enumerate(lines):
            if ln.furniture:
                if index and written_at > furniture_at:  # (blank lines between, as spaced text prints them)
                    before.append(len(index) - 1)
                furniture_at = i
                continue
            text = ln.text.strip()
            if not text:
                blank_at = i
                continue
            if furniture_at > written_at:
                after.append(len(index))
            elif blank_lines and blank_at == i - 1 and index and furniture_at < index[-1] and pages[-1] == ln.page:
                gaps.append(len(index))
            written_at = i
            index.append(i)
            texts.append(text)
            pages.append(ln.page)
            emphasis.append(ln.emphasis)
        self.index, self.texts, self.pages, self.emphasis = index, texts, pages, emphasis
        self.after_furniture, self.before_furniture = after, before
        self.gaps = gaps
        # where ``indented`` (plain text, whose spaces print as columns), each line's width, its indentation counted:
        # a comment restated as an indented block is wrapped as wide as the answers, or nearly, with its indentation
        self.widths = [len(lines[i].text.rstrip()) for i in index] if indented else None
        self.keep = keep
        self.numbers: list[bool] = list(map(self._reads, texts))
        self._kept: list[bool | None] = [None] * len(index)

    def kept(self, pos: int) -> bool:
        """Whether ``keep`` holds the line at ``pos``."""
        found = self._kept[pos]
        if found is None:
            found = self._kept[pos] = bool(self.keep and self.keep(self.texts[pos]))
        return found

    def _reads(self, text: str) -> bool:
        """Whether ``text`` is a page number ("Page 2", "2", "June 18, 2024 Page 2 of 5") on its own or
        in a running header; a legend's word seen on the way is noted."""
        first = text[0]
        if (first.isdecimal() or first in _BARE_OPENINGS) and bare_number(text) is not None:
            return True
        if len(text) > _MARK_LEN:
            return False  # no page mark, and too long to be (part of) a legend
        low = text.lower()
        if "confidential" in low:
            self.legends = True
        return "page" in low and (page_marker(text) is not None or low == "page")


def paragraphs(doc: Document, keep: Marker | None = None) -> list[Para]:
    """The letter's paragraphs, page furniture left out.

    ``keep`` tells lines that must never be taken for running headers nor be joined to the
    line before (comment numbers, "Response:" labels): the caller knows its own markers. Lines
    of plain text and of PDF pages are wrapped; HTML's are blocks (see :func:`_continues`), unless the HTML holds
    a plain-text letter's wrapped lines (each ended by ``<br>``: :func:`_lines_of_text`).
    """
    wrapped = doc.format in ("text", "pdf") or _lines_of_text(doc)
    monospace = doc.format == "text"  # (a line's length, its indentation counted, tells its width)
    content = _Content(doc.lines, keep, blank_lines=wrapped, indented=monospace)
    skip = _running_headers(content)
    widths = content.widths
    margin = _margin(widths) if widths is not None else 0
    edges = _block_edges(widths, content.texts) if margin and widths is not None else None
    lengths = widths if widths is not None else map(len, content.texts)
    paras = _joined(content, skip, _wrap_length(lengths) if wrapped else 0, margin, edges)
    return _drop_legends(paras) if content.legends else paras


def _lines_of_text(doc: Document) -> bool:
    """Whether an HTML letter prints a plain-text letter's wrapped lines, one to a block (a line break after each):
    it holds a page of lines at least, and nineteen in twenty are no longer than a wrapped line is (an HTML
    letter's paragraphs, one to a block, are longer)."""
    if doc.format != "html":
        return False
    texts = kept_lines(doc)[0]  # (the lines neither blank nor furniture, folded: worked out with the furniture)
    return len(texts) >= _PAGE_OF_LINES and sum(len(text) > _UNWRAPPED for text in texts) * 20 <= len(texts)


def _parted(content: _Content, wrapped: int) -> set[int] | frozenset[int]:
    """The lines a blank line parts from the paragraph before, in wrapped text (plain text, PDF): all that
    follow one, unless the letter is double-spaced (blank lines before two lines in five or more, so also
    between a paragraph's lines). A letter that prints a paragraph to a line, a blank line between (its
    lines too long to be wrapped ones), is no double-spaced letter: its blank lines part paragraphs."""
    gaps, texts = content.gaps, content.texts
    if not wrapped or not gaps:
        return _NO_GAPS
    if len(gaps) >= len(texts) * _SPACED:
        lengths = sorted(map(len, texts))
        if lengths[len(lengths) * 9 // 10] <= _UNWRAPPED:
            return _NO_GAPS
    return set(gaps)


def _wrap_length(widths: Iterable[int]) -> int:
    """How long an unfinished line of wrapped text (plain text, PDF) must be to be a wrapped sentence, not
    a caption: _WRAPPED characters, less in a letter wrapped narrower (at 65 columns a wrapped line is
    often shorter than 60): four fifths of its width, the length that nine lines in ten stay within."""
    lengths = sorted(widths)
    if not lengths:
        return _WRAPPED
    return min(_WRAPPED, lengths[len(lengths) * 9 // 10] * 4 // 5)


def _margin(widths: list[int]) -> int:
    """The width a plain-text letter is wrapped at: the length nineteen lines in twenty stay within (0 when that is
    longer than any wrapped line: a letter printing a paragraph to a line is not wrapped)."""
    width = width_within(widths)
    return width if width <= _UNWRAPPED else 0


def _block_edges(widths: list[int], texts: list[str]) -> list[int]:
    """For each line of a plain-text letter, the right edge of its block where the next line is of the same block (0
    where it is not): a block is a run of lines indented alike, its edge its widest line's width. A comment restated
    as a block indented on both sides is wrapped at its own edge, short of the letter's margin."""
    edges = [0] * len(widths)
    start = 0
    for k in range(1, len(widths) + 1):
        if k == len(widths) or widths[k] - len(texts[k]) != widths[start] - len(texts[start]):
            edge = max(widths[start:k])
            edges[start : k - 1] = [edge] * (k - 1 - start)  # (the block's last line: 0, no line of it follows)
            start = k
    return edges


def _cut_by_margin(before: int, text: str, margin: int) -> bool:
    """Whether a line that ends a sentence (``before``: its width) was cut by the margin, not by its paragraph's
    end: it is near the letter's width, and the first word of ``text``, the line under it, would not have fitted on
    it."""
    return before >= margin * 4 // 5 and before + 1 + len(text.split(None, 1)[0]) > margin


def _joined(
    content: _Content, skip: set[int], wrapped: int, margin: int = 0, edges: list[int] | None = None
) -> list[Para]:
    """The lines not skipped, each joined to the paragraph before when it carries on its sentence; a
    marker opens a paragraph, which goes on in the next lines like any other ("1. We note that you" /
    "present …": a restated comment wrapped mid-sentence is read whole). ``wrapped``: the length from
    which an unfinished line of wrapped text goes on (0: the lines are HTML's blocks). ``margin``: the width a
    plain-text letter is wrapped at (0: not known), where blank lines part its paragraphs: a line there that ends a
    sentence goes on into the next with no blank line between when the margin cut it (:func:`_cut_by_margin`).
    ``edges``: the right edge of each line's block of lines indented alike, where the next line is of it
    (:func:`_block_edges`): the margin that cut a line followed by one of its block, where narrower."""
    rows: list[tuple[str, bool, int, int]] = []  # the paragraphs read (made Paras at the end, all at once)
    parts: list[str] = []  # the lines of the paragraph being read (joined once it ends, not line by line)
    # its end: its last line, or its last _TAIL_KEPT characters once lines are joined (the joining rules read
    # no further back, and a text longer than that reads to them as its last _TAIL_KEPT characters do)
    tail = ""
    emphasis, line, page = False, -1, 0
    last, page_last = -2, 0  # the last line read into the paragraph: its index in the letter and its page
    widths, at = content.widths, -2  # the lines' widths (plain text), the paragraph's last line's position
    parted = _parted(content, wrapped)  # (a line a blank line parts from the one before goes on only in lower case)
    for pos, (text, emphasised, index, on_page) in enumerate(
        zip(content.texts, content.emphasis, content.index, content.pages, strict=True)
    ):
        if pos in skip:
            continue
        if parts:
            if (
                (
                    # (most paragraphs end a sentence: _continues says no)
                    (
                        tail[-1] not in _TERMINAL_CHARS
                        or text[0].islower()
                        or text[0] == "("
                        or (text[0].isdigit() and tail.endswith(("No.", "Nos.")))  # "… Question No." / "102.07 of …"
                    )
                    and (not parted or pos not in parted or text[0].islower())
                    and _continues(
                        tail,
                        text,
                        wrapped,
                        len(parts[-1]) if widths is None else widths[at],
                        margin if edges is None else _right(margin, edges, at, pos),
                    )
                    # a sentence ending where the margin cut its line, right above it (no blank line, furniture or
                    # page break between) in a letter that parts its paragraphs with blank lines: the paragraph goes on
                    or (
                        margin
                        and parted
                        and index == last + 1
                        and on_page == page_last
                        and _cut_by_margin(
                            len(parts[-1]) if widths is None else widths[at],
                            text,
                            margin if edges is None else _right(margin, edges, at, pos),
                        )
                    )
                )
                and emphasis == emphasised
                and not (
                    content.kept(pos) and not (wrapped and (text[0].islower() or _goes_on_into_marker(tail, text)))
                )
            ):
                parts.append(text)
                tail = (tail[-_TAIL_KEPT:] + " " + text)[-_TAIL_KEPT:] if len(text) < _TAIL_KEPT else text
                last, page_last, at = index, on_page, pos
                continue
            rows.append((join_lines(parts) if len(parts) > 1 else parts[0], emphasis, line, page))
        parts = [text]
        tail = text
        emphasis, line, page = emphasised, index, on_page
        last, page_last, at = index, on_page, pos
    if parts:
        rows.append((join_lines(parts) if len(parts) > 1 else parts[0], emphasis, line, page))
    return list(map(_para, rows))


def names_a_number(text: str) -> bool:
    """Whether ``text`` stops on a word that names a number, which the next line goes on with: "... Refer to Item",
    "... Item 303(b)" ("(2) of Regulation S-K" / "10(e)(1)(i)(A) of ..." is no comment number)."""
    return _NAMES_NUMBER.search(text, max(0, len(text) - 30)) is not None or (
        text.endswith(_DOCUMENTS) and _DOCUMENT_NAMED.search(text, max(0, len(text) - 20)) is not None
    )


def _goes_on_into_marker(tail: str, text: str) -> bool:
    """Whether a wrapped line that stops so carries on into ``text``, the next, even though that one looks
    like a marker: it names a number ("… Item 303(b)" / "(2) of Regulation S-K"; "… at the bottom of page"
    / "118.", only a number) or stops on a function word ("… is reproduced below and followed by the" /
    "Company’s response."), which no marker follows. (Nor does a marker open in lower case: "… with respect
    to Staff" / "comments nos. 2 and 3 …" goes on.)"""
    if names_a_number(tail):
        return True
    if tail.endswith((" page", " pages")) and _PAGE_NUMBER.fullmatch(text) is not None:
        return True
    return tail[-1].isalpha() and _ends_in_function_word(tail)


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


def _right(margin: int, edges: list[int], at: int, pos: int) -> int:
    """The margin that cut the line at ``at`` when ``pos`` (the next read) is the next of its block: the block's edge
    where narrower than the letter's ``margin``."""
    if pos != at + 1 or not edges[at]:
        return margin
    return min(margin, edges[at])


def _continues(prev: str, text: str, wrapped: int, width: int, margin: int) -> bool:
    """Whether ``text`` carries on the sentence of ``prev`` (a line broken mid-sentence).

    In plain text and PDF (``wrapped``) a long line that stops mid-sentence is a wrapped line; in
    HTML each line is a block, so only a lower-case start or a dangling word joins them.
    Both are stripped: their last and first characters are no white space. ``width``: that of the last line of the
    paragraph (``prev`` may hold more than it: the paragraph's last characters), which tells a wrapped line (in plain
    text its indentation counted); ``margin``: the width a plain-text letter is wrapped at (0: not known), where a
    line the next one's first word would have fitted on was not cut by the margin ("... claims for 2012 - 2016" /
    "Financial Accounting Standards Board ...": a list item's end, then the answer).
    """
    end = prev[-1]
    if end in _RULES and len(prev) >= 3 and not prev.strip(end + " "):
        return False  # a divider ("* * *", "_____"): nothing goes on from it
    if end in _TERMINAL_CHARS:  # unless a lower-case word goes on after an abbreviation, a bracket or a quote
        if wrapped and end == ")" and text[0] == "(":
            # "… Refer to Item 303(b)" / "(2) of Regulation S-K."; "… (File No. 333-275587)" / "(the “Registration
            # Statement”)." (a word or a quote opens an aside; "(1)", "(a)", "(ii)" open list items)
            return _NAMES_NUMBER.search(prev, len(prev) - 30) is not None or _ASIDE.match(text) is not None
        if not _GOES_ON.match(text):  # (but "… Please refer to Question No." / "102.07 of the C&DIs")
            return end == "." and text[0].isdigit() and _NUMBER_NAMED.search(prev, len(prev) - 5) is not None
        if end == ".":  # "… subject to U.S." / "economic sanctions"
            return ends_in_abbreviation(prev)
        if end == ";":  # "… identified in the preceding bullet in your tables;" / "and": the margin cut it
            return _cut_line(width, text, wrapped, margin)
        # "… Item 402(k)(2)(iii)" / "of Regulation S-K"; "… related to economic hedges”" / "in your table"
        return end in _CLOSERS and len(prev) > 1 and prev[-2] not in _SENTENCE_ENDS
    if text[0] in _LOWER_STARTS:
        return True
    if len(text) < 25 and is_sign_off(text):
        return False  # "Sincerely,": the close opens, no sentence goes on into it
    if end.isalpha() and len(prev) > 8 and _ends_in_function_word(prev):
        return True  # (a function word ends in a letter)
    if text[0].isdigit() and end.isalnum() and (names_a_number(prev) or prev.endswith((" page", " pages"))):
        return True  # "... should be combined. Reference" / "606-10-25-19 through 22.": the number it names
    return _cut_line(width, text, wrapped, margin)


def _cut_line(width: int, text: str, wrapped: int, margin: int) -> bool:
    """Whether a line of wrapped text ``width`` wide (``wrapped``: the width from which it is one) was cut where
    it stops by the margin, not by its paragraph's end: it is long, and in plain text (``margin``: the width
    it is wrapped at, 0 when not known) the first word of ``text``, the next line, would not have fitted on it."""
    return 0 < wrapped < width and not (margin and width + 1 + len(text.split(None, 1)[0]) <= margin)


def _ends_in_function_word(prev: str) -> bool:
    """``_FUNCTION_END.search(prev)``, read from the last ``_TAIL`` characters (a function word is no
    longer), lower-cased with the character before them (for the word boundary) where that folds
    case as re.I does. A line whose last _TAIL + 1 characters are all letters or digits ends in a
    longer word (most lines that stop mid-sentence do): none is read."""
    if len(prev) > _TAIL and prev[-_TAIL - 1 :].isalnum():  # (isalnum: word characters, as \b reads them)
        return False
    tail = max(0, len(prev) - _TAIL)
    start = max(0, tail - 1)
    piece = prev[start:]
    if not folds_exactly(piece):
        return _FUNCTION_END.search(prev, tail) is not None
    return _FUNCTION_END_LOW.search(piece.lower(), tail - start) is not None


def _running_headers(content: _Content) -> set[int]:
    """Positions in ``content`` of running-header lines the extractor left unmarked.

    A running header sits at a page boundary (next to a page number or a furniture line) and
    is a page mark, a bare date, a short line printed the same way at the top (or foot) of several pages, or a
    block of lines repeating the letter's inside address (:func:`_address_blocks`).
    """
    texts, numbers = content.texts, content.numbers
    n = len(texts)
    marks = set(compress(range(n), numbers))
    marks.update(content.after_furniture, content.before_furniture)
    pages = content.pages
    breaks = list(compress(range(1, n), map(ne, pages, pages[1:])))  # where the page changes
    if not marks and not breaks:
        return set()  # nothing to stand next to (a one-page letter without furniture)
    # the positions within _REACH lines of a boundary, on either side of it (a line may stand on both)
    before: set[int] = set()
    after: set[int] = set()
    for pos in marks.union(breaks):
        before.update(range(max(0, pos - _REACH), pos))
        after.update(range(pos, min(n, pos + _REACH + 1)))
    # the short ones (a header is no longer), and of those the ones not ending a sentence
    short = [k for k in before | after if len(texts[k]) <= _REPEATED_LEN]
    unended = {k for k in short if texts[k][-1] not in _TERMINAL_CHARS}
    # a line printed the same way on the same side of page boundaries on two pages or more (a line repeated
    # in the body, such as an answer's stock opening, is no header where it happens to stand beside one);
    # counted only for the lines it is asked of (short, not ending a sentence)
    repeated = _repeated(texts, pages, unended & before) | _repeated(texts, pages, unended & after)
    out: set[int] = set()
    for pos in short:
        text = texts[pos]
        if (
            numbers[pos]
            or (text[-1].isdecimal() and (is_date(text) or is_bates(text)))  # (each ends in a digit)
            or (pos in repeated and not reads_as_prose(text))
        ) and not content.kept(pos):
            out.add(pos)
    return out | _page_tops(content, breaks) | _address_blocks(content)


def _repeated(texts: list[str], pages: list[int], side: set[int]) -> set[int]:
    """The positions of ``side`` (lines on one side of page boundaries) whose text stands there on two pages or more."""
    counts = Counter(text for text, _ in {(texts[k], pages[k]) for k in side})
    return {k for k in side if counts[texts[k]] >= 2} if max(counts.values(), default=0) >= 2 else set()


def _page_tops(content: _Content, breaks: list[int]) -> set[int]:
    """The short lines that open a page above its page number: the page's running header.

    "Securities and Exchange Commission / Division of Corporation Finance / Attn: ... /
    April 30, 2018 / Page 2": every line down to the page mark is header, whatever it says. The
    mark is a page number or the line right before a furniture line (the page number marked); not
    the line right after one: below a header the extractor marked, the page's first line is the
    letter's ("* * *", a caption "Ability:" under the header); nor the line right above furniture that
    closes its page (a footer under a page of a few lines: they are the letter's).
    """
    texts, pages = content.texts, content.pages
    marks = set(compress(range(len(texts)), content.numbers)).union(content.before_furniture)
    out: set[int] = set()
    for pos in breaks:
        mark = next((j for j in range(pos, min(pos + _TOP, len(texts))) if j in marks), None)
        if mark is None:
            continue
        if not content.numbers[mark] and (mark + 1 == len(texts) or pages[mark + 1] != pages[mark]):
            continue  # the furniture under it closes the page: a footer under a page of a few lines
        if all(_header_like(texts[j], content, j) for j in range(pos, mark + 1)):
            out.update(range(pos, mark + 1))
    return out


def _address_blocks(content: _Content) -> set[int]:
    """Running headers that repeat the letter's inside address, next to a page mark.

    "Securities and Exchange Commission / Division of Corporate Finance / Attn: Cecilia Blye,
    Chief, Office of Global Security Risk / April 30, 2018 / Page 2": where the extractor
    marked only the date and page number, or the page break is not known, the short lines
    from the page mark out to the farthest one that echoes the address block (the lines
    before the "Re:" line) are the header, the lines between included.
    """
    texts, numbers = content.texts, content.numbers
    head = texts[:_OPENING]
    opening = next((p for p, t in enumerate(head) if t[0] in _OPENING_INITIALS and _OPENING_END.match(t)), 0)
    out: set[int] = set()
    before, after = set(content.before_furniture), set(content.after_furniture)
    events = before | after | set(compress(range(opening, len(texts)), numbers[opening:]))
    marks = sorted(pos for pos in events if pos >= opening)
    if not marks:
        return out  # no page mark nor furniture to walk out from: the address need not be read
    address = _Address(texts[:opening])
    for pos in marks:
        mark = numbers[pos]
        if mark or pos in before:
            out.update(address.block(content, range(pos - mark, max(opening, pos - _BLOCK) - 1, -1)))
        if mark or pos in after:
            out.update(address.block(content, range(pos + mark, min(len(texts), pos + _BLOCK + 1))))
    return out


class _Address:
    """The letter's inside address: its lines, and the words that tell them. It is read only when
    a line beside a page mark may echo it (most such lines are sentences: no header to look for)."""

    __slots__ = ("opening", "lines", "words", "echoed")

    def __init__(self, opening: list[str]) -> None:
        self.opening = opening  # the lines before the "Re:" line
        self.lines: set[str] = set()
        self.words: set[str] | None = None  # (None: not read yet)
        self.echoed: dict[str, bool] = {}  # what :meth:`echoes` told of each text (walks overlap, headers repeat)

    def echoes(self, text: str) -> bool:
        """Whether ``text`` repeats a line of the address or mostly its words (never, with no words)."""
        found = self.echoed.get(text)
        if found is None:
            if self.words is None:  # (words never span lines: the lines joined give each line's words)
                self.lines, self.words = set(self.opening), _words("\n".join(self.opening))
            words = _words(text)
            found = self.echoed[text] = bool(self.words) and (
                text in self.lines or (len(words) >= 2 and len(words & self.words) >= _ECHO * len(words))
            )
        return found

    def block(self, content: _Content, walk: range) -> list[int]:
        """The positions of ``walk`` (outward from a page mark) up to the farthest line echoing the address."""
        found: list[int] = []
        farthest = 0
        for pos in walk:
            text = content.texts[pos]
            if not _header_like(text, content, pos) or _CLOSE.match(text):
                break
            found.append(pos)
            if self.echoes(text):
                farthest = len(found)
        return found[:farthest]


def _header_like(text: str, content: _Content, pos: int) -> bool:
    """A short line (``text``, at ``pos``) that is no sentence (no full stop at its end, nor six words or more in
    lower case: "applicable for any changes since the date of this letter:") and no comment number or label."""
    return len(text) < _HEADER_LEN and not text.endswith(".") and not reads_as_prose(text) and not content.kept(pos)


def _words(text: str) -> set[str]:
    """The words of a line that can tell an address: no short words, numbers or month names."""
    return set(_WORD.findall(text.lower())) - _NOT_ADDRESS
