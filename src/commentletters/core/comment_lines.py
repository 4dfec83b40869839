"""The lines of a staff letter that can carry comments: furniture, blank lines and running headers left out.

Extraction marks page furniture (``Line.furniture``). Running headers are not always caught there:
"Bob Shanks / Ford Motor Company / November 7, 2017 / Page 2" at the top of a PDF page, or, in text
converted by others, the same header mixed with template residue ("FirstName LastNameDavid",
"August 24, NamePalantir") in the middle of a sentence. A running header repeats who the letter is
addressed to, so it is recognised by its words: a short run of lines around a "Page N" line whose
words all come from the letter's opening lines (date, addressee, company, address), from dates, or
from the template's residue.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import NamedTuple, cast

from .anchored import folds_exactly
from .extract.marks import bare_number, ends_broken_sentence, is_date, page_marker
from .headings import TAIL_OPENINGS
from .letters import Document, Line

_RESIDUE = re.compile(r"FirstName|LastName|Comapany|(?<![A-Za-z])Name(?=[A-Z])")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # symbol-font glyphs (bullets) with no text meaning
_PUNCTUATION = re.compile(r"[^\w&\s][^\w&\s]*")  # as [^\w&\s]+, found faster (see marks._DIGITS)
# the ASCII characters it takes out, for ASCII text (deleted from bytes many times faster than a pattern finds them)
_ASCII_PUNCTUATION = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_&" or chr(c).isspace()))
_BARE_NUMBER = re.compile(r"^\d{1,3}\.$")
# a line ending "Page N": a page marker, not a caption's page reference, which follows a comma ("Company, Page 32")
_PAGE_LINE = re.compile(r"(?:^|[^,\s]\s+)Page\s+\d{1,3}$")
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
_DATE_TOKEN = re.compile(r"^\d*(?:" + "|".join(_MONTHS) + r")?\d*$")  # "6", "2024", "march", "march2"
_OPENING_END = re.compile(r"^\s*(?:Re|RE)\s*:|^\s*Dear\s|Ladies and Gentlemen", re.I)
_RE_LINE = re.compile(r"^\s*R[Ee]\s*:")
_HEADER_REACH = 8
_HEADER_WIDTH = 70
_OPENING_LINES = 40  # the letter's opening (date, addressee, company) ends within its first lines


_NONE: frozenset[int] = frozenset()


class BodyLines(NamedTuple):
    """The letter's lines that can carry comments, in order, as lists side by side (a named tuple made for
    each line cost a fifth of the reading of the lines): each line's text, stripped; the page of the
    letter it is on; the indexes of the lines that began with a symbol-font bullet glyph (left out
    of the text); and, in a plain-text letter, the indexes of the lines that follow the line before with no
    blank line between (empty for other formats: their blank lines tell nothing)."""

    texts: list[str]
    pages: list[int]
    bullets: frozenset[int]
    tight: frozenset[int] = frozenset()


def body_lines(doc: Document) -> BodyLines:
    """The letter's non-blank lines that are not page furniture, in order. A plain line (ASCII, no
    residue words) is taken as it is; the others by :func:`_unusual_line`, which leaves a line out
    (None) when nothing of it is text. When no line holds residue words or a glyph (told once, of the
    lines joined), every line is taken as it is, without looking at each."""
    lines = doc.lines
    header = _running_header(lines, page_lines(doc), same_page=doc.format == "pdf")
    if header:
        body = [ln for i, ln in enumerate(lines) if not ln.furniture and ln.text.strip() and i not in header]
        texts, pages = [ln.text.strip() for ln in body], [ln.page for ln in body]
    else:
        texts = [text for ln in lines if not ln.furniture and (text := ln.text.strip())]
        pages = _kept_pages(doc, len(texts))
    tight = _tight(lines, header) if doc.format == "text" else []
    joined = "\n".join(texts)  # ("Name" and "Comapany" hold no line break: found in it only within a line)
    if "Name" not in joined and "Comapany" not in joined and (joined.isascii() or not _glyphs(texts)):
        return BodyLines(texts, pages, _NONE, _indexes(tight))  # (no residue, no glyph: each line as it is)
    rows: list[tuple[str, int] | tuple[str, int, bool] | None] = [
        (text, page) if text.isascii() and "Name" not in text and "Comapany" not in text else _unusual_line(text, page)
        for text, page in zip(texts, pages, strict=True)
    ]
    if None in rows:
        tight = [flag for flag, row in zip(tight, rows, strict=True) if row is not None] if tight else []
        rows = [row for row in rows if row is not None]
    kept = cast(list[tuple[str, int, bool]], rows)  # (the rows of unusual lines alone tell a bullet)
    bullets = frozenset(k for k, row in enumerate(kept) if len(row) > 2 and row[2]) if 3 in map(len, kept) else _NONE
    return BodyLines(list(map(itemgetter(0), kept)), list(map(itemgetter(1), kept)), bullets, _indexes(tight))


def _tight(lines: list[Line], header: set[int]) -> list[bool]:
    """For each line taken into the body (not blank, not furniture, not in ``header``), whether it follows the
    one taken before it with no blank line between (the lines left out between do not part them)."""
    flags: list[bool] = []
    blank = True
    for i, ln in enumerate(lines):
        if not ln.text.strip():
            blank = True
        elif not ln.furniture and i not in header:
            flags.append(not blank)
            blank = False
    return flags


def _indexes(flags: list[bool]) -> frozenset[int]:
    return frozenset(k for k, flag in enumerate(flags) if flag) if any(flags) else _NONE


def _glyphs(texts: list[str]) -> bool:
    """Whether a line holds a symbol-font glyph (looked for in the lines beyond ASCII alone)."""
    return any(_PRIVATE_USE.search(text) for text in texts if not text.isascii())


def _kept_pages(doc: Document, size: int) -> list[int]:
    """The pages of the lines that are neither furniture nor blank (``size`` of them): those furniture
    marking kept for the header (``extract.folding.kept_lines``), while ``doc.lines`` are still the lines it
    marked, else read from the lines."""
    kept = doc.memo.get("kept")
    if isinstance(kept, tuple) and kept[0] is doc.lines and len(kept[2]) == size:
        return list(kept[2])
    return [ln.page for ln in doc.lines if not ln.furniture and ln.text.strip()]


def page_lines(doc: Document) -> list[int]:
    """Indexes of the lines that may say "Page" (a superset): those furniture marking found holding
    "page" in any case, while ``doc.lines`` are still the lines it marked, else every line."""
    known = doc.memo.get("page_lines")
    if isinstance(known, tuple) and known[0] is doc.lines:
        found: list[int] = known[1]
        return found
    return list(range(len(doc.lines)))


def _unusual_line(text: str, page: int) -> tuple[str, int, bool] | None:
    """A line with template residue (left out) or with characters beyond ASCII (symbol-font glyphs taken
    out), as its text, its page and whether it began with a bullet glyph."""
    if ("Name" in text or "Comapany" in text) and _residue(text):
        return None
    if text.isascii():
        return text, page, False
    glyphless = _PRIVATE_USE.sub("", text).strip()
    if not glyphless:
        return None
    return glyphless, page, glyphless != text and _PRIVATE_USE.match(text) is not None


def _residue(text: str) -> bool:
    """Template residue in the line (every form of it contains "Name" or the misspelt "Comapany")."""
    return ("Name" in text or "Comapany" in text) and bool(_RESIDUE.search(text))


def _words(text: str) -> list[str]:
    if "Name" in text or "Comapany" in text:  # (as _residue)
        text = _RESIDUE.sub(" ", text)
    if text.isascii():
        return text.encode().translate(None, _ASCII_PUNCTUATION).decode().lower().split()
    return _PUNCTUATION.sub("", text).lower().split()


def _identity_words(texts: list[str]) -> set[str]:
    """Words of the letter's opening lines (before "Re:" or the salutation): date, addressee, company. The
    lines are read at once, joined with spaces (no word, punctuation or residue runs over a space)."""
    opening = texts[:_OPENING_LINES]
    end = next((k for k, text in enumerate(opening) if _opening_ends(text)), None)
    if end is not None:
        # "Re: Ford Motor Company": the company as the header spells it
        opening = opening[: end + 1] if _RE_LINE.match(opening[end]) else opening[:end]
    return {"page", *_words(" ".join(opening))}


def _opening_ends(text: str) -> bool:
    """Whether the stripped line ``text`` ends the opening (:data:`_OPENING_END`); the pattern is read only
    from a line that opens with "re" or "dear" or holds "ladies and gentlemen", when lower-casing tells."""
    if folds_exactly(text):
        low = text.lower()
        if not low.startswith(("re", "dear")) and "ladies and gentlemen" not in low:
            return False
    return _OPENING_END.search(text) is not None


def _is_header_text(text: str, vocabulary: set[str]) -> bool:
    if not text:
        return True
    if len(text) > _HEADER_WIDTH and not _residue(text):
        return False
    return all(w in vocabulary or _DATE_TOKEN.match(w) for w in _words(text))


def _running_header(lines: list[Line], candidates: list[int], same_page: bool) -> set[int]:
    """Indexes of lines that belong to a running header around a "Page N" line (on the marker's page, in
    a PDF; text converted by others has no reliable page breaks); the "Page N" lines are looked for
    among ``candidates`` (ascending indexes, every line with "Page" and at most _HEADER_WIDTH characters
    stripped among them). Only the lines that the body keeps matter (furniture and blank lines are left
    out of it anyway), so only those are sure to be among the indexes: a walk that could find none of
    them is not taken (most walks up from a marker pass over the header furniture marking found, and
    most walks down stop at the first line of the body, a line of prose), nor a marker that is itself
    furniture judged when no walk from it is taken. The letter's opening words are read only when
    a marker is judged (a one-page letter has none, and furniture marking finds most headers); lines are
    stripped only where read, and each text is judged once (a header repeats on every page, and walks
    from nearby marks overlap)."""
    found: set[int] = set()
    marks = [i for i in candidates if "Page" in lines[i].text]  # (stripping keeps every letter)
    marks = [i for i in marks if _PAGE_LINE.search(t := lines[i].text.strip()) and len(t) <= _HEADER_WIDTH]
    if marks and lines[-1].page > 1:  # (where the letter's pages are known)
        marks = [i for i in marks if not _ends_caption(lines, i)]
    vocabulary: set[str] | None = None
    judged: dict[str, bool] = {}
    for i in marks:
        steps = [step for step in (-1, 1) if _may_reach_header(lines, i, step, same_page)]
        if lines[i].furniture and not steps:  # nothing here that the body keeps could be found
            continue
        if vocabulary is None:
            vocabulary = _identity_words([ln.text.strip() for ln in lines[:_OPENING_LINES]])
        if not _is_header_text(lines[i].text.strip(), vocabulary):
            continue
        found.add(i)
        page = lines[i].page
        number: int | None = None  # the marker's page number, read once a number beside the marker asks for it
        read = False
        for step in steps:
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= _HEADER_REACH and (lines[j].page == page or not same_page):
                text = lines[j].text.strip()
                header = judged.get(text)
                if header is None:
                    header = judged[text] = (
                        not _BARE_NUMBER.match(text)
                        and _is_header_text(text, vocabulary)
                        and not ends_broken_sentence(text)  # ("… at" / "December 31, 2016." above the header)
                        and not (is_date(text) and not _letters_date(text, vocabulary))
                        # (".", page 51": a quotation's end; "page 100": a caption's, a header says "Page")
                        and text[:1] not in TAIL_OPENINGS
                        and not text.startswith("page")
                    )
                if header and text[:1].isdigit() and (n := bare_number(text)) is not None:
                    if not read:
                        number, read = page_marker(lines[i].text), True
                    # a page number beside the header: the page's own, or above it the page's before; not
                    # the end of a sentence broken before the page ("… raised.” (page" / "3)" / "Page 2")
                    if number is not None:
                        header = n == number or step < 0 and n == number - 1
                if not header:
                    break
                found.add(j)
                j += step
    return found


def _ends_caption(lines: list[Line], i: int) -> bool:
    """Whether the "Page N" line ``i`` ends a caption broken before its page reference: the line above it, on its
    page, ends in a comma ("Effective tax rate and diluted earnings per share, excluding tax and related interest
    adjustments," / "Page 29"). A running header opens its page; the line above it is the page's before."""
    j = i - 1
    while j >= 0 and not (text := lines[j].text.strip()):
        j -= 1
    return j >= 0 and lines[j].page == lines[i].page and not lines[j].furniture and text.endswith(",")


def _letters_date(text: str, vocabulary: set[str]) -> bool:
    """Whether a line that is a date is the letter's own, the date a running header repeats: its words
    are the opening's. A sentence broken before the page ends may go on with another date ("… of your
    total net liabilities at" / "December 31, 2017" / "Page 2")."""
    return all(w in vocabulary for w in _words(text))


def _may_reach_header(lines: list[Line], i: int, step: int, same_page: bool) -> bool:
    """Whether a walk from line ``i`` by ``step`` (as far as :func:`_running_header` walks) may find a
    header line the body keeps: it passes a line that is neither furniture nor blank, and the first
    such line is not plainly something else (longer than a header line with no residue, or a bare
    number), at which the walk would stop."""
    page = lines[i].page
    j = i + step
    while 0 <= j < len(lines) and abs(j - i) <= _HEADER_REACH and (lines[j].page == page or not same_page):
        if not lines[j].furniture and (text := lines[j].text.strip()):
            return (len(text) <= _HEADER_WIDTH or _residue(text)) and not _BARE_NUMBER.match(text)
        j += step
    return False
