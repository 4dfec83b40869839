"""Stage: the comments of a staff letter, with the headings they fall under and the pages they cite.

The letter's body runs from the salutation to the closing paragraphs ("We remind you...", "Please
contact...", the Tandy acknowledgments, "Sincerely,"). Comments are found by their printed numbers,
read as a sequence: a numbered line whose number is not the next one expected, or a short title-like
numbered line followed by another line with the same number, is a caption mirroring a note of the
filing ("6. Impairment of Long-Lived Assets, page F-97"), not a comment. The lines between one
comment's last sentence and the next comment are its headings. A letter without numbers has one
comment under each heading block, numbered 1..n (``CommentsFound.unnumbered``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .anchored import folds_exactly, word_starts
from .asks import asks_in
from .authorities import authorities_in
from .bullets import GLYPHS, TYPED
from .comment_lines import BodyLines, body_lines
from .comment_numbers import renumbered
from .comment_refs import references
from .extract.marks import MONTHS, is_date
from .headings import (
    LABEL,
    LABEL_ALONE,
    MAX_HEADING,
    body_after_re,
    ends_mid_sentence,
    ends_sentence,
    is_form_heading,
    join_wrapped,
    looks_like_heading,
    names_registrant,
    page_refs,
    title_like,
)
from .letters import Comment, Document
from .sections import Sections
from .spaces import flat, join_lines, squeeze, wrap_width

_NUMBERED = re.compile(r"^(?P<n>\d{1,3})\.(?!\d)\s*(?P<rest>.*)$")
_SALUTATION = re.compile(r"^(?:Dear\s|Ladies\s+and\s+Gentlemen|Gentlemen\s*:|To\s+Whom)", re.I)
_RE_LABEL = re.compile(r"R[Ee]\b\s*[:.]?")  # "Re:", "RE:", "Re." opening the Re: block
_SALUTATION_INITIALS = frozenset("DdLlGgTt")  # the letters it can open with: other lines need not be tried
# The paragraphs that close every staff letter (responsibility reminder, Tandy text, contacts,
# acceleration boilerplate of registration statements). They start a paragraph, capitalised.
_CLOSING = re.compile(
    r"^(?:You\s+may\s+contact|We\s+urge\s+all\s+persons|"
    r"In\s+(?:connection\s+with\s+)?responding\s+to\s+(?:our|these|this)\s+comment|Sincerely|"
    r"We\s+will\s+consider\s+a\s+written\s+request|Notwithstanding\s+our\s+comments|"
    r"Please\s+allow\s+adequate\s+time|Please\s+refer\s+to\s+Rules?\s+46\d|Refer\s+to\s+Rules\s+460\s+and\s+461\b)"
)
# The responsibility reminder; a comment may also "remind you that Item 303(b)(2) ..." so the
# reminder counts only when it goes on about responsibility or the effect of comments.
_REMINDER = re.compile(r"^(?:In\s+closing,?\s+)?[Ww]e\s+(?:also\s+)?remind\s+you\b")
_REMINDER_TOPIC = re.compile(r"responsib|comments\s+or\s+changes|foreclose", re.I)
# Closing openers that a comment could also use mid-paragraph: only after a sentence ends.
_CLOSING_AFTER_SENTENCE = re.compile(
    r"^(?:Please\s+(?:contact|direct|call|feel\s+free)|If\s+you\s+have\s+(?:any\s+)?questions|"
    r"For\s+(?:any\s+)?questions\b|Should\s+you\s+have\s+(?:any\s+)?questions"
    r"|Any\s+questions\s+(?:regarding|about|concerning|on)\s+(?:these|this|our|the)\s+comments?\b"
    # "Feel free to contact", "Do not hesitate to contact", "You can contact", "Contact Jane Doe at", "Direct any
    # questions to", "Questions may be directed to"
    r"|(?:Feel\s+free|Do\s+not\s+hesitate)\s+to\s+(?:contact|call)\b|You\s+(?:can|should)\s+contact\b"
    r"|Contact\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,[^,.]{1,60},)?\s+(?:at|of)\b"
    r"|Direct\s+(?:any\s+)?questions\b|Questions\s+(?:may|should|can)\s+be\s+directed\b)"
)

# What older letters (to about 2012) print after the comments, the same words later letters print before
# them: "As appropriate, please amend your filing and respond to these comments within 10 business days ...",
# "Please respond to these comments within 10 business days ...", "Please respond to our comments in a letter
# filed as correspondence on EDGAR", "Responses to this letter should be in the form of a pre-effective amendment"
# (Investment Management's). A closing only after a comment number.
_CLOSING_AFTER_COMMENTS = re.compile(
    r"^(?:As\s+appropriate,?\s+please\s+(?:amend|revise)\b|"
    r"Please\s+respond\s+to\s+(?:(?:these|our|the\s+above)\s+comments|this\s+letter)\b|"
    r"Responses\s+to\s+(?:(?:these|our|the\s+above)\s+comments|this\s+letter)\s+should\b|"
    r"Please\s+(?:file|submit)\s+(?:your|the|this)\s+response\b)"
)

# The caption older letters print over their closing paragraphs: the closing starts there
_CLOSING_CAPTION = re.compile(r"Closing\s+Comments?:?", re.I)

# any of the four above, to pass over the lines that open like a closing paragraph but are none at once
_ANY_CLOSING = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_REMINDER, _CLOSING, _CLOSING_AFTER_SENTENCE, _CLOSING_AFTER_COMMENTS))
)

# the first two letters of the closing patterns above: other lines need not be tried
_CLOSING_OPENINGS = frozenset(
    ("Yo", "We", "we", "In", "Si", "No", "Pl", "If", "Fo", "Sh", "Re", "An", "As", "Fe", "Do", "Co", "Di", "Qu")
)

_ANNOUNCES = re.compile(r"\bfollowing\s+comments?\b|\bcomments?\s+(?:below|that\s+follow)", re.I)
_ANNOUNCES_WORDS = ("following", "comment")  # where its matches start, in lower case
# in prose, lower case: "... response to prior comment" / "1. Please"; "... prior comments 1 and" / "2. We observe"
_CITING_END = re.compile(
    r"\b(?:comments?|pages?|questions?|number|nos?\.)$"
    r"|\b(?:comments|pages|questions|nos\.)\s+\d+(?:\s*,\s*\d+)*,?\s+(?:and|or|through|to)$"
)
_CITING_WORDS = (  # (its ends)
    *("comment", "comments", "page", "pages", "question", "questions", "number", "no.", "nos."),
    *(" and", " or", " through", " to"),
)

# a line that opens a list item: a bullet, a dash before a capital (not one a wrapped sentence goes on
# after), or an item mark ("(a)", "(ii)", "2)", "b.") before a word
_ITEM_START = re.compile(
    rf"[{re.escape(GLYPHS)}*]\s|[-\u2013]\s+[A-Z]|\(?(?:[a-z]|[ivx]{{1,4}}|\d{{1,2}})\)\s|(?:[a-z]|[ivx]{{1,4}})\.\s"
)
_ITEM_FIRSTS = frozenset(GLYPHS + TYPED + "(ivx0123456789")
_ITEM_SECONDS = frozenset(".)")
_PARAGRAPH_ENDS = frozenset('.:;?!"”)')  # a line ending in one of these may end its paragraph


@dataclass(slots=True)
class CommentsFound:
    """The comments of a letter; ``unnumbered`` when the letter prints no numbers (numbered 1..n here)."""

    comments: list[Comment] = field(default_factory=list)
    unnumbered: bool = False


@dataclass(slots=True)
class _Start:
    line: int  # index of the line carrying the number (or the first line, for unnumbered comments)
    number: int
    text_from: int  # index of the first line of the comment's text
    first: str  # the first line's text after the number


def find_comments(doc: Document) -> list[Comment]:
    """The letter's comments in order (see :func:`read_comments`)."""
    return read_comments(doc).comments


