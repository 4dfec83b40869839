"""Template filters that put the core's ISO dates into words for people.

The core (framework-free) writes reasons with ISO dates ("ten business days after the staff letter of
2024-03-07"), as the CLI, the API and the exports give them; the pages print dates in words beside
them ("Review began March 7, 2024"), so the reasons shown there read the same way.
"""

from __future__ import annotations

import re
from datetime import date

from django import template
from django.utils.dateformat import format as format_date

register = template.Library()

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@register.filter
def dates_in_words(text: str | None) -> str:
    """``text`` with each ISO date in it written "March 7, 2024" (one that is no real date stays)."""
    return _ISO_DATE.sub(_in_words, text or "")


def _in_words(m: re.Match[str]) -> str:
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return m[0]
    return format_date(day, "F j, Y")
