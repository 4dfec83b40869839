"""Headings of a staff letter: the captions above comments that mirror the filing's structure.

A heading is a short line without sentence punctuation at its end ("Form 10-K for the Fiscal Year
Ended December 31, 2023", "Item 7. Management's Discussion and Analysis", "Goodwill, page 27").
Captions may wrap onto a second line in a PDF ("...Results of" / "Operations"; "...adjustments," /
"page 29"; "Form 8-" / "K/A"): such lines are joined back into one heading.
"""

from __future__ import annotations

import re

from .anchored import word_starts
from .bullets import GLYPHS, TYPED
from .corporate import LEGAL_FORM, NAME_WORD
from .extract.marks import reads_as_prose

# A sentence ends the line: a mark, then closing quotes or brackets at most (told by stripping those).
_SENTENCE_MARKS = frozenset(".?!;:")
_CLOSERS = "\"'”’)]"
# A line opening so goes on from the line above (the rest of a sentence or a quotation: ".", page 51")
TAIL_OPENINGS = frozenset(".,;:)]”’")
# A caption starts like a title; its wrapped second line may start "of Operations" or "page F-77".
_STARTS_LIKE_HEADING = re.compile(
    r"^(?:[A-Z0-9(\"“'‘]|(?:of|and|to|for|in|on|the|or|with|from)\s+[A-Z0-9]|pages?\s+[A-Z]{0,2}[-–]?\d|"
    r"[a-z]{1,4}[.)]\s+[A-Z])"  # "b. Revenue Recognition, page F-7", "c) Loss Development Tables"
)
_CONNECTOR_END = re.compile(
    r"(?:[,(&/–—-]|\b(?:and|of|to|the|for|in|on|or|with|by|from|a|an|as|at|under|pages?))$", re.I
)
_CONNECTOR_LONGEST = 5  # "under", "pages"
# (a financial statement page's letter and number hyphenated or joined by an en dash, as autocorrect sets it: "F–19")
_REF = r"(?:[A-Z]{0,2}[-–]?\d{1,4}(?:\.\d{1,2})?(?:\s*(?:[-–]|to|through)\s*[A-Z]{0,2}[-–]?\d{1,4})?|[ivxl]{1,6})"
_NUMBER_WORD = r"(?:nos?\.?\s*)?"  # "Page No. 9", "Pages Nos. 30-31"
_RANGE_WORD = re.compile(r"\s*(?:to|through)\s*", re.I)  # "pages 30 to 31": the range "30-31"
# a heading's page at its end: "Revenue, page 28", "Revenue, p. 28", "Segments, pp. 30-31"
_PAGE_REF = re.compile(
    rf"(?:\bpages?\s+{_NUMBER_WORD}|(?<![\w.])pp?\.\s*)(?P<refs>{_REF}(?:\s*(?:,\s*and|,|and|&)\s*{_REF})*)\s*\)?\.?$",
    re.I,
)
# Every page a heading cites, wherever it stands: "page 45 of the 2020 Form 10-K", "Summary Compensation Table,
# page 50; Grants of Plan-Based Awards, page 52", "p. 9", "pp. 30-31"
_PAGES_CITED = re.compile(
    rf"(?:\bpages?(?:\s+{_NUMBER_WORD})?|(?<![\w.])pp?\.)\s*(?P<refs>{_REF}(?:\s*(?:,\s*and|,|and|&)\s*{_REF})*)(?![\w-])",
    re.I,
)
# A registrant's name: capitalised words ending with a legal form ("NRG Yield, Inc.", "Baker Hughes, Inc.", "Smith &
# Wesson Brands, Inc.", "Banco Santander, S.A."), or with one and where ("Public Service Company of Colorado")
_REGISTRANT = (
    rf"[A-Z][\w&'’.-]*,?\s+(?:{NAME_WORD},?\s+){{0,5}}?(?i:{LEGAL_FORM}\.?)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
)
_REGISTRANT_LINE = re.compile(rf"{_REGISTRANT}\s*")
# (a letter reviewing several registrants' filings names the registrant first: "NRG Yield, Inc. Form 10-K ...")
_REGISTRANT_FIRST = re.compile(rf"{_REGISTRANT},?\s+(?=(?i:forms?)\s)")
_FORM_HEADING = re.compile(  # (read with .match: from the text's start, or from a registrant's name's end)
    r"(?:(?:Amendment\s+(?:No\.?\s*)?\d+\s+to\s+|Amended\s+|Draft\s+|Preliminary\s+|Definitive\s+|Revised\s+)"
    r"(?:the\s+|your\s+)?)*"
    r"(?:Forms?\s+[0-9A-Z]|Schedule\s+(?:TO|14|13)|Registration\s+Statement|Offering\s+Statement|Proxy\s+Statement|"
    r"Current\s+Report|Annual\s+Report|Quarterly\s+Report|Transition\s+Report|Post-Effective\s+Amendment|"
    r"(?:Supplemental\s+)?Response(?:\s+Letter)?\s+[Dd]ated)",
)
_FORM_HEADING_CAPITALS = re.compile(_FORM_HEADING.pattern, re.I)  # (for a caption in capitals alone)
MAX_HEADING = 200
# A caption joined back to this length is complete (a real one wraps onto two or three lines of at most
# MAX_HEADING): the next line starts a heading of its own. Unbounded, thousands of lines each ending in a
# comma were joined into one, each line read against all the text joined before it.
_JOINED_MOST = 4 * MAX_HEADING
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "under",
    "into",
    "its",
    "our",
    "your",
    "vs",
    "versus",
    "per",
}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_REF_JOIN = re.compile(r"\s*(?:,\s*and|,|&|\band\b)\s*")  # "pages 4, 6 and 9"
_SPACE_RUN = re.compile(r"\s\s*")  # as \s+ (see marks._DIGITS)
_HYPHEN_END = re.compile(r"\w-$")  # "Form 8-" / "K/A": joined without a space
_LIST_LETTER = re.compile(r"[a-z]{1,4}[.)]\s")  # "b. Revenue": a caption of its own
_WRAPPED_PAGE = re.compile(r"pages?\s+[A-Z]{0,2}-?\d|[-–—]", re.I)  # a caption's wrapped tail
# A form's code opening the line after "... on Form" / "... on Schedule": "10-12G submitted May 15, 2023", "14A"
_FORM_CODE = re.compile(r"(?:[A-Z]{1,3}-)?\d{1,2}(?:-\d{1,2})?[A-Z]{0,2}(?:/A)?\b")
# A caption in capitals this long fills most of a letter's line (a capital is about half as wide
# again as a small letter): what follows it in capitals was wrapped from it, not stacked under it.
_CAPITALS_WRAP = 50
# The title of an appendix or a table quoted from a filing or an earnings release, this long (most of a line)
_TABLE_TITLE = re.compile(r"(?:Appendix|Annex|Table|Schedule)\b")
_TITLE_WRAP = 60
# How a caption is numbered: "Note 10", "Item 7A", "Appendix B", "(c)", "b.", "2." (a caption that opens so is
# one of its own, not the wrapped tail of the line above)
_LABEL_WORDS = ("Note", "Item", "Part", "Section", "Article", "Annex", "Appendix", "Exhibit", "Schedule")
LABEL = re.compile(  # (each word as a title spells it, or in capitals: "ITEM 7.", "NOTE 8 –")
    rf"^(?:(?P<word>{'|'.join(_LABEL_WORDS + tuple(w.upper() for w in _LABEL_WORDS))})\s+\(?[\dIVX]{{1,4}}[A-Z]?\b"
    r"|(?P<letter>\([a-z]\)|[a-z][.)]\s)|(?P<number>\d{1,2}[.)]\s))"
)
# A caption's label alone on its line, the caption's words on the next ("Note 17." / "Segment and Geographical
# Information, page 106"), as text extracted with its lines broken where the tool broke them prints it
LABEL_ALONE = re.compile(
    rf"(?:{'|'.join(_LABEL_WORDS + tuple(w.upper() for w in _LABEL_WORDS))})"
    r"\s+\(?[\dIVX]{1,4}[A-Z]?\)?\s*[.:\u2013\u2014-]"  # (its stop or dash: "Part II", "Schedule 14A" are headings)
)


