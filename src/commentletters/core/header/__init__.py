"""Stage: the letter's header — who wrote it, its date, the Re: block, the parties, responds-to dates."""

from __future__ import annotations

import re

from ..letters import Document, Letter
from .company import defined_company
from .dates import find_dates, line_date
from .layout import Layout, find_layout
from .parties import addressee, office, signatories, signature_block
from .phone_contacts import contacts
from .reblock import read_re_block
from .responds import opening, responds_to
from .side import written_by_staff

# words that make a date in the header something other than the letter's own date
_NOT_LETTER_DATE = re.compile(
    r"(?:filed|submitted|furnished|dated|ended|ending|of|on|through|as of|amended|received|confidentially)\s*$", re.I
)


def read_header(doc: Document, letter: Letter) -> None:
    """Fill the header fields of ``letter`` and its side ("staff_other"/"company_other", refined by classify)."""
    lay = find_layout(doc)
    letter.kind = "staff_other" if written_by_staff(lay) else "company_other"
    letter.date = letter_date(lay) or _running_header_date(doc) or _dated_at_signature(lay)
    read_re_block(lay, letter)
    staff = letter.kind.startswith("staff")
    if not staff:
        letter.responds_to = responds_to(lay, letter.date)
        if letter.company is None:
            letter.company = defined_company(opening(lay))
    letter.addressee = addressee(lay, letter.company)
    block = signature_block(lay)
    letter.signatories = signatories(block)
    letter.office = office(block) if staff else None
    letter.contacts = contacts(lay, letter.signatories)


def letter_date(lay: Layout) -> str | None:
    """The date printed on the letter: its date line, else the first date of the header that is not
    a filing date ("Filed April 9, 2014") or a period end ("for the year ended December 31, 2019")."""
    if lay.date_iso is not None:
        return lay.date_iso
    head = lay.head_text()
    for found in find_dates(head):
        if not _NOT_LETTER_DATE.search(head[max(0, found.start - 30) : found.start]):
            return found.iso
    return None


def _dated_at_signature(lay: Layout) -> str | None:
    """The date a letter printing none at its head gives beside its signature ("Dated: May 20, 2024", as
    requests for acceleration and other short letters may): a line so labelled among its last lines."""
    for text in reversed(lay.lines[-_SIGNATURE_LINES:]):
        if text.lstrip()[:4].lower() == "date" and (iso := line_date(text.strip())) is not None:
            return iso
    return None


_SIGNATURE_LINES = 20  # the last lines of a letter, in which its signature block stands


def _running_header_date(doc: Document) -> str | None:
    """The date repeated in the running headers ("Securities and Exchange Commission / July 14, 2017 /
    Page 5"), for letters whose layout shows no date line: the first page may print none, or its date
    line was marked as furniture with the running header above it (which repeats the same date).
    Running headers are furniture, so they are read from the document's lines, not the layout's."""
    lines = [ln for ln in doc.lines if ln.text.strip()]
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        iso = line_date(ln.text.strip()) if ln.page > 1 or ln.furniture else None
        if iso is not None:
            near = " ".join(x.text for x in lines[max(0, i - 2) : i + 3])
            if re.search(r"\bPage\s+\d+\b", near, re.I):
                seen[iso] = seen.get(iso, 0) + 1
    return max(seen, key=lambda k: seen[k]) if seen else None
