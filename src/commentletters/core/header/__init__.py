"""Stage: the letter's header — who wrote it, its date, the Re: block, the parties, responds-to dates."""

from __future__ import annotations

import re

from ..letters import Document, Letter
from .dates import find_dates
from .layout import Layout, find_layout
from .reblock import read_re_block
from .responds import responds_to
from .side import written_by_staff

# words that make a date in the header something other than the letter's own date
_NOT_LETTER_DATE = re.compile(
    r"(?:filed|submitted|furnished|dated|ended|ending|of|on|through|as of|amended|received|confidentially)\s*$", re.I
)


def read_header(doc: Document, letter: Letter) -> None:
    """Fill the header fields of ``letter`` and its side ("staff_other"/"company_other", refined by classify)."""
    lay = find_layout(doc)
    letter.kind = "staff_other" if written_by_staff(lay) else "company_other"
    letter.date = letter_date(lay)
    read_re_block(lay, letter)
    if letter.kind.startswith("company"):
        letter.responds_to = responds_to(lay, letter.date)


def letter_date(lay: Layout) -> str | None:
    """The date printed on the letter: its date line, else the first date of the header that is not
    a filing date ("Filed April 9, 2014") or a period end ("for the year ended December 31, 2019")."""
    if lay.date is not None:
        return find_dates(lay.lines[lay.date])[0].iso
    head = lay.head_text()
    for found in find_dates(head):
        if not _NOT_LETTER_DATE.search(head[max(0, found.start - 30) : found.start]):
            return found.iso
    return None
