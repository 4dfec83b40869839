"""The landmarks of a letter's first and last page: date line, Re: block, salutation, closing.

Every SEC letter, from the staff or from a company, follows business-letter layout: letterhead,
date, inside address, "Re:" block, salutation, body, closing ("Sincerely,"), signature. The
other header readers work from these landmarks rather than from fixed character offsets, so
that a letterhead of any length or an address above the date does not shift them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.folding import kept_lines
from ..headings import body_after_re
from ..letters import Document, Line
from .dates import find_dates, line_date

HEAD = 90  # lines searched for the header landmarks
_RE = re.compile(r"^(?:re|subject|regarding)\b\s*[:.]?\s*(?P<rest>.*)$", re.I)
_SALUTATION = re.compile(
    r"^(?:Dear\s+\S.*|Ladies\s+and\s+Gentlemen|Gentlemen|Dear\s+Sirs?|To\s+whom\s+it\s+may\s+concern)\s*[:,;.]?$",
    re.I,
)
# the people addressed by title and name alone, then a comma or a colon ("Mr. Rosenberg and Ms. Torney,")
_NAMES_SALUTATION = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Messrs|Mses)\.?\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
    r"(?:\s*,\s*|\s+and\s+|\s*&\s*)?)+(?<=\w)[:,]"
)
# the first letters _SALUTATION and _RE can match, in any case ("ſ", the long s, is an "s" to a case-blind match)
_SALUTATION_FIRST = "DdLlGgTt"
_RE_FIRST = "RrSs\u017f"
_CLOSING = re.compile(
    r"(?:^|\s)(?:Sincerely(?:\s+yours)?|Very\s+truly\s+yours|Yours\s+(?:very\s+)?(?:truly|sincerely|faithfully)"
    r"|Respectfully(?:\s+submitted|\s+yours)?|(?:Best|Kind|Warm)\s+regards|Regards|Cordially)\s*[,.]?\s*$",
    re.I,
)
_CLOSING_LAST = "yYsSdD\u017f"  # the last letter of each of _CLOSING's phrases, in any case (see _closing_line)
_CLOSING_PIECES = ("ncerely", "truly", "your", "pectfully", "regard", "cord")  # of each word _CLOSING takes
_FILING_WORD_END = re.compile(r"\b(?:filed|submitted|dated|furnished|ended|on|of)$", re.I)
# "8- K": found by its hyphen, then checked backwards (a leading lookbehind would be tried everywhere)
_BROKEN_HYPHEN = re.compile(r"-(?<=\w-) (?=\w)")


def holds_any(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether one of the pieces is in the text: found by str's own search, which skips to a piece many
    times faster than the regex engine tries an alternation of words that open with common letters
    ("ecur|ce of|20549") at each position."""
    for piece in pieces:  # noqa: SIM110 - a loop, not any() of a generator, which costs more than the search
        if piece in text:
            return True
    return False


def unbreak(text: str) -> str:
    """Words broken at a hyphen over lines ("Form 8- K/A") joined again."""
    return _BROKEN_HYPHEN.sub("-", text) if "- " in text else text


@dataclass(slots=True)
class Layout:
    """Indexes into ``lines`` (the letter's non-empty, non-furniture lines, cleaned)."""

    lines: list[str]
    pages: list[int]
    date: int | None = None
    date_iso: str | None = None  # the date line's date
    re_start: int | None = None
    salutation: int | None = None
    closing: int | None = None
    source: list[Line] = field(default_factory=list, repr=False)  # the document lines it was read from
    opening: str | None = field(default=None, repr=False)  # the body's opening, once read (responds.opening)
    # what classify.request_alone found, once read (parse asks before the answers stage, classify after it)
    request: tuple[str, str] | None = field(default=None, repr=False)
    request_read: bool = field(default=False, repr=False)

    @property
    def body_start(self) -> int:
        """First line after the salutation; where there is none, the first line after the Re: block that reads as
        a sentence ("We have completed our review of your filings. ..."; else the line after the label)."""
        if self.salutation is not None:
            return self.salutation + 1
        if self.re_start is not None:
            return self._prose_after_re() or self.re_start + 1
        return (self.date or 0) + 1

    @property
    def head_end(self) -> int:
        """End (exclusive) of the header: the salutation, else the first paragraph-long line (or, after a Re: block,
        the first that reads as a sentence)."""
        if self.salutation is not None:
            return self.salutation
        start = self.re_start if self.re_start is not None else 0
        prose = self._prose_after_re() if self.re_start is not None else None
        for i in range(start + 1, min(len(self.lines), HEAD, prose or HEAD)):
            if len(self.lines[i]) > 150:
                return i
        return min(len(self.lines), HEAD, prose or HEAD)

    def _prose_after_re(self) -> int | None:
        """The first line after the "Re:" label that opens the body (a letter without a salutation opens it there)."""
        return body_after_re(self.lines, self.re_start if self.re_start is not None else 0)

    def re_lines(self) -> list[str]:
        """The Re: block: from "Re:" to the salutation (without the "Re:" label itself)."""
        if self.re_start is None:
            return []
        first = _RE.match(self.lines[self.re_start])
        rest = [first.group("rest")] if first and first.group("rest") else []
        return rest + self.lines[self.re_start + 1 : self.head_end]

    def head_text(self) -> str:
        return " ".join(self.lines[: self.head_end])

    def tail(self, reach: int = 25) -> list[str]:
        """The closing lines: from the closing word on (or the last ``reach`` lines)."""
        start = self.closing if self.closing is not None else max(0, len(self.lines) - reach)
        return self.lines[start : start + reach]


