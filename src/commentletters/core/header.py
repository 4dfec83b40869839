"""Stage: the letter's header — date, Re: block (filings reviewed, file numbers), responds-to dates."""

from __future__ import annotations

import re
from datetime import date

from .letters import Document, Letter

MONTHS = {
    m: i
    for i, m in enumerate(
        [
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
        ],
        1,
    )
}
DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),?\s*(\d{4})\b",
    re.I,
)
FILE_NO = re.compile(r"File\s+Nos?\.?:?\s*((?:\d{1,3}-\d{3,}(?:[\s,&and]+)?)+)", re.I)


def iso(month: str, day: str, year: str) -> str | None:
    try:
        return date(int(year), MONTHS[month.lower()], int(day)).isoformat()
    except (ValueError, KeyError):
        return None


def read_header(doc: Document, letter: Letter) -> None:
    text = doc.text()
    head = text[:3000]
    m = DATE.search(head)
    if m:
        letter.date = iso(*m.groups())
    for fm in FILE_NO.finditer(text[:5000]):
        for num in re.findall(r"\d{1,3}-\d{3,}", fm.group(1)):
            if num not in letter.file_numbers:
                letter.file_numbers.append(num)