def read_comments(doc: Document) -> CommentsFound:
    """The comments of a staff letter, each with its section, pages, asks, authorities and prior comments."""
    body = body_lines(doc)
    lines = body.texts
    begin = _body_start(lines)
    end = _body_end(lines, begin)
    starts = _numbered_starts(body, begin, end)
    printed = body  # (the headings are read as printed, whatever the comments' numbers are read as)
    if not starts or starts[0].number != 1 or all(_caption(start.first) for start in starts):
        body, starts = _numbered_otherwise(body, begin, end, starts)
        lines = body.texts
    unnumbered = not starts
    if unnumbered and _announces_comments(lines[begin : begin + 30]):
        starts = _unnumbered_starts(lines, begin, end) or _after_opening(lines, begin, end)
    elif unnumbered and begin < end and _one_comment(lines[begin:end]):  # "We note ... Please advise us ..."
        starts = [_Start(begin, 1, begin, lines[begin])]
    comments: list[Comment] = []
    wide, html = _full_width(lines[begin:end]), doc.format == "html"
    spaced = _spaced(body, begin, end, wide)
    # a plain-text letter printing its lines right under each other, wrapped at a width: the lengths of its lines
    # (monospace) tell a caption line the margin cut
    margin = wrap_width(lines[begin:end]) if doc.format == "text" and not spaced and body.tight else None
    sections = Sections()
    section: list[str] = []
    pages: list[str] = []
    previous_end = begin
    for k, start in enumerate(starts):
        top = min(start.line, start.text_from)
        stop = _text_end(body, starts[k + 1], start.text_from, spaced) if k + 1 < len(starts) else end
        # the headings above a later comment were found where the previous comment's text was ended
        heading_from = min(previous_end, top) if k else _heading_start(body, top, previous_end, spaced)
        heading_to = top
        if not k and heading_from == top:  # headings, then a paragraph leading in to comment 1
            heading_from, heading_to = _headings_over_lead_in(body, previous_end, top)
        block = _headings(printed, heading_from, heading_to, spaced, margin, 0 if html else wide)
        if block:
            section = sections.add(block)
            pages = page_refs(section[-1]) if section else []
        text = "\n".join(map(_join, _paragraphs(body, _text_lines(start, stop), start.first, wide, html)))
        comments.append(_comment(start, text, section, pages, body))
        previous_end = stop
    return CommentsFound(comments, unnumbered and bool(comments))