def find_layout(doc: Document) -> Layout:
    """The landmarks of ``doc``, found once: the header and classify stages both read them."""
    cached = doc.memo.get("layout")
    if isinstance(cached, Layout) and cached.source is doc.lines:
        return cached
    lay = _locate(doc)
    doc.memo["layout"] = lay
    return lay


def _locate(doc: Document) -> Layout:
    texts, pages = kept_lines(doc)  # the lines that are neither furniture nor blank, folded
    lay = Layout(texts, pages, source=doc.lines)
    head = texts[:HEAD]
    lay.salutation = _salutation(head)
    stop = lay.salutation if lay.salutation is not None else len(head)
    lay.re_start = next((i for i, t in enumerate(head[:stop]) if t[:1] in _RE_FIRST and _is_re_label(t)), None)
    if lay.salutation is None and lay.re_start is not None:
        stop = lay.body_start  # (no salutation: the date is looked for above the body, as above a salutation)
    lay.date, lay.date_iso = _date_line(lay, stop)
    lay.closing = _closing_line(lay)
    return lay


def _salutation(head: list[str]) -> int | None:
    """The first salutation line (_SALUTATION tried only on a line opening with a first letter of its words,
    _NAMES_SALUTATION on one opening as a title does and ending with a comma or a colon)."""
    for i, text in enumerate(head):
        if text[:1] in _SALUTATION_FIRST and len(text) < 150 and _SALUTATION.match(text):
            return i
        if text[-1:] in ",:" and text[:1] in "MD" and len(text) < 150 and _NAMES_SALUTATION.fullmatch(text):
            return i
    return None


def _is_re_label(text: str) -> bool:
    """ "Re: Acme Inc." or a bare "Re", but not a sentence that starts with "Regarding the ..."."""
    m = _RE.match(text)
    return bool(m) and (text[:2].lower() == "re" and not text[2:3].isalpha() or ":" in text[:12])


def _date_line(lay: Layout, stop: int) -> tuple[int | None, str | None]:
    """The letter's own date line and its date: the first header line that is only a date.

    A date line after "Re:" is taken only when none precedes it and it does not continue a
    "Filed"/"Submitted" line: inside the Re: block a date is a filing date.
    """
    lines, re_start = lay.lines, lay.re_start
    for i in range(stop):
        iso = line_date(lines[i])
        if iso is not None and not (re_start is not None and i >= re_start and _continues_filing(lines[i - 1])):
            return i, iso
    return None, None


def _continues_filing(previous: str) -> bool:
    return bool(_FILING_WORD_END.search(previous))


def _closing_line(lay: Layout) -> int | None:
    """The last "Sincerely,"-like line (ignoring any lone one in the header). _CLOSING is tried only
    on a short line that ends, before any commas, full stops and white space, with the last letter of
    a closing word (y, s or d in any case, or "ſ", which a case-blind "s" also matches), as every line
    that _CLOSING matches does, and whose lower-cased text holds a piece of a closing word with no "i",
    "s" or "k" in it (which a case-blind match also finds as "ı", "ſ" or the Kelvin sign)."""
    lines = lay.lines
    for i in range(len(lines) - 1, lay.body_start - 1, -1):
        text = lines[i]
        if (
            len(text) < 60
            and text.rstrip().rstrip(",.").rstrip()[-1:] in _CLOSING_LAST
            and holds_any(text.lower(), _CLOSING_PIECES)
            and _CLOSING.search(text)
        ):
            return i
    return None


def dates_in(text: str) -> list[str]:
    return [d.iso for d in find_dates(text)]