def ends_sentence(text: str) -> bool:
    """True when the line ends as a sentence does (period, question mark, colon, semicolon); not where
    a spaced ellipsis is broken over lines ("… to deliver our services . ." / ".", page 51")."""
    end = text.rstrip().rstrip(_CLOSERS)
    return end[-1:] in _SENTENCE_MARKS and not end.endswith(". .")


# A full stop an abbreviation ends in, not a sentence ("… subject to U.S.", "… Acme Inc.")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|No|Nos|Mr|Ms|Mrs|Dr|vs|etc|approx)\.$")


def ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` ends with an abbreviation's full stop (read from its last 12 characters: none is longer)."""
    return _ABBREVIATION_END.search(text, len(text) - 12) is not None


def looks_like_heading(text: str) -> bool:
    """Could this line be (part of) a caption? Short, starts like a title, no sentence end (a colon after the page it
    cites ends none: "Goodwill, page 47:", as some print a caption that introduces its comment)."""
    text = text.strip()
    if (
        text.endswith(":")
        and (ref := _page_ref(text[:-1])) is not None
        and text[: ref.start()].rstrip()[-1:] in ",\u2013\u2014-"
    ):
        text = text[:-1]  # (after a comma or a dash, as a caption cites its page: "… on page 45:" is a sentence's)
    return (
        0 < len(text) <= MAX_HEADING
        and not ends_sentence(text)
        and (_STARTS_LIKE_HEADING.match(text) is not None or _page_ref(text) is not None)  # "revenue, page 28": a tail
    )


def title_like(text: str) -> bool:
    """Mostly capitalised words, a page reference or a form heading: a caption, not a fragment of prose."""
    if _page_ref(text.strip()) is not None or is_form_heading(text):
        return True
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return bool(text.strip())
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6


def opens_body(text: str) -> bool:
    """Whether a line after the "Re:" label of a letter without a salutation opens its body: it reads as a sentence
    and names no filing ("• Form 10-Q for the quarterly period ended September 30, 2017, filed October 30, 2017" is
    the Re: block's, though its words are mostly in lower case)."""
    return reads_as_prose(text) and not is_form_heading(text.lstrip(GLYPHS + TYPED + " "))


RE_BLOCK_REACH = 15  # the most lines a Re: block runs over (several filings, several registrants)


def body_after_re(lines: list[str], re_at: int) -> int | None:
    """In a letter without a salutation, the line that opens its body: the first within a Re: block's reach after the
    "Re:" label at ``re_at`` that :func:`opens_body`; None when none does."""
    for i in range(re_at + 1, min(len(lines), re_at + 1 + RE_BLOCK_REACH)):
        if opens_body(lines[i]):
            return i
    return None


def names_registrant(text: str) -> bool:
    """Whether a line is a registrant's name alone ("Baker Hughes, Inc."): over a form heading, the filer whose
    filing it names (a letter reviewing several registrants' filings)."""
    return _REGISTRANT_LINE.fullmatch(text.strip()) is not None


def is_form_heading(text: str) -> bool:
    """The outermost heading: the filing the comments are about ("Form 10-K for the Fiscal Year ..."), its words
    as a title spells them or all in capitals ("FORM 10-K FOR THE FISCAL YEAR ...")."""
    text = text.strip()
    if _FORM_HEADING.match(text) or (text.isupper() and _FORM_HEADING_CAPITALS.match(text)):
        return True
    if "orm" not in text and "ORM" not in text:
        return False  # (no registrant's name before a "Form": the pattern need not be tried)
    named = _REGISTRANT_FIRST.match(text)
    return named is not None and bool(
        _FORM_HEADING.match(text, named.end()) or (text.isupper() and _FORM_HEADING_CAPITALS.match(text, named.end()))
    )


def page_refs(heading: str) -> list[str]:
    """Page numbers a heading cites: "page 95" -> ["95"], "pages 43-44" -> ["43-44"], "page F-19" -> ["F-19"],
    each of several ("..., page 50; ..., page 52" -> ["50", "52"]), wherever it stands ("page 45 of the 2020
    Form 10-K"), also abbreviated ("p. 9", "pp. 30-31"); a range in words is one ("pages 30 to 31" -> ["30-31"])."""
    low = heading.lower()
    if len(low) != len(heading):
        matches = list(_PAGES_CITED.finditer(heading))
    else:  # tried only where "page", "p." or "pp." stands (every match opens with one), as finditer finds them
        matches, end = [], 0
        for pos in word_starts(low, ("page", "p.", "pp.")):
            if pos >= end and (match := _PAGES_CITED.match(heading, pos)) is not None:
                matches.append(match)
                end = match.end()
    refs: list[str] = []
    for match in matches:
        for ref in _REF_JOIN.split(match.group("refs").replace("–", "-")):
            if ref.strip() and (ref := _SPACE_RUN.sub("", _RANGE_WORD.sub("-", ref))) not in refs:
                refs.append(ref)
    return refs


def without_page(heading: str) -> str:
    """A caption up to the first page it cites, however set off: "Exhibits, page 111", "Exhibits – page 111",
    "Exhibits; p. 111", "Risk Factors (page 12)", "Risk Factors, page 12 of Exhibit 99.1" are "Exhibits" and
    "Risk Factors"."""
    ref = _PAGES_CITED.search(heading)
    return heading if ref is None else heading[: ref.start()].rstrip(" ,;:(\u2013\u2014-")


def _page_ref(text: str) -> re.Match[str] | None:
    """What ``_PAGE_REF.search(text)`` finds, tried only where "page" or "p." starts (as every match does)
    in the lower-cased text, when that lines up with ``text``."""
    low = text.lower()
    if len(low) != len(text):
        return _PAGE_REF.search(text)
    if "page" not in low and "p." not in low:
        return None
    for pos in word_starts(low, ("page", "p.", "pp.")):  # (in order: the leftmost match, as search finds it)
        if match := _PAGE_REF.match(text, pos):
            return match
    return None


def ends_mid_sentence(text: str) -> bool:
    """The line plainly runs on into the next: it ends with a comma, a hyphen or a connecting word."""
    text = text.rstrip()
    # a match ends the line and is at most five characters long: looked for in the line's tail only
    return _CONNECTOR_END.search(text, max(0, len(text) - _CONNECTOR_LONGEST - 1)) is not None


def join_wrapped(lines: list[str], wrapped: frozenset[int] = frozenset(), width: int = 0) -> list[str]:
    """Join caption lines that wrap onto the next line; every other line is a heading of its own. A heading's
    white space is folded to single spaces (a tab after its number, a no-break space before its page).
    ``wrapped``: the positions of lines that follow the line before with no blank line between, in a plain-text
    letter that parts its captions with blank lines; such a line goes on with the caption line above it when that
    ends no caption ("Note 8. Reserve for Property-Liability Insurance Claims and Claims" / "Expense, page 167",
    wrapped at 72 columns), unless it opens a caption of its own ("Item 7.")."""
    out: list[str] = []
    before = ""  # the line before, as printed
    for k, line in enumerate(lines):
        text = " ".join(line.split())
        if (
            out
            and len(out[-1]) <= _JOINED_MOST
            and (_continues(out[-1], text, width) or (k in wrapped and _wraps(before, text)))
        ):
            glue = "" if _HYPHEN_END.search(out[-1]) else " "
            out[-1] = out[-1] + glue + text
        else:
            out.append(text)
        before = text
    return out


def _wraps(before: str, text: str) -> bool:
    """Whether a caption line as printed (``before``) was wrapped before ``text``, the line right under it: it
    ends no caption (a page reference, a stop), and ``text`` opens no caption of its own (labelled, :data:`LABEL`:
    "Item 7.", "Note 3", "4. Revenue"; or naming the filing, "Form 10-K for ...")."""
    return not ends_sentence(before) and _page_ref(before) is None and not _opens_own_caption(text)


def _opens_own_caption(text: str) -> bool:
    """Whether a caption line opens a caption of its own, never the rest of the one above: it is numbered
    (:data:`LABEL`: "Item 7.", "NOTE 8 –", "4. Revenue") or names the filing ("Form 10-K for ...")."""
    return LABEL.match(text) is not None or is_form_heading(text)


def _continues(previous: str, text: str, width: int = 0) -> bool:
    if _page_ref(previous.strip()) is not None:  # (as page_refs(previous), not worked out)
        return False
    return (
        ends_mid_sentence(previous)
        # "Note 17." / "Segment and Geographical Information, …" (not "Part II." / "Item 7. …": a caption of its own)
        or (LABEL_ALONE.fullmatch(previous) is not None and not _opens_own_caption(text))
        or text[:1] in TAIL_OPENINGS  # ".", page 51": the rest of a quotation the line above opened
        or previous.count("(") > previous.count(")")
        or (text[:1].islower() and not _LIST_LETTER.match(text))
        or bool(_WRAPPED_PAGE.match(text))
        or _capitals_wrapped(previous, text, width)
        or _table_title_wrapped(previous, text)
        or _item_title_wrapped(previous, text)
        or (previous.endswith(("Form", "Schedule")) and _FORM_CODE.match(text) is not None)
    )


# The items of Form 10-K, 10-Q and 20-F whose titles are long enough to be wrapped (as the forms title them)
_ITEM_TITLES = tuple(
    " ".join(title.lower().split())
    for title in (
        "Management's Discussion and Analysis of Financial Condition and Results of Operations",
        "Quantitative and Qualitative Disclosures About Market Risk",
        "Changes in and Disagreements With Accountants on Accounting and Financial Disclosure",
        "Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of Equity Securities",
        "Security Ownership of Certain Beneficial Owners and Management and Related Stockholder Matters",
        "Certain Relationships and Related Transactions, and Director Independence",
        "Directors, Executive Officers and Corporate Governance",
        "Financial Statements and Supplementary Data",
        "Exhibits and Financial Statement Schedules",
        "Principal Accountant Fees and Services",
        "Unregistered Sales of Equity Securities and Use of Proceeds",
        "Operating and Financial Review and Prospects",
        "Directors, Senior Management and Employees",
        "Major Shareholders and Related Party Transactions",
    )
)


def _title_cuts() -> dict[str, list[tuple[str, str]]]:
    """Each place a line may cut a title (after its first word), as (the words before, the rest), by the rest's first
    word: a line under a caption is looked up by its own first word."""
    cuts: dict[str, list[tuple[str, str]]] = {}
    for title in _ITEM_TITLES:
        for at in (k for k, ch in enumerate(title) if ch == " "):
            rest = title[at + 1 :]
            cuts.setdefault(rest.split(" ", 1)[0], []).append((title[:at], rest))
    return cuts


_TITLE_CUTS = _title_cuts()


def _item_title_wrapped(previous: str, text: str) -> bool:
    """A form item's title cut by the margin: ``previous`` ends with its first words and ``text`` opens with the
    rest, or some of it ("Item 7. Management's Discussion and Analysis of Financial" / "Condition and Results of
    Operations", "... page 36" after it or not; "Condition and Results of" / "Operations"). The titles are the
    forms' own, which no caption of its own continues."""
    if not text[:1].isupper() or not (cuts := _TITLE_CUTS.get(text.split(None, 1)[0].lower())):
        return False  # (a line opening in lower case goes on anyway; most lines open with no title's word)
    head, tail = _title_words(previous), _title_words(text)
    return any((tail.startswith(rest) or rest.startswith(tail)) and head.endswith(before) for before, rest in cuts)


def _table_title_wrapped(previous: str, text: str) -> bool:
    """A long title of an appendix or a table whose last words went to the next line with its page
    reference ("Appendix Table A-1: First Quarter 2016 Adjusted EBITDA Reconciliation for NRG" / "Energy,
    Inc., page 11"): a table has no sub-captions, so what follows it is the rest of its title."""
    return (
        len(previous) >= _TITLE_WRAP
        and _TABLE_TITLE.match(previous) is not None
        and text[:1].isupper()
        and LABEL.match(text) is None
        and _page_ref(text) is not None
    )


def _capitals_wrapped(previous: str, text: str, width: int = 0) -> bool:
    """A long caption in capitals whose last words went to the next line with its page reference
    ("MATERIAL U.S. FEDERAL INCOME TAX CONSEQUENCES OF THE COMPANY" / "MERGER, page 92"): long for the letter too,
    where its ``width`` is known (the length of its full lines: a line in capitals the margin cut is three fifths
    of that at least, however much wider capitals print; "NOTE 2. SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES" /
    "SEGMENT REPORTING, page 53" in a letter of 88 columns are two captions)."""
    if len(previous) < max(_CAPITALS_WRAP, width * 3 // 5) or not previous.isupper():  # (isupper: all its letters)
        return False
    ref = _page_ref(text)
    if ref is None or not text[: ref.start()].isupper() or _opens_own_caption(text):
        return False  # ("NOTE 8 – INTANGIBLES, page 107" under "ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA")
    # and none goes on from a caption that is whole: the filing named to its date ("FORM 10-K FOR THE FISCAL
    # YEAR ENDED DECEMBER 31, 2023"), a form item's whole title ("... RESULTS OF OPERATIONS")
    return not (is_form_heading(previous) or _whole_item_title(previous))


def _whole_item_title(text: str) -> bool:
    """Whether ``text`` ends with a form item's whole title (:data:`_ITEM_TITLES`)."""
    return _title_words(text).endswith(_ITEM_TITLES)


def _title_words(text: str) -> str:
    """A caption's words as :data:`_ITEM_TITLES` spells them: lower case, a straight apostrophe, single spaces."""
    return " ".join(text.lower().replace("\u2019", "'").split())