def _spaced(body: BodyLines, begin: int, end: int, wide: int) -> bool:
    """Whether a plain-text letter parts its paragraphs and its captions with blank lines: one line in ten at
    least follows one, and no short caption line has another right under it ("Notes to Consolidated Financial
    Statements" / "Note 1 - Description of Business ..." prints a stack of captions a line each)."""
    tight = body.tight
    if not tight or sum(k not in tight for k in range(begin, end)) * 10 < end - begin:
        return False
    texts = body.texts
    return not any(
        k in tight
        and len(texts[k - 1]) * 5 < wide * 4
        and looks_like_heading(texts[k - 1])
        and looks_like_heading(texts[k])
        and not ends_mid_sentence(texts[k - 1])
        for k in range(begin + 1, end)
    )


def _headings(
    body: BodyLines, start: int, stop: int, spaced: bool, margin: int | None = None, width: int = 0
) -> list[str]:
    """The captions of lines ``start`` to ``stop``, wrapped lines joined (in a plain-text letter that parts its
    paragraphs and captions with blank lines, also a line printed right under a caption line: ``spaced``; in one
    that prints its lines right under each other at most ``margin`` characters long, a short end of a caption under
    a caption line that its first word would have made longer than that: "Note 8. Reserve for Property-Liability
    Insurance Claims and Claims" / "Expense, page 167", "... Comprehensive Income" / "(Loss), page 4"). ``width``: the
    length of the letter's full lines (0: not told), which a caption line the margin cut comes near."""
    if start >= stop:
        return []
    tight = body.tight
    if spaced:
        wrapped = frozenset(k - start for k in range(start + 1, stop) if k in tight)
    elif margin is not None:
        texts = body.texts
        wrapped = frozenset(
            k - start for k in range(start + 1, stop) if k in tight and _cut_by_margin(texts[k - 1], texts[k], margin)
        )
    else:
        wrapped = frozenset()
    return join_wrapped(body.texts[start:stop], wrapped, width)


_DAY_YEAR = re.compile(r"\d{1,2},\s*\d{4}\b")  # a date's day and year, its month on the line above


