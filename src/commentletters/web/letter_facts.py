"""A letter's facts as its page says them: the filings its Re: block names and the staff letters a
company letter answers, with dates written as the rest of the site writes them ("December 31, 2023",
not the Letter JSON's "2023-12-31"), each staff letter answered linked to its page when the archive
holds it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.dateformat import format as format_date

from ..archive import models

_LONG = "F j, Y"


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


def _written(text: object) -> str:
    """An ISO date in words ("May 22, 2024"); anything else as it is."""
    day = _day(text)
    return format_date(day, _LONG) if day else str(text)


def filings_reviewed(data: dict[str, Any]) -> list[dict[str, str]]:
    """The Re: block's filings: form, period ended and date filed, in words ("" where not given)."""
    return [
        {
            "form": str(f.get("form") or ""),
            "period": _written(f["period"]) if f.get("period") else "",
            "filed": _written(f["filed"]) if f.get("filed") else "",
        }
        for f in data.get("filings_reviewed") or []
        if isinstance(f, dict)
    ]


def letters_answered(letter: models.Letter) -> list[dict[str, str]]:
    """The staff letters a company letter answers (its ``responds_to`` dates), each with the key of the
    company's current staff letter of that date when there is one (in the letter's review first)."""
    out = []
    for text in (letter.data or {}).get("responds_to") or []:
        day = _day(text)
        staff = None
        if day is not None and letter.company_id is not None:
            same_day = models.Letter.objects.filter(
                company_id=letter.company_id, current=True, kind__startswith="staff", date=day
            )
            staff = (same_day.filter(review_id=letter.review_id).first() if letter.review_id else None) or (
                same_day.order_by("id").first()
            )
        out.append({"date": _written(text), "key": staff.key if staff else ""})
    return out
