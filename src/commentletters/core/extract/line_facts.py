"""The letter's non-blank lines with the facts furniture decisions read about them, and whether a
line reads like a running header: a page marker, a date, a Bates code or a legend, or a line whose
words all repeat one line of the letter's own address block (addressee, company, date).

Each fact is worked out once, when first asked for: the page markers' numbers, each line's verdict,
and the address block's words (read only when a header line is to be judged).
"""

from __future__ import annotations

import re

from .marks import MONTHS, has_residue, is_bates, is_date, is_legend, page_marker, strip_residue, words

_ADDRESS_LINES = 25  # non-blank lines at the top of page 1 that hold letterhead and address block
_TWO_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]")
LONGEST = 160  # no furniture line's shape is longer (repeatable)
# An answer's label alone on its line, however it is stopped ("response", "response –", "company's reply."),
# as a shape (lower case): it may open the top of several pages, and echo the "Response Dated ..." of the Re block
_LABEL_SHAPE = re.compile(r"(?:(?:the )?company['’]?s? |our )?(?:response|reply|answer)s?\W*$")
_DEAR = ("Dear ", "DEAR ", "Ladies and Gentlemen", "Gentlemen", "Ladies")


class LineFacts:
    """The letter's non-blank lines (k = 0, 1, … in order) with the facts furniture decisions use."""

    __slots__ = (
        *("paged", "nb", "texts", "shapes", "pages", "marked", "markers", "like", "repeated"),
        *("block_lines", "known_block", "block_words", "known_vocab"),
    )

    def __init__(self, paged: bool, nb: list[int], texts: list[str], shapes: list[str], pages: list[int]) -> None:
        self.paged = paged
        self.nb = nb  # where each non-blank line is in doc.lines
        self.texts = texts  # its text as extracted
        self.shapes = shapes  # its shape() ("" when longer than any furniture line's)
        self.pages = pages  # its page
        self.marked: set[int] = set()  # the lines marked as furniture
        self.markers: dict[int, int | None] = {}  # page_marker() of the lines that may be markers
        # header_like's verdicts that do not depend on the page marker, by the line's text: asked again
        # and again, and a running header's lines repeat on every page
        self.like: dict[str, tuple[bool | None, bool]] = {}
        self.repeated: frozenset[tuple[str, int]] = frozenset()  # (shape, offset) repeated around page markers
        self.block_lines: list[str] = []  # the address block's lines (stripped), once asked for
        self.known_block: str | None = None  # they, lower-cased and joined by line breaks
        self.block_words: dict[int, frozenset[str]] = {}  # the words of each, once asked for
        self.known_vocab: frozenset[str] | None = None  # all their words, once asked for

    def marker(self, k: int) -> int | None:
        """page_marker() of line k (worked out once: the passes after _anchors ask again)."""
        return self.markers[k] if k in self.markers else page_marker(self.texts[k])

    @property
    def block(self) -> str:
        """The address block's lines lower-cased and joined by line breaks (read only when a header
        line is to be judged)."""
        if self.known_block is None:
            self.block_lines = _address_lines(self)
            self.known_block = "\n".join(self.block_lines).lower()
        return self.known_block

    def words_of(self, i: int) -> frozenset[str]:
        """The words of the address block's line i."""
        known = self.block_words.get(i)
        if known is None:
            known = self.block_words[i] = frozenset(words(self.block_lines[i]))
        return known

    @property
    def vocab(self) -> frozenset[str]:
        """Every word of the address block: the words of its lines read at once (no word runs on over
        a line break)."""
        if self.known_vocab is None:
            # (the block is read first, and with it its lines)
            self.known_vocab = frozenset(words("\n".join(self.block_lines)) if self.block else ())
        return self.known_vocab


def _address_lines(v: LineFacts) -> list[str]:
    """The letterhead and address block lines, which running headers repeat.

    The block ends at the salutation: a short line ending in ":" (or "Dear …," with a comma) followed
    by a paragraph. (Past it, the lines of a plain-text letter's wrapped opening would count as the
    address: all the opening's words would "repeat" it, and the opening be taken for a header.)
    """
    block = []
    for k in range(min(len(v.nb), _ADDRESS_LINES)):
        text = v.texts[k].strip()
        if len(text) <= 100:
            block.append(text)
        greets = text.endswith(":") or text.endswith(",") and text.startswith(_DEAR)
        if greets and len(text) < 60 and k + 1 < len(v.nb) and len(v.texts[k + 1].strip()) > 60:
            break
    return block


def _repeats_address(v: LineFacts, found: list[str]) -> bool:
    """True when the line's words all come from one address-block line (dates and numbers aside).

    Only the block lines that hold its longest word (as text) can hold them all: only those are
    split into words."""
    rest = {w for w in found if w not in MONTHS and not (w.isdigit() and len(w) <= 4)}
    if not rest:
        return True
    block, key = v.block, max(rest, key=len)
    at = block.find(key)
    while at >= 0:
        if rest <= v.words_of(block.count("\n", 0, at)):
            return True
        at = block.find("\n", at)  # on to the next line
        at = block.find(key, at) if at >= 0 else -1
    return False


def header_like(v: LineFacts, k: int, anchor: int | None = None) -> bool:
    """Could line k belong to a running header (given it sits next to a page marker)?"""
    known = v.like.get(v.texts[k])
    if known is None:
        known = v.like[v.texts[k]] = _header_verdicts(v, k)
    settled, otherwise = known
    if settled is not None:
        return settled
    if anchor is not None and (v.shapes[k], k - anchor) in v.repeated:
        return True  # at the same distance from this marker as from another: repeats with it
    return otherwise


def _header_verdicts(v: LineFacts, k: int) -> tuple[bool | None, bool]:
    """What the line itself tells of header_like: a verdict whatever the marker (else None),
    and the verdict when its distance from the marker does not settle it. (Both follow from the
    line's text: its shape and page marker do.)"""
    text, s = v.texts[k].strip(), v.shapes[k]  # the shape tells which of the marks' tests can pass
    # (a Bates code's shape, "ai-#", is at most 8 characters long)
    if (
        ("page" in s and v.marker(k) is not None)
        or (may_be_date(s) and is_date(text))
        or ("#" in s and len(s) <= 8 and is_bates(text))
        or ("onfidential" in s and is_legend(text))
    ):
        return True, True
    if text.endswith(":") or len(text) > 100 or text[:1].isdigit() and "." in text[:4]:
        return False, False
    return None, _header_words(v, text)


def _header_words(v: LineFacts, text: str) -> bool:
    """A line whose words all come from the address block (or, glued by residue, from its vocabulary)."""
    if has_residue(text):  # residue glues header lines together: any address words will do
        vocab = v.vocab
        return all(w in vocab or w in MONTHS or w.isdigit() for w in words(strip_residue(text)))
    found = words(text)
    return bool(found) and _repeats_address(v, found)


def may_be_date(s: str) -> bool:
    """Could a line of this shape be a date alone (marks.is_date)? Its shape ("september. #, #", "# september #",
    "#th of september, #", "#/#/#", "wednesday, september #, #") is at most 32 characters long, holds a number and
    opens with it or with a month's or a day's first letter (the long s, "ſ", matches "s" when case is ignored)."""
    return "#" in s and len(s) <= 32 and s[:1] in "#jfmasondſtw"


def repeatable(s: str) -> bool:
    """A repeated line that can be furniture: some words, and not a label such as "Response:" or "Response –"."""
    return len(s) <= LONGEST and not s.endswith(":") and bool(_TWO_LETTERS.search(s)) and not _LABEL_SHAPE.match(s)