def _cut_by_margin(before: str, text: str, margin: int) -> bool:
    """Whether caption line ``before`` was cut by the margin before ``text``, the line under it: ``text``'s first
    word would have made it longer than the ``margin``, ``before`` is at least four fifths that long, and ``text``
    is a caption's end, not a caption: one word and a page reference ("Expense, page 167"; a word alone is a
    caption, "General"), or it opens with a bracket or in lower case, or ends a date ("July 10, 2020", "30, 2020"
    under "... filed November")."""
    if len(before) < margin * 4 // 5 or len(before) + 1 + len(text.split(None, 1)[0]) <= margin:
        return False
    if is_date(" ".join(before.split()[-3:])):
        return False  # a caption ending in a whole date is whole: "Form 10-K for ... Ended December 31, 2021"
    head, paged, _ = text.partition(", page")
    return (
        (bool(paged) and len(head.split()) == 1)
        or text[:1] == "("
        or text[:1].islower()
        or is_date(text)
        or (text[:1].isdigit() and before.rsplit(None, 1)[-1].lower() in MONTHS and _DAY_YEAR.match(text) is not None)
    )


def _numbered_otherwise(body: BodyLines, begin: int, end: int, starts: list[_Start]) -> tuple[BodyLines, list[_Start]]:
    """The body and the comments' starts of a letter numbering its comments "1)", "(1)", "Comment 1:" ... (its
    "1."-numbered lines, if any, notes' captions: "6. Unpaid losses and loss expenses", "1. Summary of
    Significant Accounting Policies"); else as they are."""
    other = renumbered(body, begin, end)
    if other is not None and (again := _numbered_starts(other, begin, end)) and again[0].number == 1:
        return other, again
    return body, starts


def _text_lines(start: _Start, stop: int) -> list[int]:
    """The indexes of the comment's lines: its numbered line (its text after the number, ``start.first``),
    then on to ``stop`` (a bare number left out)."""
    if start.first:
        return list(range(start.text_from, stop))
    if start.text_from <= start.line < stop:
        return [*range(start.text_from, start.line), *range(start.line + 1, stop)]
    return list(range(start.text_from, stop))


