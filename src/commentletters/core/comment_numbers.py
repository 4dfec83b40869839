"""Staff letters that number their comments otherwise than "1.": "1)", "(1)", "Comment 1." or "Comment 1:".

The staff print "1. Please tell us ..." today; letters of other offices and other years, and letters converted
to text by others, may print "1) Please ...", "(1) Please ..." or "Comment 1: Please ...". A letter that prints
no comment as "1." but a run of these from its comment 1 is read as though it printed "1.": its lines carrying
these numbers are given to :mod:`comments` as "1. Please ...". Only where a numbered line could open a comment:
its text opens with a capital (or a quote) after a line that ends no lead-in (":", a list's introduction, as in
"Please tell us:" / "(1) the amount ..."), and the run holds comment 1 and 2 at least, in order, or comment 1
alone (a letter of one comment), its captions numbered so ("(16) Short-term and Long-term Debt, page 94") counted
or not.
"""

from __future__ import annotations

import re

from .comment_lines import BodyLines
from .headings import looks_like_heading, title_like

# each way, with the number (n) and the comment's words after it (rest)
_WAYS = (
    re.compile(r"^(?P<n>\d{1,3})\)\s+(?P<rest>.*)$"),
    re.compile(r"^\((?P<n>\d{1,3})\)\s+(?P<rest>.*)$"),
    re.compile(r"^Comment\s+(?:No\.\s*)?(?P<n>\d{1,3})\s*[.:\u2013\u2014-]\s*(?P<rest>.*)$", re.I),
)
_ENDS_PAGE = re.compile(r",\s*(?:pages?|pp?\.)\s*[\w-]+(?:\s*(?:-|\u2013|and|to)\s*[\w-]+)?$", re.I)
_OPENS_COMMENT = re.compile(r"[A-Z\u201c\"]")
_FIRSTS = frozenset("(Cc0123456789")  # what a line numbered so opens with (others need not be tried)


def renumbered(body: BodyLines, begin: int, end: int) -> BodyLines | None:
    """``body`` with the comment numbers of lines ``begin`` to ``end`` printed "N. ..." where the letter numbers
    its comments one of the other ways; None when it does not (then nothing changes)."""
    texts = body.texts
    tried = [i for i in range(begin, end) if texts[i][:1] in _FIRSTS]
    for way in _WAYS:
        found = [(i, m) for i in tried if (m := way.match(texts[i])) is not None and _may_open(texts, i, begin, m)]
        numbers = [int(m["n"]) for _, m in found]
        if not _in_order(numbers) and not _in_order([int(m["n"]) for _, m in found if not _caption(m["rest"])]):
            continue
        out = list(texts)
        for i, m in found:
            out[i] = f"{m['n']}. {m['rest']}"
        return BodyLines(out, body.pages, body.bullets, body.tight)
    return None


def _in_order(numbers: list[int]) -> bool:
    """Whether the numbers hold comment 1 and 2, in order, or comment 1 alone (a letter of one comment)."""
    return numbers == [1] or (1 in numbers and 2 in numbers and numbers.index(1) < numbers.index(2))


def _caption(rest: str) -> bool:
    """A numbered line's words shaped like a note's caption naming its page ("(16) Short-term and Long-term Debt,
    page 94"): a one-comment letter's "(1) We note ..." under it is its comment 1 alone."""
    return _ENDS_PAGE.search(rest) is not None and looks_like_heading(rest) and title_like(rest)


def _may_open(texts: list[str], i: int, begin: int, m: re.Match[str]) -> bool:
    """Whether the numbered line ``i`` could open a comment: its words open with a capital or a quote, and the
    line before it introduces no list (it ends in no colon)."""
    if _OPENS_COMMENT.match(m["rest"]) is None:
        return False
    return i == begin or not texts[i - 1].rstrip().endswith(":")
