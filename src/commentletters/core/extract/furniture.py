"""Mark page furniture: running headers and footers, legends and template residue.

Furniture lines stay in the Document (``Line.furniture = True``) so nothing is lost; the
parsers leave them out of comment and answer text.
"""

from __future__ import annotations

import re

from ..letters import Document, Line

_PAGE_NO = re.compile(r"^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d{1,3})\s*$", re.I)
_RESIDUE = re.compile(r"^\s*(?:FirstName\s*LastName|Comapany\s*Name|Company\s*Name)", re.I)
_CONFIDENTIAL = re.compile(r"confidential treatment requested by", re.I)


def mark_furniture(doc: Document) -> None:
    """Mark running headers/footers in place."""
    lines = doc.lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        furniture = ln.furniture
        if (
            text
            and (_RESIDUE.match(text) or _CONFIDENTIAL.search(text) and len(text) < 120)
            or text
            and _PAGE_NO.match(text)
            and ln.page > 1
            and _near_page_break(lines, i)
        ):
            furniture = True
        out.append(Line(ln.text, ln.page, furniture, ln.emphasis) if furniture != ln.furniture else ln)
    doc.lines = out


def _near_page_break(lines: list[Line], i: int, reach: int = 6) -> bool:
    page = lines[i].page
    before = all(lines[j].page == page for j in range(max(0, i - reach), i))
    after = all(lines[j].page == page for j in range(i + 1, min(len(lines), i + reach)))
    return not (before and after)