def _full_width(lines: list[str]) -> int:
    """How long the body's full lines are, where its paragraphs are wrapped (PDF, text): the length three
    lines in four stay within."""
    lengths = sorted(map(len, lines))
    return lengths[len(lengths) * 3 // 4] if lengths else 0


def _paragraphs(body: BodyLines, indexes: list[int], first: str, wide: int, html: bool) -> list[list[str]]:
    """A comment's lines in paragraphs, list items and table rows, as a lawyer sees them on the page: a
    new one at a bullet or an item mark ("(a)", "ii.", "2)"), or after a line that ends a sentence and,
    where lines are wrapped, stops short of the full width (in HTML each line is a block of its own),
    before one that does not go on in lower case ("… than not that your U.S." / "deferred tax assets");
    in HTML also after a colon or a semicolon (a list's items, whose bullets are the list's, not text)."""
    if not first and not indexes:
        return []  # (a number with no text after it)
    texts, bullets = body.texts, body.bullets
    short = wide * 4 // 5
    prev = first or texts[indexes[0]]
    current = [prev]
    out = [current]
    for at in indexes[1:]:
        text = texts[at]
        end = prev[-1]
        if (
            (end in _PARAGRAPH_ENDS and not text[0].islower() and (html or len(prev) < short))
            or (html and end in ":;")  # (an HTML list's items: "the following:" / "the amount of revenue; and")
            or (end != "-" and (at in bullets or _opens_item(text)))
        ):
            current = [text]
            out.append(current)
        else:
            current.append(text)
        prev = text
    return out


def _opens_item(text: str) -> bool:
    """Whether a line opens a list item (:data:`_ITEM_START`), the pattern tried only on the lines whose
    first characters may open one (a bullet, a dash, a bracket, a digit or a Roman numeral's letter, or a
    mark's "." or ")" after the first)."""
    return (text[0] in _ITEM_FIRSTS or text[1:2] in _ITEM_SECONDS) and _ITEM_START.match(text) is not None


def _comment(start: _Start, text: str, section: list[str], pages: list[str], body: BodyLines) -> Comment:
    one_line = flat(text)  # (the paragraphs joined with single spaces: squeezed already)
    low = one_line.lower()
    prior, same = references(one_line, low, start.number)
    return Comment(
        number=start.number,
        text=text,
        section=list(section),
        pages=list(pages),
        prior_comments=prior,
        same_letter_refs=same,
        asks=asks_in(low),
        authorities=authorities_in(one_line),
        page=body.pages[start.text_from] if start.text_from < len(body.pages) else None,
    )


def _join(parts: list[str]) -> str:
    """Lines joined with single spaces; a word broken with a hyphen at a line end is joined back
    (:func:`spaces.join_lines`). The lines are stripped and not blank (as body lines are): joined
    with spaces, they are the text when no hyphen comes before a space and no white space but single
    spaces is left (every other white-space character is unprintable)."""
    flat = " ".join(parts)
    if "- " not in flat and "  " not in flat and flat.isprintable():
        return flat
    return squeeze(join_lines([part for part in map(str.strip, parts) if part]))


def _body_start(lines: list[str]) -> int:
    """The line after the salutation; in a letter without one, the first line after the "Re:" label that reads
    as a sentence (the Re: block's "File No. 1-7933" is no caption over the first comment); else the first."""
    re_at = None
    for i, line in enumerate(lines[:80]):
        if line[:1] in _SALUTATION_INITIALS and _SALUTATION.match(line):
            return i + 1
        if re_at is None and line[:1] in "Rr" and _RE_LABEL.match(line):
            re_at = i
    opening = body_after_re(lines, re_at) if re_at is not None else None
    return opening if opening is not None else 0


def _body_end(lines: list[str], begin: int) -> int:
    for i in range(begin, len(lines)):
        if lines[i][:2] not in _CLOSING_OPENINGS:
            continue
        text = " ".join(lines[i : i + 3])  # a closing phrase may wrap: "In closing," / "we remind"
        if not _ANY_CLOSING.match(text):  # (most lines that open so: one pattern told them all)
            continue
        reminder = _REMINDER.match(text) and _REMINDER_TOPIC.search(text)
        if (
            reminder
            or _CLOSING.match(text)
            or (_CLOSING_AFTER_SENTENCE.match(text) and (i == begin or not _continues_sentence(lines[i - 1])))
            or (_CLOSING_AFTER_COMMENTS.match(text) and any(map(_NUMBERED.match, lines[begin:i])))
        ):
            return i - 1 if i > begin and _CLOSING_CAPTION.fullmatch(lines[i - 1]) else i
    return len(lines)


def _continues_sentence(previous: str) -> bool:
    """The previous line runs on into this one (no sentence end, not a caption)."""
    return not ends_sentence(previous) and not (looks_like_heading(previous) and title_like(previous))


def _numbered_starts(body: BodyLines, begin: int, end: int) -> list[_Start]:
    lines = body.texts
    # (a line that opens with no digit, most of them, is no numbered line: told before the pattern is tried)
    candidates = [(i, m) for i in range(begin, end) if lines[i][:1].isdecimal() and (m := _NUMBERED.match(lines[i]))]
    numbers = [int(m["n"]) for _, m in candidates]
    has_one = 1 in numbers
    # where each number is last: a number recurs after a candidate when that is past it (told so, not by
    # looking through the numbers after each candidate: thousands of numbered lines took time growing
    # with their square)
    last = {number: pos for pos, number in enumerate(numbers)}
    # the letter's line width, worked out once, at the first bare number that asks for it (each of
    # hundreds of bare numbers sorting every line of the letter again took time growing with their product)
    width = _LineWidth(lines)
    starts: list[_Start] = []
    expected = 1
    for pos, (i, m) in enumerate(candidates):
        number, rest = numbers[pos], m["rest"].strip()
        # whether the line is a caption tells only where the sequence is open (first number, a skipped
        # one) or the number recurs: worked out only there (the title test costs much)
        unsettled = (not starts and not has_one) or (number == expected + 1 and last.get(expected, -1) <= pos)
        caption = (unsettled or (number == expected and last[number] > pos)) and _caption(rest)
        if not starts and not has_one and not caption:
            expected = number
        if number == expected + 1 and last.get(expected, -1) <= pos and not caption:
            expected = number
        if number != expected or (caption and last[number] > pos) or _cited(lines, i, begin):
            continue
        starts.append(_start(body, i, number, rest, starts, begin, width))
        expected += 1
    return starts


def _cited(lines: list[str], i: int, begin: int) -> bool:
    """The number ends a citation wrapped onto this line ("...response to prior comment" / "1. Please"; "... prior
    comments 1 and" / "2. We observe")."""
    previous = lines[i - 1]
    return (
        i > begin
        and previous.endswith(_CITING_WORDS)
        and bool(_CITING_END.search(previous))
        and not ends_sentence(previous)
        and not title_like(previous)
    )


def _caption(rest: str) -> bool:
    """A numbered line shaped like a caption ("4. Investments and Fair Value Measurements")."""
    return bool(rest) and looks_like_heading(rest) and title_like(rest)


def _start(
    body: BodyLines, i: int, number: int, rest: str, starts: list[_Start], begin: int, width: Callable[[], int]
) -> _Start:
    if rest:
        return _Start(i, number, i, rest)
    nxt = i + 1
    if nxt < len(body.pages) and body.pages[nxt] == body.pages[i]:
        return _Start(i, number, nxt, "")
    # A bare number at the foot of a page: the text layer put it after its comment's first lines.
    low = starts[-1].text_from + 1 if starts else begin
    return _Start(i, number, _displaced_text_start(body.texts, low, i, width), "")


def _displaced_text_start(lines: list[str], low: int, bare: int, width: Callable[[], int]) -> int:
    """Where a comment whose number was displaced begins: after the first block of headings past the
    previous comment's first line, else after the first line that ends a paragraph."""
    for i in range(low, bare):
        after = _caption_block(lines, i, bare)
        if after is not None:
            return after
    for j in range(low, bare - 1):
        if _ends_paragraph(lines[j], lines[j + 1], width()):
            return j + 1
    return bare + 1


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    """A sentence ends the line and the next line's first word would have fitted on it: the line
    was broken by a paragraph end, not by the margin."""
    first_word = following.split()[0] if following.split() else ""
    return ends_sentence(line) and following[:1].isupper() and len(line) + 1 + len(first_word) <= width


class _LineWidth:
    """:func:`_width` of the letter's lines, worked out at the first call and kept (a plain object: a
    ``functools.cache`` wrapper, made for every letter, cost more to make than this)."""

    __slots__ = ("lines", "value")

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.value: int | None = None

    def __call__(self) -> int:
        if self.value is None:
            self.value = _width(self.lines)
        return self.value


def _width(lines: list[str]) -> int:
    """The letter's usual full line length (text converted by others has no margin to go by)."""
    lengths = sorted(map(len, lines))
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _heading_start(body: BodyLines, text_from: int, floor: int, spaced: bool = False) -> int:
    """First line of the block of headings just above a comment (== text_from when there is none). In a
    plain-text letter that parts its paragraphs and captions with blank lines (``spaced``), no caption opens on a
    line printed right under a line that ends no sentence: that line goes on in it ("... Question 100.04 of the
    Non-GAAP" / "Compliance and" / "Disclosure Interpretations")."""
    lines = body.texts
    i = text_from
    while i - 1 >= floor:
        line = lines[i - 1]
        numbered = _NUMBERED.match(line) if line[:1].isdecimal() else None
        if numbered and not looks_like_heading(numbered["rest"]):  # a comment's own number line
            break
        if i - 1 in body.bullets or not (
            looks_like_heading(line)
            or _caption_goes_on(body, i - 1, floor, text_from)
            or _stop_ends_caption(body, i - 1, floor)
            or (i < text_from and names_registrant(line) and is_form_heading(lines[i]))  # "Baker Hughes, Inc." over it
            or (i < text_from and LABEL_ALONE.fullmatch(line) is not None)  # "Note 17." over the caption's words
        ):
            break
        if i - 2 >= floor and _leads_in(lines[i - 2]):
            break  # what a comment's sentence leads in to ("... support for the following statement:" / "“[T]he board
            # could not possibly have seriously considered the concerns raised.” (page 3)") is the comment's
        i -= 1
    # A sentence cut by the margin ("...Compliance and" / "Disclosure Interpretations") is not a caption.
    while floor < i < text_from and (
        ends_mid_sentence(lines[i - 1]) or (spaced and i in body.tight and not ends_sentence(lines[i - 1]))
    ):
        i += 1
    return i


def _leads_in(line: str) -> bool:
    """A sentence ending in a colon, no caption ("Please provide support for the following statement:")."""
    return line.rstrip().endswith(":") and not looks_like_heading(line)


def _caption_goes_on(body: BodyLines, at: int, floor: int, text_from: int) -> bool:
    """Whether line ``at``, opening in lower case, is a caption's wrapped middle: no sentence ends in it,
    the line above it (no list item) opens a caption and the caption they start, joined as captions are
    (with the lines below it), reads as a title ("“Our historical consumer cohorts exhibit repeat
    behavior, which drives" / "an increasing proportion" / "of our Marketplace GOV”, page 99"). A
    comment's last words wrapped onto a line of their own ("Please tell us how you plan to mitigate
    inflationary" / "pressures") make no title, nor a quotation's ("… seriously considered the concerns" /
    "raised.” (page" / "3)")."""
    lines = body.texts
    line = lines[at]
    if at - 1 < floor or at - 1 in body.bullets or not line[:1].islower() or len(line) > MAX_HEADING:
        return False
    if ends_sentence(line) or _SENTENCE_END_IN.search(line):
        return False
    return looks_like_heading(lines[at - 1]) and title_like(join_wrapped(lines[at - 1 : text_from])[0])


def _stop_ends_caption(body: BodyLines, at: int, floor: int) -> bool:
    """Whether line ``at``, a few words ending in a full stop, ends a caption wrapped onto it from a labelled caption
    above ("Item 7. Management’s Discussion and Analysis of Financial Condition and Results of" / "Operations.": the
    filing's caption quoted with its stop; or over more lines, wrapped narrower): the caption's first line opens a
    caption of its own labelled by its word (:data:`LABEL`: "Item 7.", "Note 3", "Part II") after a sentence's end or
    a caption, no line of it ends a sentence, and they read as a title."""
    lines = body.texts
    line = lines[at]
    if not line.endswith(".") or len(line.split()) > _STOPPED_TAIL_WORDS:
        return False
    for first in range(at - 1, max(floor, at - _CAPTION_LINES) - 1, -1):
        above = lines[first]
        if first in body.bullets or not looks_like_heading(above):
            return False
        label = LABEL.match(above)  # (labelled by a word: "7. Please ..." opens a comment, no caption)
        if label is not None and label["word"] is not None:
            # (a caption long enough to wrap, opening after a sentence's end or a caption: "... Please refer to" /
            # "Section IV.C of SEC" / "Release No. 33-8350." is a sentence)
            return (
                len(above.split()) >= _WRAPPED_CAPTION_WORDS
                and (first - 1 < floor or _closes(lines[first - 1]))
                and title_like(" ".join(lines[first : at + 1]))
            )
    return False


def _closes(line: str) -> bool:
    """Whether a line ends a sentence or is a caption that runs on into nothing: the next line opens anew."""
    return ends_sentence(line) or (looks_like_heading(line) and not ends_mid_sentence(line))


_STOPPED_TAIL_WORDS = 4  # the words of a caption's end wrapped onto a line of its own with its stop
_WRAPPED_CAPTION_WORDS = 6  # the fewest words of a caption line the margin cut
_CAPTION_LINES = 3  # the most lines a caption wraps over
_SENTENCE_END_IN = re.compile(r"\w\w[.?!][\"'”’)]*\s")  # "raised.” (page" (not "U.S. operations")


def _headings_over_lead_in(body: BodyLines, floor: int, top: int) -> tuple[int, int]:
    """The block of headings above a short paragraph that leads in to the first comment ("Note 2. Summary
    of Significant Accounting Policies" / "We have reviewed your responses ... and have the following
    comments related to ..." / "1. We note ..."), as (first line, end); (top, top) when there is none.
    The paragraph opens a sentence after the headings and ends one right above the comment; none of its
    lines is a numbered one or a caption."""
    lines = body.texts
    i = top
    while i > floor and top - i < _LEAD_IN_LINES:
        line = lines[i - 1]
        if line[:1].isdecimal() and _NUMBERED.match(line) or i - 1 in body.bullets:
            return top, top  # (a line opening with a date, "17 February 2016, and have ...", is no numbered one)
        if looks_like_heading(line) and title_like(line):
            break
        i -= 1
    else:
        return top, top
    if i == top or not ends_sentence(lines[top - 1]) or not lines[i][:1].isupper():
        return top, top
    start = _heading_start(body, i, floor)
    return (start, i) if start < i else (top, top)


def _text_end(body: BodyLines, nxt: _Start, text_from: int, spaced: bool) -> int:
    """Where a comment's text ends: before the headings above the next comment."""
    top = min(nxt.line, nxt.text_from)
    return max(_heading_start(body, top, text_from + 1, spaced), text_from + 1)


def _one_comment(body: list[str]) -> bool:
    """Whether a body without numbers nor announced comments is itself one comment: it opens as a
    comment does ("We note the statement you issued on April 17, 2024 ...") and asks something of the
    company ("Please advise us ..."). A request for supplemental material that leaves its comments for
    later ("You have redacted information ... We will notify you of any comments") opens otherwise."""
    return bool(_WE_NOTE.match(body[0])) and bool(asks_in(_join(body).lower()))


_WE_NOTE = re.compile(r"\s*We note\b", re.I)
_LEAD_IN_LINES = 8  # a paragraph leading in to the first comment is short


def _announces_comments(opening: list[str]) -> bool:
    """The opening says comments follow ("...and have the following comment."): without numbers, that
    is what tells a comment letter from an order, a notice or a cover letter."""
    text = " ".join(opening)
    if not folds_exactly(text):
        return _ANNOUNCES.search(text) is not None
    # tried where its words start in the lower-cased text, found by str.find (the engine went through
    # the text trying an alternation of the words at every character)
    return any(_ANNOUNCES.match(text, at) for at in word_starts(text.lower(), _ANNOUNCES_WORDS))


def _caption_block(lines: list[str], i: int, stop: int) -> int | None:
    """If a block of captions starts at line i (after a sentence ends) and text starting a sentence
    follows it, the index of that text; else None ("Please" / "respond to this letter..." is no caption,
    nor "Refer to Item" / "303(b) of Regulation S-K.")."""
    if not (_caption(lines[i]) and ends_sentence(lines[i - 1])):
        return None
    j = i
    while j < stop and _caption(lines[j]):
        j += 1
    if j < stop and not lines[j][:1].islower() and not (lines[j][:1].isdigit() and _NAMES_NUMBER.search(lines[j - 1])):
        return j
    return None


# A caption ending so is a sentence's words whose number went to the next line ("Refer to Item" / "303(b) of …")
_NAMES_NUMBER = re.compile(r"\b(?:Items?|Rules?|Notes?|Sections?|Articles?|Questions?|Forms?|pages?|Nos?\.)$")


def _after_opening(lines: list[str], begin: int, end: int) -> list[_Start]:
    """The one comment of a letter that announces comments but prints neither numbers nor captions: the body
    after the paragraphs every such letter opens with, which end "... we may have additional comments." """
    for i in range(begin, min(end, begin + _OPENING_LINES)):
        if lines[i].endswith("comments.") and _OPENING_END.search(f"{lines[i - 1]} {lines[i]}" if i else lines[i]):
            first = i + 1
            return [_Start(first, 1, first, lines[first])] if first < end and lines[first][:1].isupper() else []
    return []


_OPENING_LINES = 20  # the opening paragraphs' lines, at most
_OPENING_END = re.compile(r"\bwe\s+may\s+have\s+(?:additional|further)\s+comments\.$", re.I)


def _unnumbered_starts(lines: list[str], begin: int, end: int) -> list[_Start]:
    """One comment under each block of headings, when the letter prints no comment numbers."""
    starts: list[_Start] = []
    i = begin
    while i < end:
        after = _caption_block(lines, i, end) if i > begin else None
        if after is not None:
            starts.append(_Start(after, len(starts) + 1, after, lines[after]))
            i = after + 1
            continue
        i += 1
    return starts
